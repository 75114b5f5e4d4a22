import Testing
@testable import PaceCore

@Suite struct DurationExpressionTests {
    static func errorMessage(_ text: String, hoursPerDay: Double = 8) -> String? {
        userErrorMessage { try DurationExpression.parseMinutes(text, hoursPerDay: hoursPerDay) }
    }

    @Test("accepted forms at 8 hours a day", arguments: [
        ("90m", 90),
        ("4h", 240),
        ("1.5h", 90),
        (".5h", 30),
        ("2.h", 120),
        ("2d", 960),
        ("0.5d", 240),
        ("1h30m", 90),
        ("1d4h", 720),
        ("2d30m", 990),
        ("1d2h15m", 615),
        ("4", 240),
        ("0.25", 15),
        ("1h 30m", 90),
        ("  4H ", 240),
        ("1H30M", 90),
        ("10000h", 600_000),
        ("1m", 1),
        ("0.5m", 1),
    ])
    func accepted(text: String, minutes: Int) throws {
        #expect(try DurationExpression.parseMinutes(text, hoursPerDay: 8) == minutes)
    }

    @Test("a day is the project's hours per day", arguments: [
        (6.0, 720), (7.5, 900), (8.0, 960), (24.0, 2880),
    ])
    func daysFollowHoursPerDay(hoursPerDay: Double, minutes: Int) throws {
        #expect(try DurationExpression.parseMinutes("2d", hoursPerDay: hoursPerDay) == minutes)
    }

    @Test("unknown shapes name the text and the accepted forms", arguments: [
        "abc", "est", "1,5h", "30m1h", "1h1h", "4x", "h", "1.2.3h", "1w", "4 hours", "1e3h", "٤h",
    ])
    func unknown(text: String) {
        let message = Self.errorMessage(text)
        #expect(message?.contains("unknown duration '\(text)'") == true, "\(message ?? "nil")")
        #expect(message?.contains(DurationExpression.acceptedForms) == true)
    }

    @Test("zero is refused", arguments: ["0", "0h", "0m", "0d", "0h0m", "0.001h"])
    func zero(text: String) {
        let message = Self.errorMessage(text)
        #expect(message?.contains("'\(text)' comes to zero minutes") == true, "\(message ?? "nil")")
    }

    @Test("negative is refused", arguments: [("-2h", "'-2h'"), ("-1", "'-1'"), (" -30m ", "'-30m'")])
    func negative(text: String, shown: String) {
        let message = Self.errorMessage(text)
        #expect(message?.contains("\(shown) is negative") == true, "\(message ?? "nil")")
    }

    @Test("more than 10,000 hours is refused", arguments: ["10001h", "20000", "1251d", "600001m",
                                                              "99999999999999999999999999h"])
    func absurd(text: String) {
        let message = Self.errorMessage(text)
        #expect(message?.contains("'\(text)' is more than 10,000 hours") == true, "\(message ?? "nil")")
    }

    @Test func emptyTextSaysTheDurationIsMissing() {
        #expect(Self.errorMessage(" ")?.hasPrefix("a duration is missing") == true)
    }

    @Test func daysNeedAPositiveHoursPerDay() throws {
        #expect(Self.errorMessage("2d", hoursPerDay: 0)?.contains("'2d' is in days") == true)
        #expect(Self.errorMessage("1d", hoursPerDay: .nan)?.contains("'1d' is in days") == true)
        // Hours do not need it.
        #expect(try DurationExpression.parseMinutes("3h", hoursPerDay: 0) == 180)
    }
}
