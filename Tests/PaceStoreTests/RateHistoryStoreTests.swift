import Foundation
import GRDB
import Testing
import PaceCore
@testable import PaceStore

@Suite struct RateHistoryStoreTests {
    static func eur(_ units: Int64) -> Money { Money(minorUnits: units * 100, currency: "EUR") }
    static func day(_ s: String) -> Day { Day(iso: s)! }

    func rateEdit(_ rate: Money?, from: String?) -> MemberEdit {
        var e = MemberEdit()
        e.hourlyRate = rate.map { .set($0) } ?? .clear
        e.rateEffectiveFrom = from.map { Self.day($0) }
        return e
    }

    @Test func aNewRateAppliesFromItsDayAndKeepsPastCost() throws {
        let f = try StoreFixture()
        try f.apply(.addProject(Project(key: "WEB", name: "Portal")))
        try f.apply(.addMember(Member(handle: "bob", name: "Bob", hourlyRate: Self.eur(60))))
        let t = try f.addTask("api")
        try f.apply(.logTime(t, member: "bob", date: Self.day("2026-11-20"), minutes: 120, note: ""))
        let costBefore = Costing.actual(try f.workspace.timeEntries(projectKey: "WEB"), rates: try f.workspace.rateHistory(), measure: .money)
        #expect(costBefore == 12_000)

        try f.apply(.editMember(handle: "bob", rateEdit(Self.eur(80), from: "2026-12-01")))
        try f.apply(.logTime(t, member: "bob", date: Self.day("2026-12-02"), minutes: 60, note: ""))
        let rates = try f.workspace.rateHistory()
        #expect(rates.history(of: "bob").map(\.effectiveFrom.iso) == ["1970-01-01", "2026-12-01"])
        #expect(try f.workspace.snapshot(projectKey: "WEB").member("bob")?.hourlyRate == Self.eur(80))
        // 2h at 60 before the change, 1h at 80 after: 120.00 + 80.00.
        #expect(Costing.actual(try f.workspace.timeEntries(projectKey: "WEB"), rates: rates, measure: .money) == 20_000)

        // A change back-dated behind the latest rewrites history from its day only:
        // today's rate stays the later one.
        try f.apply(.editMember(handle: "bob", rateEdit(Self.eur(70), from: "2026-11-15")))
        #expect(try f.workspace.snapshot(projectKey: "WEB").member("bob")?.hourlyRate == Self.eur(80))
        #expect(try f.workspace.rateHistory().rate(for: "bob", on: Self.day("2026-11-20")) == Self.eur(70))

        let activity = try f.lastActivity(5)
        #expect(activity.contains { $0.field == "rate-from" && $0.newValue == "2026-11-15 70.00 EUR" })
    }

    @Test func undoTakesTheRatePeriodBack() throws {
        let f = try StoreFixture()
        try f.apply(.addProject(Project(key: "WEB", name: "Portal")))
        try f.apply(.addMember(Member(handle: "bob", name: "Bob", hourlyRate: Self.eur(60))))
        try f.apply(.editMember(handle: "bob", rateEdit(Self.eur(90), from: "2026-12-01")))
        #expect(try f.workspace.rateHistory().history(of: "bob").count == 2)
        try f.apply(.undo)
        #expect(try f.workspace.rateHistory().history(of: "bob").map(\.rate) == [Self.eur(60)])
        #expect(try f.workspace.snapshot(projectKey: "WEB").member("bob")?.hourlyRate == Self.eur(60))
        // Undoing the member's creation takes their history with them.
        try f.apply(.undo)
        #expect(try f.workspace.rateHistory().history(of: "bob").isEmpty)
    }

    @Test func fromNeedsARate() throws {
        let f = try StoreFixture()
        try f.seed()
        var e = MemberEdit()
        e.name = "Bobby"
        e.rateEffectiveFrom = Self.day("2026-12-01")
        #expect(throws: UserError.self) { try f.apply(.editMember(handle: "bob", e)) }
    }

