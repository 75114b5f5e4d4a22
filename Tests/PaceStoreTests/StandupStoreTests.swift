import Foundation
import GRDB
import PaceCore
import Testing
@testable import PaceStore

/// A whole standup against a real workspace in a temporary directory, every step at a
/// chosen instant.
@Suite struct StandupStoreTests {
    let t0 = Format.parseTimestamp("2026-11-30T09:00:00.000Z")!

    func seeded() throws -> StoreFixture {
        let f = try StoreFixture()
        try f.seed()
        try f.apply(.addMember(Member(handle: "carol", name: "Carol")))
        try f.apply(.addMember(Member(handle: "dave", name: "Dave")))
        return f
    }

    @discardableResult
    func step(_ f: StoreFixture, _ command: Command, at seconds: Double, as actor: String = "alice") throws -> ChangeOutcome {
        try f.workspace.apply(command, actor: actor, at: t0.addingTimeInterval(seconds))
    }

    func start(_ f: StoreFixture, timebox: Int = 60) throws -> Int64 {
        try step(f, .startStandup(projectKey: "WEB", order: ["alice", "bob", "carol", "dave"], skipped: ["dave"],
                                  timeboxSeconds: timebox, since: t0.addingTimeInterval(-3 * 86_400)), at: 0)
        return try #require(try f.workspace.snapshot(projectKey: "WEB").standup?.id)
    }

