import Foundation
import GRDB
import PaceCore

/// Runs one `Command` inside an open write transaction: validates it against the
/// workspace, writes rows, and records every changed field with the recorder. Throwing
/// anywhere rolls the whole transaction back.
struct CommandApplier {
    let db: Database
    let recorder: ChangeRecorder
    var now: Date { recorder.at }

    func apply(_ command: Command) throws -> ChangeOutcome {
        switch command {
        case .addProject(let p): return try addProject(p)
        case .editProject(let key, let edit): return try editProject(key, edit)
        case .setDefaultProject(let key): return try setDefaultProject(key)
        case .addHoliday(let key, let holiday): return try addHoliday(key, holiday)
        case .removeHoliday(let key, let date): return try removeHoliday(key, date)
        case .addMember(let m): return try addMember(m)
        case .editMember(let handle, let edit): return try editMember(handle, edit)
        case .addTimeOff(let handle, let range, let note): return try addTimeOff(handle, range, note)
        case .addMilestone(let key, let name, let due, let description):
            return try addMilestone(key, name, due, description)
        case .editMilestone(let key, let name, let edit): return try editMilestone(key, name, edit)
        case .addTask(let key, let draft): return try addTask(key, draft)
        case .editTask(let id, let edit): return try editTask(id, edit)
        case .setStatus(let id, let status, let reason): return try setStatus(id, status, reason)
        case .logTime(let id, let member, let date, let minutes, let note):
            return try logTime(id, member, date, minutes, note)
        case .removeTask(let id): return try setRemoved(id, removed: true)
        case .restoreTask(let id): return try setRemoved(id, removed: false)
        case .undo: return try Undo(db: db, recorder: recorder).undoLast()
        case .startStandup(let key, let order, let skipped, let timebox, let since):
            return try startStandup(key, order: order, skipped: skipped, timeboxSeconds: timebox, since: since)
        case .standupNext(let id): return try standupNext(id)
        case .standupPrevious(let id): return try standupPrevious(id)
        case .standupSkip(let id, let handle): return try standupSkip(id, handle)
        case .standupPause(let id): return try standupPause(id)
        case .standupResume(let id): return try standupResume(id)
        case .standupNote(let id, let handle, let kind, let text, let task, let unblocker):
            return try standupNote(id, handle, kind, text, task, unblocker)
        case .takeOverStandup(let id): return try takeOverStandup(id)
        case .endStandup(let id): return try endStandup(id)
        case .saveBaseline(let key, let name, let tasks): return try saveBaseline(key, name, tasks)
        }
    }

    func finish(_ summary: String, task: TaskID? = nil) throws -> ChangeOutcome {
        guard !recorder.isEmpty else {
            throw UserError("nothing to change: \(summary) already holds")
        }
        let id = try recorder.commit(summary: summary)
        return ChangeOutcome(changeID: id, summary: summary, task: task)
    }

    // MARK: - Lookups

    func project(_ key: String) throws -> Project {
        try SQLiteWorkspace.resolveProject(db, key)
    }

    func requireMember(_ handle: String) throws -> String {
        let h = Handle.normalize(handle)
        if try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM members WHERE handle = ?)"), arguments: [h]) == true {
            return h
        }
        throw UserError.notFound("member", h, among: try String.fetchAll(db.cachedStatement(sql: "SELECT handle FROM members")))
    }

    func task(_ id: TaskID, includingRemoved: Bool = false) throws -> ProjectTask {
        if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT \(RowCodec.taskColumns) FROM tasks WHERE project_key = ? AND number = ?"), arguments: [id.projectKey, id.number]),
           includingRemoved || (row[18] as String?) == nil {
            let spent = try Int.fetchOne(db.cachedStatement(sql: "SELECT COALESCE(SUM(minutes), 0) FROM time_entries WHERE project_key = ? AND number = ?"), arguments: [id.projectKey, id.number]) ?? 0
            return RowCodec.task(row, spent: spent)
        }
        let ids = try Row.fetchAll(db.cachedStatement(sql: "SELECT project_key, number FROM tasks WHERE deleted_at IS NULL"))
            .map { "\($0["project_key"] as String)-\($0["number"] as Int)" }
        throw UserError.notFound("task", id.description, among: ids)
    }

    func milestoneID(project: String, name: String) throws -> Int64 {
        if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM milestones WHERE project_key = ? AND name = ? COLLATE NOCASE"), arguments: [project, name]) {
            return id
        }
        let names = try String.fetchAll(db.cachedStatement(sql: "SELECT name FROM milestones WHERE project_key = ?"), arguments: [project])
        throw UserError.notFound("milestone", name, among: names)
    }

    func milestoneName(_ id: Int64?) throws -> String? {
        guard let id else { return nil }
        return try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM milestones WHERE id = ?"), arguments: [id])
    }

    // MARK: - Writing rows with their activity

    /// Updates the changed columns of an entity and records each as activity.
    func writeFields(_ table: EntityTable, id: String, old: [(String, String?)], new: [(String, String?)]) throws {
        for ((field, before), (_, after)) in zip(old, new) where before != after {
            try table.set(db, id: id, field: field, value: after)
            recorder.record(table.kind, id, field, old: before, new: after)
        }
    }

    func touch(_ id: TaskID) throws {
        try db.cachedStatement(sql: "UPDATE tasks SET updated_at = ? WHERE project_key = ? AND number = ?").execute(arguments: [Format.timestamp(now), id.projectKey, id.number])
    }

    func writeTask(old: ProjectTask, new: ProjectTask) throws {
        try writeFields(.task, id: old.id.description, old: RowCodec.taskFields(old), new: RowCodec.taskFields(new))
        try touch(old.id)
    }
}
