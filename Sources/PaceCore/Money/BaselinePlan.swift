import Foundation

public enum BaselinePlan {
    /// The baseline tasks of a project's current forecast: open tasks at the dates the
    /// scheduler gives them, closed ones at the days they actually ran (they are part of
    /// the plan too, or a baseline saved late would owe no value for work already done).
    /// Each estimate is priced at its assignee's rate on the planned start. Cancelled
    /// tasks are left out: nobody plans to deliver them.
    public static func tasks(snapshot: ProjectSnapshot, schedule: Schedule, rates: RateHistory,
                             timeZone: TimeZone) -> [BaselineTask] {
        let scheduled = Dictionary(schedule.tasks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return snapshot.tasks.compactMap { t -> BaselineTask? in
            guard t.status != .cancelled else { return nil }
            let estimate = t.estimateMinutes ?? snapshot.project.defaultEstimateMinutes
            var start: Day?
            var finish: Day?
            if let s = scheduled[t.id] {
                // An open task already under way keeps the day it began as its start.
                start = t.started.map { Day($0, in: timeZone) }.map { min($0, s.startDay) } ?? s.startDay
                finish = s.finishDay
            } else {
                finish = t.completed.map { Day($0, in: timeZone) }
                start = t.started.map { Day($0, in: timeZone) } ?? finish
            }
            let rateDay = start ?? schedule.now.today
            let cost = t.assignee.flatMap { rates.rate(for: $0, on: rateDay) }.map {
                Money(minorUnits: Costing.price(minutes: estimate, at: $0), currency: $0.currency)
            }
            return BaselineTask(task: t.id, milestoneID: t.milestoneID, plannedStart: start, plannedFinish: finish,
                                estimateMinutes: estimate, plannedCost: cost)
        }
    }
}
