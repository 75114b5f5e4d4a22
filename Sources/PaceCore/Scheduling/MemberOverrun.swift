import Foundation

/// How far the forecast pushes one member's work past the due dates it was given —
/// "overbooked by 14 h; last task finishes Dec 18, 6 working days after its due date".
/// Built from the schedule, so it counts what is actually booked late, not a ratio.
public struct MemberOverrun: Hashable, Sendable {
    public var handle: String
    /// Their tasks forecast to finish after their own due date.
    public var lateTasks: Int
    /// Work booked on days after the due date of the task it belongs to.
    public var minutesAfterDue: Int
    /// Of the late tasks, the one finishing last (the smallest ID on a tie).
    public var lastLateTask: TaskID?
    public var lastLateFinish: Date?
    public var lastLateDue: Day?
    /// Project working days from that task's due date to its finish day (at least 1).
    public var lastLateWorkingDays: Int

    public init(handle: String, lateTasks: Int, minutesAfterDue: Int, lastLateTask: TaskID?,
                lastLateFinish: Date?, lastLateDue: Day?, lastLateWorkingDays: Int) {
        self.handle = handle
        self.lateTasks = lateTasks
        self.minutesAfterDue = minutesAfterDue
        self.lastLateTask = lastLateTask
        self.lastLateFinish = lastLateFinish
        self.lastLateDue = lastLateDue
        self.lastLateWorkingDays = lastLateWorkingDays
    }

    public var isOverbooked: Bool { lateTasks > 0 }
}
