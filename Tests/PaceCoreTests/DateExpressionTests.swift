import Testing
@testable import PaceCore

@Suite struct DateExpressionTests {
    // The reference days: a Friday, the Saturday and Sunday after it, a Monday that is
    // also a month end, a Wednesday two days before New Year, and a Monday before a leap day.
    static let friday = "2026-11-27"
    static let saturday = "2026-11-28"
    static let sunday = "2026-11-29"
    static let mondayMonthEnd = "2026-11-30"
    static let newYearsWeek = "2026-12-30"
    static let beforeLeapDay = "2028-02-28"

    static func errorMessage(_ text: String, today: String = friday) -> String? {
        userErrorMessage { try DateExpression.parse(text, today: day(today)) }
    }

    @Test("relative words and offsets", arguments: [
        (friday, "today", "2026-11-27"),
        (friday, "tomorrow", "2026-11-28"),
        (friday, "yesterday", "2026-11-26"),
        (friday, "+3d", "2026-11-30"),
        (friday, "3d", "2026-11-30"),
        (friday, "+2w", "2026-12-11"),
        (friday, "2w", "2026-12-11"),
        (friday, "+0d", "2026-11-27"),
        (friday, "+10d", "2026-12-07"),
        (mondayMonthEnd, "tomorrow", "2026-12-01"),
        (mondayMonthEnd, "+1d", "2026-12-01"),
        (newYearsWeek, "tomorrow", "2026-12-31"),
        (newYearsWeek, "+3d", "2027-01-02"),
        (newYearsWeek, "+1w", "2027-01-06"),
        ("2027-01-01", "yesterday", "2026-12-31"),
        (beforeLeapDay, "tomorrow", "2028-02-29"),
        (beforeLeapDay, "+2d", "2028-03-01"),
        ("2026-03-01", "yesterday", "2026-02-28"),
    ])
    func relative(today: String, text: String, expected: String) throws {
        #expect(try DateExpression.parse(text, today: day(today)).iso == expected)
    }

    @Test("a weekday is the next one strictly after today", arguments: [
        (friday, "fri", "2026-12-04"),
        (friday, "friday", "2026-12-04"),
        (friday, "sat", "2026-11-28"),
        (friday, "sun", "2026-11-29"),
        (friday, "mon", "2026-11-30"),
        (friday, "tues", "2026-12-01"),
        (friday, "wed", "2026-12-02"),
        (friday, "thurs", "2026-12-03"),
        (friday, "thursday", "2026-12-03"),
        (saturday, "sat", "2026-12-05"),
        (saturday, "sun", "2026-11-29"),
        (saturday, "fri", "2026-12-04"),
        (sunday, "sun", "2026-12-06"),
        (sunday, "mon", "2026-11-30"),
        (mondayMonthEnd, "mon", "2026-12-07"),
        (newYearsWeek, "mon", "2027-01-04"),
        (newYearsWeek, "thu", "2026-12-31"),
        (newYearsWeek, "fri", "2027-01-01"),
    ])
    func weekday(today: String, text: String, expected: String) throws {
        #expect(try DateExpression.parse(text, today: day(today)).iso == expected)
    }

    @Test("next week, eow and eom", arguments: [
        (friday, "next week", "2026-11-30"),
        (friday, "next-week", "2026-11-30"),
        (saturday, "next week", "2026-11-30"),
        (sunday, "next week", "2026-11-30"),
        (mondayMonthEnd, "next week", "2026-12-07"),
        (newYearsWeek, "next week", "2027-01-04"),
        (friday, "eow", "2026-11-27"),
        (saturday, "eow", "2026-12-04"),
        (sunday, "eow", "2026-12-04"),
        (mondayMonthEnd, "eow", "2026-12-04"),
        (newYearsWeek, "eow", "2027-01-01"),
        ("2027-01-02", "eow", "2027-01-08"),
        (friday, "eom", "2026-11-30"),
        (mondayMonthEnd, "eom", "2026-11-30"),
        (newYearsWeek, "eom", "2026-12-31"),
        ("2026-02-10", "eom", "2026-02-28"),
        ("2024-02-10", "eom", "2024-02-29"),
        (beforeLeapDay, "eom", "2028-02-29"),
    ])
    func weekAndMonthEnds(today: String, text: String, expected: String) throws {
        #expect(try DateExpression.parse(text, today: day(today)).iso == expected)
    }

