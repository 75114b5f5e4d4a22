extension Schedule {
    /// The team-load view of this forecast: per member per week, the minutes the
    /// forecast books against the capacity it booked them against. Weeks start where
    /// `NaiveLoad` starts them (on a weekend, with the coming week). Since bookings never
    /// exceed a day's capacity, no week shows over 100%: a member whose queue runs past
    /// the horizon shows full weeks and the rest as `beyondMinutes`. Today counts only
    /// what is left of its working day, so a fully booked week reads 100% at any hour.
    public func teamLoad(weeks: Int = 4) -> TeamLoad {
        let today = now.today
        let gone = WorkClock(now: now, workdayStartMinutes: workdayStartMinutes).nowTime
        let firstWeek = today.weekday >= .saturday ? today.startOfWeek + 7 : today.startOfWeek
        let starts = (0..<max(0, weeks)).map { firstWeek + 7 * $0 }
        let horizonEnd = firstWeek + 7 * max(0, weeks) - 1
        let rows = members.map { m -> TeamLoad.Row in
            let booked = bookings[m.handle] ?? LaneBookings(firstDay: today, minutes: [])
            let calendar = calendars[m.handle] ?? WorkCalendar(dailyMinutes: 0, workingDays: [])
            let weeks = starts.map { start -> TeamLoad.Week in
                // The first week also holds what is left of a weekend it starts after,
                // for members who work weekends: their bookings must show somewhere.
                let from = start == firstWeek ? today : start
                var capacity = 0
                var d = from
                while d <= start + 6 {
                    let minutes = calendar.minutes(on: d)
                    capacity += d == today ? max(0, minutes - gone) : minutes
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
