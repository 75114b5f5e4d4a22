import Foundation

/// One day of a burndown / burn-up: the state at the end of the day.
public struct BurndownDay: Hashable, Sendable, Codable {
    public var day: Day
    /// Total estimate of the work in scope (the burn-up's top line).
    public var scopeMinutes: Int
    public var remainingMinutes: Int
    /// Scope less remaining: the burn-up's rising line.
    public var doneMinutes: Int { scopeMinutes - remainingMinutes }
    /// Estimate that came into scope that day (new tasks, raised estimates): shown as
    /// scope so the burndown does not read it as work undone.
    public var scopeAddedMinutes: Int
    /// Estimate that left scope that day (removed or cancelled tasks, lowered estimates).
    public var scopeRemovedMinutes: Int
}

/// Burndown and burn-up figures replayed from the activity log: each task's estimate,
/// remaining, status, milestone and removal as they stood at the end of each day, with
/// time spent from the time entries by their own dates.
public enum Burndown {
    struct TaskState {
        var estimate: Int?
        var remaining: Int?
        var status: TaskStatus = .todo
        var milestone: Int64?
        var removed = false
    }

    /// Days `from` through `through` for one project, or one milestone of it. Tasks
    /// without an estimate count nothing: they have no size to burn down.
    public static func days(activity: [Activity], entries: [TimeEntry], projectKey: String, milestoneID: Int64?,
                            from: Day, through: Day, timeZone: TimeZone) -> [BurndownDay] {
        guard from <= through else { return [] }
        let prefix = projectKey + "-"
        let rows = activity.filter { $0.entity == .task && $0.entityID.hasPrefix(prefix) }.sorted { ($0.at, $0.id) < ($1.at, $1.id) }
        let spentEntries = entries.filter { $0.task.projectKey == projectKey }.sorted { $0.date < $1.date }
        var tasks: [String: TaskState] = [:]
        var spent: [String: Int] = [:]
        var next = 0, nextEntry = 0
        var out: [BurndownDay] = []
        var previous: [String: Int] = [:]  // each task's in-scope estimate at the end of the previous day
        // Everything before the first day is the starting point, not change on it.
        var first = true
        var day = from
        while day <= through {
            let end = (day + 1).start(in: timeZone)
            let applyUntil = first ? from.start(in: timeZone) : end
            while next < rows.count && rows[next].at < applyUntil { apply(rows[next], to: &tasks); next += 1 }
            if first {
                previous = inScope(tasks, milestoneID: milestoneID)
                first = false
                while next < rows.count && rows[next].at < end { apply(rows[next], to: &tasks); next += 1 }
            }
            while nextEntry < spentEntries.count && spentEntries[nextEntry].date <= day {
                spent[spentEntries[nextEntry].task.description, default: 0] += spentEntries[nextEntry].minutes
                nextEntry += 1
            }
            let scope = inScope(tasks, milestoneID: milestoneID)
            var added = 0, removed = 0
            for key in Set(scope.keys).union(previous.keys) {
                let delta = (scope[key] ?? 0) - (previous[key] ?? 0)
                if delta > 0 { added += delta } else { removed -= delta }
            }
            var remaining = 0
            for key in scope.keys {
                let t = tasks[key]!
                if t.status.isClosed { continue }
                remaining += max(0, t.remaining ?? ((t.estimate ?? 0) - (spent[key] ?? 0)))
            }
            let total = scope.values.reduce(0, +)
            // A remaining figure above the estimate (the task grew but nobody re-estimated)
            // is capped at the scope, so done work never goes below zero on the burn-up.
            out.append(BurndownDay(day: day, scopeMinutes: total, remainingMinutes: min(remaining, total),
                                   scopeAddedMinutes: added, scopeRemovedMinutes: removed))
            previous = scope
            day = day + 1
        }
        return out
    }

    /// Estimates of the tasks in scope: present, not removed, not cancelled, in the milestone.
    static func inScope(_ tasks: [String: TaskState], milestoneID: Int64?) -> [String: Int] {
        var out: [String: Int] = [:]
        for (key, t) in tasks where !t.removed && t.status != .cancelled {
            if let milestoneID, t.milestone != milestoneID { continue }
            out[key] = t.estimate ?? 0
        }
        return out
    }

    static func apply(_ a: Activity, to tasks: inout [String: TaskState]) {
        let key = a.entityID
        switch a.field {
        case "created":
            tasks[key] = TaskState()
        case "estimate": tasks[key]?.estimate = a.newValue.flatMap { Int($0) }
        case "remaining": tasks[key]?.remaining = a.newValue.flatMap { Int($0) }
        case "status": if let s = a.newValue.flatMap({ TaskStatus(rawValue: $0) }) { tasks[key]?.status = s }
        case "milestone": tasks[key]?.milestone = a.newValue.flatMap { Int64($0) }
        case "deleted":
            // `pace rm` / `pace restore` set and clear the removal time; undoing a task's
            // creation writes "deleted" with the title as old value: the task is gone.
            if a.newValue != nil {
                tasks[key]?.removed = true
            } else if a.oldValue.flatMap(Format.parseTimestamp) != nil {
                tasks[key]?.removed = false
            } else {
                tasks[key] = nil
            }
        default: break
        }
    }
}
