import Foundation

/// A forecast: when each open task will start and finish given who does it, what it
/// waits for and everyone's calendar; what that means for each milestone; and the
/// minutes it books per member per day. Made by `Scheduler.schedule`.
public struct Schedule: Hashable, Sendable {
    public var now: Now
    /// Every open task exactly once, in ID order.
    public var tasks: [ScheduledTask]
    /// Every input milestone, in ID order.
    public var milestones: [MilestoneForecast]
    /// The input's members, by handle.
    public var members: [Member]
    /// Minutes booked per member per day, by handle; every member has an entry.
    public var bookings: [String: LaneBookings]
    /// Minutes booked per day on the unassigned lane. With a parallel lane several
    /// tasks share a day, so this is not bounded by any one person's day.
    public var unassignedBookings: LaneBookings
    /// Each member's calendar as booked against, by handle.
    public var calendars: [String: WorkCalendar]
    /// The project's calendar: slack and lateness are counted in its working days. Its
    /// daily minutes are the unassigned lane's, which works on it.
    public var projectCalendar: WorkCalendar
    /// The clock time working days start at, in minutes after midnight (from the input).
    public var workdayStartMinutes: Int

    init(now: Now, tasks: [ScheduledTask], milestones: [MilestoneForecast], members: [Member],
         bookings: [String: LaneBookings], unassignedBookings: LaneBookings, calendars: [String: WorkCalendar],
         projectCalendar: WorkCalendar, workdayStartMinutes: Int) {
        self.now = now
        self.tasks = tasks
        self.milestones = milestones
        self.members = members
        self.bookings = bookings
        self.unassignedBookings = unassignedBookings
        self.calendars = calendars
        self.projectCalendar = projectCalendar
        self.workdayStartMinutes = workdayStartMinutes
    }

    /// A binary search, since `tasks` is in ID order: cheaper than building an index
    /// of every task on each recompute for the few lookups a frame makes.
    public func task(_ id: TaskID) -> ScheduledTask? {
        var lo = 0
        var hi = tasks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tasks[mid].id < id { lo = mid + 1 } else { hi = mid }
        }
        return lo < tasks.count && tasks[lo].id == id ? tasks[lo] : nil
    }

    public func milestone(id: Int64) -> MilestoneForecast? {
        milestones.first { $0.milestone.id == id }
    }

    /// Bookings as a plain dictionary per member, days with nothing booked left out.
    public var bookedMinutes: [String: [Day: Int]] {
        bookings.mapValues(\.byDay)
    }
}
