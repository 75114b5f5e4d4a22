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

    public static func percent(_ fraction: Double) -> String {
        guard fraction.isFinite else { return "—" }
        return "\(Int((fraction * 100).rounded()))%"
    }

    /// ISO 8601 instant in UTC with milliseconds, the form timestamps are stored in.
    public static func timestamp(_ date: Date) -> String {
        let ms = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let day = Day(ordinal: Int(floor(Double(ms) / 86_400_000)))
        let msOfDay = ms - Int64(day.ordinal) * 86_400_000
        let h = msOfDay / 3_600_000, m = msOfDay / 60_000 % 60, s = msOfDay / 1000 % 60, f = msOfDay % 1000
        return String(format: "%@T%02lld:%02lld:%02lld.%03lldZ", day.iso, h, m, s, f)
    }

    /// Parses what `timestamp` writes.
    public static func parseTimestamp(_ text: String) -> Date? {
        guard text.count == 24, text.hasSuffix("Z"), let day = Day(iso: text.prefix(10)) else { return nil }
        let t = text.dropFirst(11).dropLast()
        let parts = t.split(separator: ":")
        guard parts.count == 3, let h = Int(parts[0]), let m = Int(parts[1]), let s = Double(parts[2]) else { return nil }
        let seconds = Double(day.ordinal) * 86_400 + Double(h * 3600 + m * 60) + s
        return Date(timeIntervalSince1970: seconds)
    }

    /// Local date-time for people: `2026-11-28 14:05`.
    public static func localDateTime(_ date: Date, in timeZone: TimeZone) -> String {
        let day = Day(date, in: timeZone)
        let secs = Int(date.timeIntervalSince(day.start(in: timeZone)))
        return String(format: "%@ %02d:%02d", day.iso, secs / 3600, secs / 60 % 60)
    }
}
