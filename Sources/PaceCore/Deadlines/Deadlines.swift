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
    /// Past due with work still open, or forecast to finish after the due date.
    public var isLate: Bool
    /// When the forecast says it will be done (nil without a forecast).
    public var forecast: Day? = nil
    /// Working days from the forecast to the due date; negative when late.
    public var slackWorkingDays: Int? = nil
    /// On track / at risk / late by the forecast.
    public var forecastStatus: MilestoneForecast.Status? = nil

    public var progress: Double {
        totalMinutes == 0 ? (openTasks == 0 ? 1 : 0) : Double(doneMinutes) / Double(totalMinutes)
    }

    public func daysLeft(today: Day) -> Int { due - today }
}

public enum Deadlines {
    /// Milestones and open tasks due within `horizonDays` of today, plus everything
    /// overdue; late ones first, then by date, milestones before tasks on the same day.
    public static func compute(_ snapshot: ProjectSnapshot, today: Day, horizonDays: Int = 21,
                               schedule: Schedule? = nil) -> [DeadlineItem] {
        let limit = today + horizonDays
        var items: [DeadlineItem] = []
        // One pass over the tasks for every milestone's totals (a dashboard over 10,000
        // tasks derives this on each change).
        var totals: [Int64: (open: Int, total: Int, done: Int)] = [:]
        for t in snapshot.tasks where t.status != .cancelled {
            guard let id = t.milestoneID else { continue }
            var x = totals[id] ?? (0, 0, 0)
            if t.status.isOpen { x.open += 1 }
            x.total += t.estimateMinutes ?? 0
            if t.status == .done { x.done += t.estimateMinutes ?? 0 }
            totals[id] = x
        }
        for m in snapshot.milestones {
            guard let due = m.due else { continue }
            let (open, total, done) = totals[m.id] ?? (0, 0, 0)
            let late = due < today && open > 0
            guard due <= limit, due >= today || late else { continue }
            var item = DeadlineItem(kind: .milestone(m.id), title: m.name, due: due, doneMinutes: done,
                                    totalMinutes: total, openTasks: open, isLate: late)
            if let f = schedule?.milestone(id: m.id) {
                item.forecast = f.forecastDay
                item.slackWorkingDays = f.slackWorkingDays
                item.forecastStatus = f.status
                item.isLate = late || f.status == .late
            }
            items.append(item)
        }
        for t in snapshot.tasks where t.status.isOpen {
            guard let due = t.due, due <= limit else { continue }
            let est = t.estimateMinutes ?? 0
            var item = DeadlineItem(kind: .task(t.id), title: t.title, due: due,
                                    doneMinutes: max(0, est - t.effectiveRemainingMinutes), totalMinutes: est,
                                    openTasks: 1, isLate: due < today)
            if let schedule, let f = schedule.task(t.id) {
                let slack = schedule.projectCalendar.slack(finish: f.finishDay, due: due)
                item.forecast = f.finishDay
                item.slackWorkingDays = slack
                item.forecastStatus = slack < 0 ? .late : slack < snapshot.project.milestoneBufferDays ? .atRisk : .onTrack
                item.isLate = item.isLate || slack < 0
            }
            items.append(item)
        }
        return items.sorted { a, b in
            if a.isLate != b.isLate { return a.isLate }
            let ar = a.forecastStatus == .atRisk, br = b.forecastStatus == .atRisk
            if ar != br { return ar }
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
        var h = ProjectHealth(done: 0, total: 0, overdue: 0, blocked: 0, overCapacity: load.overloadedThisWeek)
        for t in snapshot.tasks where t.status != .cancelled {
            h.total += 1
            if t.status == .done { h.done += 1 }
            if t.status == .blocked { h.blocked += 1 }
            if t.isOverdue(today: today) { h.overdue += 1 }
        }
        return h
    }
}
