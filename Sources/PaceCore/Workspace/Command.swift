import Foundation

/// A field edit that can keep, set or clear a value.
public enum FieldUpdate<Value: Hashable & Sendable>: Hashable, Sendable {
    case keep
    case set(Value)
    case clear

    public func applied(to current: Value?) -> Value? {
        switch self {
        case .keep: current
        case .set(let v): v
        case .clear: nil
        }
    }
}

/// A new task as written by the user (quick-add or flags), before names are resolved.
public struct TaskDraft: Hashable, Sendable {
    public var title: String
    public var notes: String = ""
    public var status: TaskStatus = .todo
    public var priority: Priority = .medium
    public var assignee: String?
    public var estimateMinutes: Int?
    public var due: Day?
    public var milestone: String?
    public var tags: [String] = []
    public var dependencies: [TaskID] = []

    public init(title: String) { self.title = title }
}

/// Changes to an existing task. A status change goes through `TaskRules` so its rules
/// (reasons, timestamps) apply exactly as for `Command.setStatus`, in the same change.
public struct TaskEdit: Hashable, Sendable {
    public var status: TaskStatus?
    /// With `status: .blocked`: why.
    public var blockedReason: String?
    public var title: String?
    public var notes: String?
    public var priority: Priority?
    public var assignee: FieldUpdate<String> = .keep
    public var estimateMinutes: FieldUpdate<Int> = .keep
    public var remainingMinutes: FieldUpdate<Int> = .keep
    public var due: FieldUpdate<Day> = .keep
    public var milestone: FieldUpdate<String> = .keep
    public var addTags: [String] = []
    public var removeTags: [String] = []
    public var addDependencies: [TaskID] = []
    public var removeDependencies: [TaskID] = []

    public init() {}

    public var isEmpty: Bool { self == TaskEdit() }
}

public struct ProjectEdit: Hashable, Sendable {
    public var name: String?
    public var client: String?
    public var startDate: FieldUpdate<Day> = .keep
    public var targetDate: FieldUpdate<Day> = .keep
    public var budget: FieldUpdate<Money> = .keep
    public var hoursBudgetMinutes: FieldUpdate<Int> = .keep
    public var status: ProjectStatus?
    public var hoursPerDay: Double?
    public var defaultEstimateMinutes: Int?
    public var milestoneBufferDays: Int?
    public init() {}
    public var isEmpty: Bool { self == ProjectEdit() }
}

public struct MemberEdit: Hashable, Sendable {
    public var name: String?
    public var role: String?
    public var weeklyCapacityMinutes: Int?
    public var workingDays: Set<Weekday>?
    public var hourlyRate: FieldUpdate<Money> = .keep
    /// The day a rate change applies from (default: the day it is made). Time logged
    /// before it keeps the rate it had.
    public var rateEffectiveFrom: Day?
    public init() {}
    public var isEmpty: Bool { self == MemberEdit() }
}

public struct MilestoneEdit: Hashable, Sendable {
    public var name: String?
    public var due: FieldUpdate<Day> = .keep
    public var description: String?
    public init() {}
    public var isEmpty: Bool { self == MilestoneEdit() }
}

/// Everything that changes a workspace. The CLI and the dashboard both build these; a
/// `Workspace` applies each as one transaction with its activity rows.
public enum Command: Hashable, Sendable {
    case addProject(Project)
    case editProject(key: String, ProjectEdit)
    case setDefaultProject(key: String)
    case addHoliday(projectKey: String, Holiday)
    case removeHoliday(projectKey: String, date: Day)
    case addMember(Member)
    case editMember(handle: String, MemberEdit)
    case addTimeOff(handle: String, range: DayRange, note: String)
    case addMilestone(projectKey: String, name: String, due: Day?, description: String)
    case editMilestone(projectKey: String, name: String, MilestoneEdit)
    case addTask(projectKey: String, TaskDraft)
    case editTask(TaskID, TaskEdit)
    case setStatus(TaskID, TaskStatus, reason: String?)
    case logTime(TaskID, member: String, date: Day, minutes: Int, note: String)
    case removeTask(TaskID)
    case restoreTask(TaskID)
    /// Undo the actor's last change that is not itself undone.
    case undo
    /// Freeze a project's forecast under a name, to measure earned value against.
    case saveBaseline(projectKey: String, name: String, tasks: [BaselineTask])
    /// Start a standup (the actor facilitates). Refused while one is running.
    case startStandup(projectKey: String, order: [String], skipped: [String], timeboxSeconds: Int, since: Date)
    /// Move the running standup: next or previous speaker, skip someone, pause, resume.
    case standupNext(id: Int64)
    case standupPrevious(id: Int64)
    case standupSkip(id: Int64, handle: String)
    case standupPause(id: Int64)
    case standupResume(id: Int64)
    /// Write down something said (note, blocker, follow-up) for a speaker.
    case standupNote(id: Int64, handle: String, kind: StandupNote.Kind, text: String, task: TaskID?, unblocker: String?)
    /// The actor becomes the facilitator of a running standup (recorded).
    case takeOverStandup(id: Int64)
    case endStandup(id: Int64)
}

/// What a command did, for the one-line confirmation ("WEB-12 → done").
public struct ChangeOutcome: Hashable, Sendable {
    public var changeID: Int64
    public var summary: String
    /// The task created or touched, when there is one.
    public var task: TaskID?

    public init(changeID: Int64, summary: String, task: TaskID? = nil) {
        self.changeID = changeID
        self.summary = summary
        self.task = task
    }
}
