import Foundation

extension Format {
    /// A speaking time as the room reads a clock: `1:35`, `0:07`, `12:00`. Seconds are
    /// cut, not rounded, so a countdown never shows a second that has not passed.
    public static func clock(_ seconds: Double) -> String {
        let s = Int(abs(seconds).rounded(.down))
        return "\(s / 60):" + (s % 60 < 10 ? "0" : "") + "\(s % 60)"
    }

    /// The time of day of an instant in a zone: `09:02`.
    public static func timeOfDay(_ date: Date, in timeZone: TimeZone) -> String {
        String(localDateTime(date, in: timeZone).suffix(5))
    }
}
