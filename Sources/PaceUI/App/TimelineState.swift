import PaceCore

/// The timeline (Gantt) view: scale, grouping, the first day shown and the cursor.
public struct TimelineState: Hashable, Sendable {
    public enum Scale: Hashable, Sendable {
        case day, week

        /// Days one column of the chart stands for.
        public var daysPerCell: Int { self == .day ? 1 : 7 }
    }

    public enum Grouping: Hashable, Sendable {
        case member, milestone
    }

    public var scale: Scale = .day
    public var grouping: Grouping = .member
    /// Days from the start of this week to the first day shown (scrolled with h/l).
    public var offsetDays = 0
    public var list = ListState()

    public init() {}

    /// The first day drawn: Monday of today's week, moved by the scroll offset.
    public func firstDay(today: Day) -> Day {
        today.startOfWeek + offsetDays
    }
}

/// A row of the timeline: a lane or milestone heading, or one scheduled task.
public enum TimelineRow: Hashable, Sendable {
    case heading(String)
    case task(ScheduledTask, title: String, milestone: String?)

    public var isHeading: Bool {
        if case .heading = self { return true }
        return false
    }
}
