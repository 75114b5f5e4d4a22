import Testing
@testable import PaceCore

@Suite struct QuickAddTests {
    /// A Friday, so `due:fri` is a week away.
    static let today = day("2026-11-27")

    static func parse(_ text: String, hoursPerDay: Double = 8) throws -> TaskDraft {
        try QuickAdd.parse(text, today: today, hoursPerDay: hoursPerDay, defaultProject: "WEB")
    }

    static func errorMessage(_ text: String) -> String? {
        userErrorMessage { try parse(text) }
    }

    @Test func theWholeExample() throws {
        let draft = try Self.parse("Fix login timeout @alice !high due:fri est:4h #backend ^beta after:WEB-3")
        var expected = TaskDraft(title: "Fix login timeout")
        expected.assignee = "alice"
        expected.priority = .high
        expected.due = day("2026-12-04")
        expected.estimateMinutes = 240
        expected.tags = ["backend"]
        expected.milestone = "beta"
        expected.dependencies = [TaskID(projectKey: "WEB", number: 3)]
        #expect(draft == expected)
    }

    @Test func aPlainTitleKeepsTheDefaults() throws {
        #expect(try Self.parse("Write the release notes") == TaskDraft(title: "Write the release notes"))
    }

    @Test func fieldsMayComeAnywhereAndTheTitleKeepsItsOrder() throws {
        let draft = try Self.parse("@bob Fix #ui the !low header")
        #expect(draft.title == "Fix the header")
        #expect(draft.assignee == "bob")
        #expect(draft.tags == ["ui"])
        #expect(draft.priority == .low)
    }

    @Test func handlesAreLowerCased() throws {
        #expect(try Self.parse("Fix @Alice").assignee == "alice")
        #expect(try Self.parse("Fix @dev.ops-2").assignee == "dev.ops-2")
    }

    @Test("priorities", arguments: [
        ("!urgent", Priority.urgent), ("!u", .urgent), ("!high", .high), ("!h", .high), ("!HIGH", .high),
        ("!medium", .medium), ("!m", .medium), ("!low", .low), ("!l", .low), ("prio:low", .low),
        ("prio:u", .urgent),
    ])
    func priority(token: String, expected: Priority) throws {
        #expect(try Self.parse("Fix it \(token)").priority == expected)
    }