    @Test func aWholeMeeting() throws {
        let f = try seeded()
        let bug = try f.addTask("Fix login") { $0.assignee = "bob" }
        var tokens = [try f.workspace.changeToken()]
        func moved() throws {
            let t = try f.workspace.changeToken()
            #expect(t > tokens.last!, "the change token must move on every step")
            tokens.append(t)
        }
        let id = try start(f)
        try moved()
        var s = try #require(try f.workspace.snapshot(projectKey: "WEB").standup)
        #expect(s.facilitator == "alice")
        #expect(s.speaker == "alice")
        #expect(s.skipped == ["dave"])
        #expect(s.timeboxSeconds == 60)
        #expect(s.speakerStartedAt == t0)

        // alice: 0–100 s with a 30 s pause → 70 s, 10 s over.
        try step(f, .standupPause(id: id), at: 40); try moved()
        #expect(try f.workspace.snapshot(projectKey: "WEB").standup?.pausedAt == t0.addingTimeInterval(40))
        try step(f, .standupResume(id: id), at: 70); try moved()
        s = try #require(try f.workspace.snapshot(projectKey: "WEB").standup)
        #expect(s.pausedSeconds == 30)
        #expect(s.speakerSeconds(at: t0.addingTimeInterval(100)) == 70)
        #expect(try step(f, .standupNext(id: id), at: 100).summary == "@alice done; @bob speaks")
        try moved()
        // bob: a blocker and a follow-up, then a task moves while he speaks.
        try step(f, .standupNote(id: id, handle: "bob", kind: .blocker, text: "waiting for API keys", task: bug, unblocker: "carol"), at: 110, as: "bob")
        try moved()
        try step(f, .standupNote(id: id, handle: "bob", kind: .followUp, text: "pair on the login flow", task: nil, unblocker: nil), at: 120)
        try moved()
        try step(f, .setStatus(bug, .blocked, reason: "API keys"), at: 125, as: "bob"); try moved()
        try step(f, .standupNext(id: id), at: 150); try moved()  // bob: 50 s
        // carol speaks; the facilitator goes back to bob for a moment.
        try step(f, .standupPrevious(id: id), at: 170); try moved()  // carol: 20 s kept
        #expect(try f.workspace.snapshot(projectKey: "WEB").standup?.speaker == "bob")
        try step(f, .standupNext(id: id), at: 180); try moved()  // bob: 10 s more
        // bob takes over from his laptop: recorded, and alice may no longer move it.
        try step(f, .takeOverStandup(id: id), at: 185, as: "bob"); try moved()
        #expect(throws: UserError.self) { try step(f, .standupNext(id: id), at: 186) }
        try step(f, .standupSkip(id: id, handle: "carol"), at: 190, as: "bob"); try moved()
        s = try #require(try f.workspace.snapshot(projectKey: "WEB").standup)
        #expect(s.speaker == nil)
        #expect(s.current == s.order.count)
        #expect(s.skipped == ["dave", "carol"])
        #expect(s.speakerStartedAt == nil)
        try step(f, .endStandup(id: id), at: 200, as: "bob"); try moved()

        #expect(try f.workspace.snapshot(projectKey: "WEB").standup == nil)
        let done = try f.workspace.standups(projectKey: "WEB")
        #expect(done.count == 1)
        let kept = try #require(done.first)
        #expect(kept == (try f.workspace.standup(id: id)))
        #expect(kept.endedAt == t0.addingTimeInterval(200))
        #expect(kept.facilitator == "bob")
        #expect(kept.turns.map { "\($0.handle) \(Int($0.seconds)) +\(Int($0.overrunSeconds))" }
                == ["alice 70 +10", "bob 50 +0", "carol 20 +0", "bob 10 +0"])
        #expect(kept.notes.map { "\($0.kind.rawValue) \($0.handle) \($0.author) \($0.task?.description ?? "-") \($0.unblocker ?? "-")" }
                == ["blocker bob bob WEB-1 carol", "follow-up bob alice - -"])

        // The activity log tells the meeting, on entity standup.
        let log = try f.workspace.activity(entity: .standup, entityID: String(id), limit: 100).reversed()
            .map { "\($0.actor) \($0.field): \($0.oldValue ?? "nil") -> \($0.newValue ?? "nil")" }
        #expect(log.contains("bob facilitator: alice -> bob"))
        #expect(log.contains("alice turn: nil -> alice 1:10 (+0:10 over)"))
        #expect(log.contains("bob skipped: dave -> dave,carol"))
        #expect(log.first == "alice created: nil -> WEB facilitated by alice")

        // The report: speakers added up, facilitators in order, the task that moved.
        let report = StandupReport.make(session: kept, activity: try f.workspace.activity(since: kept.startedAt),
                                        titles: [bug: "Fix login"])
        #expect(report.speakers.map { "\($0.handle) \(Int($0.seconds)) \($0.turns)" } == ["alice 70 1", "bob 60 2", "carol 20 1"])
        #expect(report.facilitators == ["alice", "bob"])
        #expect(report.taskMoves.map { "\($0.task) \($0.field) \($0.new ?? "")" } == ["WEB-1 status blocked", "WEB-1 blocked-reason API keys"])
        let md = report.markdown(timeZone: TimeZone(identifier: "UTC")!)
        #expect(md.contains("- @bob (WEB-1): waiting for API keys — @carol can unblock"))
        #expect(md.contains("- @alice: 1:10 (+0:10 over)"))
        #expect(!md.contains("\u{1B}"))
    }

    @Test func aSecondStartIsRefusedWhileOneRuns() throws {
        let f = try seeded()
        _ = try start(f)
        let before = try f.workspace.changeToken()
        do {
            try step(f, .startStandup(projectKey: "WEB", order: ["bob"], skipped: [], timeboxSeconds: 60, since: t0), at: 10, as: "bob")
            Issue.record("a second standup started")
        } catch let e as UserError {
            #expect(e.message.hasPrefix("a standup is already running, facilitated by @alice since "))
            #expect(e.message.contains("join with pace watch or take over"))
        }
        #expect(try f.workspace.changeToken() == before)  // nothing written
    }

    @Test func onlyTheFacilitatorMovesIt() throws {
        let f = try seeded()
        let id = try start(f)
        let before = try f.workspace.changeToken()
        for command in [Command.standupNext(id: id), .standupPrevious(id: id), .standupSkip(id: id, handle: "bob"),
                        .standupPause(id: id), .standupResume(id: id), .endStandup(id: id)] {
            do {
                try step(f, command, at: 5, as: "bob")
                Issue.record("bob moved alice's standup with \(command)")
            } catch let e as UserError {
                #expect(e.message.contains("only the facilitator @alice"))
            }
        }
        #expect(try f.workspace.changeToken() == before)
        // A note by anyone is fine; a note about a stranger or a missing task is not.
        try step(f, .standupNote(id: id, handle: "alice", kind: .note, text: "demo on Friday", task: nil, unblocker: nil), at: 6, as: "bob")
        #expect(throws: UserError.self) { try step(f, .standupNote(id: id, handle: "zed", kind: .note, text: "x", task: nil, unblocker: nil), at: 7) }
        #expect(throws: UserError.self) { try step(f, .standupNote(id: id, handle: "bob", kind: .note, text: "x", task: TaskID(projectKey: "WEB", number: 99), unblocker: nil), at: 7) }
        #expect(throws: UserError.self) { try step(f, .standupNote(id: id, handle: "bob", kind: .note, text: "  ", task: nil, unblocker: nil), at: 7) }
    }

    @Test func stepsThatMakeNoSenseAreRefused() throws {
        let f = try seeded()
        #expect(throws: UserError.self) {  // dave is the only speaker and he is off
            try step(f, .startStandup(projectKey: "WEB", order: ["dave"], skipped: ["dave"], timeboxSeconds: 60, since: t0), at: 0)
        }
        #expect(throws: UserError.self) {
            try step(f, .startStandup(projectKey: "WEB", order: ["alice", "zed"], skipped: [], timeboxSeconds: 60, since: t0), at: 0)
        }
        #expect(throws: UserError.self) {
            try step(f, .startStandup(projectKey: "WEB", order: ["alice"], skipped: [], timeboxSeconds: 5, since: t0), at: 0)
        }
        let id = try start(f)
        #expect(throws: UserError.self) { try step(f, .standupPrevious(id: id), at: 1) }
        #expect(throws: UserError.self) { try step(f, .standupResume(id: id), at: 1) }
        #expect(throws: UserError.self) { try step(f, .standupSkip(id: id, handle: "dave"), at: 1) }
        #expect(throws: UserError.self) { try step(f, .takeOverStandup(id: id), at: 1) }
        try step(f, .endStandup(id: id), at: 2)
        #expect(throws: UserError.self) { try step(f, .standupNext(id: id), at: 3) }
        #expect(throws: UserError.self) { try step(f, .takeOverStandup(id: id), at: 3, as: "bob") }
        // After it ended, a new one may start.
        _ = try step(f, .startStandup(projectKey: "WEB", order: ["bob"], skipped: [], timeboxSeconds: 60, since: t0), at: 4, as: "bob")
        #expect(try f.workspace.snapshot(projectKey: "WEB").standup?.facilitator == "bob")
        #expect(try f.workspace.latestStandup(projectKey: "WEB")?.facilitator == "bob")
    }

    @Test func undoPassesOverStandupSteps() throws {
        let f = try seeded()
        let bug = try f.addTask("Fix login")
        try f.apply(.setStatus(bug, .inProgress, reason: nil))  // alice's last task change
        let id = try start(f)
        try step(f, .standupNext(id: id), at: 30)
        // alice's undo reaches back past the standup to her task change; the standup
        // stays exactly where it was.
        let undone = try f.workspace.apply(.undo, actor: "alice", at: t0.addingTimeInterval(40))
        #expect(undone.summary == "undid: WEB-1 → in progress")
        #expect(try f.task(bug).status == .todo)
        let s = try #require(try f.workspace.snapshot(projectKey: "WEB").standup)
        #expect(s.speaker == "bob")
        #expect(s.turns.count == 1)
        // bob only ran standup steps (took over): nothing of his to undo, and he is told why.
        try step(f, .takeOverStandup(id: id), at: 50, as: "bob")
        do {
            _ = try f.workspace.apply(.undo, actor: "bob", at: t0.addingTimeInterval(60))
            Issue.record("bob undid a standup step")
        } catch let e as UserError {
            #expect(e.message.contains("standup steps are not undone"))
        }
        #expect(try f.workspace.snapshot(projectKey: "WEB").standup?.facilitator == "bob")
    }

    @Test func anOldWorkspaceGetsTheStandupTables() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pace-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        let dir = DataDirectory(url: url)
        try dir.create()
        let old = try SQLiteWorkspace.open(directory: dir, readOnly: false, mustExist: false, migrations: Array(Migrations.all.prefix(2)))
        _ = try old.apply(.addProject(Project(key: "WEB", name: "Portal")), actor: "alice", at: t0)
        let upgraded = try SQLiteWorkspace.open(at: dir)
        #expect(try upgraded.appliedMigrations().contains("v3-standups"))
        #expect(try upgraded.standups(projectKey: "WEB").isEmpty)
        #expect(try upgraded.snapshot(projectKey: "WEB").standup == nil)
    }
}
