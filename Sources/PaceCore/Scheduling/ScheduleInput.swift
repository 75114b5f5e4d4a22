import Foundation

/// Everything a forecast depends on, and nothing else: the forecaster reads no clock and
/// no store, so the same input always gives the same schedule.
public struct ScheduleInput: Hashable, Sendable {
    /// Tasks in any order; closed and removed ones count only as satisfied dependencies.
    public var tasks: [ProjectTask]
    /// Members in any order; handles must be unique.
    public var members: [Member]
    /// Milestones in any order; those named by open tasks get a forecast.
    public var milestones: [Milestone]
    /// Work starts at this instant; its day is the first day of the forecast.
    public var now: Now
    /// Days the project counts as working: slack and lateness are counted in these, and
    /// the unassigned lane works on them.
    public var projectWorkingDays: Set<Weekday>
    /// Nobody works on these (members who normally work that weekday included).
    public var holidays: Set<Day>
    /// Work assumed for an open task with neither an estimate nor remaining hours, so an
    /// unestimated task takes time in the forecast rather than none.
    public var defaultEstimateMinutes: Int
    public var unassigned: UnassignedLane
    /// The clock time a working day starts at, in minutes after midnight. A member's day
    /// runs from here for their daily capacity without breaks, so a forecast finish at
    /// "13:00" means four hours into an 09:00 day.
    public var workdayStartMinutes: Int
    /// A milestone forecast with fewer working days of slack than this is at risk.
    public var milestoneBufferWorkingDays: Int

    public init(tasks: [ProjectTask], members: [Member], milestones: [Milestone] = [], now: Now,
                projectWorkingDays: Set<Weekday> = Weekday.workWeek, holidays: Set<Day> = [],
                defaultEstimateMinutes: Int = 4 * 60, unassigned: UnassignedLane = .standard,
                workdayStartMinutes: Int = 9 * 60, milestoneBufferWorkingDays: Int = 2) {
        self.tasks = tasks
        self.members = members
        self.milestones = milestones
        self.now = now
        self.projectWorkingDays = projectWorkingDays
        self.holidays = holidays
        self.defaultEstimateMinutes = defaultEstimateMinutes
        self.unassigned = unassigned
        self.workdayStartMinutes = workdayStartMinutes
        self.milestoneBufferWorkingDays = milestoneBufferWorkingDays
    }

    /// The forecast input for one project as the dashboard reads it.
    public init(snapshot: ProjectSnapshot, now: Now, holidays: Set<Day> = []) {
        self.init(tasks: snapshot.tasks, members: snapshot.members, milestones: snapshot.milestones,
                  now: now, holidays: holidays)
    }
}
