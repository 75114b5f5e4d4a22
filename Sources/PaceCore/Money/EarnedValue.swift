/// Earned-value figures of a project or a milestone as of a day, in one measure: minor
/// units of money, or minutes for the hours variant.
///
/// - BAC: budget at completion, the planned cost of all the work.
/// - PV: planned value, the planned cost of the work the baseline scheduled by `asOf`.
/// - EV: earned value, the planned cost of the work actually done by now.
/// - AC: actual cost, time logged priced at the rate in force on each entry's day.
public struct EarnedValue: Hashable, Sendable, Codable {
    public var measure: CostMeasure
    public var asOf: Day
    public var bac: Int64
    /// Nil without a baseline: there is no schedule to say what should be done by now.
    public var pv: Int64?
    public var ev: Int64
    public var ac: Int64

    public init(measure: CostMeasure, asOf: Day, bac: Int64, pv: Int64?, ev: Int64, ac: Int64) {
        self.measure = measure
        self.asOf = asOf
        self.bac = bac
        self.pv = pv
        self.ev = ev
        self.ac = ac
    }

    /// Schedule performance: above 1 is ahead of the baseline.
    public var spi: Double? {
        guard let pv, pv > 0 else { return nil }
        return Double(ev) / Double(pv)
    }

    /// Cost performance: above 1 is getting more done than it costs.
    public var cpi: Double? {
        guard ac > 0 else { return nil }
        return Double(ev) / Double(ac)
    }

    /// Estimate at completion assuming the cost performance so far goes on.
    public var eac: Int64? {
        guard let cpi, cpi > 0 else { return nil }
        return Int64((Double(bac) / cpi).rounded())
    }

    /// Estimate to complete: what is still to be spent.
    public var etc: Int64? { eac.map { $0 - ac } }

    /// Variance at completion: negative is an overrun.
    public var vac: Int64? { eac.map { bac - $0 } }

    public var scheduleVariance: Int64? { pv.map { ev - $0 } }
    public var costVariance: Int64 { ev - ac }

    /// The figures for `tasks` (a project's, or a milestone's) and the time logged on them.
    ///
    /// With a baseline, BAC and each task's budget come from it and only baselined tasks
    /// earn value: work added later has no budget until the next baseline, so it shows
    /// as cost without value, which is what scope creep costs. Without a baseline each
    /// task is budgeted at its current estimate and its assignee's rate on `asOf`, and PV
    /// stays unknown.
    ///
    /// `wholeProject` counts every entry as actual cost, also time on tasks since removed:
    /// that money was spent all the same. A milestone counts only its own tasks' time.
    public static func compute(tasks: [ProjectTask], entries: [TimeEntry], rates: RateHistory,
                               baseline: Baseline?, asOf: Day, measure: CostMeasure,
                               wholeProject: Bool = false) -> EarnedValue {
        let ids = Set(tasks.map(\.id))
        let ac = Costing.actual(wholeProject ? entries : entries.filter { ids.contains($0.task) },
                                rates: rates, measure: measure, asOf: asOf)
        var bac: Int64 = 0
        var ev: Int64 = 0
        var pv: Int64? = nil
        if let baseline {
            // By ID: a project of thousands of tasks must not search the list per task.
            let byID = Dictionary(tasks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            var pvSum: Int64 = 0
            for b in baseline.tasks {
                guard let t = byID[b.task] else { continue }
                let budget = Self.budget(of: b, measure: measure)
                bac += budget
                pvSum += scheduledShare(budget, start: b.plannedStart, finish: b.plannedFinish, asOf: asOf)
                ev += earned(budget, task: t)
            }
            pv = pvSum
        } else {
            for t in tasks where t.status != .cancelled {
                let budget = Costing.planned(t, rates: rates, measure: measure, on: asOf)
                bac += budget
                ev += earned(budget, task: t)
            }
        }
        return EarnedValue(measure: measure, asOf: asOf, bac: bac, pv: pv, ev: ev, ac: ac)
    }

    static func budget(of b: BaselineTask, measure: CostMeasure) -> Int64 {
        switch measure {
        case .money: b.plannedCost?.minorUnits ?? 0
        case .hours: Int64(b.estimateMinutes)
        }
    }

    /// A done task earns its whole budget; an open one the share of its estimate no
    /// longer remaining (estimate − remaining), so half-finished work counts by half. A
    /// cancelled task earns nothing: nothing it was budgeted for was delivered.
    static func earned(_ budget: Int64, task t: ProjectTask) -> Int64 {
        switch t.status {
        case .done: return budget
        case .cancelled: return 0
        default:
            guard let estimate = t.estimateMinutes, estimate > 0 else { return 0 }
            let done = min(estimate, max(0, estimate - t.effectiveRemainingMinutes))
            return budget * Int64(done) / Int64(estimate)
        }
    }

    /// The baseline spreads a task's budget evenly over its planned days (calendar days,
    /// inclusive): by `asOf` the share of those days that have begun is planned done.
    static func scheduledShare(_ budget: Int64, start: Day?, finish: Day?, asOf: Day) -> Int64 {
        guard let finish else { return 0 }
        let start = start ?? finish
        if asOf >= finish { return budget }
        if asOf < start { return 0 }
        let total = Int64(finish - start + 1)
        let elapsed = Int64(asOf - start + 1)
        return budget * elapsed / total
    }
}
