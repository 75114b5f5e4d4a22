/// One line of the deadlines pane: a milestone or a task with a due date.
public struct DeadlineItem: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case milestone(Int64)
        case task(TaskID)
    }

    public var kind: Kind
    public var title: String
    public var due: Day
    /// Done estimate over total estimate of the milestone's tasks (a task: 0 or 1).
    public var doneMinutes: Int
    public var totalMinutes: Int
    public var openTasks: Int
    /// Past due with work still open.
    public var isLate: Bool

    public var progress: Double {
        totalMinutes == 0 ? (openTasks == 0 ? 1 : 0) : Double(doneMinutes) / Double(totalMinutes)
    }

    public func daysLeft(today: Day) -> Int { due - today }
}

public enum Deadlines {
    /// Milestones and open tasks due within `horizonDays` of today, plus everything
    /// overdue; late ones first, then by date, milestones before tasks on the same day.
    public static func compute(_ snapshot: ProjectSnapshot, today: Day, horizonDays: Int = 21) -> [DeadlineItem] {
        let limit = today + horizonDays
        var items: [DeadlineItem] = []
        for m in snapshot.milestones {
            guard let due = m.due else { continue }
            let tasks = snapshot.tasks.filter { $0.milestoneID == m.id && $0.status != .cancelled }
            let open = tasks.filter { $0.status.isOpen }.count
            let late = due < today && open > 0
            guard due <= limit, due >= today || late else { continue }
            let total = tasks.reduce(0) { $0 + ($1.estimateMinutes ?? 0) }
            let done = tasks.filter { $0.status == .done }.reduce(0) { $0 + ($1.estimateMinutes ?? 0) }
            items.append(DeadlineItem(kind: .milestone(m.id), title: m.name, due: due, doneMinutes: done,
                                      totalMinutes: total, openTasks: open, isLate: late))
        }
        for t in snapshot.tasks where t.status.isOpen {
            guard let due = t.due, due <= limit else { continue }
            let est = t.estimateMinutes ?? 0
            items.append(DeadlineItem(kind: .task(t.id), title: t.title, due: due,
                                      doneMinutes: max(0, est - t.effectiveRemainingMinutes), totalMinutes: est,
                                      openTasks: 1, isLate: due < today))
        }
        return items.sorted { a, b in
            if a.isLate != b.isLate { return a.isLate }
            if a.due != b.due { return a.due < b.due }
            switch (a.kind, b.kind) {
            case (.milestone, .task): return true
            case (.task, .milestone): return false
            case (.milestone(let x), .milestone(let y)): return x < y
            case (.task(let x), .task(let y)): return x < y
            }
        }
    }
}

/// The header's one-line health summary.
public struct ProjectHealth: Hashable, Sendable {
    public var done: Int
    public var total: Int
    public var overdue: Int
    public var blocked: Int
    public var overCapacity: [String]

    public static func compute(_ snapshot: ProjectSnapshot, today: Day, load: TeamLoad) -> ProjectHealth {
        let counted = snapshot.tasks.filter { $0.status != .cancelled }
        return ProjectHealth(
            done: counted.filter { $0.status == .done }.count,
            total: counted.count,
            overdue: counted.filter { $0.isOverdue(today: today) }.count,
            blocked: counted.filter { $0.status == .blocked }.count,
            overCapacity: load.overloadedThisWeek)
    }
}
