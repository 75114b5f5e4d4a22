import Foundation
import Testing
@testable import PaceCore

@Suite struct DayTests {
    @Test func roundTripsThroughComponents() {
        for ordinal in stride(from: -719_000, through: 2_900_000, by: 997) {
            let d = Day(ordinal: ordinal)
            let c = d.components
            #expect(Day(year: c.year, month: c.month, day: c.day) == d)
        }
    }

    @Test func knownDates() {
        #expect(Day(year: 1970, month: 1, day: 1)!.ordinal == 0)
        #expect(Day(iso: "2026-11-28")!.weekday == .saturday)
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "2025-02-29") == nil)
        #expect(Day(iso: "2026-13-01") == nil)
        #expect(Day(iso: "2026-1-01") == nil)
        #expect(Day(iso: "2026-11-30")!.startOfWeek.iso == "2026-11-30")
        #expect(Day(iso: "2026-12-06")!.startOfWeek.iso == "2026-11-30")
        #expect(Day(iso: "2026-02-10")!.endOfMonth.iso == "2026-02-28")
    }

    @Test func dayOfAnInstantDependsOnTimeZone() {
        let instant = Now.parse("2026-11-28T23:30:00Z", timeZone: TimeZone(identifier: "UTC")!)!.instant
        #expect(Day(instant, in: TimeZone(identifier: "UTC")!).iso == "2026-11-28")
        #expect(Day(instant, in: TimeZone(identifier: "Europe/Berlin")!).iso == "2026-11-29")
        #expect(Day(instant, in: TimeZone(identifier: "America/New_York")!).iso == "2026-11-28")
    }

    @Test func parsesPacelineNow() {
        let berlin = TimeZone(identifier: "Europe/Berlin")!
        let local = Now.parse("2026-11-28T09:30", timeZone: berlin)!
        #expect(local.today.iso == "2026-11-28")
        #expect(local.instant.timeIntervalSince1970 == Now.parse("2026-11-28T08:30:00Z", timeZone: berlin)!.instant.timeIntervalSince1970)
        #expect(Now.parse("2026-11-28T09:30:00+01:00", timeZone: berlin)!.instant == local.instant)
        #expect(Now.parse("2026-11-28", timeZone: berlin)!.today.iso == "2026-11-28")
        #expect(Now.parse("yesterday", timeZone: berlin) == nil)
        #expect(Now.parse("2026-11-28T25:00", timeZone: berlin) == nil)
    }
}

@Suite struct TimestampTests {
    @Test func timestampsRoundTripToTheMillisecond() {
        for seconds in stride(from: -86_400.0 * 400, through: 86_400.0 * 40_000, by: 86_400.0 * 3.123456) {
            let date = Date(timeIntervalSince1970: (seconds * 1000).rounded() / 1000)
            let text = Format.timestamp(date)
            #expect(text.count == 24)
            #expect(Format.parseTimestamp(text) == date, "\(text)")
        }
        #expect(Format.timestamp(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(Format.timestamp(Format.parseTimestamp("2026-11-30T09:05:07.042Z")!) == "2026-11-30T09:05:07.042Z")
        #expect(Format.parseTimestamp("2026-11-30T09:05:07Z") == nil)
        #expect(Format.parseTimestamp("2026-02-30T09:05:07.000Z") == nil)
        #expect(Day(iso: "0999-01-01")?.iso == "0999-01-01")
    }
}
