import Foundation
import Testing
@testable import PaceCore

/// Jira's CSV export read into an import plan: every mapped column, the repeated
/// columns Jira writes for many values, and the rows it refuses.
@Suite struct ExchangeJiraTests {
    static let utc = TimeZone(identifier: "UTC")!
    static let members = [Member(handle: "alice", name: "Alice Martin"), Member(handle: "bob", name: "Bob Okafor")]

    static let header = "Summary,Issue key,Issue id,Issue Type,Status,Status Category,Resolution,Priority,Assignee,Reporter,"
        + "Original Estimate,Remaining Estimate,Time Spent,Due date,Labels,Labels,Sprint,Fix Version/s,"
        + "Inward issue link (Blocks),Outward issue link (Blocks),Description,Created,Resolved,Custom field (Story Points)"

    /// Every mapped column, a quoted summary over two lines and a quoted description
    /// with a comma and quotes.
    static let export = header + "\r\n" + [
        "\"Login times out\nafter 5 minutes\",WEB-1,10001,Bug,In Progress,In Progress,,Highest,Alice Martin,Bob Okafor,14400,7200,7200,05/Dec/26 12:00 AM,backend,auth,WEB Sprint 3,1.0,,WEB-2,\"Users say \"\"it logs me out\"\", often\",01/Dec/26 9:15 AM,,5",
        "Release notes,WEB-2,10002,Task,To Do,To Do,,Low,bob,Alice Martin,3600,,,2026-12-10,,,,1.0,WEB-1,,,02/Dec/26 2:30 PM,,",
        "Old idea,WEB-3,10003,Story,Done,Done,Won't Do,Medium,,Alice Martin,,,,,,,,,,,,20/Nov/26 10:00 AM,25/Nov/26 4:00 PM,",
        "Ship it,WEB-4,10004,Task,Closed,Done,Done,High,Alice Martin,Alice Martin,28800,0,28800,,release,,,2.0,,,,21/Nov/26 10:00 AM,28/Nov/26 5:30 PM,",
        "Waiting on vendor,WEB-5,10005,Task,Blocked,In Progress,,Medium,,Bob Okafor,,,,,,,,,,,,,,",
        "Custom workflow,WEB-6,10006,Task,Ready for QA,In Progress,,Medium,,Bob Okafor,,,,,,,,,,,,,,",
    ].joined(separator: "\r\n") + "\r\n"

    static func parse(_ text: String, members: [Member] = members, milestones: [String] = ["1.0"], add: Bool = false) throws -> JiraImport.Result {
        try JiraImport.parse(text, projectKey: "WEB", members: members, milestones: milestones, addMembers: add, timeZone: utc)
    }

    @Test func everyMappedColumnArrives() throws {
        let result = try Self.parse(Self.export)
        let tasks = result.plan.tasks
        #expect(tasks.count == 6)
        let login = tasks[0]
        // The quoted two-line summary is one title; its words are kept.
        #expect(login.draft.title == "Login times out after 5 minutes")
        #expect(login.draft.status == .inProgress)
        #expect(login.draft.priority == .urgent)
        #expect(login.draft.assignee == "alice")
        #expect(login.draft.estimateMinutes == 240)
        #expect(login.remainingMinutes == 120)
        #expect(login.draft.due == Day(iso: "2026-12-05"))
        #expect(login.draft.tags == ["backend", "auth", "WEB-Sprint-3"])
        #expect(login.draft.milestone == "1.0")
        #expect(login.draft.notes == "Jira WEB-1\n\nUsers say \"it logs me out\", often")
        #expect(login.created == Date(timeIntervalSince1970: Double(Day(iso: "2026-12-01")!.ordinal) * 86_400 + 9 * 3600 + 15 * 60))
        // WEB-1 blocks WEB-2, and WEB-2 says it is blocked by WEB-1: one dependency.
        #expect(login.dependsOn.isEmpty)
        #expect(tasks[1].dependsOn == [0])
        #expect(tasks[1].draft.assignee == "bob")
        #expect(tasks[1].draft.priority == .low)
        #expect(tasks[1].draft.status == .todo)
        #expect(tasks[1].draft.due == Day(iso: "2026-12-10"))
        #expect(tasks[1].remainingMinutes == nil)
        // Done with a resolution of Won't Do was not delivered.
        #expect(tasks[2].draft.status == .cancelled)
        #expect(tasks[2].completed == Date(timeIntervalSince1970: Double(Day(iso: "2026-11-25")!.ordinal) * 86_400 + 16 * 3600))
        #expect(tasks[3].draft.status == .done)
        #expect(tasks[3].draft.priority == .high)
        #expect(tasks[3].draft.milestone == "2.0")
        #expect(tasks[4].draft.status == .blocked)
        #expect(tasks[4].blockedReason == "blocked in Jira (WEB-5)")
        // A status of its own workflow falls back to the status category.
        #expect(tasks[5].draft.status == .inProgress)
        // The missing milestone is made; the existing one is not.
        #expect(result.newMilestones == ["2.0"])
        #expect(result.plan.setup.map(\.command) == [.addMilestone(projectKey: "WEB", name: "2.0", due: nil, description: "")])
        #expect(result.newMembers.isEmpty)
    }

