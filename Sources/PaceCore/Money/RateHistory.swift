/// One member's hourly rate from a day on: a rate change applies from its day forward
/// and never rewrites what time logged earlier cost.
public struct RatePeriod: Hashable, Sendable, Codable {
    public var member: String
    public var effectiveFrom: Day
    /// Nil when the member had no rate from that day (the rate was cleared).
    public var rate: Money?

    public init(member: String, effectiveFrom: Day, rate: Money?) {
        self.member = member
        self.effectiveFrom = effectiveFrom
        self.rate = rate
    }
}

/// Every member's rate periods, so cost can be priced at the rate in force on a day.
public struct RateHistory: Hashable, Sendable {
    /// Per member, oldest first; a later period on the same day wins over an earlier one.
    public private(set) var periods: [String: [RatePeriod]]
    /// Members with no recorded period fall back to their current rate: workspaces that
    /// predate rate history, and callers (tests, the demo) that never record one.
    public var currentRates: [String: Money]

    public init(periods: [RatePeriod] = [], members: [Member] = []) {
        var byMember: [String: [RatePeriod]] = [:]
        for p in periods { byMember[p.member, default: []].append(p) }
        // A stable sort keeps same-day periods in recording order, so the last one wins.
        for (m, list) in byMember {
            byMember[m] = list.enumerated().sorted { ($0.element.effectiveFrom, $0.offset) < ($1.element.effectiveFrom, $1.offset) }.map(\.element)
        }
        self.periods = byMember
        var current: [String: Money] = [:]
        for m in members { if let r = m.hourlyRate { current[m.handle] = r } }
        self.currentRates = current
    }

    /// The rate in force on `day`. Before the first recorded period the first one
    /// applies: time logged back-dated before a member's rate was first entered is still
    /// worth something, and the first rate is the best guess there is.
    public func rate(for member: String, on day: Day) -> Money? {
        guard let list = periods[member], let first = list.first else { return currentRates[member] }
        // A period that clears the rate is in force too: look the period up, then its rate.
        guard let inForce = list.last(where: { $0.effectiveFrom <= day }) else { return first.rate }
        return inForce.rate
    }

    /// The periods of one member, oldest first.
    public func history(of member: String) -> [RatePeriod] { periods[member] ?? [] }
}
