import Foundation

/// How report figures are spelled, shared by both reports and both renderers.
public enum ReportText {
    /// User text made safe to print anywhere (see `TextSanitizer`).
    public static func visible(_ text: String) -> String { TextSanitizer.visible(text) }

    public static func hours(_ minutes: Int?) -> String { Format.hours(minutes) }

    /// `+6h`, `-2.5h`, `0h`.
    public static func signedHours(_ minutes: Int) -> String {
        minutes > 0 ? "+" + Format.hours(minutes) : minutes < 0 ? "-" + Format.hours(-minutes) : "0h"
    }

    /// `12,500.00`: an amount in a column that names the currency; `—` for nil.
    public static func amount(_ minor: Int64?) -> String {
        guard let minor else { return "—" }
        let text = Money(minorUnits: minor, currency: "").description
        return String(text.dropLast())
    }

    /// `45m`, `5h`, `2d`, `2.5d`: hours under a day, days to a tenth after.
    public static func duration(_ seconds: Double) -> String {
        let s = max(0, seconds)
        if s < 3600 { return "\(Int((s / 60).rounded()))m" }
        if s < 86_400 { return "\(Int((s / 3600).rounded()))h" }
        let tenths = Int((s / 8640).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)d" : "\(tenths / 10).\(tenths % 10)d"
    }

    /// Slack in working days: `+3d`, `0d`, `2d late`.
    public static func slack(_ d: Int?) -> String {
        guard let d else { return "—" }
        return d < 0 ? "\(-d)d late" : "+\(d)d"
    }

    /// Working days against a plan: `3d late`, `2d early`, `on time`.
    public static func lateness(_ d: Int?) -> String {
        guard let d else { return "—" }
        return d > 0 ? "\(d)d late" : d < 0 ? "\(-d)d early" : "on time"
    }

    public static func date(_ day: Day?, today: Day) -> String {
        day.map { Format.shortDate($0, today: today) } ?? "—"
    }

    /// `Mon Nov 30 2026 09:00`
    public static func stamp(_ date: Date, in zone: TimeZone) -> String {
        let day = Day(date, in: zone)
        return "\(Format.weekdayDate(day)) \(day.year) \(Format.timeOfDay(date, in: zone))"
    }

    /// Why a forecast task starts when it does, as a reader says it.
    public static func reason(_ r: StartReason) -> String {
        switch r {
        case .now: "starts now"
        case .dependency(let id): "waits for \(id)"
        case .busy(let lane, let id): "after \(id) (\(lane) is busy)"
        }
    }

    public static func cause(_ c: DebriefReport.SlipCause, today: Day) -> String {
        switch c {
        case .blocked(let seconds, let reasons):
            return "blocked \(duration(seconds))" + (reasons.isEmpty ? "" : " (\(reasons.map(visible).joined(separator: "; ")))")
        case .estimateRaised(let from, let to):
            return "estimate raised \(Format.hours(from)) → \(Format.hours(to))"
        case .startedLate(let days, let started, let planned, let notYet):
            let d = "\(days) working day\(days == 1 ? "" : "s")"
            return notYet ? "not started: forecast to start \(date(started, today: today)), \(d) after the planned \(date(planned, today: today))"
                : "started \(d) late (\(date(started, today: today)), planned \(date(planned, today: today)))"
        case .waitedOn(let ids):
            return "waited for " + ids.map(\.description).joined(separator: ", ")
        case .reassigned(let handles):
            return "reassigned " + handles.joined(separator: " → ")
        case .effortOverrun(let logged, let planned):
            return "took \(Format.hours(logged)) against \(Format.hours(planned)) planned"
        }
    }
}
