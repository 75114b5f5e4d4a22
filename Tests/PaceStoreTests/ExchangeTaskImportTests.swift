import Foundation
import GRDB
import PaceCore
import Testing
@testable import PaceStore

@Suite struct ExchangeTaskImportTests {
    static let file = """
        [
        {"id":1,"uuid":"aaaaaaaa-0000-4000-8000-000000000001","description":"Design the schema","status":"completed",
         "entry":"20261101T090000Z","end":"20261105T170000Z","modified":"20261105T170000Z","project":"Portal","priority":"H",
         "tags":["backend","db"],"urgency":3.2},
        {"id":2,"uuid":"aaaaaaaa-0000-4000-8000-000000000002","description":"Write the API, v2","status":"pending",
         "entry":"20261102T090000Z","start":"20261120T090000Z","due":"20261204T120000Z","priority":"M",
         "depends":["aaaaaaaa-0000-4000-8000-000000000001","aaaaaaaa-0000-4000-8000-000000000004"],
         "annotations":[{"entry":"20261121T100000Z","description":"asked Bob about auth"},{"entry":"20261122T100000Z","description":"OAuth it is"}],
         "scheduled":"20261125T000000Z","reviewed":"yes"},
        {"id":0,"uuid":"aaaaaaaa-0000-4000-8000-000000000003","description":"Old idea","status":"deleted",
         "entry":"20261001T090000Z","end":"20261003T090000Z","priority":"L"},
        {"id":3,"uuid":"aaaaaaaa-0000-4000-8000-000000000004","description":"Pick a vendor","status":"waiting",
         "entry":"20261103T090000Z","wait":"20261210T000000Z","project":"Big Move"},
        {"id":4,"uuid":"aaaaaaaa-0000-4000-8000-000000000005","description":"Plain one","status":"pending",
         "entry":"20261104T090000Z","depends":"aaaaaaaa-0000-4000-8000-000000000002"}
        ]
        """

    static func rows(_ f: StoreFixture) throws -> [String: [[DatabaseValue]]] {
        try ExchangeJSONTests.rows(f.workspace)
    }

