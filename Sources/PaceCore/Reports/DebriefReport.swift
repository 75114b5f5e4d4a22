import Foundation

/// `pace report debrief`: the post-project review — planned against actual per
/// milestone (dates, hours, cost), how good the estimates were per task and per
/// member, the largest slips and what drove them, throughput per week, the blockers
/// and how long they lasted, and how the scope changed. Built by `make`.
public struct DebriefReport: Hashable, Sendable {
    public struct MilestoneOutcome: Hashable, Sendable {
        /// The milestone's name; the project's key for the whole-project row.
        public var name: String
        public var due: Day?
        /// The baseline's latest planned finish of the tasks it gave this milestone.
        public var plannedFinish: Day?
        /// The last done task's day once all is closed, else the forecast.
        public var finish: Day?
        public var finishIsForecast: Bool
        /// Working days from the planned finish (due) to the finish: positive is later.
        public var slipVsPlan: Int?
        public var slipVsDue: Int?
        public var tasksDone: Int
        public var tasksOpen: Int
        /// The baseline's estimates of its tasks; nil without a baseline.
        public var plannedMinutes: Int?
        /// Current estimates of its tasks that are not cancelled.
        public var estimateMinutes: Int
        public var loggedMinutes: Int
        public var remainingMinutes: Int
        /// Minor units of `currency`; nil without a baseline or a rate.
        public var plannedCost: Int64?
        public var actualCost: Int64
        /// Actual cost plus the open work at today's rates.
        public var costAtCompletion: Int64
    }

    public struct TaskAccuracy: Hashable, Sendable {
        public var task: TaskID
        public var title: String
        public var assignee: String?
        /// The estimate it was made with (else the first one given).
        public var estimateMinutes: Int
        /// Its estimate at the end, when re-estimated.
        public var finalEstimateMinutes: Int?
        public var loggedMinutes: Int
        /// Logged over estimated: above 1 took longer than estimated.
        public var ratio: Double { Double(loggedMinutes) / Double(estimateMinutes) }
        /// How far off either way: 2 for twice or half the estimate.
        public var missFactor: Double { ratio >= 1 ? ratio : (ratio > 0 ? 1 / ratio : .infinity) }
    }

    public struct MemberAccuracy: Hashable, Sendable {
        /// Nil for unassigned tasks.
        public var handle: String?
        public var tasks: Int
        public var estimateMinutes: Int
        public var loggedMinutes: Int
        public var ratio: Double? { estimateMinutes > 0 ? Double(loggedMinutes) / Double(estimateMinutes) : nil }
    }

    public struct Slip: Hashable, Sendable {
        public var task: TaskID
        public var title: String
        public var assignee: String?
        public var plannedStart: Day?
        /// The baseline's planned finish, or without one the task's due date.
        public var plannedFinish: Day
        public var finish: Day
        public var finishIsForecast: Bool
        /// Project working days later than planned (at least 1).
        public var workingDays: Int
        public var causes: [SlipCause]
    }

    /// What the activity log says held a task up.
    public enum SlipCause: Hashable, Sendable {
        /// Time spent blocked, all spells together, with the reasons given.
        case blocked(seconds: Double, reasons: [String])
        /// The estimate grew from the planned one: scope growth.
        case estimateRaised(from: Int, to: Int)
        /// Work began later than planned; `started` is a forecast while not begun.
        case startedLate(workingDays: Int, started: Day, planned: Day, notYet: Bool)
        /// Dependencies that finished after this task was planned to start (or, with no
        /// plan to go by, after their own due date).
        case waitedOn([TaskID])
        /// Passed between people: every handle in order.
        case reassigned([String])
        /// More time logged than planned, on a task that is done.
        case effortOverrun(logged: Int, planned: Int)
    }

    public struct WeekThroughput: Hashable, Sendable {
        public var week: ISOWeek
        public var tasksDone: Int
        public var loggedMinutes: Int
    }

    public struct Blocker: Hashable, Sendable {
        public var span: BlockedSpan
        public var title: String
        public var seconds: Double
    }

    /// What scope changes are counted from.
    public enum ScopeReference: Hashable, Sendable {
        case baseline(name: String, saved: Date)
        /// The end of the project's start day.
        case projectStart(Day)
        /// The end of the day its first task was made.
        case firstTask(Day)
        case none
    }

