import Foundation

/// "Now" as the program sees it: an instant and the time zone the user lives in.
/// PaceCore never reads the clock; callers build this once (from the system clock or
/// from `PACELINE_NOW`) and pass it in.
public struct Now: Sendable, Hashable {
    public var instant: Date
    public var timeZone: TimeZone

    public init(instant: Date, timeZone: TimeZone) {
        self.instant = instant
        self.timeZone = timeZone
    }

    public var today: Day { Day(instant, in: timeZone) }

    /// Parses a `PACELINE_NOW` value: an ISO 8601 date-time with or without an offset
    /// (`2026-11-28T09:30:00Z`, `2026-11-28T09:30:00+01:00`, `2026-11-28T09:30`), or a
    /// date alone (`2026-11-28`, meaning 09:00). A value with no offset is read in
    /// `timeZone`; a value with an offset keeps `timeZone` for calendar questions.
    public static func parse(_ text: String, timeZone: TimeZone) -> Now? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let day = Day(iso: t) {
            return Now(instant: day.start(in: timeZone).addingTimeInterval(9 * 3600), timeZone: timeZone)
        }
        guard t.count >= 16 else { return nil }
        let datePart = t.prefix(10)
        guard let day = Day(iso: datePart), t.dropFirst(10).first.map({ $0 == "T" || $0 == " " }) == true else {
            return nil
        }
        var rest = Substring(t.dropFirst(11))
        // Offset: Z, +hh:mm, -hh:mm, +hhmm
        var offsetSeconds: Int?
        if rest.hasSuffix("Z") || rest.hasSuffix("z") {
            offsetSeconds = 0
            rest = rest.dropLast()
        } else if let signIndex = rest.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let sign = rest[signIndex] == "-" ? -1 : 1
            let digits = rest[rest.index(after: signIndex)...].filter { $0 != ":" }
            guard digits.count == 4, digits.allSatisfy(\.isNumber),
                  let hh = Int(digits.prefix(2)), let mm = Int(digits.suffix(2)), hh < 24, mm < 60 else { return nil }
            offsetSeconds = sign * (hh * 3600 + mm * 60)
            rest = rest[..<signIndex]
        }
        let timeParts = rest.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(timeParts.count),
              let hour = Int(timeParts[0]), let minute = Int(timeParts[1]),
              (0..<24).contains(hour), (0..<60).contains(minute), timeParts[0].count == 2, timeParts[1].count == 2
        else { return nil }
        var second = 0.0
        if timeParts.count == 3 {
            guard let s = Double(timeParts[2]), s >= 0, s < 61 else { return nil }
            second = s
        }
        let secondsIntoDay = Double(hour * 3600 + minute * 60) + second
        let instant: Date
        if let offsetSeconds {
            instant = Date(timeIntervalSince1970: Double(day.ordinal * 86_400) + secondsIntoDay - Double(offsetSeconds))
        } else {
            instant = day.start(in: timeZone).addingTimeInterval(secondsIntoDay)
        }
        return Now(instant: instant, timeZone: timeZone)
    }
}
