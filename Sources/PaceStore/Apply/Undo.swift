import Foundation
import GRDB
import PaceCore

/// Undoes the actor's most recent change that is neither an undo nor already undone,
/// by writing every recorded field back to its old value, as a new change of its own.
/// It refuses, changing nothing, when someone has since changed the same field: undo
/// must never silently throw away a teammate's work.
struct Undo {
    let db: Database
    let recorder: ChangeRecorder

    func undoLast() throws -> ChangeOutcome {
        // Standup steps are passed over: the meeting happened, and undoing "next" field
        // by field would fight the facilitator's screen (`pace standup prev` goes back).
        // So `u` right after a standup still undoes the actor's last task edit.
        guard let change = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT id, summary FROM changes c
            WHERE actor = ? AND undoes IS NULL AND undone_by IS NULL
              AND NOT EXISTS (SELECT 1 FROM activity a WHERE a.entity = 'standup' AND a.change_id = c.id)
            ORDER BY id DESC LIMIT 1
            """), arguments: [recorder.actor]) else {
            let ranStandup = try Bool.fetchOne(db.cachedStatement(sql: """
                SELECT EXISTS (SELECT 1 FROM activity WHERE entity = 'standup' AND actor = ?)
                """), arguments: [recorder.actor]) ?? false
            throw UserError("nothing to undo: \(recorder.actor) has no change left to undo"
                            + (ranStandup ? " (standup steps are not undone; go back a speaker with: pace standup prev)" : ""))
        }
        let changeID: Int64 = change["id"]
        let summary: String = change["summary"]
        let rows = try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM activity WHERE change_id = ? ORDER BY id DESC"), arguments: [changeID])
            .map(RowCodec.activity)
        let created = Set(rows.filter { $0.field == "created" }.map { "\($0.entity.rawValue)/\($0.entityID)" })
        for a in rows {
            let key = "\(a.entity.rawValue)/\(a.entityID)"
            if a.field == "created" {
                try undoCreation(a)
            } else if a.entity == .member && a.field == CommandApplier.rateHistoryField {
                try removeRatePeriod(a)
            } else if a.entity == .project && a.field == CommandApplier.baselineField {
                try removeBaseline(a)
            } else if a.entity == .holiday && a.field == "deleted" {
                try restoreHoliday(a)
            } else if created.contains(key) {
                continue  // the row goes away with its creation
            } else {
                try revert(a)
            }
        }
        let id = try recorder.commit(summary: "undid: \(summary)", undoes: changeID)
        try db.cachedStatement(sql: "UPDATE changes SET undone_by = ? WHERE id = ?").execute(arguments: [id, changeID])
        return ChangeOutcome(changeID: id, summary: "undid: \(summary)")
    }

    func revert(_ a: Activity) throws {
        if a.entity == .workspace {
            let current = try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = ?"), arguments: [a.entityID])
            try ensureUnchanged(a, current: current)
            if let old = a.oldValue {
                try db.cachedStatement(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)").execute(arguments: [a.entityID, old])
            } else {
                try db.cachedStatement(sql: "DELETE FROM meta WHERE key = ?").execute(arguments: [a.entityID])
            }
            recorder.record(a.entity, a.entityID, a.field, old: a.newValue, new: a.oldValue)
            return
        }
        guard let table = EntityTable.forKind(a.entity) else { return }
        guard let current = try table.currentValue(db, id: a.entityID, field: a.field) else {
            throw UserError("cannot undo: \(a.entity.rawValue) \(a.entityID) no longer exists")
        }
        try ensureUnchanged(a, current: current)
        try table.set(db, id: a.entityID, field: a.field, value: a.oldValue)
        recorder.record(a.entity, a.entityID, a.field, old: a.newValue, new: a.oldValue)
    }

    func ensureUnchanged(_ a: Activity, current: String?) throws {
        // Numbers come back from CAST(… AS TEXT) in SQLite's spelling; compare loosely
        // for REAL columns ("8" vs "8.0").
        if current == a.newValue { return }
        if let c = current.flatMap(Double.init), let n = a.newValue.flatMap(Double.init), c == n { return }
        let who = try String.fetchOne(db.cachedStatement(sql: """
            SELECT actor FROM activity WHERE entity = ? AND entity_id = ? AND field = ? AND id > ?
            ORDER BY id DESC LIMIT 1
            """), arguments: [a.entity.rawValue, a.entityID, a.field, a.id]) ?? "someone"
        throw UserError("cannot undo: \(a.entityID) \(a.field) was changed since by \(who); nothing was changed")
    }

    /// Takes back the rate period a member edit added: the newest one of that member
    /// from that day (undo goes newest first, so it is the one this change wrote). The
    /// member's `rate` field is reverted by its own activity row.
    func removeRatePeriod(_ a: Activity) throws {
        guard let day = a.newValue?.split(separator: " ").first.map(String.init) else { return }
        try db.cachedStatement(sql: """
            DELETE FROM member_rates WHERE id = (
                SELECT id FROM member_rates WHERE member = ? AND effective_from = ? ORDER BY id DESC LIMIT 1)
            """).execute(arguments: [a.entityID, day])
        recorder.record(.member, a.entityID, a.field, old: a.newValue, new: nil)
    }

    /// Takes back a saved baseline; nothing else refers to one.
    func removeBaseline(_ a: Activity) throws {
        guard let name = a.newValue,
              let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM baselines WHERE project_key = ? AND name = ?"),
                                          arguments: [a.entityID, name]) else { return }
        try db.cachedStatement(sql: "DELETE FROM baseline_tasks WHERE baseline_id = ?").execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM baselines WHERE id = ?").execute(arguments: [id])
        recorder.record(.project, a.entityID, a.field, old: a.newValue, new: nil)
    }

    /// A removed holiday comes back from its activity row ("KEY YYYY-MM-DD name").
    func restoreHoliday(_ a: Activity) throws {
        let parts = (a.oldValue ?? "").split(separator: " ", maxSplits: 2).map(String.init)
        guard parts.count >= 2, let day = Day(iso: parts[1]) else { return }
        try db.cachedStatement(sql: "INSERT INTO holidays (id, project_key, date, name) VALUES (?, ?, ?, ?)")
            .execute(arguments: [Int64(a.entityID), parts[0], day.iso, parts.count > 2 ? parts[2] : ""])
        recorder.record(.holiday, a.entityID, "created", old: nil, new: a.oldValue)
    }

    func undoCreation(_ a: Activity) throws {
        switch a.entity {
        case .task:
            guard let id = TaskID(parsing: a.entityID) else { return }
            let entries = try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM time_entries WHERE project_key = ? AND number = ?"), arguments: [id.projectKey, id.number]) ?? 0
            if entries > 0 { throw UserError("cannot undo: time was logged on \(id) since; remove it with 'pace rm \(id)' instead") }
            let dependents = try String.fetchAll(db.cachedStatement(sql: "SELECT project_key || '-' || number FROM tasks WHERE ',' || dependencies || ',' LIKE ?"), arguments: ["%,\(id),%"])
            if !dependents.isEmpty {
                throw UserError("cannot undo: \(dependents.joined(separator: ", ")) now wait for \(id); remove it with 'pace rm \(id)' instead")
            }
        case .member:
            let uses = try Int.fetchOne(db.cachedStatement(sql: """
                SELECT (SELECT COUNT(*) FROM tasks WHERE assignee = ?) + (SELECT COUNT(*) FROM time_entries WHERE member = ?)
                     + (SELECT COUNT(*) FROM time_off WHERE member = ?)
                """), arguments: [a.entityID, a.entityID, a.entityID]) ?? 0
            if uses > 0 { throw UserError("cannot undo: \(a.entityID) has tasks, time or time off since") }
            // Their rate history goes with them: it only ever priced their own time.
            try db.cachedStatement(sql: "DELETE FROM member_rates WHERE member = ?").execute(arguments: [a.entityID])
        case .project:
            let uses = try Int.fetchOne(db.cachedStatement(sql: "SELECT (SELECT COUNT(*) FROM tasks WHERE project_key = ?) + (SELECT COUNT(*) FROM milestones WHERE project_key = ?)"), arguments: [a.entityID, a.entityID]) ?? 0
            if uses > 0 { throw UserError("cannot undo: project \(a.entityID) has tasks or milestones since") }
        case .milestone:
            let uses = try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM tasks WHERE milestone_id = ?"), arguments: [a.entityID]) ?? 0
            if uses > 0 { throw UserError("cannot undo: tasks were put in that milestone since") }
        case .timeEntry, .timeOff, .holiday, .workspace, .standup:
            break
        }
        guard let table = EntityTable.forKind(a.entity) else { return }
        guard try table.exists(db, id: a.entityID) else {
            throw UserError("cannot undo: \(a.entity.rawValue) \(a.entityID) no longer exists")
        }
        try table.delete(db, id: a.entityID)
        recorder.record(a.entity, a.entityID, "deleted", old: a.newValue, new: nil)
    }
}
