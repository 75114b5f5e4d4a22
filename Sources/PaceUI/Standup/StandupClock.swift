import Foundation

/// Durations as the room reads them: `4:07`, `12:30`, `1:02:05`.
enum StandupClock {
    static func text(seconds: Double) -> String {
        let total = max(0, Int(seconds.rounded(.down)))
        let h = total / 3600, m = total / 60 % 60, s = total % 60
        let ss = (s < 10 ? "0" : "") + "\(s)"
        if h > 0 { return "\(h):" + (m < 10 ? "0" : "") + "\(m):" + ss }
        return "\(m):" + ss
    }

    /// `09:05` local time of an instant.
    static func timeOfDay(_ date: Date, in timeZone: TimeZone) -> String {
        let secs = Int(date.timeIntervalSince1970) + timeZone.secondsFromGMT(for: date)
        let inDay = ((secs % 86_400) + 86_400) % 86_400
        let h = inDay / 3600, m = inDay / 60 % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }
}
