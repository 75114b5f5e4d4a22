import Foundation
import GRDB
import PaceCore

extension SQLiteWorkspace {
    /// The activity rows of one project's tasks, oldest first: what reports and
    /// burndowns replay. Only those rows are read (a range on the entity index, so other
    /// projects cost nothing), by column position: decoding 80,000 rows by column name
    /// took most of a report's time on a 10,000-task workspace.
    public func taskActivity(projectKey: String) throws -> [Activity] {
        try guarded {
            try pool.read { db in
                // Keys are capital letters, so `KEY-` up to `KEY.` (the next character) is
                // exactly the project's IDs.
                let rows = try Row.fetchCursor(db.cachedStatement(sql: """
                    SELECT id, change_id, at, actor, entity_id, field, old_value, new_value FROM activity
                    WHERE entity = 'task' AND entity_id >= ? AND entity_id < ? ORDER BY id
                    """), arguments: [projectKey + "-", projectKey + "."])
                var out: [Activity] = []
                while let row = try rows.next() {
                    out.append(Activity(id: row[0], changeID: row[1], at: Format.parseTimestamp(row[2]) ?? Date(timeIntervalSince1970: 0),
                                        actor: row[3], entity: .task, entityID: row[4], field: row[5], oldValue: row[6],
                                        newValue: row[7]))
                }
                return out
            }
        }
    }
}
