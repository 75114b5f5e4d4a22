import Foundation

/// Dates and durations as Microsoft Project XML writes them: local date-times without
/// a zone (`2026-12-01T09:00:00`) and ISO 8601 durations in hours and minutes
/// (`PT16H30M0S`).
enum MSPDITime {
    /// A day at a minute of the day; 24:00 is written as the next day's 00:00.
    static func dateTime(_ day: Day, minutes: Int) -> String {
        let d = day + minutes / 1440
        let m = minutes % 1440
        return "\(d.iso)T\(two(m / 60)):\(two(m % 60)):00"
    }

    static func dateTime(_ instant: Date, in timeZone: TimeZone) -> String {
        let day = Day(instant, in: timeZone)
        let seconds = Int(instant.timeIntervalSince(day.start(in: timeZone)).rounded())
        return dateTime(day, minutes: max(0, min(seconds / 60, 1439)))
    }

    /// `2026-12-01T09:00:00`, with or without seconds or a fraction of them.
    static func parseDateTime(_ text: String) -> (day: Day, minutes: Int)? {
        let t = text.trimmingCharacters(in: .whitespaces)
        let parts = t.split(separator: "T", maxSplits: 1)
        guard let first = parts.first, let day = Day(iso: first) else { return nil }
        guard parts.count == 2 else { return (day, 0) }
        let clock = parts[1].split(separator: ":")
        guard (2...3).contains(clock.count), let h = Int(clock[0]), let m = Int(clock[1]), (0...24).contains(h), (0..<60).contains(m),
              clock.count == 2 || Double(clock[2]) != nil else { return nil }
        return (day, h * 60 + m)
    }

    static func instant(_ value: (day: Day, minutes: Int), in timeZone: TimeZone) -> Date {
        value.day.start(in: timeZone).addingTimeInterval(Double(value.minutes * 60))
    }

    /// `PT16H30M0S`
    static func duration(minutes: Int) -> String {
        "PT\(minutes / 60)H\(minutes % 60)M0S"
    }

    /// Minutes of `PT16H30M0S`, `PT0.5H`, `P2DT4H` (a day being `minutesPerDay`).
    static func parseDuration(_ text: String, minutesPerDay: Int) -> Int? {
        var t = Substring(text.trimmingCharacters(in: .whitespaces))
        guard t.hasPrefix("P") else { return nil }
        t = t.dropFirst()
        var total = 0.0
        var number = ""
        var inTime = false
        var sawPart = false
        for ch in t {
            if ch.isNumber || ch == "." {
                number.append(ch)
                continue
            }
            if ch == "T" { guard number.isEmpty, !inTime else { return nil }; inTime = true; continue }
            guard let value = Double(number) else { return nil }
            number = ""
            sawPart = true
            switch (ch, inTime) {
            case ("D", false): total += value * Double(minutesPerDay)
            case ("W", false): total += value * Double(minutesPerDay * 5)
            case ("H", true): total += value * 60
            case ("M", true): total += value
            case ("S", true): total += value / 60
            default: return nil
            }
        }
        guard number.isEmpty, sawPart else { return nil }
        return Int(total.rounded())
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
