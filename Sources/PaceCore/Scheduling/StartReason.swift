/// Why a forecast task starts when it does: the link the driving chain of a late
/// milestone is walked back along.
public enum StartReason: Hashable, Sendable, CustomStringConvertible {
    /// Nothing held it back: it starts at now (or at its lane's next working minute).
    case now
    /// It waited for this dependency to finish (the last of its dependencies to do so).
    case dependency(TaskID)
    /// It was ready, but its lane was busy: this is the task the lane worked on just before.
    case busy(lane: ScheduleLane, with: TaskID)

    /// The task this one waited for, if any.
    public var waitedFor: TaskID? {
        switch self {
        case .now: nil
        case .dependency(let id), .busy(_, let id): id
        }
    }

    public var description: String {
        switch self {
        case .now: "starts now"
        case .dependency(let id): "waits for \(id)"
        case .busy(let lane, let id): "waiting for \(lane): \(id)"
        }
    }
}