    public var project: Project
    public var generated: Date
    public var timeZone: TimeZone
    public var today: Day
    public var baselineName: String?
    public var currency: String
    /// Currencies of rates counted as `currency` without conversion.
    public var otherCurrencies: [String]
    public var hasMoney: Bool
    public var total: MilestoneOutcome
    public var milestones: [MilestoneOutcome]
    /// Done tasks with an estimate and time logged, largest miss first.
    public var accuracy: [TaskAccuracy]
    public var accuracyByMember: [MemberAccuracy]
    public var accuracyTotal: MemberAccuracy
    /// Done tasks left out of the accuracy figures: no estimate, or no time logged.
    public var doneWithoutEstimate: Int
    public var doneWithoutTime: Int
    /// Largest first.
    public var slips: [Slip]
    /// True when slips are measured against a baseline, false against due dates.
    public var slipsAgainstBaseline: Bool
    public var throughput: [WeekThroughput]
    /// By start.
    public var blockers: [Blocker]
    public var scopeReference: ScopeReference
    public var scopeChanges: [ScopeChange]

    public var scopeNetMinutes: Int { scopeChanges.reduce(0) { $0 + $1.deltaMinutes } }
    public func scopeMinutes(_ kinds: Set<ScopeChange.Kind>) -> Int {
        scopeChanges.filter { kinds.contains($0.kind) }.reduce(0) { $0 + $1.deltaMinutes }
    }
}