    @Test func everyStatusDependenciesAnnotationsAndDatesArrive() throws {
        let f = try StoreFixture()
        try f.seed()
        let tasks = try TaskwarriorImport.parse(Data(Self.file.utf8), timeZone: TimeZone(identifier: "UTC")!)
        let ids = try f.workspace.importTasks(tasks, projectKey: "WEB", actor: "alice", at: f.clock)
        #expect(ids.map(\.description) == ["WEB-1", "WEB-2", "WEB-3", "WEB-4", "WEB-5"])
        let all = try f.workspace.snapshot(projectKey: "WEB").tasks
        func t(_ n: Int) -> ProjectTask { all.first { $0.id.number == n }! }
        #expect(t(1).status == .done)
        #expect(t(2).status == .inProgress)
        #expect(t(3).status == .cancelled)
        #expect(t(4).status == .backlog)
        #expect(t(5).status == .todo)
        #expect(t(1).priority == .high && t(2).priority == .medium && t(3).priority == .low && t(5).priority == .medium)
        #expect(t(1).tags == ["backend", "db", "portal"])
        #expect(t(4).tags == ["big-move"])
        #expect(t(2).title == "Write the API, v2")
        #expect(t(2).due == Day(iso: "2026-12-04"))
        #expect(t(2).dependencies.map(\.description) == ["WEB-1", "WEB-4"])
        #expect(t(5).dependencies.map(\.description) == ["WEB-2"])
        #expect(t(2).notes == """
            2026-11-21 asked Bob about auth
            2026-11-22 OAuth it is
            taskwarrior reviewed: yes
            taskwarrior scheduled: 20261125T000000Z
            """)
        #expect(t(4).notes == "taskwarrior wait: 20261210T000000Z")
        #expect(Format.timestamp(t(1).created) == "2026-11-01T09:00:00.000Z")
        #expect(Format.timestamp(t(1).completed!) == "2026-11-05T17:00:00.000Z")
        #expect(Format.timestamp(t(3).completed!) == "2026-10-03T09:00:00.000Z")
    }

    /// Each kind of broken file names the record and field, and nothing is written.
    @Test(arguments: [
        ("truncated JSON", String(file.prefix(300)), "malformed JSON"),
        ("not an array", "{\"uuid\":\"x\"}", "expected a JSON array"),
        ("wrong type", file.replacingOccurrences(of: "\"priority\":\"H\"", with: "\"priority\":1"), "record 1, field priority: expected a string, found a number"),
        ("bad date", file.replacingOccurrences(of: "\"due\":\"20261204T120000Z\"", with: "\"due\":\"2026-12-04\""), "record 2, field due: '2026-12-04'; expected a Taskwarrior date"),
        ("impossible date", file.replacingOccurrences(of: "20261204T120000Z", with: "20261304T120000Z"), "record 2, field due"),
        ("unknown dependency", file.replacingOccurrences(of: "\"depends\":\"aaaaaaaa-0000-4000-8000-000000000002\"", with: "\"depends\":\"ffffffff-0000-4000-8000-000000000009\""), "record 5, field depends: unknown task ffffffff-0000-4000-8000-000000000009"),
        ("unknown status", file.replacingOccurrences(of: "\"status\":\"waiting\"", with: "\"status\":\"recurring\""), "record 4, field status: 'recurring'"),
        ("missing description", file.replacingOccurrences(of: "\"description\":\"Plain one\",", with: ""), "record 5: field description is missing"),
    ])
    func brokenFilesAreRefusedWithNothingWritten(kind: String, text: String, expected: String) throws {
        let f = try StoreFixture()
        try f.seed()
        let before = try Self.rows(f)
        do {
            let tasks = try TaskwarriorImport.parse(Data(text.utf8), timeZone: TimeZone(identifier: "UTC")!)
            try f.workspace.importTasks(tasks, projectKey: "WEB", actor: "alice", at: f.clock)
            Issue.record("\(kind): accepted")
        } catch {
            #expect("\(error)".contains(expected), "\(kind): \(error)")
        }
        #expect(try Self.rows(f) == before)
    }

    /// A refusal by the store half-way through (an unknown assignee in row 3) rolls back
    /// the rows already added.
    @Test func csvImportIsAllOrNothing() throws {
        let f = try StoreFixture()
        try f.seed()
        let csv = "Summary,Owner,est,due,status,tags,milestone\r\nOne,alice,4,2026-12-04,todo,\"a,b\",beta\r\nTwo,bob,90m,,in-progress,,\r\nThree,carol,,,,,\r\n"
        let map = ["summary": "title", "Owner": "assignee", "est": "estimate"]
        let tasks = try CSVTaskImport.parse(csv, mapping: map, today: Day(iso: "2026-11-30")!, hoursPerDay: 8)
        #expect(tasks.count == 3)
        #expect(tasks[0].draft.estimateMinutes == 240)
        #expect(tasks[0].draft.tags == ["a", "b"])
        #expect(tasks[1].draft.status == .inProgress)
        let before = try Self.rows(f)
        #expect(throws: UserError.self) { try f.workspace.importTasks(tasks, projectKey: "WEB", actor: "alice", at: f.clock) }
        #expect(try Self.rows(f) == before)
        let ok = try f.workspace.importTasks(Array(tasks.prefix(2)), projectKey: "WEB", actor: "alice", at: f.clock)
        #expect(ok.count == 2)
        #expect(try f.task(ok[0]).milestoneID != nil)
    }

    @Test func csvImportNamesUnknownColumnsAndBadValues() {
        let today = Day(iso: "2026-11-30")!
        func message(_ csv: String, _ map: [String: String] = [:]) -> String {
            do { _ = try CSVTaskImport.parse(csv, mapping: map, today: today, hoursPerDay: 8); return "accepted" } catch { return "\(error)" }
        }
        #expect(message("title,colour\nA,red\n").contains("unknown column 'colour'"))
        #expect(message("title,colour\nA,red\n", ["colour": "skip"]) == "accepted")
        #expect(message("title,due\nA,someday\n").contains("line 2, column due (due): 'someday'; expected a date"))
        #expect(message("title,priority\nA,hgih\n").contains("line 2, column priority (priority): 'hgih'"))
        #expect(message("title,estimate\nA,lots\n").contains("line 2, column estimate"))
        #expect(message("title,status\nA\n").contains("line 2: 1 field(s), expected 2"))
        #expect(message("name\nA\n").contains("unknown column 'name'"))
        #expect(message("title\n\"A\n").contains("line 2"))
    }
}
