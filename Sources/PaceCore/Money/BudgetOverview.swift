import Foundation

/// What the project's money is computed from: its time entries, every member's rate
/// periods, and the baseline to measure earned value against.
public struct ProjectLedger: Hashable, Sendable {
    public var entries: [TimeEntry]
    public var rates: RateHistory
    public var baseline: Baseline?

    public init(entries: [TimeEntry], rates: RateHistory, baseline: Baseline?) {
        self.entries = entries
        self.rates = rates
        self.baseline = baseline
    }
}

/// Time logged in one week (Monday on), priced at the rates in force on each day.
public struct WeekSpend: Hashable, Sendable {
    public var weekStart: Day
    public var cost: Int64
    public var minutes: Int

    public init(weekStart: Day, cost: Int64, minutes: Int) {
        self.weekStart = weekStart
        self.cost = cost
        self.minutes = minutes
    }
}

/// How an index (CPI, SPI) reads: at or above 0.95 the project is doing as planned,
/// from 0.85 it wants watching, below that it is in trouble.
public enum IndexRating: String, Hashable, Sendable {
    case good, watch, poor

    public init(_ value: Double) {
        self = value >= 0.95 ? .good : (value >= 0.85 ? .watch : .poor)
    }
}

/// Where the forecast at completion lands against the budget.
public struct BudgetStatus: Hashable, Sendable {
    public enum Level: String, Hashable, Sendable {
        /// The forecast stays within 90 % of the budget.
        case onTrack = "on track"
        /// Within the budget, but with less than a tenth of it to spare.
        case atRisk = "at risk"
        /// The forecast is over the budget.
        case over = "over budget"
    }

    public var level: Level
    /// The budget's measure: money when the project has a budget in money, else hours.
    public var measure: CostMeasure
    /// Forecast at completion over budget: 0.91 is 91 % of the budget.
    public var forecastShare: Double
    /// Spent so far over budget.
    public var spentShare: Double

    public init(level: Level, measure: CostMeasure, forecastShare: Double, spentShare: Double) {
        self.level = level
        self.measure = measure
        self.forecastShare = forecastShare
        self.spentShare = spentShare
    }

    /// Nil when the project has neither a budget nor an hours budget.
    public init?(_ s: BudgetSummary) {
        let forecast: Double, spent: Double, budget: Double
        if let b = s.budget, b.minorUnits > 0 {
            (forecast, spent, budget, measure) = (Double(s.forecastAtCompletion), Double(s.spent), Double(b.minorUnits), .money)
        } else if let h = s.hoursBudgetMinutes, h > 0 {
            (forecast, spent, budget, measure) = (Double(s.forecastMinutes), Double(s.spentMinutes), Double(h), .hours)
        } else {
            return nil
        }
        forecastShare = forecast / budget
        spentShare = spent / budget
        level = forecastShare > 1 ? .over : (forecastShare > 0.9 ? .atRisk : .onTrack)
    }
}

/// Everything the budget view shows, computed once per change off the input path.
public struct BudgetOverview: Hashable, Sendable {
    public struct MilestoneValue: Hashable, Sendable {
        public var milestone: Milestone
        public var money: EarnedValue
        public var hours: EarnedValue
    }

    public var asOf: Day
    public var summary: BudgetSummary
    /// Where the forecast lands against the budget; nil without one.
    public var status: BudgetStatus? { BudgetStatus(summary) }
    /// The baseline earned value is measured against; nil without one.
    public var baselineName: String?
    /// When that baseline was saved: where the plan, and a burndown's ideal line, starts.
    public var baselineSaved: Date?
    /// Spend per week from the project's start (or its first logged time) to this week.
    public var weeks: [WeekSpend]
    public var milestones: [MilestoneValue]

    public static func compute(_ snapshot: ProjectSnapshot, ledger: ProjectLedger, asOf: Day) -> BudgetOverview {
        let summary = BudgetSummary.compute(project: snapshot.project, members: snapshot.members, tasks: snapshot.tasks,
                                            entries: ledger.entries, rates: ledger.rates, baseline: ledger.baseline, asOf: asOf)
        let milestones = milestoneValues(snapshot, ledger: ledger, asOf: asOf)
        let firstEntry = ledger.entries.map(\.date).min()
        let from = [snapshot.project.startDate, firstEntry].compactMap { $0 }.min() ?? asOf
        return BudgetOverview(asOf: asOf, summary: summary, baselineName: ledger.baseline?.name,
                              baselineSaved: ledger.baseline?.created,
                              weeks: weeklySpend(ledger.entries, rates: ledger.rates, from: min(from, asOf), through: asOf),
                              milestones: milestones)
    }

    /// Earned value of each milestone, in money and hours, in the snapshot's order.
    public static func milestoneValues(_ snapshot: ProjectSnapshot, ledger: ProjectLedger, asOf: Day) -> [MilestoneValue] {
        let byMilestone = Dictionary(grouping: snapshot.tasks.filter { $0.milestoneID != nil }, by: { $0.milestoneID! })
        return snapshot.milestones.map { m in
            let tasks = byMilestone[m.id] ?? []
            return MilestoneValue(
                milestone: m,
                money: EarnedValue.compute(tasks: tasks, entries: ledger.entries, rates: ledger.rates, baseline: ledger.baseline,
                                           asOf: asOf, measure: .money),
                hours: EarnedValue.compute(tasks: tasks, entries: ledger.entries, rates: ledger.rates, baseline: ledger.baseline,
                                           asOf: asOf, measure: .hours))
        }
    }

    /// One row per week, Monday on, from the week of `from` to the week of `through`,
    /// empty weeks included so a quiet week shows as one. Entries after `through` are
    /// left out.
    public static func weeklySpend(_ entries: [TimeEntry], rates: RateHistory, from: Day, through: Day) -> [WeekSpend] {
        let first = from.startOfWeek, last = through.startOfWeek
        guard first <= last else { return [] }
        var weeks = stride(from: 0, through: last - first, by: 7).map { WeekSpend(weekStart: first + $0, cost: 0, minutes: 0) }
        for e in entries where e.date >= first && e.date <= through {
            let i = (e.date - first) / 7
            weeks[i].cost += Costing.price(minutes: e.minutes, at: rates.rate(for: e.member, on: e.date))
            weeks[i].minutes += e.minutes
        }
        return weeks
    }
}
