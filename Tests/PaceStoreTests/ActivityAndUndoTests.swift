import Foundation
import PaceCore
import Testing
@testable import PaceStore

@Suite struct ActivityTests {
    func rows(_ f: StoreFixture, change: Int64) throws -> [String] {
        try f.lastActivity(500).filter { $0.changeID == change }.reversed()
            .map { "\($0.actor) \($0.entity.rawValue) \($0.entityID) \($0.field): \($0.oldValue ?? "nil") -> \($0.newValue ?? "nil")" }
    }

    @Test func everyKindOfChangeWritesActivityRowsInItsChange() throws {
        let f = try StoreFixture()
        var c = try f.apply(.addProject(Project(key: "WEB", name: "Portal")))
        #expect(try rows(f, change: c.changeID) == [
            "alice project WEB created: nil -> Portal",
            "alice workspace default-project value: nil -> WEB",
        ])
        c = try f.apply(.addMember(Member(handle: "bob", name: "Bob")), as: "carol")
        #expect(try rows(f, change: c.changeID) == ["carol member bob created: nil -> Bob"])
        var me = MemberEdit()
        me.weeklyCapacityMinutes = 1200
        c = try f.apply(.editMember(handle: "bob", me))
        #expect(try rows(f, change: c.changeID) == ["alice member bob capacity: 2400 -> 1200"])
        c = try f.apply(.addTimeOff(handle: "bob", range: DayRange(start: Day(iso: "2026-12-01")!, end: Day(iso: "2026-12-02")!), note: ""))
        #expect(try rows(f, change: c.changeID) == ["alice time-off 1 created: nil -> bob 2026-12-01..2026-12-02"])
        c = try f.apply(.addMilestone(projectKey: "WEB", name: "beta", due: Day(iso: "2026-12-12"), description: ""))
        #expect(try rows(f, change: c.changeID) == ["alice milestone 1 created: nil -> WEB beta", "alice milestone 1 due: nil -> 2026-12-12"])
        var pe = ProjectEdit()
        pe.budget = .set(Money(minorUnits: 500_000, currency: "EUR"))
        c = try f.apply(.editProject(key: "WEB", pe))
        #expect(try rows(f, change: c.changeID) == ["alice project WEB budget: nil -> 500000", "alice project WEB currency: nil -> EUR"])
        var d = TaskDraft(title: "Fix it")
        d.assignee = "bob"
        d.estimateMinutes = 120
        c = try f.apply(.addTask(projectKey: "WEB", d))
        #expect(try rows(f, change: c.changeID) == [
            "alice task WEB-1 created: nil -> Fix it",
            "alice task WEB-1 assignee: nil -> bob",
            "alice task WEB-1 estimate: nil -> 120",
        ])
        let id = c.task!
        c = try f.apply(.setStatus(id, .inProgress, reason: nil))
        #expect(try rows(f, change: c.changeID) == [
            "alice task WEB-1 status: todo -> in-progress",
            "alice task WEB-1 started: nil -> 2026-11-30T09:08:00.000Z",
        ])
        c = try f.apply(.logTime(id, member: "bob", date: Day(iso: "2026-11-30")!, minutes: 30, note: ""))
        #expect(try rows(f, change: c.changeID) == ["alice time-entry 1 created: nil -> WEB-1 0.5h bob 2026-11-30"])
        var te = TaskEdit()
        te.addTags = ["ui"]
        te.due = .set(Day(iso: "2026-12-03")!)
        c = try f.apply(.editTask(id, te))
        #expect(try rows(f, change: c.changeID) == ["alice task WEB-1 due: nil -> 2026-12-03", "alice task WEB-1 tags:  -> ui"])
        c = try f.apply(.removeTask(id))
        #expect(try rows(f, change: c.changeID) == ["alice task WEB-1 deleted: nil -> 2026-11-30T09:11:00.000Z"])
        // The changes table says who did what, one row per command.
        let summaries = try f.workspace.pool.read { db in try String.fetchAll(db, sql: "SELECT summary FROM changes ORDER BY id") }
        #expect(summaries.count == 11)
        #expect(summaries.last == "removed WEB-1")
    }

    @Test func aChangeThatChangesNothingIsRefused() throws {
        let f = try StoreFixture()
        try f.seed()
        let id = try f.addTask("Same")
        var e = TaskEdit()
        e.title = "Same"
        #expect(throws: UserError.self) { try f.apply(.editTask(id, e)) }
    }
}

