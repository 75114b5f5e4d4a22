import Foundation

/// A project as Microsoft Project XML (MSPDI), the plan format MS Project and the tools
/// around it read: the project calendar with working hours and holidays, a resource per
/// member with their rates over time and a calendar of their own (working days, daily
/// hours, time off), every task with work, remaining and actual work, the forecast's
/// start and finish, percent complete, links and its assignment, each milestone as a
/// milestone task its tasks lead into, and the latest baseline as baseline 0.
///
/// Elements follow the schema's order (MS Project checks it). Open tasks carry a
/// "start no earlier than" constraint at the forecast start: MS Project does not level
/// resources by itself, so without it every unlinked task would start on day one and
/// the one-task-at-a-time plan the forecast made would be lost on opening.
public enum MSPDIExport {
    public struct Input: Sendable {
        public var snapshot: ProjectSnapshot
        public var schedule: Schedule
        public var rates: RateHistory
        public var baseline: Baseline?
        public var now: Now

        public init(snapshot: ProjectSnapshot, schedule: Schedule, rates: RateHistory, baseline: Baseline?, now: Now) {
            self.snapshot = snapshot
            self.schedule = schedule
            self.rates = rates
            self.baseline = baseline
            self.now = now
        }
    }

    /// Where MS Project's rate tables begin and end.
    static let firstRateDay = Day(year: 1984, month: 1, day: 1)!
    static let lastRateDay = Day(year: 2049, month: 12, day: 31)!
    /// Milestone tasks get UIDs above any task number, from their milestone's id.
    static let milestoneUIDBase = 900_000_000

    public static func milestoneUID(_ milestone: Milestone) -> Int { milestoneUIDBase + Int(milestone.id) }

    public static func document(_ input: Input) -> String {
        let s = input.snapshot
        let project = s.project
        let zone = input.now.timeZone
        let dayStart = input.schedule.workdayStartMinutes
        let minutesPerDay = Int((project.hoursPerDay * 60).rounded())
        let dayEnd = min(dayStart + minutesPerDay, 1439)
        let scheduled = Dictionary(input.schedule.tasks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let members = s.members.sorted { $0.handle < $1.handle }
        let resourceUID = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($0.element.handle, $0.offset + 1) })
        let plans = s.tasks.map { TaskPlan($0, scheduled: scheduled[$0.id], project: project, now: input.now) }
        let planByID = Dictionary(uniqueKeysWithValues: plans.map { ($0.task.id, $0) })
        let currency = project.budget?.currency ?? input.rates.currentRates.values.first?.currency ?? "EUR"

        var x = XMLWriter()
        x.start("Project", attributes: [("xmlns", "http://schemas.microsoft.com/project")])
        x.element("SaveVersion", 14)
        x.element("Name", "\(project.key).xml")
        x.element("Title", project.name)
        if !project.client.isEmpty { x.element("Company", project.client) }
        x.element("ScheduleFromStart", true)
        let start = project.startDate ?? plans.map(\.startDay).min() ?? input.now.today
        x.element("StartDate", MSPDITime.dateTime(start, minutes: dayStart))
        if let finish = plans.map(\.finish).max() { x.element("FinishDate", MSPDITime.dateTime(finish, in: zone)) }
        x.element("CurrencyCode", currency)
        x.element("CalendarUID", 1)
        x.element("DefaultStartTime", String(MSPDITime.dateTime(start, minutes: dayStart).suffix(8)))
        x.element("DefaultFinishTime", String(MSPDITime.dateTime(start, minutes: dayEnd).suffix(8)))
        x.element("MinutesPerDay", minutesPerDay)
        x.element("MinutesPerWeek", minutesPerDay * 5)
        x.element("DaysPerMonth", 20)
        x.element("StatusDate", MSPDITime.dateTime(input.now.instant, in: zone))
        x.element("CurrentDate", MSPDITime.dateTime(input.now.instant, in: zone))

        x.start("Calendars")
        writeCalendar(&x, uid: 1, name: "Standard", base: nil,
                      workingDays: Set(Weekday.allCases.filter { $0.rawValue < 5 }), minutesPerDay: dayEnd - dayStart,
                      dayStart: dayStart, exceptions: s.holidays.map { (DayRange(start: $0.date, end: $0.date), $0.name) })
        for (i, m) in members.enumerated() {
            writeCalendar(&x, uid: i + 2, name: m.name, base: 1, workingDays: m.workingDays,
                          minutesPerDay: min(m.dailyCapacityMinutes, 1439 - dayStart), dayStart: dayStart,
                          exceptions: m.timeOff.map { ($0.range, $0.note) })
        }
        x.end()

