import Foundation

/// Turns domain values into the short strings the CLI and the dashboard show, so that
/// "12.5h", "in 3d" and "2d late" are spelled in one place.
public enum Format {
    /// `4h`, `1.5h`, `0.25h`, `—` for nil.
    public static func hours(_ minutes: Int?) -> String {
        guard let minutes else { return "—" }
        return hoursValue(minutes) + "h"
    }

    /// Hours without the unit: `4`, `1.5`, `0.25`.
    public static func hoursValue(_ minutes: Int) -> String {
        if minutes % 60 == 0 { return String(minutes / 60) }
        var s = String(format: "%.2f", Double(minutes) / 60)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    /// Relative due date: `today`, `tomorrow`, `in 3d`, `in 2w`, `yesterday`, `2d late`.
    public static func relative(_ day: Day, today: Day) -> String {
        let d = day - today
        switch d {
        case 0: return "today"
        case 1: return "tomorrow"
        case -1: return "1d late"
        case 2...13: return "in \(d)d"
        case 14...: return d % 7 == 0 || d >= 28 ? "in \(d / 7)w" : "in \(d)d"
        default: return "\(-d)d late"
        }
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Dec 12`, with the year when it is not `today`'s year: `Jan 3 2027`.
    public static func shortDate(_ day: Day, today: Day) -> String {
        let c = day.components
        let base = "\(monthNames[c.month - 1]) \(c.day)"
        return c.year == today.year ? base : "\(base) \(c.year)"
    }

    /// `Mon Dec 12`
    public static func weekdayDate(_ day: Day) -> String {
        let c = day.components
        return "\(day.weekday.shortName.capitalized) \(monthNames[c.month - 1]) \(c.day)"
    }

    /// `12,500.00 EUR`; `—` for nil.
    public static func money(_ minor: Int64?, _ currency: String) -> String {
        minor.map { Money(minorUnits: $0, currency: currency).description } ?? "—"
    }

    /// An index such as CPI or SPI: two decimals, `—` for nil.
    public static func ratio(_ r: Double?) -> String {
        guard let r, r.isFinite else { return "—" }
        return String(format: "%.2f", r)
    }

    public static func percent(_ fraction: Double) -> String {
        guard fraction.isFinite else { return "—" }
        return "\(Int((fraction * 100).rounded()))%"
    }

    /// ISO 8601 instant in UTC with milliseconds, the form timestamps are stored in.
    /// Built from digits directly: `String(format:)` is slow on Linux and listings
    /// print three of these per task.
    public static func timestamp(_ date: Date) -> String {
        let ms = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let dayOrdinal = Int(floor(Double(ms) / 86_400_000))
        let msOfDay = Int(ms - Int64(dayOrdinal) * 86_400_000)
        let c = Day(ordinal: dayOrdinal).components
        var out = [UInt8]()
        out.reserveCapacity(24)
        appendDigits(&out, c.year, 4); out.append(UInt8(ascii: "-"))
        appendDigits(&out, c.month, 2); out.append(UInt8(ascii: "-"))
        appendDigits(&out, c.day, 2); out.append(UInt8(ascii: "T"))
        appendDigits(&out, msOfDay / 3_600_000, 2); out.append(UInt8(ascii: ":"))
        appendDigits(&out, msOfDay / 60_000 % 60, 2); out.append(UInt8(ascii: ":"))
        appendDigits(&out, msOfDay / 1000 % 60, 2); out.append(UInt8(ascii: "."))
        appendDigits(&out, msOfDay % 1000, 3); out.append(UInt8(ascii: "Z"))
        return String(decoding: out, as: UTF8.self)
    }

    static func appendDigits(_ out: inout [UInt8], _ value: Int, _ width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var v = max(0, value)
        while divisor > 0 {
            out.append(UInt8(48 + (v / divisor) % 10))
            v %= divisor * 10
            divisor /= 10
        }
    }

    /// Parses what `timestamp` writes (`2026-11-30T09:00:00.000Z`), by fixed byte
    /// positions: a snapshot parses several of these per task.
    public static func parseTimestamp(_ text: String) -> Date? {
        var digits = [Int](repeating: 0, count: 24)
        var n = 0
        for b in text.utf8 {
            guard n < 24 else { return nil }
            switch n {
            case 4, 7: guard b == UInt8(ascii: "-") else { return nil }
            case 10: guard b == UInt8(ascii: "T") else { return nil }
            case 13, 16: guard b == UInt8(ascii: ":") else { return nil }
            case 19: guard b == UInt8(ascii: ".") else { return nil }
            case 23: guard b == UInt8(ascii: "Z") else { return nil }
            default:
                guard b >= 48, b <= 57 else { return nil }
                digits[n] = Int(b - 48)
            }
            n += 1
        }
        guard n == 24 else { return nil }
        func number(_ from: Int, _ to: Int) -> Int { (from..<to).reduce(0) { $0 * 10 + digits[$1] } }
        guard let day = Day(year: number(0, 4), month: number(5, 7), day: number(8, 10)) else { return nil }
        let h = number(11, 13), m = number(14, 16), sec = number(17, 19), ms = number(20, 23)
        guard h < 24, m < 60, sec < 61 else { return nil }
        let millis = Int64(day.ordinal) * 86_400_000 + Int64(h * 3_600_000 + m * 60_000 + sec * 1000 + ms)
        return Date(timeIntervalSince1970: Double(millis) / 1000)
    }

    /// Local date-time for people: `2026-11-28 14:05`.
    public static func localDateTime(_ date: Date, in timeZone: TimeZone) -> String {
        let day = Day(date, in: timeZone)
        let secs = Int(date.timeIntervalSince(day.start(in: timeZone)))
        return String(format: "%@ %02d:%02d", day.iso, secs / 3600, secs / 60 % 60)
    }
}