    @Test("due dates take every date form", arguments: [
        ("due:tomorrow", "2026-11-28"),
        ("due:fri", "2026-12-04"),
        ("due:+3d", "2026-11-30"),
        ("due:2w", "2026-12-11"),
        ("due:next-week", "2026-11-30"),
        (#"due:"next week""#, "2026-11-30"),
        ("due:eow", "2026-11-27"),
        ("due:eom", "2026-11-30"),
        ("due:2026-12-05", "2026-12-05"),
        (#"due:"dec 5""#, "2026-12-05"),
        ("due:dec-5", "2026-12-05"),
        ("due:FRI", "2026-12-04"),
    ])
    func due(token: String, expected: String) throws {
        #expect(try Self.parse("Ship \(token)").due?.iso == expected)
    }

    @Test("estimates take every duration form", arguments: [
        ("est:90m", 8.0, 90), ("est:4h", 8, 240), ("est:1.5h", 8, 90), ("est:1h30m", 8, 90),
        ("est:4", 8, 240), ("est:2d", 8, 960), ("est:2d", 6, 720), (#"est:"1h 30m""#, 8, 90),
    ])
    func estimate(token: String, hoursPerDay: Double, minutes: Int) throws {
        #expect(try Self.parse("Build \(token)", hoursPerDay: hoursPerDay).estimateMinutes == minutes)
    }

    @Test func tagsRepeatAreLowerCasedAndKeepOrderWithoutDuplicates() throws {
        let draft = try Self.parse("Tidy #Backend #front-end/ui_v2 #backend #db")
        #expect(draft.tags == ["backend", "front-end/ui_v2", "db"])
        #expect(draft.title == "Tidy")
    }

    @Test("milestones", arguments: [
        ("^beta", "beta"), (#"^"beta 2""#, "beta 2"), (#"^"  beta   2 ""#, "beta 2"), ("^Beta-2", "Beta-2"),
    ])
    func milestone(token: String, expected: String) throws {
        #expect(try Self.parse("Polish \(token)").milestone == expected)
    }

    @Test func dependencies() throws {
        let web3 = TaskID(projectKey: "WEB", number: 3)
        #expect(try Self.parse("Fix after:WEB-3").dependencies == [web3])
        #expect(try Self.parse("Fix after:web-3").dependencies == [web3])
        #expect(try Self.parse("Fix after:3").dependencies == [web3])
        #expect(try Self.parse("Fix after:WEB-3,7,API-2").dependencies
            == [web3, TaskID(projectKey: "WEB", number: 7), TaskID(projectKey: "API", number: 2)])
        #expect(try Self.parse("Fix after:3 after:WEB-3,4").dependencies == [web3, TaskID(projectKey: "WEB", number: 4)])
    }

    @Test("status", arguments: [
        ("status:backlog", TaskStatus.backlog), ("status:in-progress", .inProgress), ("status:wip", .inProgress),
        ("status:review", .review), ("status:blocked", .blocked), ("status:done", .done),
        ("status:cancelled", .cancelled), ("status:todo", .todo),
    ])
    func status(token: String, expected: TaskStatus) throws {
        #expect(try Self.parse("Fix \(token)").status == expected)
    }

    @Test("prose with colons and sigils in the middle stays in the title", arguments: [
        "Note: check the 10:30 meeting",
        "Read https://example.com/a?b=c&d=e first",
        "Re:x and Fwd:y",
        "Mail alice@example.com about C# and F#!",
        "Don't break it's apostrophes",
        "Ratio 16:9 vs 4:3",
    ])
    func proseStaysTitle(text: String) throws {
        #expect(try Self.parse(text) == TaskDraft(title: text))
    }

    @Test("escapes and quotes make text literal", arguments: [
        (#"Work from \@home"#, "Work from @home"),
        (#""email @ support" today"#, "email @ support today"),
        (#"Fix \foo:bar parsing"#, "Fix foo:bar parsing"),
        (##"\#1 priority"##, "#1 priority"),
        (#"Say \!high and \^up"#, "Say !high and ^up"),
        (#"Say \"hi\""#, #"Say "hi""#),
        (#""a \"quoted\" word""#, #"a "quoted" word"#),
        (#"Path C:\\temp"#, #"Path C:\temp"#),
        (#""due:fri" is a title"#, "due:fri is a title"),
        (##""!high" "#tag" "^m" "@x""##, "!high #tag ^m @x"),
        (#""status: done" meeting"#, "status: done meeting"),
        (#"\due: fri"#, "due: fri"),
    ])
    func literalText(text: String, title: String) throws {
        let draft = try Self.parse(text)
        #expect(draft == TaskDraft(title: title))
    }

    @Test func titleWhitespaceCollapses() throws {
        #expect(try Self.parse("  Fix   the\tbug \n now  ").title == "Fix the bug now")
        #expect(try Self.parse(#""a    b"  c"#).title == "a b c")
        #expect(try Self.parse(#"Fix "" it"#).title == "Fix it")
    }

    // MARK: - Errors name the word and what is accepted

    @Test("malformed fields are errors naming the word", arguments: [
        ("Fix @", "'@' needs a handle"),
        ("Fix @Al!ce", "'@Al!ce' is not a handle"),
        ("Fix !", "'!' needs a priority"),
        ("Fix !!", "unknown priority '!!'"),
        ("Fix !hgih", "unknown priority '!hgih' (did you mean 'high'?)"),
        ("Fix prio:hihg", "unknown priority 'prio:hihg' (did you mean 'high'?)"),
        ("Fix #", "'#' needs a tag"),
        ("Fix #12", "'#12' is not a tag"),
        ("Fix #a.b", "'#a.b' is not a tag"),
        ("Fix ^", "'^' needs a milestone name"),
        (#"Fix ^"  ""#, #"'^"  "' needs a milestone name"#),
        ("Fix due:someday", "in 'due:someday': unknown date 'someday'"),
        ("Fix due:2026-02-30", "in 'due:2026-02-30': '2026-02-30' is not a day in the calendar"),
        ("Fix due:dec 5", #"in 'due:dec': unknown date 'dec'"#),
        ("Fix due:Dec 5", #"a date with a space needs quotes, e.g. due:"Dec 5""#),
        ("Fix due:next week", #"a date with a space needs quotes, e.g. due:"next week""#),
        ("Fix est:abc", "in 'est:abc': unknown duration 'abc'"),
        ("Fix est:0", "in 'est:0': '0' comes to zero minutes"),
        ("Fix est:-1h", "in 'est:-1h': '-1h' is negative"),
        ("Fix after:WEB3", "'WEB3' in 'after:WEB3' is not a task ID"),
        ("Fix after:WEB-3,", "'after:WEB-3,' has an empty task ID"),
        ("Fix after:,3", "'after:,3' has an empty task ID"),
        ("Fix after:0", "'0' in 'after:0' is not a task ID"),
        ("Fix status:dnoe", "unknown status 'dnoe' in 'status:dnoe' (did you mean 'done'?)"),
        ("Fix due: fri", "'due:' needs a value right after it, with no space"),
        ("Fix est: 4h", "'est:' needs a value right after it"),
        ("Fix after:", "'after:' needs a value right after it"),
        (#"Fix due:"""#, #"'due:""' needs a value right after it"#),
    ])
    func malformedField(text: String, expected: String) {
        let message = Self.errorMessage(text)
        #expect(message?.contains(expected) == true, "\(message ?? "nil")")
    }

    @Test func errorsListTheAcceptedForms() {
        #expect(Self.errorMessage("Fix !hgih")?.contains(Priority.acceptedNames) == true)
        #expect(Self.errorMessage("Fix due:someday")?.contains(DateExpression.acceptedForms) == true)
        #expect(Self.errorMessage("Fix est:abc")?.contains(DurationExpression.acceptedForms) == true)
        #expect(Self.errorMessage("Fix status:x")?.contains(TaskStatus.acceptedNames) == true)
        #expect(Self.errorMessage("Fix @A!")?.contains(Handle.rule) == true)
        #expect(Self.errorMessage(#"Fix @"#)?.contains(#"for a literal @ write \@ or quote the text"#) == true)
    }

    @Test func anUnknownLowerCaseFieldIsAnError() {
        let message = Self.errorMessage("Fix foo:bar now")
        #expect(message == "unknown field 'foo:' in 'foo:bar' — accepted: \(QuickAdd.acceptedFields); "
            + #"to keep it in the title, quote it or write \foo:"#)
        // The filter's `is:` is not a quick-add field.
        #expect(Self.errorMessage("Fix is:done")?.hasPrefix("unknown field 'is:'") == true)
    }

    @Test("a field given twice is an error naming both words", arguments: [
        ("Fix @alice @bob", "'@bob' sets assignee again after '@alice'"),
        ("Fix !high !low", "'!low' sets priority again after '!high'"),
        ("Fix prio:high !low", "'!low' sets priority again after 'prio:high'"),
        ("Fix due:fri due:mon", "'due:mon' sets due date again after 'due:fri'"),
        ("Fix est:1h est:2h", "'est:2h' sets estimate again after 'est:1h'"),
        ("Fix ^a ^b", "'^b' sets milestone again after '^a'"),
        ("Fix status:todo status:done", "'status:done' sets status again after 'status:todo'"),
    ])
    func duplicateField(text: String, expected: String) {
        let message = Self.errorMessage(text)
        #expect(message?.hasPrefix(expected) == true, "\(message ?? "nil")")
    }

    @Test("a task needs a title", arguments: ["", "   ", "@alice !high", #""""#, #"" " #x"#])
    func emptyTitle(text: String) {
        #expect(Self.errorMessage(text)?.hasPrefix("a task needs a title") == true)
    }

    @Test func anUnterminatedQuoteIsAnError() {
        #expect(Self.errorMessage(#"Fix "the login"#)?.hasPrefix(#"unterminated quote in '"the login'"#) == true)
    }
}
