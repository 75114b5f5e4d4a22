import Foundation

/// Where "what moved since the last standup" starts.
public enum StandupSince {
    /// The start (local midnight) of the last working day before today: on a Tuesday,
    /// Monday 00:00; on a Monday, Friday 00:00, so the weekend's quiet days do not hide
    /// Friday's work. Holidays are passed over like weekends. Used for the first standup
    /// ever; later ones start where the previous standup started.
    public static func lastWorkingDayStart(now: Now, workingDays: Set<Weekday>, holidays: Set<Day> = []) -> Date {
        let days = workingDays.isEmpty ? Weekday.workWeek : workingDays
        var d = now.today - 1
        // A year back is more than any calendar of holidays can hide; past it, yesterday.
        for _ in 0..<366 {
            if days.contains(d.weekday) && !holidays.contains(d) { return d.start(in: now.timeZone) }
            d = d - 1
        }
        return (now.today - 1).start(in: now.timeZone)
    }

    /// The previous standup's start when there was one, else the last working day's.
    public static func since(previous: StandupSession?, now: Now, workingDays: Set<Weekday>, holidays: Set<Day> = []) -> Date {
        if let previous, previous.startedAt < now.instant { return previous.startedAt }
        return lastWorkingDayStart(now: now, workingDays: workingDays, holidays: holidays)
    }
}
