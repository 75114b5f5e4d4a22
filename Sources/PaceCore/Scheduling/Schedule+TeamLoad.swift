extension Schedule {
    /// The team-load view of this forecast: per member per week, the minutes the
    /// forecast books against the capacity it booked them against. Weeks start where
    /// `NaiveLoad` starts them (on a weekend, with the coming week). Since bookings never
    /// exceed a day's capacity, no week shows over 100%: a member whose queue runs past
    /// the horizon shows full weeks and the rest as `beyondMinutes`.
    public func teamLoad(weeks: Int = 4) -> TeamLoad {
        let today = now.today
        let firstWeek = today.weekday >= .saturday ? today.startOfWeek + 7 : today.startOfWeek
        let starts = (0..<max(0, weeks)).map { firstWeek + 7 * $0 }
        let horizonEnd = firstWeek + 7 * max(0, weeks) - 1
        let rows = members.map { m -> TeamLoad.Row in
            let booked = bookings[m.handle] ?? LaneBookings(firstDay: today, minutes: [])
            let calendar = calendars[m.handle] ?? WorkCalendar(dailyMinutes: 0, workingDays: [])
            let weeks = starts.map { start -> TeamLoad.Week in
                let from = max(start, today)
                var capacity = 0
                var d = from
                while d <= start + 6 {
                    capacity += calendar.minutes(on: d)
                    d = d + 1
                }
                return TeamLoad.Week(start: start, bookedMinutes: booked.minutes(from: from, through: start + 6),
                                     capacityMinutes: capacity)
            }
            let beyond = booked.minutes(from: horizonEnd + 1, through: booked.firstDay + booked.minutes.count)
            return TeamLoad.Row(handle: m.handle, name: m.name, weeks: weeks, beyondMinutes: beyond)
        }
        let unassigned = tasks.reduce(0) { $0 + ($1.lane == .unassigned ? $1.workMinutes : 0) }
        return TeamLoad(weekStarts: starts, rows: rows, unassignedMinutes: unassigned)
    }
}
