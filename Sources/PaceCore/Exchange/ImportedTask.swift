import Foundation

/// A task read from another tool's file, checked and ready to add: the draft, the tasks
/// of the same file it waits for (by position, since their ids are given only when
/// added), and the dates the other tool recorded.
public struct ImportedTask: Hashable, Sendable {
    public var draft: TaskDraft
    /// Indices into the imported list of the tasks this one waits for.
    public var dependsOn: [Int]
    public var created: Date?
    public var started: Date?
    public var completed: Date?
    /// Work the other tool recorded as done, logged against the task when imported.
    public var timeEntries: [ImportedTimeEntry]
    /// Remaining work the other tool recorded, when it differs from estimate less spent.
    public var remainingMinutes: Int?
    /// With `draft.status == .blocked`: why (a task is added unblocked, then blocked).
    public var blockedReason: String?
    /// The project it goes into; nil for the one the import was pointed at.
    public var project: String?
    /// The project the other tool filed it under (Taskwarrior's `project`), for an
    /// import that makes projects from them.
    public var sourceProject: String?

    public init(draft: TaskDraft, dependsOn: [Int] = [], created: Date? = nil, started: Date? = nil, completed: Date? = nil,
                timeEntries: [ImportedTimeEntry] = [], remainingMinutes: Int? = nil, blockedReason: String? = nil,
                project: String? = nil, sourceProject: String? = nil) {
        self.draft = draft
        self.dependsOn = dependsOn
        self.created = created
        self.started = started
        self.completed = completed
        self.timeEntries = timeEntries
        self.remainingMinutes = remainingMinutes
        self.blockedReason = blockedReason
        self.project = project
        self.sourceProject = sourceProject
    }
}

/// Time the other tool says was spent on a task.
public struct ImportedTimeEntry: Hashable, Sendable {
    public var member: String
    public var date: Day
    public var minutes: Int
    public var note: String

    public init(member: String, date: Day, minutes: Int, note: String) {
        self.member = member
        self.date = date
        self.minutes = minutes
        self.note = note
    }
}