    @Test func unknownAssigneesAreRefusedWithTheListOrMade() throws {
        let text = Self.header + "\r\n"
            + "One,WEB-1,1,Task,To Do,,,Medium,Carol King,,,,,,,,,,,,,,,\r\n"
            + "Two,WEB-2,2,Task,To Do,,,Medium,dan,,,,,,,,,,,,,,,\r\n"
            + "Three,WEB-3,3,Task,To Do,,,Medium,carol king,,,,,,,,,,,,,,,\r\n"
            + "Four,WEB-4,4,Task,To Do,,,Medium,Alice Martin,,,,,,,,,,,,,,,\r\n"
        let refused = try #require(throws: UserError.self) { try Self.parse(text) }
        #expect(refused.message == "unknown assignees: Carol King (rows 2, 4); dan (row 3); add them first (pace member add HANDLE \"Full Name\") or import with --add-members to create them")

        let made = try Self.parse(text, add: true)
        #expect(made.newMembers == [Member(handle: "carol", name: "Carol King"), Member(handle: "dan", name: "dan")])
        #expect(made.plan.tasks.map(\.draft.assignee) == ["carol", "dan", "carol", "alice"])
        #expect(made.plan.setup.first?.command == .addMember(Member(handle: "carol", name: "Carol King")))
        // A handle already taken by someone else is not reused.
        let taken = try Self.parse(text, members: Self.members + [Member(handle: "carol", name: "Carol Chen")], add: true)
        #expect(taken.newMembers.first?.handle == "carol.king")
    }

    @Test(arguments: [
        ("Summary,Issue key,Status\r\nOne,WEB-1\r\n", "row 2: 2 field(s), expected 3 like the header"),
        ("Summary,Issue key,Status\r\n,WEB-1,To Do\r\n", "row 2 (WEB-1), Summary: empty; every issue needs one"),
        ("Summary,Issue key,Status\r\nOne,,To Do\r\n", "row 2, Issue key: empty"),
        ("Summary,Issue key,Status\r\nOne,WEB-1,To Do\r\nTwo,WEB-1,To Do\r\n", "row 3 (WEB-1), Issue key: WEB-1 appears twice (rows 2 and 3)"),
        ("Summary,Issue key,Status\r\nOne,WEB-1,Pondering\r\n", "row 2 (WEB-1), Status: 'Pondering'; expected a Jira status"),
        ("Summary,Issue key,Priority\r\nOne,WEB-1,Meh\r\n", "row 2 (WEB-1), Priority: 'Meh'; expected Highest, High"),
        ("Summary,Issue key,Original Estimate\r\nOne,WEB-1,4h\r\n", "row 2 (WEB-1), Original Estimate: '4h'; expected whole seconds"),
        ("Summary,Issue key,Due date\r\nOne,WEB-1,soon\r\n", "row 2 (WEB-1), Due date: 'soon'; expected a date like 04/Dec/26"),
        ("Summary,Issue key,Due date\r\nOne,WEB-1,31/Feb/26\r\n", "row 2 (WEB-1), Due date: '31/Feb/26'"),
        ("Summary,Issue key,Inward issue link (Blocks)\r\nOne,WEB-1,WEB-9\r\n", "row 2 (WEB-1), Inward issue link (Blocks): WEB-9 is not in the file"),
        ("Summary,Issue key,Outward issue link (Blocks)\r\nOne,WEB-1,WEB-1\r\n", "row 2 (WEB-1): the issue blocks itself"),
        ("Summary,Issue key,Fix Version/s\r\nOne,WEB-1,\"1,0\"\r\n", "row 2 (WEB-1), Fix Version/s: '1,0'; expected a version name without a comma"),
        ("Summary,Issue key\r\n\"One,WEB-1\r\n", "line 2: a quoted field is never closed"),
        ("Issue key,Status\r\nWEB-1,To Do\r\n", "row 1: no 'Summary' column"),
        ("", "the file is empty"),
    ])
    func malformedRowsAreRefusedWithTheRowAndColumn(text: String, message: String) throws {
        let e = try #require(throws: UserError.self) { try Self.parse(text) }
        #expect(e.message.contains(message), "\(e.message)")
    }

    @Test func datesInJirasFormatsAndISO() {
        #expect(JiraFields.date("05/Dec/26 12:00 AM", timeZone: Self.utc)?.day == Day(iso: "2026-12-05"))
        #expect(JiraFields.date("2026-12-05", timeZone: Self.utc)?.day == Day(iso: "2026-12-05"))
        let pm = JiraFields.date("05/Dec/2026 12:30 PM", timeZone: Self.utc)
        #expect(pm?.instant == Day(iso: "2026-12-05")!.start(in: Self.utc).addingTimeInterval(12.5 * 3600))
        #expect(JiraFields.date("2026-12-05 18:45", timeZone: Self.utc)?.instant == Day(iso: "2026-12-05")!.start(in: Self.utc).addingTimeInterval(18.75 * 3600))
        #expect(JiraFields.date("05/Dec/26 13:00 PM", timeZone: Self.utc) == nil)
        #expect(JiraFields.date("05/Foo/26", timeZone: Self.utc) == nil)
    }
}
