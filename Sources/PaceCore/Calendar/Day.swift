import Foundation

/// A calendar date with no time of day and no time zone: the unit deadlines, time off
/// and time entries are kept in. Stored as days since 1970-01-01 so arithmetic and
/// comparison are integer operations.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// `nil` when the components do not name a real date (Feb 30, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year),
              (1...9999).contains(year) else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        ordinal = era * 146097 + doe - 719468
    }

    public var components: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var dayOfMonth: Int { components.day }

    /// 1970-01-01 was a Thursday.
    public var weekday: Weekday {
        Weekday(rawValue: ((ordinal % 7) + 7 + 3) % 7)!
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }
    public static func + (lhs: Day, rhs: Int) -> Day { lhs.adding(days: rhs) }
    public static func - (lhs: Day, rhs: Int) -> Day { lhs.adding(days: -rhs) }
    public static func - (lhs: Day, rhs: Day) -> Int { lhs.ordinal - rhs.ordinal }
    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    /// Monday of this day's ISO week.
    public var startOfWeek: Day { self - weekday.rawValue }
    public var endOfMonth: Day {
        let c = components
        return Day(year: c.year, month: c.month, day: Day.daysIn(month: c.month, year: c.year))!
    }

    /// ISO 8601 `YYYY-MM-DD`.
    public var iso: String {
        let c = components
        var out = [UInt8]()
        out.reserveCapacity(10)
        Format.appendDigits(&out, c.year, 4)
        out.append(UInt8(ascii: "-"))
        Format.appendDigits(&out, c.month, 2)
        out.append(UInt8(ascii: "-"))
        Format.appendDigits(&out, c.day, 2)
        return String(decoding: out, as: UTF8.self)
    }
    public var description: String { iso }

    /// Parses exactly `YYYY-MM-DD`. Works on the UTF-8 bytes: snapshots parse tens of
    /// thousands of these.
    public init?(iso text: some StringProtocol) {
        var bytes: (Int, Int, Int) = (0, 0, 0)
        var count = 0
        for b in text.utf8 {
            switch count {
            case 4, 7:
                guard b == UInt8(ascii: "-") else { return nil }
            case 0...9:
                guard b >= 48, b <= 57 else { return nil }
                let d = Int(b - 48)
                if count < 4 { bytes.0 = bytes.0 * 10 + d } else if count < 7 { bytes.1 = bytes.1 * 10 + d } else { bytes.2 = bytes.2 * 10 + d }
            default:
                return nil
            }
            count += 1
        }
        guard count == 10, let day = Day(year: bytes.0, month: bytes.1, day: bytes.2) else { return nil }
        self = day
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "expected a date as YYYY-MM-DD, got '\(text)'"))
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The calendar day an instant falls on in a time zone.
    public init(_ instant: Date, in timeZone: TimeZone) {
        let seconds = Int(floor(instant.timeIntervalSince1970)) + timeZone.secondsFromGMT(for: instant)
        self.init(ordinal: Int(floor(Double(seconds) / 86_400)))
    }

    /// Midnight at the start of this day in a time zone.
    public func start(in timeZone: TimeZone) -> Date {
        let guess = Date(timeIntervalSince1970: TimeInterval(ordinal * 86_400))
        return guess.addingTimeInterval(-TimeInterval(timeZone.secondsFromGMT(for: guess)))
    }
}

public enum Weekday: Int, CaseIterable, Sendable, Codable, Comparable {
    case monday = 0, tuesday, wednesday, thursday, friday, saturday, sunday

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }

    public var shortName: String {
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][rawValue]
    }

    public var fullName: String {
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"][rawValue]
    }

    /// Accepts `mon`, `monday`, `tues`, `thur`, `thurs` (any case).
    public init?(name: some StringProtocol) {
        let n = name.lowercased()
        guard n.count >= 3,
              let match = Weekday.allCases.first(where: { $0.fullName.hasPrefix(n) }) else { return nil }
        self = match
    }

    public static let workWeek: Set<Weekday> = [.monday, .tuesday, .wednesday, .thursday, .friday]
}

/// An inclusive range of days, e.g. a holiday from Dec 22 to Jan 2.
public struct DayRange: Hashable, Sendable, Codable {
    public var start: Day
    public var end: Day

    public init(start: Day, end: Day) {
        self.start = min(start, end)
        self.end = max(start, end)
    }

    public func contains(_ day: Day) -> Bool { start <= day && day <= end }
    public var dayCount: Int { end - start + 1 }
}
