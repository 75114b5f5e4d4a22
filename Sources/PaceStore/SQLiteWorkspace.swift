import Foundation
import GRDB
import PaceCore

/// The workspace in a data directory: one SQLite database in WAL mode, shared safely by
/// every `pace` process on the host.
public final class SQLiteWorkspace: Workspace, Sendable {
    public let directory: DataDirectory
    public let isReadOnly: Bool
    let pool: DatabasePool

    /// How long a writer waits for another process's transaction before giving up.
    public static let busyTimeout: TimeInterval = 10

    private init(directory: DataDirectory, pool: DatabasePool, readOnly: Bool) {
        self.directory = directory
        self.pool = pool
        self.isReadOnly = readOnly
    }

    /// Creates the data directory and the database when missing, runs pending
    /// migrations, and opens it for writing. Idempotent.
    public static func create(at directory: DataDirectory) throws -> SQLiteWorkspace {
        try directory.create()
        return try open(directory: directory, readOnly: false, mustExist: false, migrations: Migrations.all)
    }

    /// Opens an existing workspace. `readOnly` opens the database read-only, for
    /// `pace watch`: nothing through it can change the file.
    public static func open(at directory: DataDirectory, readOnly: Bool = false) throws -> SQLiteWorkspace {
        try open(directory: directory, readOnly: readOnly, mustExist: true, migrations: Migrations.all)
    }

    static func open(directory: DataDirectory, readOnly: Bool, mustExist: Bool,
                     extraMigrations: [(name: String, migrate: @Sendable (Database) throws -> Void)]) throws -> SQLiteWorkspace {
        try open(directory: directory, readOnly: readOnly, mustExist: mustExist, migrations: Migrations.all + extraMigrations)
    }