    @Test("calendar dates", arguments: [
        (friday, "2026-12-05", "2026-12-05"),
        (friday, "2026-12-5", "2026-12-05"),
        (friday, "2020-01-01", "2020-01-01"),
        (friday, "2028-02-29", "2028-02-29"),
        (friday, "dec 5", "2026-12-05"),
        (friday, "5 dec", "2026-12-05"),
        (friday, "december 5", "2026-12-05"),
        (friday, "dec-5", "2026-12-05"),
        (friday, "dec 5th", "2026-12-05"),
        (friday, "1st jan", "2027-01-01"),
        (friday, "sept 3", "2027-09-03"),
        (friday, "nov 27", "2026-11-27"),
        (friday, "nov 26", "2027-11-26"),
        (newYearsWeek, "jan 5", "2027-01-05"),
        (newYearsWeek, "dec 31", "2026-12-31"),
        (newYearsWeek, "dec 5", "2027-12-05"),
        (beforeLeapDay, "feb 29", "2028-02-29"),
        ("2026-03-01", "feb 29", "2028-02-29"),
        ("2028-03-01", "29 feb", "2032-02-29"),
    ])
    func calendarDates(today: String, text: String, expected: String) throws {
        #expect(try DateExpression.parse(text, today: day(today)).iso == expected)
    }

    @Test("case and surrounding spaces do not matter", arguments: [
        "FRI", "Friday", "  fri  ", "\tfri\n",
    ])
    func caseAndSpaces(text: String) throws {
        #expect(try DateExpression.parse(text, today: day(Self.friday)).iso == "2026-12-04")
    }

    @Test func innerSpacesCollapse() throws {
        #expect(try DateExpression.parse("  Next   WEEK ", today: day(Self.friday)).iso == "2026-11-30")
        #expect(try DateExpression.parse("DEC  5", today: day(Self.friday)).iso == "2026-12-05")
    }

    @Test("unknown forms name the text and list the accepted forms", arguments: [
        "someday", "next fri", "+3m", "-3d", "dec", "5", "13/01/2026", "2026-13-01x", "+d", "today!",
    ])
    func unknownForm(text: String) {
        let message = Self.errorMessage(text)
        #expect(message?.contains("'\(text)'") == true)
        #expect(message?.contains(DateExpression.acceptedForms) == true)
    }

    @Test func nearMissSuggestsTheForm() {
        let message = Self.errorMessage("tomorow")
        #expect(message?.contains("(did you mean 'tomorrow'?)") == true)
    }

    @Test func emptyTextSaysTheDateIsMissing() {
        let message = Self.errorMessage("  ")
        #expect(message?.hasPrefix("a date is missing") == true)
    }

    @Test("days that are not in the calendar", arguments: [
        ("2026-02-29", "'2026-02-29' is not a day in the calendar"),
        ("2026-02-30", "'2026-02-30' is not a day in the calendar"),
        ("2026-04-31", "'2026-04-31' is not a day in the calendar"),
        ("2026-13-01", "'2026-13-01' is not a day in the calendar"),
        ("feb 30", "February has no day 30"),
        ("31 apr", "April has no day 31"),
        ("dec 0", "December has no day 0"),
    ])
    func notInCalendar(text: String, expected: String) {
        let message = Self.errorMessage(text)
        #expect(message?.contains(expected) == true, "\(message ?? "nil")")
    }

    @Test func offsetsStopAtTenYears() throws {
        #expect(try DateExpression.parse("+3660d", today: day(Self.friday)) == day(Self.friday) + 3660)
        for text in ["+3661d", "+523w", "+99999999999999999999999d"] {
            let message = Self.errorMessage(text)
            #expect(message?.contains("too far ahead") == true, "\(text)")
        }
    }
}
