import Foundation
import GRDB
import Testing
@testable import PaceStore

/// A workspace written by an older `pace` keeps working after an update: the first
/// listing upgrades it (backing it up first), while `pace watch` would refuse.
@Suite struct UpgradeCLITests {
    @Test func aListingUpgradesAnOldWorkspaceAndKeepsItsData() throws {
        let pace = try PaceRunner()
        defer { pace.cleanUp() }
        let dir = DataDirectory(url: pace.dataDir)
        try dir.create()
        // What the first released schema looked like, written as that version would.
        let old = try SQLiteWorkspace.open(directory: dir, readOnly: false, mustExist: false,
                                           migrations: Array(Migrations.all.prefix(1)))
        try old.pool.write { db in
            try db.execute(sql: """
                INSERT INTO projects (key, name, status, created_at) VALUES ('WEB', 'Portal', 'active', '2026-11-01T09:00:00.000Z');
                INSERT INTO tasks (project_key, number, title, status, priority, created_at, updated_at)
                    VALUES ('WEB', 1, 'kept across the upgrade', 'todo', 'high', '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z');
                UPDATE projects SET next_number = 2;
                """)
        }
        try old.pool.close()

        let r = try pace.run("ls", "--json")
        #expect(r.status == 0, "\(r.stderr)")
        let tasks = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(tasks.map { $0["title"] as? String } == ["kept across the upgrade"])
        let backups = try FileManager.default.contentsOfDirectory(atPath: dir.backupsURL.path)
        #expect(backups.count == 1)
        // And the upgraded workspace takes new work.
        #expect(try pace.run("add", "after the upgrade").stdout.contains("WEB-2"))
    }
}
