/// The minutes one lane can work on each day: its daily capacity on its working days,
/// nothing on holidays or time off. The forecaster books against it and the team-load
/// view measures against the same numbers, so a booking can never look over capacity.
public struct WorkCalendar: Hashable, Sendable {
    public var dailyMinutes: Int
    public var workingDays: Set<Weekday>
    public var timeOff: [DayRange]
    public var holidays: Set<Day>

    public init(dailyMinutes: Int, workingDays: Set<Weekday>, timeOff: [DayRange] = [], holidays: Set<Day> = []) {
        self.dailyMinutes = max(0, dailyMinutes)
        self.workingDays = workingDays
        // Sorted so two calendars built from the same member compare equal whatever
        // order the time off was entered in.
        self.timeOff = timeOff.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        self.holidays = holidays
    }

    /// A member's calendar. The daily capacity is capped at `maxDailyMinutes` so a
    /// working day never runs past midnight: the day a minute is booked on is then the
    /// calendar day its clock time falls on.
    public init(member: Member, holidays: Set<Day>, maxDailyMinutes: Int) {
        self.init(dailyMinutes: min(member.dailyCapacityMinutes, maxDailyMinutes), workingDays: member.workingDays,
                  timeOff: member.timeOff.map(\.range), holidays: holidays)
    }

    /// False when no day will ever have capacity: work booked here would never finish.
    public var canWork: Bool { dailyMinutes > 0 && !workingDays.isEmpty }

    public func minutes(on day: Day) -> Int {
        guard dailyMinutes > 0, isWorkingDay(day) else { return 0 }
        return dailyMinutes
    }

    public func isWorkingDay(_ day: Day) -> Bool {
        guard workingDays.contains(day.weekday), !holidays.contains(day) else { return false }
        for r in timeOff where r.contains(day) { return false }
        return true
    }

    /// Working days after `from` up to and including `to`; negative when `to` is
    /// earlier. Zero for the same day, so "due Friday, done Friday" has no slack left.
    public func workingDays(from: Day, to: Day) -> Int {
        if to == from { return 0 }
        let (lo, hi, sign) = from < to ? (from, to, 1) : (to, from, -1)
        // Whole weeks by arithmetic, the rest day by day, then the holidays and time off
        // that fall on working weekdays in the range taken back out: the deadlines pane
        // asks this for every task due soon, some of them forecast months late.
        let span = hi - lo
        var count = span / 7 * workingDays.count
        var d = hi - span % 7 + 1
        while d <= hi {
            if workingDays.contains(d.weekday) { count += 1 }
            d = d + 1
        }
        var off = Set<Day>()
        for h in holidays where h > lo && h <= hi && workingDays.contains(h.weekday) { off.insert(h) }
        for r in timeOff where r.end > lo && r.start <= hi {
            var day = max(r.start, lo + 1)
            while day <= min(r.end, hi) {
                if workingDays.contains(day.weekday) { off.insert(day) }
                day = day + 1
            }
        }
        return sign * (count - off.count)
    }

    /// The day-by-day count `workingDays(from:to:)` must always agree with (tests).
    func workingDaysCountedOneByOne(from: Day, to: Day) -> Int {
        if to == from { return 0 }
        let (lo, hi, sign) = from < to ? (from, to, 1) : (to, from, -1)
        var count = 0
        var d = lo + 1
        while d <= hi {
            if isWorkingDay(d) { count += 1 }
            d = d + 1
        }
        return sign * count
    }

    /// Slack of work finishing on `finish` against `due`, in working days: negative
    /// when late, and at most -1 for any finish after the due day, even one with no
    /// working day between (a member who works Saturdays finishing on one).
    public func slack(finish: Day, due: Day) -> Int {
        let counted = workingDays(from: finish, to: due)
        return finish > due ? min(-1, counted) : counted
    }

    /// Capacity of `count` consecutive days from `first`, for the forecaster's per-lane
    /// arrays. The weekday pattern is looked up once per day of the week, and time off
    /// is cleared range by range, instead of asking `isWorkingDay` for every day.
    func capacities(from first: Day, count: Int) -> [Int] {
        guard count > 0 else { return [] }
        guard canWork else { return Array(repeating: 0, count: count) }
        let daily = dailyMinutes
        var byWeekday = [Int](repeating: 0, count: 7)
        for w in workingDays { byWeekday[w.rawValue] = daily }
        var out = [Int](repeating: 0, count: count)
        var w = first.weekday.rawValue
        for i in 0..<count {
            out[i] = byWeekday[w]
            w = w == 6 ? 0 : w + 1
        }
        let last = first + (count - 1)
        for h in holidays where h >= first && h <= last { out[h - first] = 0 }
        for r in timeOff where r.end >= first && r.start <= last {
            for d in max(r.start, first).ordinal...min(r.end, last).ordinal { out[d - first.ordinal] = 0 }
        }
        return out
    }
}