        x.start("Tasks")
        var row = 0
        let milestones = s.milestones
        let byMilestone = Dictionary(grouping: plans, by: { $0.task.milestoneID })
        // Each milestone's tasks, then the milestone; then the tasks of none.
        for m in milestones {
            for plan in byMilestone[m.id] ?? [] {
                row += 1
                writeTask(&x, plan, row: row, snapshot: s, planByID: planByID, baseline: input.baseline, dayStart: dayStart, dayEnd: dayEnd, zone: zone)
            }
            row += 1
            writeMilestone(&x, m, row: row, tasks: byMilestone[m.id] ?? [], forecast: input.schedule.milestone(id: m.id),
                           dayStart: dayStart, dayEnd: dayEnd, zone: zone, fallback: start)
        }
        let known = Set(milestones.map(\.id))
        for plan in plans where plan.task.milestoneID.map({ !known.contains($0) }) ?? true {
            row += 1
            writeTask(&x, plan, row: row, snapshot: s, planByID: planByID, baseline: input.baseline, dayStart: dayStart, dayEnd: dayEnd, zone: zone)
        }
        x.end()

        x.start("Resources")
        for (i, m) in members.enumerated() {
            x.start("Resource")
            x.element("UID", i + 1)
            x.element("ID", i + 1)
            x.element("Name", m.name)
            x.element("Type", 1)
            x.element("IsNull", false)
            // The handle, so an import gives the member back under the same name.
            x.element("Initials", m.handle)
            if !m.role.isEmpty { x.element("Group", m.role) }
            x.element("MaxUnits", "1")
            if let rate = input.rates.rate(for: m.handle, on: input.now.today) {
                x.element("StandardRate", decimal(rate.minorUnits))
                x.element("StandardRateFormat", 2)
            }
            x.element("CalendarUID", i + 2)
            let periods = ratePeriods(m, input.rates)
            if !periods.isEmpty {
                x.start("Rates")
                for (k, p) in periods.enumerated() {
                    let to = k + 1 < periods.count ? periods[k + 1].from - 1 : lastRateDay
                    x.start("Rate")
                    x.element("RatesFrom", MSPDITime.dateTime(p.from, minutes: 0))
                    x.element("RatesTo", MSPDITime.dateTime(to, minutes: 1439))
                    x.element("RateTable", 0)
                    x.element("StandardRate", decimal(p.rate?.minorUnits ?? 0))
                    x.element("StandardRateFormat", 2)
                    x.end()
                }
                x.end()
            }
            x.end()
        }
        x.end()

