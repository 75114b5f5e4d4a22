/// Dates as people type them in a terminal: `fri`, `+3d`, `eom`, `dec 5`.
///
/// Every form is read relative to `today`, which the caller passes in (PaceCore never
/// reads the clock). Case does not matter and surrounding spaces are ignored; inner runs
/// of spaces count as one.
///
/// | Form | Day |
/// |---|---|
/// | `today`, `tomorrow`, `yesterday` | as said |
/// | `mon` … `sun`, `monday` … `sunday` (also `tues`, `thur`, `thurs`) | the next such day strictly after today: on a Friday, `fri` is a week away |
/// | `+3d`, `+2w`, `3d`, `2w` | that many days or weeks from today (at most 10 years) |
/// | `next week`, `next-week` | Monday of next week |
/// | `eow` | Friday of this week; on Saturday or Sunday, next week's Friday |
/// | `eom` | the last day of this month |
/// | `2026-12-05` (also `2026-12-5`) | that day |
/// | `dec 5`, `5 dec`, `december 5`, `dec-5`, `dec 5th` | Dec 5 this year, or next year when this year's has passed; `feb 29` is the next Feb 29 |
///
/// Anything else is a `UserError` that quotes the text and lists these forms.
public enum DateExpression {
    /// The accepted forms in one line, for error messages and help text.
    public static let acceptedForms = "today, tomorrow, yesterday, a weekday (mon … sun: the next one after today), "
        + "+3d / +2w (or 3d, 2w), next week (its Monday), eow (Friday), eom (end of month), "
        + "2026-12-05, dec 5 / 5 dec"

    /// How far ahead `+Nd` / `+Nw` may reach; further is surely a typo (and keeps the
    /// arithmetic far from overflow).
    static let maximumDaysAhead = 3_660

    public static func parse(_ text: String, today: Day) throws(UserError) -> Day {
        let words = text.lowercased().split(whereSeparator: \.isWhitespace)
        let normalized = words.joined(separator: " ")
        guard !normalized.isEmpty else {
            throw UserError("a date is missing — accepted: \(acceptedForms)")
        }

        switch normalized {
        case "today": return today
        case "tomorrow": return today + 1
        case "yesterday": return today - 1
        case "next week", "next-week": return today.startOfWeek + 7
        case "eow":
            let friday = today.startOfWeek + Weekday.friday.rawValue
            return today.weekday > .friday ? friday + 7 : friday
        case "eom": return today.endOfMonth
        default: break
        }

        if let weekday = Weekday(name: normalized) {
            let ahead = (weekday.rawValue - today.weekday.rawValue + 7) % 7
            return today + (ahead == 0 ? 7 : ahead)
        }
        if let day = try relative(normalized, original: text, today: today) { return day }
        if let day = try iso(normalized, original: text) { return day }
        if let day = try monthAndDay(normalized, original: text, today: today) { return day }

        var message = "unknown date '\(trimmed(text))'"
        if let guess = Suggest.closest(to: normalized, in: suggestions) {
            message += " (did you mean '\(guess)'?)"
        }
        throw UserError(message + " — accepted: \(acceptedForms)")
    }

    private static let suggestions = ["today", "tomorrow", "yesterday", "next-week", "eow", "eom"]
        + Weekday.allCases.map(\.fullName) + Weekday.allCases.map(\.shortName)

    private static let monthNames = ["january", "february", "march", "april", "may", "june", "july",
                                     "august", "september", "october", "november", "december"]

    private static func trimmed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `+3d`, `2w`. Returns nil when the text is not of this shape at all.
    private static func relative(_ text: String, original: String, today: Day) throws(UserError) -> Day? {
        var body = Substring(text)
        if body.hasPrefix("+") { body = body.dropFirst() }
        guard let unit = body.last, unit == "d" || unit == "w" else { return nil }
        let digits = body.dropLast()
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let daysPerUnit = unit == "w" ? 7 : 1
        // Compare before multiplying: a long run of digits must not overflow.
        guard digits.count <= 5, let n = Int(digits), n * daysPerUnit <= maximumDaysAhead else {
            throw UserError("'\(trimmed(original))' is too far ahead — at most 10 years (+\(maximumDaysAhead)d)")
        }
        return today + n * daysPerUnit
    }

    /// `2026-12-05`, also with one-digit month or day. Nil when not of this shape; an
    /// error when it is but names no real day (`2026-02-30`).
    private static func iso(_ text: String, original: String) throws(UserError) -> Day? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        guard let day = Day(year: y, month: m, day: d) else {
            throw UserError("'\(trimmed(original))' is not a day in the calendar")
        }
        return day
    }

    /// `dec 5`, `5 dec`, `december 5th`, `dec-5`: the first such day on or after today.
    private static func monthAndDay(_ text: String, original: String, today: Day) throws(UserError) -> Day? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "-" })
        guard parts.count == 2 else { return nil }
        let (month, dayNumber): (Int, Int)
        if let m = monthNumber(named: parts[0]), let d = dayOfMonth(parts[1]) {
            (month, dayNumber) = (m, d)
        } else if let m = monthNumber(named: parts[1]), let d = dayOfMonth(parts[0]) {
            (month, dayNumber) = (m, d)
        } else {
            return nil
        }
        // A leap year allows the most days in every month, so this is the real limit.
        let name = monthNames[month - 1]
        let monthName = name.prefix(1).uppercased() + name.dropFirst()
        guard dayNumber >= 1, dayNumber <= Day.daysIn(month: month, year: 2000) else {
            throw UserError("'\(trimmed(original))': \(monthName) has no day \(dayNumber)")
        }
        // Feb 29 may be up to eight years away (2096 → 2104), every other date at most one.
        for year in today.year...(today.year + 8) {
            if let day = Day(year: year, month: month, day: dayNumber), day >= today { return day }
        }
        throw UserError("'\(trimmed(original))' is not a day in the calendar")
    }

    /// `dec`, `december`, `sept`: at least three letters of the month's name.
    static func monthNumber(named text: Substring) -> Int? {
        guard text.count >= 3, text.allSatisfy(\.isLetter) else { return nil }
        if text == "sept" { return 9 }
        return monthNames.firstIndex { $0.hasPrefix(text) }.map { $0 + 1 }
    }

    /// `5`, `05`, `5th`, `1st`, `22nd`, `3rd`.
    private static func dayOfMonth(_ text: Substring) -> Int? {
        var digits = text
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) {
            digits = digits.dropLast(2)
            break
        }
        guard (1...2).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }
}