    @Test func upgradeFromV3CarriesCurrentRatesIntoHistory() throws {
        let dir = DataDirectory(url: FileManager.default.temporaryDirectory.appendingPathComponent("pace-upgrade-\(UUID().uuidString)"))
        defer { try? FileManager.default.removeItem(at: dir.url) }
        try dir.create()
        let old = try SQLiteWorkspace.open(directory: dir, readOnly: false, mustExist: false, migrations: Array(Migrations.all.prefix(3)))
        // What a version-three binary wrote: a member with a rate, one without.
        try old.pool.write { db in
            try db.execute(sql: """
                INSERT INTO projects (key, name, status, created_at) VALUES ('WEB', 'Portal', 'active', '2026-11-01T09:00:00.000Z');
                INSERT INTO members (handle, name, role, weekly_capacity_minutes, working_days, rate_minor, currency, created_at)
                    VALUES ('alice', 'Alice', '', 2400, 'mon,tue,wed,thu,fri', 9500, 'EUR', '2026-11-01T09:00:00.000Z');
                INSERT INTO members (handle, name, role, weekly_capacity_minutes, working_days, created_at)
                    VALUES ('bob', 'Bob', '', 2400, 'mon,tue,wed,thu,fri', '2026-11-01T09:00:00.000Z');
                """)
        }
        try old.pool.close()
        let new = try SQLiteWorkspace.open(at: dir)
        #expect(try new.appliedMigrations() == Migrations.all.map(\.name))
        let rates = try new.rateHistory()
        #expect(rates.history(of: "alice") == [RatePeriod(member: "alice", effectiveFrom: Self.day("1970-01-01"), rate: Money(minorUnits: 9500, currency: "EUR"))])
        #expect(rates.history(of: "bob").isEmpty)
        #expect(rates.rate(for: "alice", on: Self.day("2020-05-05")) == Money(minorUnits: 9500, currency: "EUR"))
        #expect(try new.baselines(projectKey: "WEB").isEmpty)
    }
}

@Suite struct BaselineStoreTests {
    @Test func saveListAndUndo() throws {
        let f = try StoreFixture()
        try f.seed()
        let t = try f.addTask("api") { $0.estimateMinutes = 240 }
        let task = BaselineTask(task: t, plannedStart: Day(iso: "2026-12-01"), plannedFinish: Day(iso: "2026-12-02"),
                                estimateMinutes: 240, plannedCost: Money(minorUnits: 40_000, currency: "EUR"))
        try f.apply(.saveBaseline(projectKey: "WEB", name: "kickoff", tasks: [task]))
        try f.apply(.saveBaseline(projectKey: "WEB", name: "replan", tasks: []))
        #expect(try f.workspace.baselines(projectKey: "WEB").map(\.name) == ["kickoff", "replan"])
        #expect(try f.workspace.baseline(projectKey: "WEB", name: nil)?.name == "replan")
        let kickoff = try f.workspace.baseline(projectKey: "WEB", name: "KICKOFF")
        #expect(kickoff?.tasks == [task])
        #expect(kickoff?.createdBy == "alice")
        // A name is never reused: a baseline is the yardstick, it must not move.
        #expect(throws: UserError.self) { try f.apply(.saveBaseline(projectKey: "WEB", name: "kickoff", tasks: [])) }
        #expect(throws: UserError.self) { try f.workspace.baseline(projectKey: "WEB", name: "nope") }
        try f.apply(.undo)
        #expect(try f.workspace.baselines(projectKey: "WEB").map(\.name) == ["kickoff"])
    }
}

@Suite struct LedgerStoreTests {
    /// The ledger is what the dashboard's budget job reads: the project's own entries
    /// (not another project's), every rate period, and the latest baseline.
    @Test func readsTheProjectsEntriesRatesAndLatestBaseline() throws {
        let f = try StoreFixture()
        try f.seed()
        try f.apply(.addProject(Project(key: "OPS", name: "Ops")))
        try f.apply(.editMember(handle: "bob", {
            var e = MemberEdit()
            e.hourlyRate = .set(RateHistoryStoreTests.eur(60))
            e.rateEffectiveFrom = RateHistoryStoreTests.day("2026-11-01")
            return e
        }()))
        let web = try f.addTask("api")
        let ops = try f.apply(.addTask(projectKey: "OPS", TaskDraft(title: "pager"))).task!
        try f.apply(.logTime(web, member: "bob", date: RateHistoryStoreTests.day("2026-11-20"), minutes: 90, note: ""))
        try f.apply(.logTime(ops, member: "bob", date: RateHistoryStoreTests.day("2026-11-20"), minutes: 30, note: ""))
        try f.apply(.saveBaseline(projectKey: "WEB", name: "kickoff", tasks: []))
        try f.apply(.saveBaseline(projectKey: "WEB", name: "replan", tasks: []))

        let ledger = try f.workspace.ledger(projectKey: "WEB")
        #expect(ledger.entries.map(\.task) == [web])
        #expect(ledger.entries.map(\.minutes) == [90])
        #expect(ledger.rates.rate(for: "bob", on: RateHistoryStoreTests.day("2026-11-20")) == RateHistoryStoreTests.eur(60))
        #expect(ledger.baseline?.name == "replan")
        #expect(try f.workspace.ledger(projectKey: "OPS").baseline == nil)
    }
}