        x.start("Assignments")
        for plan in plans {
            guard let who = plan.task.assignee, let resource = resourceUID[who] else { continue }
            x.start("Assignment")
            x.element("UID", plan.task.id.number)
            x.element("TaskUID", plan.task.id.number)
            x.element("ResourceUID", resource)
            x.element("PercentWorkComplete", plan.percentComplete)
            if let started = plan.actualStart { x.element("ActualStart", MSPDITime.dateTime(started, in: zone)) }
            x.element("ActualWork", MSPDITime.duration(minutes: plan.actualMinutes))
            x.element("Finish", MSPDITime.dateTime(plan.finish, in: zone))
            x.element("RemainingWork", MSPDITime.duration(minutes: plan.remainingMinutes))
            x.element("Start", MSPDITime.dateTime(plan.start, in: zone))
            x.element("Units", "1")
            x.element("Work", MSPDITime.duration(minutes: plan.workMinutes))
            x.end()
        }
        x.end()
        x.end()
        return x.text
    }

    /// One task's figures as the file states them.
    struct TaskPlan {
        var task: ProjectTask
        var start: Date
        var finish: Date
        var startDay: Day
        var actualStart: Date?
        var actualFinish: Date?
        var actualMinutes: Int
        var remainingMinutes: Int
        var workMinutes: Int { actualMinutes + remainingMinutes }
        var percentComplete: Int

        init(_ t: ProjectTask, scheduled: ScheduledTask?, project: Project, now: Now) {
            task = t
            if t.status.isClosed {
                // Time nobody logged still counts as the work the task took.
                actualMinutes = t.spentMinutes > 0 ? t.spentMinutes : (t.status == .done ? t.estimateMinutes ?? 0 : 0)
                remainingMinutes = 0
                let end = t.completed ?? t.updated
                finish = end
                start = t.started.map { min($0, end) } ?? end
                actualStart = t.status == .done ? start : nil
                actualFinish = t.status == .done ? end : nil
                percentComplete = t.status == .done ? 100 : 0
            } else {
                actualMinutes = t.spentMinutes
                // The forecast's work: remaining, or the default estimate for an unestimated task.
                remainingMinutes = scheduled?.workMinutes ?? t.effectiveRemainingMinutes
                let forecastStart = scheduled?.start ?? now.instant
                start = t.started.map { min($0, forecastStart) } ?? forecastStart
                finish = max(scheduled?.finish ?? forecastStart, start)
                actualStart = t.started
                actualFinish = nil
                let work = actualMinutes + remainingMinutes
                percentComplete = work > 0 ? min(99, actualMinutes * 100 / work) : 0
            }
            startDay = Day(start, in: now.timeZone)
        }
    }

    static func writeTask(_ x: inout XMLWriter, _ plan: TaskPlan, row: Int, snapshot: ProjectSnapshot,
                          planByID: [TaskID: TaskPlan], baseline: Baseline?, dayStart: Int, dayEnd: Int, zone: TimeZone) {
        let t = plan.task
        x.start("Task")
        x.element("UID", t.id.number)
        x.element("ID", row)
        x.element("Name", t.title)
        // A cancelled task stays in the plan as an inactive one, as MS Project has it.
        x.element("Active", t.status != .cancelled)
        x.element("Manual", false)
        x.element("Type", 0)
        x.element("IsNull", false)
        x.element("CreateDate", MSPDITime.dateTime(t.created, in: zone))
        x.element("WBS", t.id.description)
        x.element("OutlineNumber", row)
        x.element("OutlineLevel", 1)
        x.element("Priority", priority(t.priority))
        x.element("Start", MSPDITime.dateTime(plan.start, in: zone))
        x.element("Finish", MSPDITime.dateTime(plan.finish, in: zone))
        x.element("Duration", MSPDITime.duration(minutes: plan.workMinutes))
        x.element("DurationFormat", 7)
        x.element("Work", MSPDITime.duration(minutes: plan.workMinutes))
        x.element("Milestone", false)
        x.element("Summary", false)
        x.element("PercentComplete", plan.percentComplete)
        x.element("PercentWorkComplete", plan.percentComplete)
        if let s = plan.actualStart { x.element("ActualStart", MSPDITime.dateTime(s, in: zone)) }
        if let f = plan.actualFinish { x.element("ActualFinish", MSPDITime.dateTime(f, in: zone)) }
        x.element("ActualWork", MSPDITime.duration(minutes: plan.actualMinutes))
        x.element("RemainingDuration", MSPDITime.duration(minutes: plan.remainingMinutes))
        x.element("RemainingWork", MSPDITime.duration(minutes: plan.remainingMinutes))
        x.element("ConstraintType", t.status.isOpen && t.started == nil ? 4 : 0)
        x.element("CalendarUID", -1)
        if t.status.isOpen && t.started == nil { x.element("ConstraintDate", MSPDITime.dateTime(plan.start, in: zone)) }
        if let due = t.due { x.element("Deadline", MSPDITime.dateTime(due, minutes: dayEnd)) }
        if !t.notes.isEmpty { x.element("Notes", t.notes) }
        for dep in t.dependencies where planByID[dep] != nil {
            link(&x, predecessor: dep.number)
        }
        if let b = baseline?.task(t.id) {
            x.start("Baseline")
            x.element("Number", 0)
            if let s = b.plannedStart { x.element("Start", MSPDITime.dateTime(s, minutes: dayStart)) }
            if let f = b.plannedFinish { x.element("Finish", MSPDITime.dateTime(f, minutes: dayEnd)) }
            x.element("Duration", MSPDITime.duration(minutes: b.estimateMinutes))
            x.element("Work", MSPDITime.duration(minutes: b.estimateMinutes))
            // MSPDI keeps costs in hundredths (rates it keeps per unit of time).
            if let c = b.plannedCost { x.element("Cost", String(c.minorUnits)) }
            x.end()
        }
        x.end()
    }

    static func writeMilestone(_ x: inout XMLWriter, _ m: Milestone, row: Int, tasks: [TaskPlan], forecast: MilestoneForecast?,
                               dayStart: Int, dayEnd: Int, zone: TimeZone, fallback: Day) {
        // At the forecast when there is one, else when its last task ends, else its due date.
        let at = forecast?.forecast.map { MSPDITime.dateTime($0, in: zone) }
            ?? tasks.map(\.finish).max().map { MSPDITime.dateTime($0, in: zone) }
            ?? MSPDITime.dateTime(m.due ?? fallback, minutes: dayEnd)
        x.start("Task")
        x.element("UID", milestoneUID(m))
        x.element("ID", row)
        x.element("Name", m.name)
        x.element("Active", true)
        x.element("Manual", false)
        x.element("Type", 0)
        x.element("IsNull", false)
        x.element("OutlineNumber", row)
        x.element("OutlineLevel", 1)
        x.element("Priority", 500)
        x.element("Start", at)
        x.element("Finish", at)
        x.element("Duration", MSPDITime.duration(minutes: 0))
        x.element("DurationFormat", 7)
        x.element("Work", MSPDITime.duration(minutes: 0))
        x.element("Milestone", true)
        x.element("Summary", false)
        let done = !tasks.isEmpty && tasks.allSatisfy { $0.task.status.isClosed }
        x.element("PercentComplete", done ? 100 : 0)
        x.element("CalendarUID", -1)
        if let due = m.due { x.element("Deadline", MSPDITime.dateTime(due, minutes: dayEnd)) }
        if !m.description.isEmpty { x.element("Notes", m.description) }
        for plan in tasks where plan.task.status != .cancelled { link(&x, predecessor: plan.task.id.number) }
        x.end()
    }

    static func link(_ x: inout XMLWriter, predecessor uid: Int) {
        x.start("PredecessorLink")
        x.element("PredecessorUID", uid)
        x.element("Type", 1)  // finish-to-start: the task waits for it to finish
        x.element("CrossProject", false)
        x.element("LinkLag", 0)
        x.element("LagFormat", 7)
        x.end()
    }

    static func writeCalendar(_ x: inout XMLWriter, uid: Int, name: String, base: Int?, workingDays: Set<Weekday>,
                              minutesPerDay: Int, dayStart: Int, exceptions: [(DayRange, String)]) {
        x.start("Calendar")
        x.element("UID", uid)
        x.element("Name", name)
        x.element("IsBaseCalendar", base == nil)
        x.element("IsBaselineCalendar", false)
        x.element("BaseCalendarUID", base ?? -1)
        x.start("WeekDays")
        // MSPDI numbers days from Sunday = 1.
        for weekday in [Weekday.sunday] + Weekday.allCases.filter({ $0 != .sunday }) {
            let works = workingDays.contains(weekday) && minutesPerDay > 0
            x.start("WeekDay")
            x.element("DayType", weekday == .sunday ? 1 : weekday.rawValue + 2)
            x.element("DayWorking", works)
            if works {
                x.start("WorkingTimes")
                x.start("WorkingTime")
                x.element("FromTime", String(MSPDITime.dateTime(Day(ordinal: 0), minutes: dayStart).suffix(8)))
                x.element("ToTime", String(MSPDITime.dateTime(Day(ordinal: 0), minutes: dayStart + minutesPerDay).suffix(8)))
                x.end()
                x.end()
            }
            x.end()
        }
        x.end()
        if !exceptions.isEmpty {
            x.start("Exceptions")
            for (range, label) in exceptions {
                x.start("Exception")
                x.element("EnteredByOccurrences", false)
                x.start("TimePeriod")
                x.element("FromDate", MSPDITime.dateTime(range.start, minutes: 0))
                x.element("ToDate", "\(range.end.iso)T23:59:59")
                x.end()
                x.element("Occurrences", 1)
                if !label.isEmpty { x.element("Name", label) }
                x.element("Type", 1)
                x.element("DayWorking", false)
                x.end()
            }
            x.end()
        }
        x.end()
    }

    /// A member's rate periods from the first day MS Project knows; the current rate
    /// alone for a member whose history was never recorded.
    static func ratePeriods(_ m: Member, _ rates: RateHistory) -> [(from: Day, rate: Money?)] {
        var periods = rates.history(of: m.handle).map { (from: max($0.effectiveFrom, firstRateDay), rate: $0.rate) }
        if periods.isEmpty, let r = rates.currentRates[m.handle] { periods = [(firstRateDay, r)] }
        guard !periods.isEmpty else { return [] }
        periods[0].from = firstRateDay
        // A later period on the same day replaces an earlier one.
        var out: [(from: Day, rate: Money?)] = []
        for p in periods {
            if out.last?.from == p.from { out[out.count - 1] = p } else { out.append(p) }
        }
        return out
    }

    /// MS Project's 0–1000 scale, 500 being medium.
    static func priority(_ p: Priority) -> Int {
        switch p {
        case .urgent: 900
        case .high: 700
        case .medium: 500
        case .low: 300
        }
    }

    /// Minor units as a plain decimal, `9550` → `95.5`.
    static func decimal(_ minor: Int64) -> String {
        let sign = minor < 0 ? "-" : ""
        let v = abs(minor)
        let cents = v % 100
        return cents == 0 ? "\(sign)\(v / 100)" : "\(sign)\(v / 100).\(cents < 10 ? "0" : "")\(cents)"
    }
}
