/// What a reader of a forecast task should know about how it was placed.
public struct ScheduleFlags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Nobody is assigned: booked on the unassigned lane.
    public static let unassigned = ScheduleFlags(rawValue: 1 << 0)
    /// Assigned to a handle that is not a member of the input, or to a member with no
    /// capacity at all: booked on the unassigned lane too, since nobody can do it.
    public static let assigneeUnavailable = ScheduleFlags(rawValue: 1 << 1)
    /// No estimate and no remaining hours: the input's default estimate was used.
    public static let defaultEstimate = ScheduleFlags(rawValue: 1 << 2)
    /// At least one dependency was still open and finishes after now, so the task
    /// could not start at once (whether or not that, or a busy assignee, decided the start).
    public static let waitedForDependency = ScheduleFlags(rawValue: 1 << 3)
    /// Forecast to finish on a day after its own due date.
    public static let missesDue = ScheduleFlags(rawValue: 1 << 4)
    /// Blocked now; the forecast assumes it is unblocked when it is its turn.
    public static let blocked = ScheduleFlags(rawValue: 1 << 5)
}
