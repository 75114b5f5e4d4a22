import PaceCore

/// Everything the screen shows, in one value. `update` changes it; `DashboardView`
/// draws it; nothing else holds screen state.
public struct AppState: Sendable {
    public enum Pane: Int, CaseIterable, Sendable {
        case tasks, deadlines, load

        public var title: String {
            switch self {
            case .tasks: "Tasks"
            case .deadlines: "Deadlines"
            case .load: "Team load"
            }
        }
    }

    public enum Screen: Hashable, Sendable {
        case dashboard
        case board
        case timeline
        /// The standup's speaker view, full screen.
        case standup
        /// What the standup that just ended came to.
        case standupSummary
        /// Budget, earned value and cost per member.
        case budget
        /// Burndown chart of a milestone or the project.
        case burndown
    }

    public enum Grouping: Hashable, Sendable {
        case status, priority
    }

    // Data
    public var snapshot: ProjectSnapshot?
    public var loadError: String?
    public var now: Now
    public var readOnly: Bool
    public var workspaceName: String
    /// Who is at the keyboard: logged time is theirs.
    public var actor: String

    // Terminal
    public var width: Int
    public var height: Int
    public var glyphs: Glyphs
    public var theme: Theme
    public var keymap: Keymap

    // Screen
    public var screen: Screen = .dashboard
    public var focus: Pane = .tasks
    public var zoomed = false
    public var grouping: Grouping = .status
    public var filter: TaskFilter = .openTasks
    public var deadlineDays: Int
    /// How `S` lines up a standup (config.toml `[standup]`).
    public var standupOrder: SpeakerOrder = .alphabetical
    public var standupTimeboxSeconds = 120

    // Derived from the snapshot, kept so a key press never re-sorts 10,000 tasks.
    public internal(set) var taskRows: [TaskRow] = []
    public internal(set) var deadlines: [DeadlineItem] = []
    public internal(set) var load: TeamLoad?
    public internal(set) var health: ProjectHealth?
    public internal(set) var boardColumns: [[ProjectTask]] = []
    /// The load the naive spread gives: "over capacity" is about what was assigned,
    /// even where the forecast pushes work out instead of booking it.
    public internal(set) var naiveLoad: TeamLoad?

    // The forecast, computed off the input path; the last one stays on screen until the
    // next is ready.
    public var forecast: Schedule?
    public var forecastToken: Int64 = -1
    public var forecastError: String?
    public internal(set) var overruns: [String: MemberOverrun] = [:]
    public var timeline = TimelineState()
    /// Budget figures, computed off the input path after each change (the header's
    /// budget status needs them too); the last ones stay until the next are ready.
    public var budget: BudgetOverview?
    public var budgetToken: Int64 = -1
    public var budgetError: String?
    /// The cursor of the budget view's member table.
    public var budgetList = ListState()
    public var burndown = BurndownState()
    public internal(set) var timelineRows: [TimelineRow] = []
    /// Indices of heading rows in `taskRows` (a handful), for "task 12 of 49".
    public internal(set) var headingRows: [Int] = []

    public var taskList = ListState()
    public var deadlineList = ListState()
    public var loadList = ListState()
    public var board = BoardState()
    /// The task the selection follows across reloads and re-sorts.
    public var selectedTask: TaskID?

    // The daily standup: the session itself is `snapshot.standup`, loaded with every
    // reload; this is what the screen adds to it.
    public var standup = StandupScreenState()
    /// The speaker's open tasks, the cursor of the speaker view moves over them.
    public internal(set) var standupTasks: [ProjectTask] = []
    var standupBrief: SpeakerBrief?
    var standupSummary: StandupSummary?

    // Overlays
    public var detail: TaskDetail?
    public var help: HelpState?
    public var prompt: PromptState?
    public var footer: FooterMessage?
    public var quitting = false

    public init(now: Now, readOnly: Bool, workspaceName: String, actor: String = "", width: Int, height: Int,
                glyphs: Glyphs = .unicode, theme: Theme, keymap: Keymap = .default, deadlineDays: Int = 21) {
        self.now = now
        self.readOnly = readOnly
        self.workspaceName = workspaceName
        self.actor = actor
        self.width = width
        self.height = height
        self.glyphs = glyphs
        self.theme = theme
        self.keymap = keymap
        self.deadlineDays = deadlineDays
    }

    public var today: Day { now.today }

    /// The standup running now, if any.
    public var runningStandup: StandupSession? {
        guard let st = snapshot?.standup, st.isRunning else { return nil }
        return st
    }

    /// Whether something on screen counts seconds: the speaker view, or the standup
    /// banner the header shows on every screen while a standup runs.
    public var showsSeconds: Bool { screen == .standup || runningStandup != nil }

    /// Whether this dashboard moves the running standup (everyone else watches it).
    public var isStandupFacilitator: Bool {
        guard let st = runningStandup else { return false }
        return !readOnly && st.facilitator == actor
    }

    /// The task under the cursor of the focused view, if any.
    public var currentTask: ProjectTask? {
        guard let snapshot else { return nil }
        if let d = detail { return snapshot.task(d.task) }
        switch screen {
        case .board:
            return board.selectedTask(in: self)
        case .standup:
            guard let i = standup.list.selected, i < standupTasks.count else { return nil }
            return standupTasks[i]
        case .standupSummary, .budget, .burndown:
            return nil
        case .timeline:
            guard let i = timeline.list.selected, i < timelineRows.count, case .task(let st, _, _) = timelineRows[i] else { return nil }
            return snapshot.task(st.id)
        case .dashboard:
            switch focus {
            case .tasks:
                guard let i = taskList.selected, i < taskRows.count, case .task(let t) = taskRows[i] else { return nil }
                return t
            case .deadlines:
                guard let i = deadlineList.selected, i < deadlines.count, case .task(let id) = deadlines[i].kind else { return nil }
                return snapshot.task(id)
            case .load:
                return nil
            }
        }
    }
}

/// A row of the tasks pane: a group heading or a task.
public enum TaskRow: Hashable, Sendable {
    case heading(String, count: Int)
    case task(ProjectTask)

    public var isHeading: Bool {
        if case .heading = self { return true }
        return false
    }
}

/// The task detail overlay and what it loaded.
public struct TaskDetail: Hashable, Sendable {
    public var task: TaskID
    public var timeEntries: [TimeEntry] = []
    public var history: [Activity] = []
    public var loaded = false
    public var offset = 0

    public init(task: TaskID) { self.task = task }
}

public struct HelpState: Hashable, Sendable {
    public var offset = 0
}

/// A one-line message in the footer: the result of the last action.
public struct FooterMessage: Hashable, Sendable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// The modal line editor and what its text is for.
public struct PromptState: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        case quickAdd
        case filter
        case block(TaskID)
        case assign(TaskID)
        case logTime(TaskID)
        case editField(TaskID)
        case capacity(String)
        case commandLine
        /// Standup prompts, about the speaker `handle` of standup `id`.
        case standupNote(id: Int64, handle: String)
        case standupBlocker(id: Int64, handle: String, task: TaskID?)
        case standupFollowUp(id: Int64, handle: String)
    }

    public var purpose: Purpose
    public var input: TextInput
    public var error: String?
    /// What the change would do to the milestones, when it can be previewed.
    public var preview: [MilestoneShift]?
    /// The input text the preview was computed for.
    public var previewFor: String?
    /// Sent to the store; the prompt stays until it answers, so a refused change
    /// keeps what the user typed.
    public var pending = false

    public init(_ purpose: Purpose, text: String = "") {
        self.purpose = purpose
        input = TextInput(text)
    }
}