    /// Opens with an explicit list of migrations (tests open an "old" workspace with a
    /// prefix of the list, then upgrade it).
    static func open(directory: DataDirectory, readOnly: Bool, mustExist: Bool,
                     migrations: [(name: String, migrate: @Sendable (Database) throws -> Void)]) throws -> SQLiteWorkspace {
        let path = directory.databaseURL.path
        if mustExist && !FileManager.default.fileExists(atPath: path) {
            throw StoreError.notInitialized(directory.url.path)
        }
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.readonly = readOnly
        config.foreignKeysEnabled = true
        config.label = "paceline"
        // WAL with synchronous=NORMAL: a commit does not wait for fsync (checkpoints
        // do). An application crash loses nothing; only an OS crash or power cut can
        // lose the last commits, and never corrupts the database. SQLite recommends it
        // for WAL; it makes each command ~10-30 ms faster on this kind of disk.
        config.prepareDatabase { db in
            if !db.configuration.readonly {
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch {
            throw StoreError.corrupt("cannot open the workspace database \(path): \(describe(error))")
        }
        let workspace = SQLiteWorkspace(directory: directory, pool: pool, readOnly: readOnly)
        if readOnly {
            let applied = try workspace.appliedMigrations()
            if applied.count < migrations.count {
                throw StoreError.needsUpgrade(directory.url.path)
            }
        } else {
            try workspace.migrate(migrations)
        }
        return workspace
    }

    // MARK: - Migrations

    func appliedMigrations() throws -> [String] {
        try pool.read { db in
            guard try db.tableExists("grdb_migrations") else { return [] }
            return try String.fetchAll(db.cachedStatement(sql: "SELECT identifier FROM grdb_migrations"))
        }
    }

    /// Runs pending migrations; copies the database into `backups/` first when it
    /// already holds data, so a failed upgrade can be undone by hand.
    func migrate(_ migrations: [(name: String, migrate: @Sendable (Database) throws -> Void)]) throws {
        var migrator = DatabaseMigrator()
        for m in migrations { migrator.registerMigration(m.name, migrate: m.migrate) }
        let applied = try appliedMigrations()
        let pending = migrations.map(\.name).filter { !applied.contains($0) }
        guard !pending.isEmpty else { return }
        if !applied.isEmpty {
            try backup(reason: "before-\(pending[0])")
        }
        do {
            try migrator.migrate(pool)
        } catch {
            // Two processes opening a fresh workspace at once: the loser finds the
            // tables already made. Only an error if migrations are still missing.
            let nowApplied = try appliedMigrations()
            if migrations.allSatisfy({ nowApplied.contains($0.name) }) { return }
            throw StoreError.corrupt("upgrading the workspace failed: \(Self.describe(error))")
        }
    }

    /// Copies the database into `backups/workspace-<UTC time>-<reason>.sqlite` with
    /// SQLite's online backup (safe while others read and write). Returns its URL.
    @discardableResult
    public func backup(reason: String) throws -> URL {
        let dir = directory.backupsURL
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let stamp = Format.timestamp(Date()).replacingOccurrences(of: ":", with: "").replacingOccurrences(of: ".", with: "")
        let url = dir.appendingPathComponent("workspace-\(stamp)-\(reason).sqlite")
        let target = try DatabaseQueue(path: url.path)
        try pool.backup(to: target)
        try target.close()
        return url
    }

    // MARK: - Reading

    public func changeToken() throws -> Int64 {
        try guarded {
            try pool.read { db in
                try Int64.fetchOne(db.cachedStatement(sql: "SELECT COALESCE(MAX(id), 0) FROM changes")) ?? 0
            }
        }
    }

    public func snapshot(projectKey: String?) throws -> ProjectSnapshot {
        try guarded {
            try pool.read { db in try Self.readSnapshot(db, projectKey: projectKey) }
        }
    }

    public func activity(entity: EntityKind?, entityID: String?, limit: Int) throws -> [Activity] {
        try guarded {
            try pool.read { db in
                var sql = "SELECT * FROM activity"
                var args: StatementArguments = []
                if let entity {
                    sql += " WHERE entity = ?"
                    args += [entity.rawValue]
                    if let entityID {
                        sql += " AND entity_id = ?"
                        args += [entityID]
                    }
                }
                sql += " ORDER BY id DESC LIMIT ?"
                args += [limit]
                return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: args).map(RowCodec.activity)
            }
        }
    }

    /// Activity rows at or after an instant, oldest first (standups, reports).
    public func activity(since: Date) throws -> [Activity] {
        try guarded {
            try pool.read { db in
                try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM activity WHERE at >= ? ORDER BY id"), arguments: [Format.timestamp(since)]).map(RowCodec.activity)
            }
        }
    }

    /// Finished standups of a project, newest first (`pace standup ls`, reports).
    public func standups(projectKey: String) throws -> [StandupSession] {
        try guarded { try pool.read { db in try StandupRows.finished(db, projectKey: projectKey) } }
    }

    /// One standup, running or finished, with its turns and notes.
    public func standup(id: Int64) throws -> StandupSession? {
        try guarded { try pool.read { db in try StandupRows.session(db, id: id) } }
    }

    /// The standup running in a project, if one is: what `pace standup next` moves,
    /// without reading a whole snapshot.
    public func runningStandup(projectKey: String) throws -> StandupSession? {
        try guarded { try pool.read { db in try StandupRows.running(db, projectKey: projectKey) } }
    }

    /// The project's most recent standup, running or finished: where the next one's
    /// "what moved since" starts.
    public func latestStandup(projectKey: String) throws -> StandupSession? {
        try guarded { try pool.read { db in try StandupRows.latest(db, projectKey: projectKey) } }
    }

    public func timeEntries(task: TaskID) throws -> [TimeEntry] {
        try guarded {
            try pool.read { db in
                try Row.fetchAll(db.cachedStatement(sql: "SELECT \(RowCodec.timeEntryColumns) FROM time_entries WHERE project_key = ? AND number = ? ORDER BY date, id"), arguments: [task.projectKey, task.number]).map(RowCodec.timeEntry)
            }
        }
    }

    /// Every time entry of a project, oldest first.
    public func timeEntries(projectKey: String) throws -> [TimeEntry] {
        try guarded { try pool.read { db in try Self.readTimeEntries(db, projectKey: projectKey) } }
    }

    static func readTimeEntries(_ db: Database, projectKey: String) throws -> [TimeEntry] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT \(RowCodec.timeEntryColumns) FROM time_entries WHERE project_key = ? ORDER BY date, id"),
                         arguments: [projectKey]).map(RowCodec.timeEntry)
    }

    /// All projects and the default one's key.
    public func projects() throws -> (projects: [Project], defaultKey: String?) {
        try guarded {
            try pool.read { db in
                let projects = try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM projects ORDER BY key")).map(RowCodec.project)
                let def = try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = 'default-project'"))
                return (projects, def)
            }
        }
    }

    /// One project (by key, else the default, else the only one) without its tasks:
    /// what a command needs to add a task, at a fraction of a snapshot's cost.
    public func project(_ key: String?) throws -> Project {
        try guarded { try pool.read { db in try Self.resolveProject(db, key) } }
    }

    /// Tasks marked removed (`pace rm`), for `pace ls --removed`.
    public func removedTasks(projectKey: String) throws -> [ProjectTask] {
        try guarded {
            try pool.read { db in
                try Row.fetchAll(db.cachedStatement(sql: "SELECT \(RowCodec.taskColumns) FROM tasks WHERE project_key = ? AND deleted_at IS NOT NULL ORDER BY number"), arguments: [projectKey]).map { RowCodec.task($0, spent: 0) }
            }
        }
    }

    static func resolveProject(_ db: Database, _ requested: String?) throws -> Project {
        let keys = try String.fetchAll(db.cachedStatement(sql: "SELECT key FROM projects ORDER BY key"))
        if let requested {
            let key = requested.uppercased()
            guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM projects WHERE key = ?"), arguments: [key]) else {
                throw UserError.notFound("project", requested, among: keys)
            }
            return RowCodec.project(row)
        }
        if let def = try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = 'default-project'")),
           let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM projects WHERE key = ?"), arguments: [def]) {
            return RowCodec.project(row)
        }
        switch keys.count {
        case 0:
            throw UserError("no project yet — add one with: pace project add KEY \"Name\" (KEY is \(ProjectKey.rule))")
        case 1:
            return RowCodec.project(try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM projects"))!)
        default:
            throw UserError("several projects (\(keys.joined(separator: ", "))) — choose one with --project KEY or set a default with: pace project default KEY")
        }
    }

    static func readSnapshot(_ db: Database, projectKey: String?) throws -> ProjectSnapshot {
        let project = try resolveProject(db, projectKey)
        let projects = try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM projects ORDER BY key")).map(RowCodec.project)
        var offByMember: [String: [TimeOff]] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM time_off ORDER BY start_date, id")) {
            offByMember[row["member"], default: []].append(RowCodec.timeOff(row))
        }
        let members = try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM members ORDER BY handle")).map {
            RowCodec.member($0, timeOff: offByMember[$0["handle"]] ?? [])
        }
        let milestones = try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM milestones WHERE project_key = ? ORDER BY due_date IS NULL, due_date, id"), arguments: [project.key]).map(RowCodec.milestone)
        var spent: [Int: Int] = [:]
        let spentRows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT number, SUM(minutes) FROM time_entries WHERE project_key = ? GROUP BY number"), arguments: [project.key])
        while let row = try spentRows.next() { spent[row[0]] = row[1] }
        var tasks: [ProjectTask] = []
        let taskRows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT \(RowCodec.taskColumns) FROM tasks WHERE project_key = ? AND deleted_at IS NULL ORDER BY number"), arguments: [project.key])
        while let row = try taskRows.next() {
            tasks.append(RowCodec.task(row, spent: spent[row[1]] ?? 0))
        }
        let holidays = try Row.fetchAll(db.cachedStatement(sql: "SELECT date, name FROM holidays WHERE project_key = ? ORDER BY date"),
                                        arguments: [project.key]).compactMap { row -> Holiday? in
            guard let d = Day(iso: row["date"] as String) else { return nil }
            return Holiday(date: d, name: row["name"])
        }
        let standup = try StandupRows.running(db, projectKey: project.key)
        let lastStandup = try String.fetchOne(db.cachedStatement(sql: "SELECT MAX(started_at) FROM standups WHERE project_key = ?"),
                                              arguments: [project.key])
        let token = try Int64.fetchOne(db.cachedStatement(sql: "SELECT COALESCE(MAX(id), 0) FROM changes")) ?? 0
        var snapshot = ProjectSnapshot(project: project, projects: projects, members: members, milestones: milestones,
                                       tasks: tasks, holidays: holidays, standup: standup, token: token)
        snapshot.lastStandupStartedAt = lastStandup.flatMap(Format.parseTimestamp)
        return snapshot
    }

    // MARK: - Writing

    public func apply(_ command: Command, actor: String, at: Date) throws -> ChangeOutcome {
        guard !isReadOnly else { throw StoreError.readOnly }
        return try guarded {
            try pool.writeWithoutTransaction { db in
                var outcome: ChangeOutcome?
                try db.inTransaction(.immediate) {
                    let recorder = ChangeRecorder(db: db, actor: actor, at: at)
                    outcome = try CommandApplier(db: db, recorder: recorder).apply(command)
                    return .commit
                }
                return outcome!
            }
        }
    }

    /// Maps SQLite's busy/locked errors to a clear message; everything else passes.
    func guarded<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            throw StoreError.busy("the workspace stayed busy for \(Int(Self.busyTimeout)) s (another pace process is writing); nothing was changed — try again")
        } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY {
            throw StoreError.readOnly
        }
    }

    static func describe(_ error: Error) -> String {
        if let e = error as? DatabaseError { return e.message ?? "\(e.resultCode)" }
        return "\(error)"
    }
}

