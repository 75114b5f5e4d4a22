import Foundation

/// `pace report status`: where the project stands, for the client or management —
/// milestone health with forecasts, the work done in the period, what comes next, the
/// risks, and budget with earned value. Built by `make` from a `ReportInput`; printed
/// by `ReportMarkdown`, `ReportHTML` or the CLI's JSON.
public struct StatusReport: Hashable, Sendable {
    /// A milestone's verdict. `done` when all its work is closed; `empty` with no tasks.
    public enum Health: String, Hashable, Sendable {
        case done, onTrack = "on-track", atRisk = "at-risk", late, empty

        public var label: String {
            switch self {
            case .done: "done"
            case .onTrack: "on track"
            case .atRisk: "at risk"
            case .late: "late"
            case .empty: "no tasks"
            }
        }
    }

    public struct MilestoneHealth: Hashable, Sendable {
        public var name: String
        public var due: Day?
        public var health: Health
        /// When the last open task is forecast to finish; nil once done.
        public var forecast: Day?
        /// When the last task was done, for a done milestone.
        public var finished: Day?
        /// Working days from the forecast (or the finish) to the due date; negative late.
        public var slackWorkingDays: Int?
        public var openTasks: Int
        public var doneTasks: Int
        /// Work the forecast books for its open tasks (default estimates included).
        public var remainingMinutes: Int
        /// Estimates of its tasks that are not cancelled, and of those done.
        public var estimateMinutes: Int
        public var doneEstimateMinutes: Int
        /// For a late or at-risk milestone, the tasks that decide its date, first to last.
        public var drivingChain: [ChainLink]

        public var progress: Double? { estimateMinutes > 0 ? Double(doneEstimateMinutes) / Double(estimateMinutes) : nil }
    }

    public struct ChainLink: Hashable, Sendable {
        public var task: TaskID
        public var title: String
        public var who: String?
        public var start: Day
        public var finish: Day
        public var reason: StartReason
    }

    public struct DoneTask: Hashable, Sendable {
        public var task: TaskID
        public var title: String
        public var assignee: String?
        public var milestone: String?
        public var completed: Day
        public var estimateMinutes: Int?
        public var loggedMinutes: Int
    }

    public struct MemberHours: Hashable, Sendable {
        public var handle: String
        public var minutes: Int
    }

    public struct NextTask: Hashable, Sendable {
        public var task: TaskID
        public var title: String
        /// Nil on the unassigned lane.
        public var who: String?
        public var status: TaskStatus
        public var milestone: String?
        public var start: Day
        public var finish: Day
        public var due: Day?
        /// Forecast to finish after its own due date.
        public var late: Bool
    }

    public struct BlockedTask: Hashable, Sendable {
        public var task: TaskID
        public var title: String
        public var assignee: String?
        public var reason: String?
        /// When it was blocked, from the log; nil when the log does not say.
        public var since: Date?
        /// Calendar days from the day it was blocked to today.
        public var days: Int?
    }

    public struct OverdueTask: Hashable, Sendable {
        public var task: TaskID
        public var title: String
        public var assignee: String?
        public var status: TaskStatus
        public var due: Day
        public var daysOverdue: Int
        public var forecast: Day?
    }

    /// A member with more work than time: weeks where the work assigned to them
    /// (spread to its due dates) exceeds their capacity, and how far the forecast
    /// pushes their work past its due dates.
    public struct Overload: Hashable, Sendable {
        public var handle: String
        public var name: String
        public var weeksOver: [TeamLoad.Week]
        public var lateTasks: Int
        public var slipWorkingDays: Int
        public var lastLateTask: TaskID?
    }

    public var project: Project
    public var generated: Date
    public var timeZone: TimeZone
    public var today: Day
    /// The period "done" covers: `since` through `today`.
    public var since: Day
    public var baselineName: String?
    public var milestones: [MilestoneHealth]
    public var openTasks: Int
    public var doneTasks: Int
    public var done: [DoneTask]
    public var loggedMinutes: Int
    public var loggedByMember: [MemberHours]
    /// Open tasks the forecast starts within `nextDays` days, by start then ID.
    public var next: [NextTask]
    public var nextDays: Int
    public var blocked: [BlockedTask]
    public var overdue: [OverdueTask]
    public var overloaded: [Overload]
    public var loadWeeks: Int
    public var budget: BudgetSummary
    /// Where the forecast at completion lands against the budget, by the same rule as
    /// the budget view; nil without a budget.
    public var budgetStatus: BudgetStatus?
    public var hasMoney: Bool
    /// The project's burn-up, from its start (at most `burndownDays` back) to today.
    public var burndown: [BurndownDay]