@Suite struct UndoTests {
    @Test func undoRevertsTheActorsLastChangeAndIsRecorded() throws {
        let f = try StoreFixture()
        try f.seed()
        let id = try f.addTask("Work") { $0.assignee = "bob" }
        try f.apply(.setStatus(id, .inProgress, reason: nil), as: "bob")
        var e = TaskEdit()
        e.priority = .urgent
        e.title = "Urgent work"
        try f.apply(.editTask(id, e))
        // alice undoes her edit, not bob's status move.
        let u = try f.apply(.undo)
        #expect(u.summary == "undid: edited WEB-1")
        let t = try f.task(id)
        #expect(t.title == "Work" && t.priority == .medium && t.status == .inProgress)
        // The undo is a change of its own with reversed activity rows.
        let undoRows = try f.lastActivity().filter { $0.changeID == u.changeID }
        #expect(Set(undoRows.map(\.field)) == ["title", "priority"])
        #expect(undoRows.first { $0.field == "title" }?.newValue == "Work")
        // Undo again: alice's previous change was adding the task → it goes away.
        try f.apply(.undo)
        #expect(try f.workspace.snapshot(projectKey: nil).task(id) == nil)
        // bob's undo reverts bob's move only... but the task is gone now: refused, nothing changed.
        let token = try f.workspace.changeToken()
        #expect(throws: UserError.self) { try f.apply(.undo, as: "bob") }
        #expect(try f.workspace.changeToken() == token)
    }

    @Test func undoRefusesWhenSomeoneElseChangedTheFieldSince() throws {
        let f = try StoreFixture()
        try f.seed()
        let id = try f.addTask("Work")
        var e = TaskEdit()
        e.assignee = .set("bob")
        try f.apply(.editTask(id, e))
        e.assignee = .set("alice")
        try f.apply(.editTask(id, e), as: "bob")
        #expect(throws: UserError("cannot undo: WEB-1 assignee was changed since by bob; nothing was changed")) {
            try f.apply(.undo)
        }
        #expect(try f.task(id).assignee == "alice")
    }

    @Test func undoOfStatusRestoresTimestampsAndLoggedTimeGoesAway() throws {
        let f = try StoreFixture()
        try f.seed()
        let id = try f.addTask("Work") { $0.estimateMinutes = 120 }
        try f.apply(.setStatus(id, .inProgress, reason: nil))
        try f.apply(.setStatus(id, .done, reason: nil))
        try f.apply(.undo)
        var t = try f.task(id)
        #expect(t.status == .inProgress && t.completed == nil && t.started != nil)
        try f.apply(.logTime(id, member: "alice", date: Day(iso: "2026-11-30")!, minutes: 60, note: ""))
        #expect(try f.task(id).spentMinutes == 60)
        try f.apply(.undo)
        t = try f.task(id)
        #expect(t.spentMinutes == 0)
        #expect(try f.workspace.timeEntries(task: id).isEmpty)
    }

    @Test func nothingToUndo() throws {
        let f = try StoreFixture()
        #expect(throws: UserError("nothing to undo: zoe has no change left to undo")) { try f.apply(.undo, as: "zoe") }
    }
}

@Suite struct MigrationTests {
    @Test func freshDatabaseGetsEveryMigrationAndNoBackup() throws {
        let f = try StoreFixture()
        #expect(try f.workspace.appliedMigrations() == Migrations.all.map(\.name))
        #expect(!FileManager.default.fileExists(atPath: f.directory.backupsURL.path))
    }