extension SQLiteWorkspace {
    /// Applies many commands in one transaction, each still its own change with its
    /// own actor, time and activity rows. For building sample and imported workspaces
    /// fast; all or nothing.
    public func applyBatch(_ commands: [ScriptedCommand]) throws {
        guard !isReadOnly else { throw StoreError.readOnly }
        try guarded {
            try pool.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    for c in commands {
                        let recorder = ChangeRecorder(db: db, actor: c.actor, at: c.at)
                        _ = try CommandApplier(db: db, recorder: recorder).apply(c.command)
                    }
                    return .commit
                }
            }
        }
    }

    /// Marks this workspace as a generated demo, so re-running `pace demo` may replace it.
    public func markAsDemo() throws {
        try pool.write { db in
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('demo', '1')").execute()
        }
    }

    public func isDemo() throws -> Bool {
        try pool.read { db in
            try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = 'demo'")) == "1"
        }
    }

    /// Removes the database files of a data directory (the demo's refresh).
    public static func removeDatabase(in directory: DataDirectory) throws {
        let fm = FileManager.default
        for suffix in ["", "-wal", "-shm"] {
            let path = directory.databaseURL.path + suffix
            if fm.fileExists(atPath: path) { try fm.removeItem(atPath: path) }
        }
    }
}
