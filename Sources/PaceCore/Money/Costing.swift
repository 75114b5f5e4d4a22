/// Prices minutes of work. Money figures are minor units (cents) so sums stay exact; the
/// hours measure counts minutes, for projects without rates.
public enum CostMeasure: String, Hashable, Sendable, Codable {
    case money, hours
}

public enum Costing {
    /// `minutes` at `rate` per hour, rounded half up to a whole minor unit.
    public static func price(minutes: Int, at rate: Money?) -> Int64 {
        guard let rate, minutes != 0 else { return 0 }
        let raw = Int64(minutes) * rate.minorUnits
        return raw >= 0 ? (raw + 30) / 60 : -((-raw + 30) / 60)
    }

    /// Actual cost of time entries up to and including `asOf` (all when nil), each at the
    /// rate in force on the entry's own date: a later raise leaves past cost alone.
    public static func actual(_ entries: [TimeEntry], rates: RateHistory, measure: CostMeasure, asOf: Day? = nil) -> Int64 {
        entries.reduce(Int64(0)) { sum, e in
            if let asOf, e.date > asOf { return sum }
            switch measure {
            case .money: return sum + price(minutes: e.minutes, at: rates.rate(for: e.member, on: e.date))
            case .hours: return sum + Int64(e.minutes)
            }
        }
    }

    /// A task's estimate priced at its assignee's rate on `day` (minutes for hours).
    /// Unassigned work has no rate to price it at, so it costs nothing in money.
    public static func planned(_ task: ProjectTask, rates: RateHistory, measure: CostMeasure, on day: Day) -> Int64 {
        let minutes = task.estimateMinutes ?? 0
        switch measure {
        case .money: return price(minutes: minutes, at: task.assignee.flatMap { rates.rate(for: $0, on: day) })
        case .hours: return Int64(minutes)
        }
    }

    /// The currency money figures are in: the project budget's, else the first rate's.
    /// Rates in other currencies are summed as if they were the same: conversion is not
    /// something a task tracker should guess at.
    /// Currencies of the rates (current and past) other than `currency`: their amounts
    /// are summed as if in `currency`, which the budget says out loud.
    public static func otherCurrencies(than currency: String, members: [Member], rates: RateHistory) -> [String] {
        var seen = Set(members.compactMap { $0.hourlyRate?.currency })
        for list in rates.periods.values { for p in list { if let c = p.rate?.currency { seen.insert(c) } } }
        seen.remove(currency)
        return seen.sorted()
    }

    public static func currency(project: Project, members: [Member], rates: RateHistory) -> String {
        if let c = project.budget?.currency { return c }
        for m in members.sorted(by: { $0.handle < $1.handle }) {
            if let c = m.hourlyRate?.currency ?? rates.history(of: m.handle).compactMap(\.rate).first?.currency { return c }
        }
        return "EUR"
    }
}
