import Foundation

/// Will this milestone be made, and if not, why.
public struct MilestoneForecast: Hashable, Sendable {
    public enum Status: Hashable, Sendable {
        /// Forecast at least the buffer's working days before the due date, or nothing
        /// that could be late: no open tasks, or no due date.
        case onTrack
        /// Forecast on or before the due date, with less slack than the buffer.
        case atRisk
        /// Forecast after the due date.
        case late
    }

    public var milestone: Milestone
    public var openTasks: Int
    /// The latest finish of its open tasks; nil when none are open.
    public var forecast: Date?
    public var forecastDay: Day?
    /// Project working days from the forecast day to the due date: negative when late,
    /// at most -1 for any finish after the due day. Nil with no due date or no forecast.
    public var slackWorkingDays: Int?
    public var status: Status
    /// For a late or at-risk milestone, the tasks that decided its date, first to last:
    /// the last is its latest-finishing task, and each task's `startedBecause` names the
    /// one before it (the first starts now). Empty when on track.
    public var drivingChain: [ScheduledTask]

    public init(milestone: Milestone, openTasks: Int, forecast: Date?, forecastDay: Day?, slackWorkingDays: Int?,
                status: Status, drivingChain: [ScheduledTask]) {
        self.milestone = milestone
        self.openTasks = openTasks
        self.forecast = forecast
        self.forecastDay = forecastDay
        self.slackWorkingDays = slackWorkingDays
        self.status = status
        self.drivingChain = drivingChain
    }
}
