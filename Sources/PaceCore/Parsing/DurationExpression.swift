/// Amounts of work as people type them: `90m`, `4h`, `1.5h`, `2d`, `1h30m`, `4`.
///
/// - A number followed by `d`, `h` or `m` is days, hours or minutes; parts combine
///   largest first, each unit at most once (`1d4h`, `1h30m`, `2d30m`).
/// - A bare number is hours (`4` is `4h`, `0.5` is 30 minutes).
/// - Numbers may have a decimal point (`1.5h`, `.5h`); a comma is refused so `1,5h`
///   is never read as something else.
/// - A day is the project's `hoursPerDay`, not 24 hours: `2d` at 8 h/day is 16 hours.
/// - Case does not matter; spaces are ignored (`1h 30m`).
/// - The total is rounded to whole minutes and must be more than zero and at most
///   10,000 hours; anything else is a `UserError` naming the text and these forms.
public enum DurationExpression {
    /// The accepted forms in one line, for error messages and help text.
    public static let acceptedForms = "90m, 4h, 1.5h, 2d (days of the project's hours per day), 1h30m, "
        + "or a bare number of hours (4)"

    /// More than this is surely a typo; it also keeps the result far inside `Int`.
    public static let maximumHours = 10_000

    public static func parseMinutes(_ text: String, hoursPerDay: Double) throws(UserError) -> Int {
        let shown = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let compact = text.lowercased().filter { !$0.isWhitespace }
        guard !compact.isEmpty else {
            throw UserError("a duration is missing — accepted: \(acceptedForms)")
        }
        if compact.hasPrefix("-") {
            throw UserError("'\(shown)' is negative — a duration must be more than zero; accepted: \(acceptedForms)")
        }
        guard let minutes = totalMinutes(compact, hoursPerDay: hoursPerDay) else {
            throw UserError("unknown duration '\(shown)' — accepted: \(acceptedForms)")
        }
        if compact.contains("d") && !(hoursPerDay.isFinite && hoursPerDay > 0) {
            throw UserError("'\(shown)' is in days, but the project's hours per day is \(hoursPerDay) — "
                + "give the duration in hours instead")
        }
        guard minutes <= Double(maximumHours * 60) else {
            throw UserError("'\(shown)' is more than 10,000 hours — accepted: \(acceptedForms)")
        }
        let rounded = Int(minutes.rounded())
        guard rounded > 0 else {
            throw UserError("'\(shown)' comes to zero minutes — a duration must be at least one minute; "
                + "accepted: \(acceptedForms)")
        }
        return rounded
    }

    /// The total in (unrounded) minutes, or nil when the text is not of the accepted shape.
    private static func totalMinutes(_ text: String, hoursPerDay: Double) -> Double? {
        if let hours = number(Substring(text)) { return hours * 60 }
        let minutesPerUnit: [Character: Double] = ["d": hoursPerDay * 60, "h": 60, "m": 1]
        let order: [Character] = ["d", "h", "m"]
        var total = 0.0
        // Index into `order` of the next unit allowed: enforces largest first, each once.
        var nextAllowed = 0
        var rest = Substring(text)
        while !rest.isEmpty {
            guard let unitIndex = rest.firstIndex(where: { $0.isLetter }) else { return nil }
            let unit = rest[unitIndex]
            guard let position = order.firstIndex(of: unit), position >= nextAllowed,
                  let value = number(rest[..<unitIndex]), let perUnit = minutesPerUnit[unit] else { return nil }
            total += value * perUnit
            nextAllowed = position + 1
            rest = rest[rest.index(after: unitIndex)...]
        }
        return total
    }

    /// `4`, `1.5`, `.5`, `2.`: ASCII digits with at most one decimal point.
    private static func number(_ text: Substring) -> Double? {
        guard text.contains(where: \.isNumber), text.filter({ $0 == "." }).count <= 1,
              text.allSatisfy({ $0 == "." || ($0.isASCII && $0.isNumber) }) else { return nil }
        // Double("2.") is nil, so give a trailing point a zero to read.
        return Double(text.hasSuffix(".") ? text + "0" : String(text))
    }
}
