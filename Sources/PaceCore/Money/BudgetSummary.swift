/// What `pace budget` reports: where the money went, what the open work will still cost,
/// and where that lands against the budget.
public struct BudgetSummary: Hashable, Sendable {
    public var currency: String
    /// Rates in other currencies, counted as `currency` without conversion.
    public var otherCurrencies: [String] = []
    public var budget: Money?
    public var hoursBudgetMinutes: Int?
    /// Actual cost of all time logged up to `asOf`.
    public var spent: Int64
    public var spentMinutes: Int
    /// Remaining estimate of open tasks at their assignees' current rates.
    public var committed: Int64
    public var committedMinutes: Int
    public var money: EarnedValue
    public var hours: EarnedValue
    public var members: [MemberCost]

    /// Bottom-up forecast: what was spent plus what the open work still needs.
    public var forecastAtCompletion: Int64 { spent + committed }
    public var forecastMinutes: Int { spentMinutes + committedMinutes }
    /// Budget left after the forecast; negative is an overrun. Nil without a budget.
    public var forecastVariance: Int64? { budget.map { $0.minorUnits - forecastAtCompletion } }

    public struct MemberCost: Hashable, Sendable {
        public var member: String
        public var rate: Money?
        public var spentMinutes: Int
        public var spent: Int64
        public var remainingMinutes: Int
        public var committed: Int64
    }

    public static func compute(project: Project, members: [Member], tasks: [ProjectTask], entries: [TimeEntry],
                               rates: RateHistory, baseline: Baseline?, asOf: Day) -> BudgetSummary {
        let logged = entries.filter { $0.date <= asOf }
        var byMember: [String: MemberCost] = [:]
        func row(_ h: String) -> MemberCost {
            byMember[h] ?? MemberCost(member: h, rate: rates.rate(for: h, on: asOf), spentMinutes: 0, spent: 0,
                                      remainingMinutes: 0, committed: 0)
        }
        for e in logged {
            var r = row(e.member)
            r.spentMinutes += e.minutes
            r.spent += Costing.price(minutes: e.minutes, at: rates.rate(for: e.member, on: e.date))
            byMember[e.member] = r
        }
        var unassignedMinutes = 0
        for t in tasks where t.status.isOpen {
            guard let h = t.assignee else { unassignedMinutes += t.effectiveRemainingMinutes; continue }
            var r = row(h)
            r.remainingMinutes += t.effectiveRemainingMinutes
            r.committed += Costing.price(minutes: t.effectiveRemainingMinutes, at: rates.rate(for: h, on: asOf))
            byMember[h] = r
        }
        let rows = byMember.values.sorted { $0.member < $1.member }
        let currency = Costing.currency(project: project, members: members, rates: rates)
        return BudgetSummary(
            currency: currency, otherCurrencies: Costing.otherCurrencies(than: currency, members: members, rates: rates),
            budget: project.budget, hoursBudgetMinutes: project.hoursBudgetMinutes,
            spent: rows.reduce(0) { $0 + $1.spent }, spentMinutes: rows.reduce(0) { $0 + $1.spentMinutes },
            committed: rows.reduce(0) { $0 + $1.committed },
            // Unassigned work has no rate yet but is still hours to be done.
            committedMinutes: rows.reduce(0) { $0 + $1.remainingMinutes } + unassignedMinutes,
            money: EarnedValue.compute(tasks: tasks, entries: entries, rates: rates, baseline: baseline, asOf: asOf, measure: .money,
                                         wholeProject: true),
            hours: EarnedValue.compute(tasks: tasks, entries: entries, rates: rates, baseline: baseline, asOf: asOf, measure: .hours,
                                         wholeProject: true),
            members: rows)
    }
}
