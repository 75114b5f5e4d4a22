import Foundation
import PaceCore
import Testing
@testable import PaceStore

@Suite struct WorkspaceTests {
    @Test func createIsIdempotentAndUsesWAL() throws {
        let f = try StoreFixture()
        try f.seed()
        let again = try SQLiteWorkspace.create(at: f.directory)
        #expect(try again.snapshot(projectKey: nil).project.key == "WEB")
        let mode = try again.pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        #expect(try again.appliedMigrations() == Migrations.all.map(\.name))
    }

    @Test func openingAMissingWorkspaceSaysRunInit() throws {
        let dir = DataDirectory(url: FileManager.default.temporaryDirectory.appendingPathComponent("pace-none-\(UUID().uuidString)"))
        #expect(throws: StoreError.self) { try SQLiteWorkspace.open(at: dir) }
        do { _ = try SQLiteWorkspace.open(at: dir) } catch {
            #expect("\(error)".contains("pace init"))
        }
        #expect(!FileManager.default.fileExists(atPath: dir.url.path))
    }

    @Test func tasksRoundTripWithEveryField() throws {
        let f = try StoreFixture()
        try f.seed()
        let first = try f.addTask("Set up CI")
        let id = try f.addTask("Fix login timeout") {
            $0.assignee = "bob"
            $0.priority = .high
            $0.estimateMinutes = 240
            $0.due = Day(iso: "2026-12-04")
            $0.milestone = "Beta"
            $0.tags = ["Backend", "#auth"]
            $0.dependencies = [first]
            $0.notes = "line 1\nline 2"
        }
        #expect(id.description == "WEB-2")
        let t = try f.task(id)
        #expect(t.title == "Fix login timeout")
        #expect(t.assignee == "bob")
        #expect(t.priority == .high)
        #expect(t.estimateMinutes == 240)
        #expect(t.due == Day(iso: "2026-12-04"))
        #expect(t.milestoneID != nil)
        #expect(t.tags == ["backend", "auth"])
        #expect(t.dependencies == [first])
        #expect(t.notes == "line 1\nline 2")
        #expect(t.status == .todo)
        #expect(t.created == f.clock)
    }

