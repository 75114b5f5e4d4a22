import GRDB
import PaceCore

/// How one kind of entity maps to its table: which columns the activity log's field
/// names stand for, and how an entity id selects its row. Writes record activity with
/// these field names and undo writes old values back through the same map, so the two
/// can never disagree.
struct EntityTable: Sendable {
    let kind: EntityKind
    let table: String
    /// activity field name → column
    let columns: [String: String]
    let whereClause: String
    let key: @Sendable (String) -> StatementArguments?

    static let task = EntityTable(
        kind: .task, table: "tasks",
        columns: [
            "title": "title", "notes": "notes", "status": "status", "blocked-reason": "blocked_reason",
            "priority": "priority", "assignee": "assignee", "estimate": "estimate_minutes",
            "remaining": "remaining_minutes", "due": "due_date", "milestone": "milestone_id",
            "tags": "tags", "dependencies": "dependencies", "started": "started_at",
            "completed": "completed_at", "deleted": "deleted_at",
        ],
        whereClause: "project_key = ? AND number = ?",
        key: { id in
            guard let t = TaskID(parsing: id) else { return nil }
            return [t.projectKey, t.number]
        })

    static let project = EntityTable(
        kind: .project, table: "projects",
        columns: [
            "name": "name", "client": "client", "start": "start_date", "target": "target_date",
            "budget": "budget_minor", "currency": "currency", "hours-budget": "hours_budget_minutes",
            "status": "status", "hours-per-day": "hours_per_day",
            "default-estimate": "default_estimate_minutes", "milestone-buffer": "milestone_buffer_days",
        ],
        whereClause: "key = ?", key: { [$0] })

    static let member = EntityTable(
        kind: .member, table: "members",
        columns: [
            "name": "name", "role": "role", "capacity": "weekly_capacity_minutes",
            "working-days": "working_days", "rate": "rate_minor", "currency": "currency",
        ],
        whereClause: "handle = ?", key: { [$0] })

    static let milestone = EntityTable(
        kind: .milestone, table: "milestones",
        columns: ["name": "name", "due": "due_date", "description": "description"],
        whereClause: "id = ?", key: { Int64($0).map { [$0] } })

    static let timeEntry = EntityTable(
        kind: .timeEntry, table: "time_entries", columns: [:],
        whereClause: "id = ?", key: { Int64($0).map { [$0] } })

    static let holiday = EntityTable(
        kind: .holiday, table: "holidays", columns: [:],
        whereClause: "id = ?", key: { Int64($0).map { [$0] } })

    static let timeOff = EntityTable(
        kind: .timeOff, table: "time_off", columns: [:],
        whereClause: "id = ?", key: { Int64($0).map { [$0] } })

    static func forKind(_ kind: EntityKind) -> EntityTable? {
        switch kind {
        case .task: task
        case .project: project
        case .member: member
        case .milestone: milestone
        case .timeEntry: timeEntry
        case .timeOff: timeOff
        case .holiday: holiday
        // Standup steps are never undone field by field (see `Undo`): a meeting that
        // happened cannot be un-happened, and `pace standup prev` moves it back.
        case .standup, .workspace: nil
        }
    }

    /// The current value of a field as text (what the activity log would say), or nil.
    func currentValue(_ db: Database, id: String, field: String) throws -> String?? {
        guard let column = columns[field], let args = key(id) else { return nil }
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT CAST(\(column) AS TEXT) FROM \(table) WHERE \(whereClause)"), arguments: args) else { return nil }
        return .some(row[0] as String?)
    }

    func exists(_ db: Database, id: String) throws -> Bool {
        guard let args = key(id) else { return false }
        return try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE \(whereClause))"), arguments: args) ?? false
    }

    func set(_ db: Database, id: String, field: String, value: String?) throws {
        guard let column = columns[field], let args = key(id) else {
            throw StoreError.corrupt("unknown field \(field) of \(kind.rawValue)")
        }
        try db.cachedStatement(sql: "UPDATE \(table) SET \(column) = ? WHERE \(whereClause)").execute(arguments: [value] + args)
    }

    func delete(_ db: Database, id: String) throws {
        guard let args = key(id) else { return }
        try db.cachedStatement(sql: "DELETE FROM \(table) WHERE \(whereClause)").execute(arguments: args)
    }
}

