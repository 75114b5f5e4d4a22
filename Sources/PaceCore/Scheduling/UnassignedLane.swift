/// How the forecast places open work nobody can do: tasks with no assignee, and tasks
/// whose assignee is not a member or has no capacity. Such work is never dropped — a
/// forecast that silently leaves it out would say "on track" for a milestone nobody is
/// working on — and every such task is flagged so the dashboard can say so.
public enum UnassignedLane: Hashable, Sendable {
    /// Each task as if one extra person picked it up the moment it is ready, working
    /// `dailyMinutes` a day on the project's working days. The earliest the work could
    /// be done: unassigned work never queues behind other unassigned work.
    case parallel(dailyMinutes: Int)
    /// All of it queued on one extra person (a contractor, the next hire) working
    /// `dailyMinutes` a day on the project's working days, in the same order members
    /// take their work.
    case shared(dailyMinutes: Int)

    /// Parallel at a full 8-hour day: a forecast should show what the assigned team
    /// makes of its own work, and flag the rest, rather than invent a queue for it.
    public static let standard = UnassignedLane.parallel(dailyMinutes: 8 * 60)

    public var dailyMinutes: Int {
        switch self {
        case .parallel(let m), .shared(let m): m
        }
    }
}
