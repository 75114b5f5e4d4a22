import Foundation

/// The schedule forecaster: resource-constrained forward scheduling of the open tasks.
///
/// Rules (the answers a forecast has to commit to):
/// - A task starts no earlier than now and than all its open dependencies finish
///   (dependencies on closed, removed or unknown tasks are satisfied), and only when its
///   lane is free: a member works one task at a time, to the end, for at most their daily
///   capacity (weekly capacity over working days) on each of their working days that is
///   neither time off nor a holiday.
/// - A lane that frees up takes, among its tasks ready by then: in-progress first (they
///   continue), then priority, then the earlier due date (the task's, else its
///   milestone's), then the smaller ID. With nothing ready it idles until something is —
///   so it may take a low-priority task that is ready while an urgent one still waits.
/// - Work has no breaks: a day of capacity C runs from the working-day start (09:00)
///   for C minutes. Today's minutes before now are gone.
/// - An open task with no work left takes no time and no lane: it starts and finishes
///   the moment it is ready.
/// - Unassigned work, and work whose assignee cannot work, goes to the unassigned lane
///   (`UnassignedLane`) and is flagged; it is never dropped.
/// - The result depends only on the input's content, never on the order of its arrays:
///   everything is indexed in ID (and handle) order and every tie is broken by ID.
public enum Scheduler {
    public static func schedule(_ input: ScheduleInput) throws(ScheduleError) -> Schedule {
        var engine = try ScheduleEngine(input)
        engine.run()
        return engine.result()
    }
}
