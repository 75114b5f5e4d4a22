import Foundation
import GRDB
import PaceCore

/// The whole workspace as JSON: every user table's columns and rows, typed, in primary
/// key order, plus the migrations the schema went through. It is a generic dump of the
/// database rather than a list of domain shapes, so a table added by a new migration
/// travels without anyone remembering to add it here, and an import gives back the very
/// same rows (ids, activity, undo chains and all).
///
/// ```json
/// {"format": "paceline-workspace", "version": 1,
///  "migrations": ["v1-initial", …],
///  "sequences": {"changes": 42, …},
///  "tables": {"tasks": {"columns": ["project_key", …], "rows": [["WEB", 1, …], …]}, …}}
/// ```
public struct WorkspaceDump: Codable, Sendable, Equatable {
    public static let formatName = "paceline-workspace"
    public static let currentVersion = 1

    public struct Table: Codable, Sendable, Equatable {
        public var columns: [String]
        public var rows: [[DumpValue]]
    }

    public var format: String
    public var version: Int
    public var migrations: [String]
    /// AUTOINCREMENT high-water marks: ids of removed rows are never reused, after an
    /// import as before it.
    public var sequences: [String: Int64]
    public var tables: [String: Table]
}

/// One SQLite value. Integers and reals are told apart so a round trip keeps the type.
public enum DumpValue: Codable, Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null; return }
        if let s = try? c.decode(String.self) { self = .text(s); return }
        // Bool is tried first so `true` is refused instead of read as 1.
        if (try? c.decode(Bool.self)) != nil {
            throw DecodingError.typeMismatch(DumpValue.self, .init(codingPath: decoder.codingPath,
                debugDescription: "expected a string, a number or null, found a boolean"))
        }
        if let i = try? c.decode(Int64.self) { self = .integer(i); return }
        if let d = try? c.decode(Double.self) { self = .real(d); return }
        throw DecodingError.typeMismatch(DumpValue.self, .init(codingPath: decoder.codingPath,
            debugDescription: "expected a string, a number or null"))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .integer(let i): try c.encode(i)
        case .real(let d): try c.encode(d)
        case .text(let s): try c.encode(s)
        }
    }

    init(_ value: DatabaseValue) throws {
        switch value.storage {
        case .null: self = .null
        case .int64(let i): self = .integer(i)
        case .double(let d): self = .real(d)
        case .string(let s): self = .text(s)
        case .blob: throw StoreError.corrupt("the workspace holds binary data, which the JSON export does not carry")
        }
    }

    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .integer(let i): i.databaseValue
        case .real(let d): d.databaseValue
        case .text(let s): s.databaseValue
        }
    }
}