extension DebriefReport {
    public static func make(_ input: ReportInput) -> DebriefReport {
        let snap = input.snapshot
        let today = input.today
        let zone = input.now.timeZone
        let schedule = input.schedule
        let calendar = schedule.projectCalendar
        let baseline = input.baseline
        let histories = TaskHistory.build(activity: input.activity, projectKey: snap.project.key)
        let titles = input.titles(histories: histories)
        let tasksByID = Dictionary(snap.tasks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let planned = Dictionary((baseline?.tasks ?? []).map { ($0.task, $0) }, uniquingKeysWith: { a, _ in a })
        let currency = Costing.currency(project: snap.project, members: snap.members, rates: input.rates)
        func day(_ d: Date?) -> Day? { d.map { Day($0, in: zone) } }
        /// Positive when `finish` is later than `reference`, in project working days.
        func lateness(_ finish: Day, _ reference: Day) -> Int {
            finish > reference ? -calendar.slack(finish: finish, due: reference) : -calendar.workingDays(from: finish, to: reference)
        }
        /// A task's finish: the day it was done, else the forecast.
        func finish(of t: ProjectTask) -> (day: Day, forecast: Bool)? {
            if t.status == .done, let c = day(t.completed) { return (c, false) }
            if t.status.isOpen, let s = schedule.task(t.id) { return (s.finishDay, true) }
            return nil
        }

        // Planned against actual, per milestone and for the whole project.
        var entriesByTask: [TaskID: [TimeEntry]] = [:]
        for e in input.entries { entriesByTask[e.task, default: []].append(e) }
        func outcome(name: String, due: Day?, tasks: [ProjectTask], baselineTasks: [BaselineTask], entries: [TimeEntry]) -> MilestoneOutcome {
            let live = tasks.filter { $0.status != .cancelled }
            let open = live.filter { $0.status.isOpen }
            let done = live.filter { $0.status == .done }
            var end: Day?
            var forecast = false
            if open.isEmpty {
                end = done.compactMap { day($0.completed) }.max()
            } else {
                end = open.compactMap { schedule.task($0.id)?.finishDay }.max()
                forecast = true
            }
            let plannedFinish = baselineTasks.compactMap(\.plannedFinish).max()
            let costs = baselineTasks.compactMap(\.plannedCost)
            let actual = Costing.actual(entries, rates: input.rates, measure: .money)
            let committed = open.reduce(Int64(0)) { sum, t in
                sum + Costing.price(minutes: t.effectiveRemainingMinutes, at: t.assignee.flatMap { input.rates.rate(for: $0, on: today) })
            }
            return MilestoneOutcome(
                name: name, due: due, plannedFinish: plannedFinish, finish: end, finishIsForecast: forecast,
                slipVsPlan: end.flatMap { e in plannedFinish.map { lateness(e, $0) } },
                slipVsDue: end.flatMap { e in due.map { lateness(e, $0) } },
                tasksDone: done.count, tasksOpen: open.count,
                plannedMinutes: baseline == nil ? nil : baselineTasks.reduce(0) { $0 + $1.estimateMinutes },
                estimateMinutes: live.reduce(0) { $0 + ($1.estimateMinutes ?? 0) },
                loggedMinutes: entries.reduce(0) { $0 + $1.minutes },
                remainingMinutes: open.reduce(0) { $0 + (schedule.task($1.id)?.workMinutes ?? $1.effectiveRemainingMinutes) },
                plannedCost: costs.isEmpty ? nil : costs.reduce(0) { $0 + $1.minorUnits },
                actualCost: actual, costAtCompletion: actual + committed)
        }
        let milestones = snap.milestones.sorted { $0.id < $1.id }.map { m in
            let tasks = snap.tasks.filter { $0.milestoneID == m.id }
            return outcome(name: m.name, due: m.due, tasks: tasks,
                           baselineTasks: (baseline?.tasks ?? []).filter { $0.milestoneID == m.id },
                           entries: tasks.flatMap { entriesByTask[$0.id] ?? [] })
        }
        let total = outcome(name: snap.project.key, due: snap.project.targetDate, tasks: snap.tasks,
                            baselineTasks: baseline?.tasks ?? [], entries: input.entries)

        // Estimate accuracy: done tasks with an estimate and time logged.
        var accuracy: [TaskAccuracy] = []
        var withoutEstimate = 0, withoutTime = 0
        for t in snap.tasks where t.status == .done {
            guard let estimate = histories[t.id]?.originalEstimateMinutes ?? t.estimateMinutes, estimate > 0 else {
                withoutEstimate += 1
                continue
            }
            guard t.spentMinutes > 0 else { withoutTime += 1; continue }
            accuracy.append(TaskAccuracy(task: t.id, title: t.title, assignee: t.assignee, estimateMinutes: estimate,
                                         finalEstimateMinutes: t.estimateMinutes == estimate ? nil : t.estimateMinutes,
                                         loggedMinutes: t.spentMinutes))
        }
        accuracy.sort { $0.missFactor != $1.missFactor ? $0.missFactor > $1.missFactor : $0.task < $1.task }
        var byMember: [String: MemberAccuracy] = [:]
        for a in accuracy {
            var m = byMember[a.assignee ?? ""] ?? MemberAccuracy(handle: a.assignee, tasks: 0, estimateMinutes: 0, loggedMinutes: 0)
            m.tasks += 1
            m.estimateMinutes += a.estimateMinutes
            m.loggedMinutes += a.loggedMinutes
            byMember[a.assignee ?? ""] = m
        }
        // Members by handle, unassigned last.
        let memberAccuracy = byMember.values.sorted { ($0.handle ?? "\u{10FFFF}") < ($1.handle ?? "\u{10FFFF}") }
        let accuracyTotal = MemberAccuracy(handle: nil, tasks: accuracy.count,
                                           estimateMinutes: accuracy.reduce(0) { $0 + $1.estimateMinutes },
                                           loggedMinutes: accuracy.reduce(0) { $0 + $1.loggedMinutes })

        // Slips: later than the baseline planned, or without one later than due.
        var slips: [Slip] = []
        for t in snap.tasks where t.status != .cancelled {
            let plan = planned[t.id]
            guard let reference = baseline == nil ? t.due : plan?.plannedFinish, let ending = finish(of: t),
                  ending.day > reference else { continue }
            let end = ending.day
            let h = histories[t.id] ?? TaskHistory(id: t.id)
            var causes: [SlipCause] = []
            let spells = h.blocked
            if !spells.isEmpty {
                var reasons: [String] = []
                for r in spells.flatMap(\.reasons) where !reasons.contains(r) { reasons.append(r) }
                causes.append(.blocked(seconds: spells.reduce(0) { $0 + $1.seconds(now: input.now.instant) }, reasons: reasons))
            }
            let plannedEstimate = plan?.estimateMinutes ?? h.originalEstimateMinutes
            if let from = plannedEstimate, let to = t.estimateMinutes, to > from {
                causes.append(.estimateRaised(from: from, to: to))
            }
            if let s = plan?.plannedStart {
                let started = day(h.firstStarted) ?? (t.status.isOpen ? schedule.task(t.id)?.startDay : nil)
                if let started, started > s {
                    causes.append(.startedLate(workingDays: max(1, calendar.workingDays(from: s, to: started)), started: started,
                                               planned: s, notYet: h.firstStarted == nil))
                }
            }
            var waited: [TaskID] = []
            for dep in t.dependencies {
                guard let d = tasksByID[dep], let depEnd = finish(of: d)?.day else { continue }
                if baseline != nil {
                    if let s = plan?.plannedStart ?? plan?.plannedFinish, depEnd > s { waited.append(dep) }
                } else if let due = d.due, depEnd > due {
                    waited.append(dep)
                }
            }
            if case .dependency(let dep)? = schedule.task(t.id)?.startedBecause, !waited.contains(dep) { waited.append(dep) }
            if !waited.isEmpty { causes.append(.waitedOn(waited.sorted())) }
            let moves = h.reassignments.filter { m in baseline.map { m.at > $0.created } ?? true }
            if let first = moves.first {
                causes.append(.reassigned([first.from] + moves.map { $0.to ?? "nobody" }))
            }
            if t.status == .done, let p = plannedEstimate, t.spentMinutes > max(p, t.estimateMinutes ?? 0) {
                causes.append(.effortOverrun(logged: t.spentMinutes, planned: p))
            }
            slips.append(Slip(task: t.id, title: t.title, assignee: t.assignee, plannedStart: plan?.plannedStart,
                              plannedFinish: reference, finish: end, finishIsForecast: ending.forecast,
                              workingDays: lateness(end, reference), causes: causes))
        }
        slips.sort { $0.workingDays != $1.workingDays ? $0.workingDays > $1.workingDays : $0.task < $1.task }

        // Throughput per ISO week, from the project's first week to this one.
        let completions = snap.tasks.filter { $0.status == .done }.compactMap { day($0.completed) }
        let firstDay = [snap.project.startDate, snap.tasks.map(\.created).min().flatMap(day), input.entries.map(\.date).min(),
                        completions.min()].compactMap { $0 }.min() ?? today
        var weeks: [ISOWeek: (done: Int, minutes: Int)] = [:]
        for c in completions { weeks[ISOWeek(c), default: (0, 0)].done += 1 }
        for e in input.entries { weeks[ISOWeek(e.date), default: (0, 0)].minutes += e.minutes }
        var throughput: [WeekThroughput] = []
        var w = ISOWeek(min(firstDay, today))
        let last = ISOWeek(max(today, weeks.keys.max()?.start ?? today))
        while w <= last {
            let x = weeks[w] ?? (0, 0)
            throughput.append(WeekThroughput(week: w, tasksDone: x.done, loggedMinutes: x.minutes))
            w = w.next
        }

        let blockers = histories.values.flatMap(\.blocked).map {
            Blocker(span: $0, title: titles[$0.task] ?? "", seconds: $0.seconds(now: input.now.instant))
        }.sorted { ($0.span.start, $0.span.task) < ($1.span.start, $1.span.task) }

        let reference: ScopeReference
        let cutoff: Date?
        if let baseline {
            reference = .baseline(name: baseline.name, saved: baseline.created)
            cutoff = baseline.created
        } else if let start = snap.project.startDate {
            reference = .projectStart(start)
            cutoff = (start + 1).start(in: zone)
        } else if let first = histories.values.compactMap(\.created).min() {
            reference = .firstTask(Day(first, in: zone))
            cutoff = (Day(first, in: zone) + 1).start(in: zone)
        } else {
            reference = .none
            cutoff = nil
        }
        let scope = cutoff.map { ScopeChange.list(activity: input.activity, projectKey: snap.project.key, after: $0, titles: titles) } ?? []

        return DebriefReport(
            project: snap.project, generated: input.now.instant, timeZone: zone, today: today, baselineName: baseline?.name,
            currency: currency, otherCurrencies: Costing.otherCurrencies(than: currency, members: snap.members, rates: input.rates),
            hasMoney: input.hasMoney, total: total, milestones: milestones, accuracy: accuracy,
            accuracyByMember: memberAccuracy, accuracyTotal: accuracyTotal, doneWithoutEstimate: withoutEstimate,
            doneWithoutTime: withoutTime, slips: slips, slipsAgainstBaseline: baseline != nil, throughput: throughput,
            blockers: blockers, scopeReference: reference, scopeChanges: scope)
    }
}
