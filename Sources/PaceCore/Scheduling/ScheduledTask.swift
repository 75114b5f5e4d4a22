import Foundation

/// One open task as the forecast places it.
public struct ScheduledTask: Hashable, Sendable {
    public var id: TaskID
    public var lane: ScheduleLane
    /// When work starts and ends, to the minute. A task with no work left starts and
    /// finishes at the moment it becomes ready.
    public var start: Date
    public var finish: Date
    /// The days work starts and finishes on (the calendar days of `start` and `finish`).
    public var startDay: Day
    public var finishDay: Day
    /// The work booked: remaining minutes, or the default estimate (see `flags`).
    public var workMinutes: Int
    public var flags: ScheduleFlags
    public var startedBecause: StartReason
    /// The task's own due date, if it has one.
    public var due: Day?
    /// Of `workMinutes`, how many are booked on days after `due`: what the forecast
    /// pushes past the date the task was meant to be done by.
    public var minutesAfterDue: Int

    public init(id: TaskID, lane: ScheduleLane, start: Date, finish: Date, startDay: Day, finishDay: Day,
                workMinutes: Int, flags: ScheduleFlags, startedBecause: StartReason, due: Day?, minutesAfterDue: Int) {
        self.id = id
        self.lane = lane
        self.start = start
        self.finish = finish
        self.startDay = startDay
        self.finishDay = finishDay
        self.workMinutes = workMinutes
        self.flags = flags
        self.startedBecause = startedBecause
        self.due = due
        self.minutesAfterDue = minutesAfterDue
    }
}
