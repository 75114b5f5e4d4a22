import Foundation

/// Turns the forecaster's times — minutes into the working day of a day counted from
/// today — into instants and back. Times are `day * 1440 + minutes after the working
/// day starts`, so comparing two times compares them across lanes whatever each lane's
/// capacity, and no minute-by-minute simulation is ever needed.
struct WorkClock: Sendable {
    static let minutesPerDay = 1440

    let today: Day
    let timeZone: TimeZone
    let workdayStartMinutes: Int
    /// Now, as a time: minutes into today's working day, never negative (before the
    /// working day starts, work starts when it does).
    let nowTime: Int
    /// The most a working day can hold without running past midnight.
    let maxDailyMinutes: Int

    init(now: Now, workdayStartMinutes: Int) {
        today = now.today
        timeZone = now.timeZone
        self.workdayStartMinutes = workdayStartMinutes
        let local = Int(floor(now.instant.timeIntervalSince1970)) + now.timeZone.secondsFromGMT(for: now.instant)
        let secondsIntoDay = local - today.ordinal * 86_400
        nowTime = max(0, (secondsIntoDay - workdayStartMinutes * 60) / 60)
        maxDailyMinutes = Self.minutesPerDay - workdayStartMinutes
    }

    /// The instant the working day of `today + dayIndex` starts, in local time. Found
    /// per day, not by adding 24 hours, so a daylight-saving change keeps 09:00 at 09:00.
    func workdayStart(dayIndex: Int) -> Date {
        let naive = (today.ordinal + dayIndex) * 86_400 + workdayStartMinutes * 60
        let first = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(naive)))
        let guess = naive - first
        let second = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(guess)))
        return Date(timeIntervalSince1970: TimeInterval(naive - second))
    }

    /// The instants of many times at once, one time-zone lookup per day rather than per time.
    struct Cache {
        let clock: WorkClock
        var starts: [Date] = []

        init(clock: WorkClock) { self.clock = clock }

        mutating func date(_ time: Int) -> Date {
            let d = time / WorkClock.minutesPerDay
            while starts.count <= d { starts.append(clock.workdayStart(dayIndex: starts.count)) }
            return starts[d].addingTimeInterval(TimeInterval((time % WorkClock.minutesPerDay) * 60))
        }
    }
}