    public var atRisk: [MilestoneHealth] { milestones.filter { $0.health == .atRisk || $0.health == .late } }

    /// The worst verdict among the milestones still open.
    public var overall: Health {
        let open = milestones.map(\.health).filter { $0 != .done && $0 != .empty }
        if open.contains(.late) { return .late }
        if open.contains(.atRisk) { return .atRisk }
        if open.isEmpty { return milestones.contains { $0.health == .done } ? .done : .onTrack }
        return .onTrack
    }
}

extension StatusReport {
    public static func make(_ input: ReportInput, since: Day, nextDays: Int = 14, loadWeeks: Int = 4,
                            burndownDays: Int = 366) -> StatusReport {
        let snap = input.snapshot
        let today = input.today
        let zone = input.now.timeZone
        let schedule = input.schedule
        let calendar = schedule.projectCalendar
        let milestoneNames = Dictionary(snap.milestones.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let tasksByID = Dictionary(snap.tasks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let histories = TaskHistory.build(activity: input.activity, projectKey: snap.project.key)

        // Milestones: one pass over the tasks for the counts, one over the forecast.
        var counts: [Int64: (open: Int, done: Int, estimate: Int, doneEstimate: Int, finished: Day?)] = [:]
        for t in snap.tasks where t.status != .cancelled {
            guard let m = t.milestoneID else { continue }
            var c = counts[m] ?? (0, 0, 0, 0, nil)
            c.estimate += t.estimateMinutes ?? 0
            if t.status == .done {
                c.done += 1
                c.doneEstimate += t.estimateMinutes ?? 0
                if let d = t.completed.map({ Day($0, in: zone) }) { c.finished = max(c.finished ?? d, d) }
            } else {
                c.open += 1
            }
            counts[m] = c
        }
        var remaining: [Int64: Int] = [:]
        for st in schedule.tasks {
            if let m = tasksByID[st.id]?.milestoneID { remaining[m, default: 0] += st.workMinutes }
        }
        let milestones = schedule.milestones.map { f -> MilestoneHealth in
            let m = f.milestone
            let c = counts[m.id] ?? (0, 0, 0, 0, nil)
            var health: Health
            var slack = f.slackWorkingDays
            var finished: Day?
            if c.open == 0 && c.done == 0 {
                health = .empty
                slack = nil
            } else if c.open == 0 {
                health = .done
                finished = c.finished
                if let finished, let due = m.due { slack = calendar.slack(finish: finished, due: due) } else { slack = nil }
            } else {
                switch f.status {
                case .onTrack: health = .onTrack
                case .atRisk: health = .atRisk
                case .late: health = .late
                }
            }
            let chain = f.drivingChain.map { link in
                ChainLink(task: link.id, title: tasksByID[link.id]?.title ?? "", who: link.lane.handle,
                          start: link.startDay, finish: link.finishDay, reason: link.startedBecause)
            }
            return MilestoneHealth(name: m.name, due: m.due, health: health, forecast: health == .done ? nil : f.forecastDay,
                                   finished: finished, slackWorkingDays: slack, openTasks: c.open, doneTasks: c.done,
                                   remainingMinutes: remaining[m.id] ?? 0, estimateMinutes: c.estimate,
                                   doneEstimateMinutes: c.doneEstimate, drivingChain: chain)
        }

        // Done in the period.
        let periodStart = since.start(in: zone)
        let done = snap.tasks.filter { $0.status == .done && ($0.completed.map { $0 >= periodStart && $0 <= input.now.instant } ?? false) }
            .sorted { ($0.completed!, $0.id) < ($1.completed!, $1.id) }
            .map { t in
                DoneTask(task: t.id, title: t.title, assignee: t.assignee, milestone: t.milestoneID.flatMap { milestoneNames[$0] },
                         completed: Day(t.completed!, in: zone), estimateMinutes: t.estimateMinutes, loggedMinutes: t.spentMinutes)
            }
        var byMember: [String: Int] = [:]
        for e in input.entries where e.date >= since && e.date <= today { byMember[e.member, default: 0] += e.minutes }
        let logged = byMember.values.reduce(0, +)

        // What comes next: what the forecast starts inside the horizon.
        let horizon = today + nextDays
        let next = schedule.tasks.filter { $0.startDay < horizon }
            .sorted { ($0.startDay, $0.finishDay, $0.id) < ($1.startDay, $1.finishDay, $1.id) }
            .map { st in
                let t = tasksByID[st.id]
                return NextTask(task: st.id, title: t?.title ?? "", who: st.lane.handle, status: t?.status ?? .todo,
                                milestone: t?.milestoneID.flatMap { milestoneNames[$0] }, start: st.startDay,
                                finish: st.finishDay, due: st.due, late: st.flags.contains(.missesDue))
            }

        // Risks.
        let blocked = snap.tasks.filter { $0.status == .blocked }.map { t -> BlockedTask in
            let since = histories[t.id]?.blocked.last.flatMap { $0.end == nil ? $0.start : nil }
            return BlockedTask(task: t.id, title: t.title, assignee: t.assignee, reason: t.blockedReason, since: since,
                               days: since.map { today - Day($0, in: zone) })
        }.sorted { ($0.since ?? .distantFuture, $0.task) < ($1.since ?? .distantFuture, $1.task) }
        let overdue = snap.tasks.filter { $0.isOverdue(today: today) }.map { t in
            OverdueTask(task: t.id, title: t.title, assignee: t.assignee, status: t.status, due: t.due!,
                        daysOverdue: today - t.due!, forecast: schedule.task(t.id)?.finishDay)
        }.sorted { ($0.due, $0.task) < ($1.due, $1.task) }
        let naive = NaiveLoad.compute(snap, today: today, weeks: loadWeeks)
        let overruns = Dictionary(schedule.overruns().map { ($0.handle, $0) }, uniquingKeysWith: { a, _ in a })
        let overloaded = naive.rows.compactMap { row -> Overload? in
            let over = row.weeks.filter(\.isOver)
            let o = overruns[row.handle]
            guard !over.isEmpty || o?.isOverbooked == true else { return nil }
            return Overload(handle: row.handle, name: row.name, weeksOver: over, lateTasks: o?.lateTasks ?? 0,
                            slipWorkingDays: o?.isOverbooked == true ? o!.lastLateWorkingDays : 0, lastLateTask: o?.lastLateTask)
        }.sorted { $0.handle < $1.handle }

        let budget = BudgetSummary.compute(project: snap.project, members: snap.members, tasks: snap.tasks, entries: input.entries,
                                           rates: input.rates, baseline: input.baseline, asOf: today)
        let firstTask = snap.tasks.map(\.created).min().map { Day($0, in: zone) }
        let start = max(snap.project.startDate ?? firstTask ?? today, today - burndownDays)
        let burndown = Burndown.days(activity: input.activity, entries: input.entries, projectKey: snap.project.key,
                                     milestoneID: nil, from: min(start, today), through: today, timeZone: zone)

        return StatusReport(
            project: snap.project, generated: input.now.instant, timeZone: zone, today: today, since: since,
            baselineName: input.baseline?.name, milestones: milestones,
            openTasks: snap.tasks.filter { $0.status.isOpen }.count, doneTasks: snap.tasks.filter { $0.status == .done }.count,
            done: done, loggedMinutes: logged,
            loggedByMember: byMember.map { MemberHours(handle: $0.key, minutes: $0.value) }
                .sorted { $0.minutes != $1.minutes ? $0.minutes > $1.minutes : $0.handle < $1.handle },
            next: next, nextDays: nextDays, blocked: blocked, overdue: overdue, overloaded: overloaded, loadWeeks: loadWeeks,
            budget: budget, budgetStatus: BudgetStatus(budget), hasMoney: input.hasMoney, burndown: burndown)
    }
}
