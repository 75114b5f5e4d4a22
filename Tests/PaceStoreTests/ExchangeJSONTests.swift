import Foundation
import GRDB
import PaceCore
import Testing
@testable import PaceStore

@Suite struct ExchangeJSONTests {
    /// The demo workspace plus what the demo leaves out (a holiday, a standup with turns
    /// and notes, a removed and restored task, an undo), so every table has rows.
    static func richWorkspace() throws -> StoreFixture {
        let f = try StoreFixture()
        let now = Now(instant: f.clock, timeZone: TimeZone(identifier: "Europe/Berlin")!)
        try f.workspace.applyBatch(DemoWorkspace.sample(now: now))
        f.clock = now.instant
        try f.apply(.addHoliday(projectKey: "WEB", Holiday(date: Day(iso: "2026-12-24")!, name: "Christmas Eve, \"short\" day")))
        let start = try f.apply(.startStandup(projectKey: "WEB", order: ["alice", "bob"], skipped: [], timeboxSeconds: 90,
                                              since: f.clock.addingTimeInterval(-86_400)))
        let standup = try f.workspace.runningStandup(projectKey: "WEB")!.id
        _ = start
        try f.apply(.standupNote(id: standup, handle: "alice", kind: .blocker, text: "waiting for keys — ünïcode", task: TaskID(projectKey: "WEB", number: 3), unblocker: "bob"))
        try f.apply(.standupNext(id: standup))
        try f.apply(.endStandup(id: standup))
        try f.apply(.removeTask(TaskID(projectKey: "WEB", number: 5)))
        try f.apply(.undo)
        return f
    }

    static func emptyWorkspace() throws -> SQLiteWorkspace {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pace-import-\(UUID().uuidString)")
        return try SQLiteWorkspace.create(at: DataDirectory(url: url))
    }

    static func rows(_ ws: SQLiteWorkspace) throws -> [String: [[DatabaseValue]]] {
        try ws.pool.read { db in
            var out: [String: [[DatabaseValue]]] = [:]
            for name in try SQLiteWorkspace.userTables(db) + ["sqlite_sequence"] {
                let order = name == "sqlite_sequence" ? "name" : try db.primaryKey(name).columns.joined(separator: ", ")
                out[name] = try Row.fetchAll(db, sql: "SELECT * FROM \(name) ORDER BY \(order)").map { Array($0.databaseValues) }
            }
            return out
        }
    }

    @Test func exportThenImportGivesBackEveryTableRowByRow() throws {
        let f = try Self.richWorkspace()
        let data = try f.workspace.exportJSON()
        let source = try Self.rows(f.workspace)
        for name in ["projects", "members", "time_off", "milestones", "tasks", "time_entries", "holidays",
                     "standups", "standup_turns", "standup_notes", "meta", "changes", "activity"] {
            #expect(!(source[name] ?? []).isEmpty, "the fixture leaves \(name) empty")
        }
        let target = try Self.emptyWorkspace()
        try target.importDump(SQLiteWorkspace.decodeDump(data))
        let imported = try Self.rows(target)
        #expect(imported.keys.sorted() == source.keys.sorted())
        for name in source.keys.sorted() {
            #expect(imported[name] == source[name], "table \(name) differs")
        }
        #expect(try target.snapshot(projectKey: nil) == f.workspace.snapshot(projectKey: nil))
        #expect(try target.exportJSON() == data)
        // The next change carries on the numbering instead of clashing with an old one.
        let outcome = try target.apply(.addTask(projectKey: "WEB", TaskDraft(title: "After import")), actor: "alice", at: f.clock)
        #expect(outcome.changeID == (try f.workspace.changeToken()) + 1)
    }

    @Test func importRefusesANonEmptyWorkspace() throws {
        let f = try Self.richWorkspace()
        let data = try f.workspace.exportJSON()
        let before = try Self.rows(f.workspace)
        #expect(throws: UserError.self) { try f.workspace.importDump(SQLiteWorkspace.decodeDump(data)) }
        do { try f.workspace.importDump(SQLiteWorkspace.decodeDump(data)) } catch {
            #expect("\(error)".contains("not empty"))
        }
        #expect(try Self.rows(f.workspace) == before)
    }

    @Test func syntaxErrorsNameTheLineAndCutFilesSaySo() throws {
        let text = "{\n\"format\": \"paceline-workspace\",\n\"version\": 1,,\n}"
        do { _ = try SQLiteWorkspace.decodeDump(Data(text.utf8)); Issue.record("accepted") } catch {
            #expect("\(error)".contains("malformed JSON at line 3"), "\(error)")
        }
        do { _ = try SQLiteWorkspace.decodeDump(Data("{\n\"format\": \"pace".utf8)); Issue.record("accepted") } catch {
            #expect("\(error)".contains("cut short"), "\(error)")
        }
    }

    /// How each kind of broken file is made from a good export, and what the refusal says.
    static func broken(_ kind: String, _ s: String) -> (text: String, expected: String) {
        switch kind {
        case "truncated": (String(s.prefix(s.count / 2)), "malformed JSON")
        case "wrong type": (s.replacingOccurrences(of: "\"format\": \"paceline-workspace\"", with: "\"format\": 7"), "format: wrong type")
        case "boolean value": (s.replacingOccurrences(of: "[\"WEB\",1,", with: "[\"WEB\",true,"), "tables.tasks.rows[0][1]")
        case "text in a number column": (s.replacingOccurrences(of: "[\"WEB\",1,", with: "[\"WEB\",\"one\","), "tables.tasks.rows[0] column number: text, expected a number")
        case "unknown column": (s.replacingOccurrences(of: "\"columns\": [\"key\",\"value\"]", with: "\"columns\": [\"key\",\"valeu\"]"), "unknown column 'valeu'")
        case "unknown table": (s.replacingOccurrences(of: "\"holidays\":", with: "\"holydays\":"), "tables.holydays: unknown table")
        default: (s.replacingOccurrences(of: "[\"alice\",\"Alice", with: "[\"alicia\",\"Alice"), "refers to a missing row")
        }
    }

    /// Each kind of broken file is refused with a pointer to the spot, and nothing is written.
    @Test(arguments: ["truncated", "wrong type", "boolean value", "text in a number column", "unknown column", "unknown table", "missing row"])
    func brokenFilesAreRefusedWithNothingWritten(kind: String) throws {
        let f = try Self.richWorkspace()
        let text = String(decoding: try f.workspace.exportJSON(), as: UTF8.self)
        let (broken, expected) = Self.broken(kind, text)
        #expect(broken != text, "\(kind): the test did not change the file")
        let target = try Self.emptyWorkspace()
        let before = try Self.rows(target)
        do {
            try target.importDump(SQLiteWorkspace.decodeDump(Data(broken.utf8)))
            Issue.record("\(kind): accepted")
        } catch let error as UserError {
            #expect(error.message.contains(expected), "\(kind): \(error.message)")
        }
        #expect(try Self.rows(target) == before)
    }
}
