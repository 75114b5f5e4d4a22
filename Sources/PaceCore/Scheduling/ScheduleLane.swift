/// Whose time a forecast task is booked on.
public enum ScheduleLane: Hashable, Sendable, Comparable, CustomStringConvertible {
    case member(String)
    /// See `UnassignedLane`.
    case unassigned

    public var handle: String? {
        if case .member(let h) = self { return h }
        return nil
    }

    public var description: String { handle ?? "unassigned" }
}
