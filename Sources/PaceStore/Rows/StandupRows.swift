import Foundation
import GRDB
import PaceCore

/// Reading standups with their turns and notes, and the text forms their list columns
/// are kept in.
enum StandupRows {
    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map(String.init)
    }

    static func text(_ handles: [String]) -> String { handles.joined(separator: ",") }

    static func session(_ db: Database, id: Int64) throws -> StandupSession? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM standups WHERE id = ?"), arguments: [id]) else {
            return nil
        }
        return try session(db, row: row)
    }

    /// The standup running in a project, if any.
    static func running(_ db: Database, projectKey: String) throws -> StandupSession? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM standups WHERE project_key = ? AND ended_at IS NULL"), arguments: [projectKey]) else {
            return nil
        }
        return try session(db, row: row)
    }

    /// Finished standups of a project, newest first.
    static func finished(_ db: Database, projectKey: String) throws -> [StandupSession] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM standups WHERE project_key = ? AND ended_at IS NOT NULL ORDER BY started_at DESC, id DESC"), arguments: [projectKey])
            .map { try session(db, row: $0) }
    }

    /// The most recent standup of a project, running or finished: the next one's
    /// "since" starts at its start.
    static func latest(_ db: Database, projectKey: String) throws -> StandupSession? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM standups WHERE project_key = ? ORDER BY started_at DESC, id DESC LIMIT 1"), arguments: [projectKey]) else {
            return nil
        }
        return try session(db, row: row)
    }

    static func session(_ db: Database, row: Row) throws -> StandupSession {
        let id: Int64 = row["id"]
        let turns = try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM standup_turns WHERE standup_id = ? ORDER BY id"), arguments: [id]).map { r in
            StandupTurn(handle: r["handle"], startedAt: RowCodec.date(r["started_at"]) ?? .distantPast,
                        endedAt: RowCodec.date(r["ended_at"]) ?? .distantPast, seconds: r["seconds"], overrunSeconds: r["overrun_seconds"])
        }
        let notes = try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM standup_notes WHERE standup_id = ? ORDER BY id"), arguments: [id]).map { r in
            StandupNote(id: r["id"], handle: r["handle"], kind: StandupNote.Kind(rawValue: r["kind"]) ?? .note, text: r["text"],
                        task: (r["task"] as String?).flatMap { TaskID(parsing: $0) }, unblocker: r["unblocker"],
                        author: r["author"], at: RowCodec.date(r["at"]) ?? .distantPast)
        }
        let started = RowCodec.date(row["started_at"]) ?? .distantPast
        return StandupSession(
            id: id, projectKey: row["project_key"], startedAt: started, endedAt: RowCodec.date(row["ended_at"]),
            facilitator: row["facilitator"], since: RowCodec.date(row["since"]) ?? started,
            order: list(row["speaker_order"]), skipped: list(row["skipped"]), current: row["current_index"],
            speakerStartedAt: RowCodec.date(row["speaker_started_at"]), pausedAt: RowCodec.date(row["paused_at"]),
            pausedSeconds: row["paused_seconds"], timeboxSeconds: row["timebox_seconds"], turns: turns, notes: notes)
    }
}
