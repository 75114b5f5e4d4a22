import Foundation
import Testing
@testable import PaceCore

@Suite struct TaskFilterTests {
    /// A Friday.
    static let today = day("2026-11-27")

    static func parse(_ text: String) throws -> TaskFilter {
        try TaskFilter.parse(text, today: today)
    }

    static func errorMessage(_ text: String) -> String? {
        userErrorMessage { try parse(text) }
    }

    // MARK: - Parsing

    @Test("each kind of word", arguments: [
        ("", TaskFilter()),
        ("status:todo,review", TaskFilter(statuses: [.todo, .review])),
        ("is:review", TaskFilter(statuses: [.review])),
        ("status:todo is:wip", TaskFilter(statuses: [.todo, .inProgress])),
        ("status:done", TaskFilter(statuses: [.done])),
        ("status:any", TaskFilter(includeClosed: true)),
        ("status:all", TaskFilter(includeClosed: true)),
        ("is:ANY", TaskFilter(includeClosed: true)),
        ("@alice", TaskFilter(assignees: ["alice"])),
        ("@Alice,bob", TaskFilter(assignees: ["alice", "bob"])),
        ("@alice @bob", TaskFilter(assignees: ["alice", "bob"])),
        ("@none", TaskFilter(assignees: [TaskFilter.unassigned])),
        ("^beta", TaskFilter(milestones: ["beta"])),
        (#"^"beta 2" ^rc"#, TaskFilter(milestones: ["beta 2", "rc"])),
        ("^none", TaskFilter(milestones: ["none"])),
        ("#backend #DB", TaskFilter(tags: ["backend", "db"])),
        ("!high", TaskFilter(priorities: [.high])),
        ("!high,u", TaskFilter(priorities: [.high, .urgent])),
        ("prio:low !m", TaskFilter(priorities: [.low, .medium])),
        ("due<fri", TaskFilter(dueBefore: day("2026-12-04"))),
        ("due<=fri", TaskFilter(dueBefore: day("2026-12-05"))),
        ("due>today", TaskFilter(dueAfter: day("2026-11-27"))),
        ("due>=today", TaskFilter(dueAfter: day("2026-11-26"))),
        ("due:fri", TaskFilter(dueBefore: day("2026-12-05"), dueAfter: day("2026-12-03"))),
        (#"due<"next week""#, TaskFilter(dueBefore: day("2026-11-30"))),
        ("due<fri due<mon due>+1d due>today", TaskFilter(dueBefore: day("2026-11-30"), dueAfter: day("2026-11-28"))),
        ("due<mon due<fri due>today due>+1d", TaskFilter(dueBefore: day("2026-11-30"), dueAfter: day("2026-11-28"))),
        ("overdue", TaskFilter(overdue: true)),
        ("Overdue", TaskFilter(overdue: true)),
        (#""overdue" \overdue"#, TaskFilter(terms: ["overdue", "overdue"])),
        (#"login "log in" WEB-3"#, TaskFilter(terms: ["login", "log in", "WEB-3"])),
        ("Note: 10:30 https://example.com", TaskFilter(terms: ["Note:", "10:30", "https://example.com"])),
        (##"\@home "#1" \due<x"##, TaskFilter(terms: ["@home", "#1", "due<x"])),
    ])
    func parses(text: String, expected: TaskFilter) throws {
        #expect(try Self.parse(text) == expected)
    }

    @Test func everythingTogether() throws {
        let filter = try Self.parse(#"@alice !high,urgent due<fri #backend "login page" ^beta is:todo overdue"#)
        #expect(filter == TaskFilter(statuses: [.todo], assignees: ["alice"], milestones: ["beta"], tags: ["backend"],
                                     priorities: [.high, .urgent], dueBefore: day("2026-12-04"), overdue: true,
                                     terms: ["login page"]))
    }

    @Test("mistakes are errors naming the word", arguments: [
        ("@", "'@' needs a handle"),
        ("@Al!ce", "'@Al!ce' is not a handle"),
        ("@alice,", "'@alice,' has an empty handle"),
        ("!", "'!' needs a priority"),
        ("!hgih", "unknown priority '!hgih' (did you mean 'high'?)"),
        ("!high,,low", "'!high,,low' has an empty priority"),
        ("prio:", "'prio:' needs a value right after it"),
        ("#", "'#' needs a tag"),
        ("#a.b", "'#a.b' is not a tag"),
        ("^", "'^' needs a milestone name"),
        ("status:", "'status:' needs a value right after it"),
        ("is:revew", "unknown status 'revew' in 'is:revew' (did you mean 'review'?)"),
        ("status:todo,", "'status:todo,' has an empty status"),
        ("status:any,todo", "'status:any,todo' takes every status, 'status:any,todo' only some"),
        ("status:done status:all", "'status:all' takes every status, 'status:done' only some"),
        ("due<", "'due<' needs a value right after it"),
        ("due<=", "'due<=' needs a value right after it"),
        ("due:", "'due:' needs a value right after it"),
        ("due<someday", "in 'due<someday': unknown date 'someday'"),
        ("due>=feb 30", #"in 'due>=feb': unknown date 'feb'"#),
        ("due>=feb 30", #"a date with a space needs quotes, e.g. due>="feb 5""#),
        ("due<next week", #"a date with a space needs quotes, e.g. due<"next week""#),
        (#"due>="feb 30""#, #"in 'due>="feb 30"': 'feb 30': February has no day 30"#),
        ("foo:bar", "unknown field 'foo:' in 'foo:bar'"),
        ("est:4h", "unknown field 'est:' in 'est:4h'"),
        (#"login "page"#, #"unterminated quote in '"page'"#),
    ])
    func mistake(text: String, expected: String) {
        let message = Self.errorMessage(text)
        #expect(message?.contains(expected) == true, "\(message ?? "nil")")
    }

    @Test func unknownFieldListsTheFilterFieldsAndTheWayOut() {
        #expect(Self.errorMessage("login foo:bar") == "unknown field 'foo:' in 'foo:bar' — accepted: "
            + "\(TaskFilter.acceptedFields); to keep it in the search, quote it or write \\foo:")
    }

    // MARK: - Matching

    static let tasks: [ProjectTask] = {
        let created = Date(timeIntervalSince1970: 1_790_000_000)
        func id(_ key: String, _ n: Int) -> TaskID { TaskID(projectKey: key, number: n) }
        return [
            ProjectTask(id: id("WEB", 1), title: "Fix login timeout", notes: "Users get logged out", status: .todo,
                        priority: .high, assignee: "alice", due: day("2026-11-30"), milestoneID: 1,
                        tags: ["backend"], created: created),
            ProjectTask(id: id("WEB", 2), title: "Write docs", status: .done, priority: .low, tags: ["docs"],
                        created: created),
            ProjectTask(id: id("WEB", 3), title: "Deploy pipeline", status: .inProgress, priority: .urgent,
                        assignee: "bob", due: day("2026-11-20"), milestoneID: 2, tags: ["ops", "backend"],
                        created: created),
            ProjectTask(id: id("WEB", 4), title: "Cancelled idea", status: .cancelled, priority: .medium,
                        assignee: "alice", due: day("2026-11-01"), milestoneID: 1, created: created),
            ProjectTask(id: id("WEB", 5), title: "Review PR", status: .review, priority: .medium, assignee: "carol",
                        due: day("2026-12-04"), tags: ["Backend"], created: created),
            ProjectTask(id: id("API", 7), title: "Rate limits", notes: "see the LOGIN service", status: .blocked,
                        priority: .high, due: day("2026-11-27"), milestoneID: 99, created: created),
        ]
    }()

    /// Milestone 99 is gone (nil name), like a task pointing at a removed milestone.
    static func milestoneName(_ id: Int64?) -> String? {
        switch id {
        case 1: "beta"
        case 2: "Beta 2"
        default: nil
        }
    }

    static func matching(_ text: String) throws -> [String] {
        let filter = try parse(text)
        return tasks.filter { filter.matches($0, milestoneName: milestoneName, today: today) }.map(\.id.description)
    }

    @Test("matching", arguments: [
        ("", ["WEB-1", "WEB-3", "WEB-5", "API-7"]),
        ("status:any", ["WEB-1", "WEB-2", "WEB-3", "WEB-4", "WEB-5", "API-7"]),
        ("status:done,cancelled", ["WEB-2", "WEB-4"]),
        ("is:review", ["WEB-5"]),
        ("is:blocked,in-progress", ["WEB-3", "API-7"]),
        ("@alice", ["WEB-1"]),
        ("@alice status:any", ["WEB-1", "WEB-4"]),
        ("@none", ["API-7"]),
        ("@none,bob", ["WEB-3", "API-7"]),
        ("^beta", ["WEB-1"]),
        ("^BETA", ["WEB-1"]),
        (#"^"beta 2""#, ["WEB-3"]),
        ("^beta status:any", ["WEB-1", "WEB-4"]),
        ("^none", ["WEB-5", "API-7"]),
        ("#backend", ["WEB-1", "WEB-3", "WEB-5"]),
        ("#backend #ops", ["WEB-3"]),
        ("#nothing", []),
        ("!high", ["WEB-1", "API-7"]),
        ("!urgent,high", ["WEB-1", "WEB-3", "API-7"]),
        ("due<fri", ["WEB-1", "WEB-3", "API-7"]),
        ("due<=fri", ["WEB-1", "WEB-3", "WEB-5", "API-7"]),
        ("due>today", ["WEB-1", "WEB-5"]),
        ("due>=today", ["WEB-1", "WEB-5", "API-7"]),
        ("due:today", ["API-7"]),
        ("due>=today due<=mon", ["WEB-1", "API-7"]),
        ("due<2026-12-31 status:any", ["WEB-1", "WEB-3", "WEB-4", "WEB-5", "API-7"]),
        ("overdue", ["WEB-3"]),
        ("overdue status:any", ["WEB-3"]),
        ("login", ["WEB-1", "API-7"]),
        ("LOGIN", ["WEB-1", "API-7"]),
        (#""login timeout""#, ["WEB-1"]),
        ("login timeout", ["WEB-1"]),
        ("logged", ["WEB-1"]),
        ("web-3", ["WEB-3"]),
        ("api", ["API-7"]),
        ("login !high @none", ["API-7"]),
        (#""overdue""#, []),
    ])
    func matches(text: String, expected: [String]) throws {
        #expect(try Self.matching(text) == expected)
    }

    // MARK: - Description

    @Test func describesInAFixedOrderWithISODates() throws {
        let filter = try Self.parse(#"overdue "log in" due<=fri !low,urgent #db #backend @bob @alice "#
            + #"^"beta 2" is:review,todo due>today"#)
        #expect(filter.description == #"status:todo,review @alice @bob ^"beta 2" #backend #db !urgent,low "#
            + #"due>2026-11-27 due<2026-12-05 overdue "log in""#)
    }

    @Test("descriptions", arguments: [
        ("", ""),
        ("status:all", "status:any"),
        ("@none ^none", "@none ^none"),
        ("login WEB-3", "login WEB-3"),
        (#""overdue""#, #""overdue""#),
        (##"\@home "a:b" \#x"##, ##""@home" "a:b" "#x""##),
        (#""say \"hi\" \\ ok""#, #""say \"hi\" \\ ok""#),
    ])
    func description(text: String, expected: String) throws {
        #expect(try Self.parse(text).description == expected)
    }

    @Test("parse(description) gives the same filter back", arguments: [
        "",
        "status:any",
        "status:backlog,todo,in-progress,review,blocked,done,cancelled",
        "@alice,bob @none",
        #"^beta ^"beta 2" ^none ^"a \"quoted\" name" ^"x,y""#,
        "#backend #front-end/ui_v2",
        "!urgent !high !medium !low",
        "due<fri due>=2026-11-01",
        "due:eom",
        "overdue",
        #"login "log in" "overdue" \@home "due<fri" "foo:bar" "C:\temp""#,
        #"@alice !high,urgent due<fri #backend "login page" ^beta is:todo overdue"#,
    ])
    func roundTrip(text: String) throws {
        let filter = try Self.parse(text)
        #expect(try Self.parse(filter.description) == filter, "\(filter.description)")
    }

    @Test func descriptionOfABuiltFilterReadsBack() throws {
        let built = TaskFilter(statuses: [.blocked], assignees: ["dev.ops"], milestones: ["Release 1.0"],
                               tags: ["a/b"], priorities: [.medium], dueBefore: day("2027-01-01"),
                               dueAfter: day("2026-12-24"), overdue: true, terms: ["100%", "naïve", "tab\there", "two  spaces"])
        #expect(try Self.parse(built.description) == built)
    }
}