    @Test func unknownNamesAreRefusedWithASuggestionAndWriteNothing() throws {
        let f = try StoreFixture()
        try f.seed()
        let before = try f.workspace.changeToken()
        #expect(throws: UserError("no member 'alcie' — did you mean 'alice'?")) {
            _ = try f.addTask("x") { $0.assignee = "alcie" }
        }
        #expect(throws: UserError("no milestone 'bta' — did you mean 'beta'?")) {
            _ = try f.addTask("x") { $0.milestone = "bta" }
        }
        #expect(throws: UserError.self) { _ = try f.addTask("x") { $0.dependencies = [TaskID(projectKey: "WEB", number: 99)] } }
        #expect(try f.workspace.changeToken() == before)
        #expect(try f.workspace.snapshot(projectKey: nil).tasks.isEmpty)
        // The task number was not consumed by the failed adds.
        #expect(try f.addTask("real").description == "WEB-1")
    }

    @Test func statusMovesFollowTheRulesAndStampTimes() throws {
        let f = try StoreFixture()
        try f.seed()
        let id = try f.addTask("Work")
        try f.apply(.setStatus(id, .inProgress, reason: nil))
        let started = try f.task(id).started
        #expect(started != nil)
        #expect(throws: UserError("blocking WEB-1 needs a reason, e.g. --reason \"waiting for API keys\"")) {
            try f.apply(.setStatus(id, .blocked, reason: "  "))
        }
        try f.apply(.setStatus(id, .blocked, reason: "keys"))
        #expect(try f.task(id).blockedReason == "keys")
        try f.apply(.setStatus(id, .done, reason: nil))
        let done = try f.task(id)
        #expect(done.status == .done && done.blockedReason == nil && done.completed != nil && done.started == started)
        #expect(throws: UserError.self) { try f.apply(.setStatus(id, .inProgress, reason: nil)) }
        try f.apply(.setStatus(id, .todo, reason: nil))
        #expect(try f.task(id).completed == nil)
    }

    @Test func dependencyCyclesAreRefusedNamingTheCycle() throws {
        let f = try StoreFixture()
        try f.seed()
        let a = try f.addTask("A")
        let b = try f.addTask("B") { $0.dependencies = [a] }
        let c = try f.addTask("C") { $0.dependencies = [b] }
        var e = TaskEdit()
        e.addDependencies = [c]
        #expect(throws: UserError("that would make a dependency cycle: WEB-1 → WEB-3 → WEB-2 → WEB-1; nothing was changed")) {
            try f.apply(.editTask(a, e))
        }
        #expect(try f.task(a).dependencies.isEmpty)
    }

    @Test func loggingTimeAddsAnEntryAndShrinksAnExplicitRemaining() throws {
        let f = try StoreFixture()
        try f.seed()
        let id = try f.addTask("Work") { $0.estimateMinutes = 480 }
        try f.apply(.logTime(id, member: "@bob", date: Day(iso: "2026-11-27")!, minutes: 90, note: "spike"))
        var t = try f.task(id)
        #expect(t.spentMinutes == 90)
        #expect(t.effectiveRemainingMinutes == 390)
        var e = TaskEdit()
        e.remainingMinutes = .set(300)
        try f.apply(.editTask(id, e))
        try f.apply(.logTime(id, member: "alice", date: Day(iso: "2026-11-28")!, minutes: 60, note: ""))
        t = try f.task(id)
        #expect(t.remainingMinutes == 240)
        let entries = try f.workspace.timeEntries(task: id)
        #expect(entries.map(\.member) == ["bob", "alice"])
        #expect(entries.map(\.note) == ["spike", ""])
        #expect(throws: UserError.self) { try f.apply(.logTime(id, member: "zed", date: Day(iso: "2026-11-28")!, minutes: 60, note: "")) }
    }

    @Test func removedTasksAreHiddenAndRestorable() throws {
        let f = try StoreFixture()
        try f.seed()
        let id = try f.addTask("Temp")
        try f.apply(.removeTask(id))
        #expect(try f.workspace.snapshot(projectKey: nil).tasks.isEmpty)
        #expect(try f.workspace.removedTasks(projectKey: "WEB").map(\.id) == [id])
        try f.apply(.restoreTask(id))
        #expect(try f.workspace.snapshot(projectKey: nil).tasks.map(\.id) == [id])
    }

    @Test func projectResolutionAndDefaults() throws {
        let f = try StoreFixture()
        #expect(throws: UserError.self) { _ = try f.workspace.snapshot(projectKey: nil) }
        try f.seed()
        try f.apply(.addProject(Project(key: "OPS", name: "Ops")))
        #expect(try f.workspace.snapshot(projectKey: nil).project.key == "WEB")
        #expect(try f.workspace.snapshot(projectKey: "ops").project.key == "OPS")
        #expect(throws: UserError("no project 'WBE' — did you mean 'WEB'?")) { _ = try f.workspace.snapshot(projectKey: "WBE") }
        try f.apply(.setDefaultProject(key: "OPS"))
        #expect(try f.workspace.snapshot(projectKey: nil).project.key == "OPS")
        #expect(throws: UserError.self) { try f.apply(.addProject(Project(key: "web", name: "again"))) }
        #expect(throws: UserError.self) { try f.apply(.addProject(Project(key: "W", name: "short"))) }
    }

    @Test func membersTimeOffAndEdits() throws {
        let f = try StoreFixture()
        try f.seed()
        let range = DayRange(start: Day(iso: "2026-12-07")!, end: Day(iso: "2026-12-11")!)
        try f.apply(.addTimeOff(handle: "bob", range: range, note: "vacation"))
        var e = MemberEdit()
        e.weeklyCapacityMinutes = 32 * 60
        e.workingDays = [.monday, .tuesday, .wednesday, .thursday]
        e.hourlyRate = .set(Money(minorUnits: 9500, currency: "EUR"))
        try f.apply(.editMember(handle: "bob", e))
        let bob = try f.workspace.snapshot(projectKey: nil).member("bob")!
        #expect(bob.timeOff.map(\.range) == [range])
        #expect(bob.weeklyCapacityMinutes == 1920)
        #expect(bob.workingDays == [.monday, .tuesday, .wednesday, .thursday])
        #expect(bob.hourlyRate == Money(minorUnits: 9500, currency: "EUR"))
        #expect(bob.isOff(on: Day(iso: "2026-12-08")!))
        #expect(throws: UserError.self) { try f.apply(.addMember(Member(handle: "Bad Handle", name: "x"))) }
        #expect(throws: UserError.self) { try f.apply(.addMember(Member(handle: "bob", name: "again"))) }
    }

    @Test func milestonesAddAndEdit() throws {
        let f = try StoreFixture()
        try f.seed()
        var e = MilestoneEdit()
        e.name = "beta 1"
        e.due = .set(Day(iso: "2026-12-19")!)
        try f.apply(.editMilestone(projectKey: "WEB", name: "BETA", e))
        let ms = try f.workspace.snapshot(projectKey: nil).milestones
        #expect(ms.map(\.name) == ["beta 1"])
        #expect(ms.first?.due == Day(iso: "2026-12-19"))
        #expect(throws: UserError.self) {
            try f.apply(.addMilestone(projectKey: "WEB", name: "Beta 1", due: nil, description: ""))
        }
    }

    @Test func readOnlyWorkspaceRefusesEveryCommand() throws {
        let f = try StoreFixture()
        try f.seed()
        let ro = try SQLiteWorkspace.open(at: f.directory, readOnly: true)
        #expect(ro.isReadOnly)
        #expect(try ro.snapshot(projectKey: nil).project.key == "WEB")
        #expect(throws: StoreError.self) { _ = try ro.apply(.undo, actor: "alice", at: Date()) }
    }

    @Test func changeTokenGrowsWithEveryChangeFromAnyConnection() throws {
        let f = try StoreFixture()
        try f.seed()
        let t0 = try f.workspace.changeToken()
        let other = try SQLiteWorkspace.open(at: f.directory)
        _ = try other.apply(.addTask(projectKey: "WEB", TaskDraft(title: "from elsewhere")), actor: "bob", at: Date())
        #expect(try f.workspace.changeToken() == t0 + 1)
        #expect(try f.workspace.snapshot(projectKey: nil).token == t0 + 1)
    }
}
