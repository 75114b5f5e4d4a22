import Foundation
import GRDB
import PaceCore

/// Collects the activity rows of one command while it runs inside its transaction,
/// then writes the change row and the activity rows together at the end. Every write in
/// PaceStore goes through one of these, so no change can skip its activity rows.
final class ChangeRecorder {
    let db: Database
    let actor: String
    let at: Date
    private(set) var rows: [(entity: EntityKind, id: String, field: String, old: String?, new: String?)] = []

    init(db: Database, actor: String, at: Date) {
        self.db = db
        self.actor = actor
        self.at = at
    }

    func record(_ entity: EntityKind, _ id: String, _ field: String, old: String?, new: String?) {
        guard old != new else { return }
        rows.append((entity, id, field, old, new))
    }

    var isEmpty: Bool { rows.isEmpty }

    /// Writes the change and its activity rows; returns the change id.
    func commit(summary: String, undoes: Int64? = nil) throws -> Int64 {
        let stamp = Format.timestamp(at)
        try db.cachedStatement(sql: "INSERT INTO changes (at, actor, summary, undoes) VALUES (?, ?, ?, ?)").execute(arguments: [stamp, actor, summary, undoes])
        let changeID = db.lastInsertedRowID
        let statement = try db.cachedStatement(sql: """
            INSERT INTO activity (change_id, at, actor, entity, entity_id, field, old_value, new_value)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for r in rows {
            try statement.execute(arguments: [changeID, stamp, actor, r.entity.rawValue, r.id, r.field, r.old, r.new])
        }
        return changeID
    }
}
