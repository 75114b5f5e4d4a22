import Foundation

/// A unit of work. Named `ProjectTask` so it never shadows Swift's own `Task`.
public struct ProjectTask: Hashable, Sendable, Codable {
    public var id: TaskID
    public var title: String
    public var notes: String
    public var status: TaskStatus
    /// Set while blocked: why.
    public var blockedReason: String?
    public var priority: Priority
    public var assignee: String?
    public var estimateMinutes: Int?
    public var remainingMinutes: Int?
    public var due: Day?
    public var milestoneID: Int64?
    public var tags: [String]
    /// This task waits for these.
    public var dependencies: [TaskID]
    public var created: Date
    public var updated: Date
    public var started: Date?
    public var completed: Date?
    /// Set when removed with `pace rm`; such tasks are hidden but can be brought back.
    public var deleted: Date?
    /// Minutes logged against the task, summed from its time entries.
    public var spentMinutes: Int

    public init(id: TaskID, title: String, notes: String = "", status: TaskStatus = .todo,
                blockedReason: String? = nil, priority: Priority = .medium, assignee: String? = nil,
                estimateMinutes: Int? = nil, remainingMinutes: Int? = nil, due: Day? = nil,
                milestoneID: Int64? = nil, tags: [String] = [], dependencies: [TaskID] = [],
                created: Date, updated: Date? = nil, started: Date? = nil, completed: Date? = nil,
                deleted: Date? = nil, spentMinutes: Int = 0) {
        self.id = id
        self.title = title
        self.notes = notes
        self.status = status
        self.blockedReason = blockedReason
        self.priority = priority
        self.assignee = assignee
        self.estimateMinutes = estimateMinutes
        self.remainingMinutes = remainingMinutes
        self.due = due
        self.milestoneID = milestoneID
        self.tags = tags
        self.dependencies = dependencies
        self.created = created
        self.updated = updated ?? created
        self.started = started
        self.completed = completed
        self.deleted = deleted
        self.spentMinutes = spentMinutes
    }

    /// Remaining work: the explicit remaining hours, else the estimate less time spent;
    /// zero once closed.
    public var effectiveRemainingMinutes: Int {
        if status.isClosed { return 0 }
        if let r = remainingMinutes { return max(0, r) }
        if let e = estimateMinutes { return max(0, e - spentMinutes) }
        return 0
    }

    public func isOverdue(today: Day) -> Bool {
        guard status.isOpen, let due else { return false }
        return due < today
    }
}

/// Hours logged against a task.
public struct TimeEntry: Hashable, Sendable, Codable {
    public var id: Int64
    public var task: TaskID
    public var member: String
    public var date: Day
    public var minutes: Int
    public var note: String

    public init(id: Int64, task: TaskID, member: String, date: Day, minutes: Int, note: String = "") {
        self.id = id
        self.task = task
        self.member = member
        self.date = date
        self.minutes = minutes
        self.note = note
    }
}
