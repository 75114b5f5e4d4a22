import Testing
@testable import PaceCore

/// `WorkCalendar.workingDays(from:to:)` counts whole weeks by arithmetic; it must give
/// exactly what counting day by day gives, for any working week, holidays and time off.
@Suite struct WorkCalendarCountTests {
    @Test func agreesWithCountingDayByDay() {
        var rng = SeededGenerator(seed: 7)
        let base = Day(iso: "2026-11-02")!
        for _ in 0..<400 {
            let days = Set(Weekday.allCases.filter { _ in Bool.random(using: &rng) })
            let holidays = Set((0..<Int.random(in: 0...6, using: &rng)).map { _ in base + Int.random(in: -30...200, using: &rng) })
            let off = (0..<Int.random(in: 0...3, using: &rng)).map { _ -> DayRange in
                let start = base + Int.random(in: -30...200, using: &rng)
                return DayRange(start: start, end: start + Int.random(in: 0...20, using: &rng))
            }
            let calendar = WorkCalendar(dailyMinutes: 480, workingDays: days, timeOff: off, holidays: holidays)
            let from = base + Int.random(in: -40...120, using: &rng)
            let to = from + Int.random(in: -90...240, using: &rng)
            #expect(calendar.workingDays(from: from, to: to) == calendar.workingDaysCountedOneByOne(from: from, to: to),
                    "\(from.iso) → \(to.iso) on \(days.sorted().map(\.shortName))")
        }
    }

    @Test func aHolidayInsideTimeOffIsTakenOutOnce() {
        let monday = Day(iso: "2026-11-30")!
        let calendar = WorkCalendar(dailyMinutes: 480, workingDays: Weekday.workWeek,
                                    timeOff: [DayRange(start: monday + 1, end: monday + 2)], holidays: [monday + 2])
        // Tue and Wed off (Wed also a holiday): Mon, Thu, Fri of that week remain.
        #expect(calendar.workingDays(from: monday - 1, to: monday + 6) == 3)
        #expect(calendar.workingDays(from: monday + 6, to: monday - 1) == -3)
    }
}