extension SQLiteWorkspace {
    /// Every table that holds workspace data: SQLite's and GRDB's bookkeeping are left out.
    static func userTables(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master
            WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'grdb_migrations'
            ORDER BY name
            """)
    }

    /// Reads the whole workspace in one read transaction, so the dump is consistent even
    /// while others write.
    public func dump() throws -> WorkspaceDump {
        try guarded {
            try pool.read { db in
                var tables: [String: WorkspaceDump.Table] = [:]
                for name in try Self.userTables(db) {
                    let columns = try db.columns(in: name).map(\.name)
                    let order = try db.primaryKey(name).columns.map { $0.quotedDatabaseIdentifier }.joined(separator: ", ")
                    let list = columns.map { $0.quotedDatabaseIdentifier }.joined(separator: ", ")
                    var rows: [[DumpValue]] = []
                    let cursor = try Row.fetchCursor(db, sql: "SELECT \(list) FROM \(name.quotedDatabaseIdentifier) ORDER BY \(order)")
                    while let row = try cursor.next() {
                        rows.append(try row.databaseValues.map(DumpValue.init))
                    }
                    tables[name] = .init(columns: columns, rows: rows)
                }
                var sequences: [String: Int64] = [:]
                if try db.tableExists("sqlite_sequence") {
                    for row in try Row.fetchAll(db, sql: "SELECT name, seq FROM sqlite_sequence") {
                        sequences[row["name"]] = row["seq"]
                    }
                }
                let migrations = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                return WorkspaceDump(format: WorkspaceDump.formatName, version: WorkspaceDump.currentVersion,
                                     migrations: migrations, sequences: sequences, tables: tables)
            }
        }
    }

    /// The dump as JSON text: one table row per line, so a diff of two exports reads
    /// row by row and a large workspace does not become one endless line.
    public func exportJSON() throws -> Data {
        try Self.encode(dump())
    }

    static func encode(_ dump: WorkspaceDump) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func json<T: Encodable>(_ v: T) throws -> String { String(decoding: try encoder.encode(v), as: UTF8.self) }
        var out = "{\n"
        out += "\"format\": \(try json(dump.format)),\n"
        out += "\"version\": \(dump.version),\n"
        out += "\"migrations\": \(try json(dump.migrations)),\n"
        out += "\"sequences\": \(try json(dump.sequences)),\n"
        out += "\"tables\": {"
        for (i, name) in dump.tables.keys.sorted().enumerated() {
            let table = dump.tables[name]!
            out += i == 0 ? "\n" : ",\n"
            out += "\(try json(name)): {\"columns\": \(try json(table.columns)), \"rows\": ["
            out += try table.rows.map { "\n  " + (try json($0)) }.joined(separator: ",")
            out += table.rows.isEmpty ? "]}" : "\n]}"
        }
        out += "\n}\n}\n"
        return Data(out.utf8)
    }

    /// Decodes an export, naming where it is broken: the byte position for malformed
    /// JSON, the path (`tables.tasks.rows[3][2]`) for a value of the wrong kind.
    public static func decodeDump(_ data: Data) throws -> WorkspaceDump {
        do {
            return try JSONDecoder().decode(WorkspaceDump.self, from: data)
        } catch let error as DecodingError {
            throw UserError(ExchangeErrorText.describe(error, data: data))
        }
    }

    /// Loads an export into this workspace, which must be empty (just created). Every
    /// row is checked against the schema first, then everything is written in one
    /// transaction: either the whole workspace arrives or nothing does.
    public func importDump(_ dump: WorkspaceDump) throws {
        guard !isReadOnly else { throw StoreError.readOnly }
        guard dump.format == WorkspaceDump.formatName else {
            throw UserError("not a Paceline export: \"format\" is \"\(dump.format)\", expected \"\(WorkspaceDump.formatName)\"")
        }
        guard dump.version == WorkspaceDump.currentVersion else {
            throw UserError("export version \(dump.version) is not supported (this pace reads version \(WorkspaceDump.currentVersion))")
        }
        try guarded {
            try pool.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    try Self.checkEmpty(db)
                    let ours = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                    // An export from an older pace has a prefix of our migrations; its
                    // missing columns take their defaults. A newer one cannot fit.
                    guard dump.migrations.count <= ours.count, Array(ours.prefix(dump.migrations.count)) == dump.migrations else {
                        let unknown = dump.migrations.filter { !ours.contains($0) }
                        throw UserError("the export comes from a newer or different schema (migrations \(unknown.joined(separator: ", "))); upgrade pace to import it")
                    }
                    let known = Set(try Self.userTables(db))
                    // Deferred: rows may reference rows of tables inserted after them
                    // (tasks → milestones, changes → later changes); checked at commit.
                    try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
                    for name in dump.tables.keys.sorted() {
                        guard known.contains(name) else {
                            throw UserError("tables.\(name): unknown table; expected one of \(known.sorted().joined(separator: ", "))")
                        }
                        try Self.insert(db, table: name, dump.tables[name]!)
                    }
                    for (name, seq) in dump.sequences.sorted(by: { $0.key < $1.key }) {
                        guard known.contains(name) else { throw UserError("sequences.\(name): unknown table") }
                        try db.execute(sql: "DELETE FROM sqlite_sequence WHERE name = ?", arguments: [name])
                        try db.execute(sql: "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", arguments: [name, seq])
                    }
                    // Checked here rather than left to COMMIT, to name the table.
                    let broken = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
                    if let first = broken.first {
                        let table: String = first["table"]
                        let parent: String = first["parent"]
                        throw UserError("tables.\(table): a row refers to a missing row of \(parent) (\(broken.count) broken reference(s))")
                    }
                    return .commit
                }
            }
        }
    }

    static func checkEmpty(_ db: Database) throws {
        for name in try userTables(db) {
            let n = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(name.quotedDatabaseIdentifier)") ?? 0
            if n > 0 {
                throw UserError("the workspace is not empty (\(name) has \(n) row(s)); import into a new data directory: pace import FILE --data-dir NEW_DIR")
            }
        }
    }

    private static func insert(_ db: Database, table name: String, _ table: WorkspaceDump.Table) throws {
        let info = try db.columns(in: name)
        let byName = Dictionary(uniqueKeysWithValues: info.map { ($0.name, $0) })
        for column in table.columns where byName[column] == nil {
            throw UserError("tables.\(name).columns: unknown column '\(column)'; expected some of \(info.map(\.name).joined(separator: ", "))")
        }
        let list = table.columns.map { $0.quotedDatabaseIdentifier }.joined(separator: ", ")
        let marks = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
        let statement = try db.makeStatement(sql: "INSERT INTO \(name.quotedDatabaseIdentifier) (\(list)) VALUES (\(marks))")
        for (r, row) in table.rows.enumerated() {
            guard row.count == table.columns.count else {
                throw UserError("tables.\(name).rows[\(r)]: \(row.count) value(s), expected \(table.columns.count) (one per column)")
            }
            for (c, value) in row.enumerated() {
                let column = byName[table.columns[c]]!
                if let problem = mismatch(value, column) {
                    throw UserError("tables.\(name).rows[\(r)] column \(column.name): \(problem)")
                }
            }
            do {
                try statement.execute(arguments: StatementArguments(row.map(\.databaseValue)))
            } catch let error as DatabaseError {
                throw UserError("tables.\(name).rows[\(r)]: \(error.message ?? "\(error.resultCode)")")
            }
        }
    }

    /// SQLite would store a string in an INTEGER column without a word; the export must
    /// not, so each value is checked against the column's declared type.
    private static func mismatch(_ value: DumpValue, _ column: ColumnInfo) -> String? {
        let type = column.type.uppercased()
        switch value {
        case .null:
            return column.isNotNull ? "null, expected a value (the column is NOT NULL)" : nil
        case .integer:
            return type.contains("INT") || type.contains("REAL") ? nil : "a number, expected text"
        case .real:
            if type.contains("REAL") { return nil }
            return type.contains("INT") ? "a fraction, expected a whole number" : "a number, expected text"
        case .text:
            return type.contains("INT") || type.contains("REAL") ? "text, expected a number" : nil
        }
    }
}