    @Test func aNewMigrationBacksUpTheDatabaseFirst() throws {
        let f = try StoreFixture()
        try f.seed()
        let extra: [(name: String, migrate: @Sendable (GRDB.Database) throws -> Void)] = [
            ("v99-test", { db in try db.execute(sql: "ALTER TABLE tasks ADD COLUMN colour TEXT") }),
        ]
        let upgraded = try SQLiteWorkspace.open(directory: f.directory, readOnly: false, mustExist: true, extraMigrations: extra)
        #expect(try upgraded.appliedMigrations().last == "v99-test")
        let backups = try FileManager.default.contentsOfDirectory(atPath: f.directory.backupsURL.path)
        #expect(backups.count == 1)
        #expect(backups.first?.hasSuffix("before-v99-test.sqlite") == true)
        // The backup is a complete copy from before the migration.
        let copy = try GRDB.DatabaseQueue(path: f.directory.backupsURL.appendingPathComponent(backups[0]).path)
        let (projects, hasColour) = try copy.read { db in
            (try String.fetchAll(db, sql: "SELECT key FROM projects"), try db.columns(in: "tasks").contains { $0.name == "colour" })
        }
        #expect(projects == ["WEB"])
        #expect(!hasColour)
        // Read-only opening of a workspace that needs an upgrade is refused with advice.
        #expect(throws: StoreError.self) {
            _ = try SQLiteWorkspace.open(directory: f.directory, readOnly: true, mustExist: true,
                                         extraMigrations: extra + [("v100-test", { @Sendable _ in })])
        }
    }
}

import GRDB

@Suite struct UpgradeTests {
    /// A workspace written before the forecast calendar existed upgrades in place: the
    /// data is kept, the new fields get their defaults, and a backup is taken first.
    @Test func aVersionOneWorkspaceUpgradesToTheCurrentSchema() throws {
        let dir = DataDirectory(url: FileManager.default.temporaryDirectory.appendingPathComponent("pace-upgrade-\(UUID().uuidString)"))
        defer { try? FileManager.default.removeItem(at: dir.url) }
        try dir.create()
        let old = try SQLiteWorkspace.open(directory: dir, readOnly: false, mustExist: false, migrations: Array(Migrations.all.prefix(1)))
        // What a version-one binary wrote.
        try old.pool.write { db in
            try db.execute(sql: """
                INSERT INTO projects (key, name, status, created_at) VALUES ('WEB', 'Portal', 'active', '2026-11-01T09:00:00.000Z');
                INSERT INTO tasks (project_key, number, title, status, priority, created_at, updated_at)
                    VALUES ('WEB', 1, 'kept', 'todo', 'medium', '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z');
                """)
        }
        try old.pool.close()
        let new = try SQLiteWorkspace.open(at: dir)
        #expect(try new.appliedMigrations() == Migrations.all.map(\.name))
        let snap = try new.snapshot(projectKey: nil)
        #expect(snap.tasks.map(\.title) == ["kept"])
        #expect(snap.project.defaultEstimateMinutes == 240 && snap.project.milestoneBufferDays == 2)
        let backups = try FileManager.default.contentsOfDirectory(atPath: dir.backupsURL.path)
        #expect(backups.count == 1 && backups[0].hasSuffix("before-v2-forecast-calendar.sqlite"))
    }

    @Test func holidaysAddRemoveAndUndo() throws {
        let f = try StoreFixture()
        try f.seed()
        let xmas = Day(iso: "2026-12-25")!
        try f.apply(.addHoliday(projectKey: "WEB", Holiday(date: xmas, name: "Christmas Day")))
        #expect(try f.workspace.snapshot(projectKey: nil).holidays == [Holiday(date: xmas, name: "Christmas Day")])
        #expect(throws: UserError.self) { try f.apply(.addHoliday(projectKey: "WEB", Holiday(date: xmas))) }
        try f.apply(.removeHoliday(projectKey: "WEB", date: xmas))
        #expect(try f.workspace.snapshot(projectKey: nil).holidays.isEmpty)
        try f.apply(.undo)
        #expect(try f.workspace.snapshot(projectKey: nil).holidays == [Holiday(date: xmas, name: "Christmas Day")])
        // The removal is undone; the next undo takes back the add itself.
        try f.apply(.undo)
        #expect(try f.workspace.snapshot(projectKey: nil).holidays.isEmpty)
        var e = ProjectEdit()
        e.defaultEstimateMinutes = 120
        e.milestoneBufferDays = 3
        try f.apply(.editProject(key: "WEB", e))
        let p = try f.workspace.snapshot(projectKey: nil).project
        #expect(p.defaultEstimateMinutes == 120 && p.milestoneBufferDays == 3)
        e.milestoneBufferDays = 99
        #expect(throws: UserError.self) { try f.apply(.editProject(key: "WEB", e)) }
    }
}
