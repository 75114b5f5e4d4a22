import Foundation
import GRDB
import PaceCore

extension SQLiteWorkspace {
    /// Adds imported tasks to a project in one transaction: each task through the same
    /// `addTask` as `pace add` (so names are checked and activity is written), then the
    /// dependencies between them once all have ids, then the creation and completion
    /// dates the other tool recorded. Any refusal rolls everything back.
    /// Returns the ids given, in the order of `tasks`.
    @discardableResult
    public func importTasks(_ tasks: [ImportedTask], projectKey: String?, actor: String, at: Date) throws -> [TaskID] {
        guard !isReadOnly else { throw StoreError.readOnly }
        return try guarded {
            try pool.writeWithoutTransaction { db in
                var ids: [TaskID] = []
                try db.inTransaction(.immediate) {
                    let project = try Self.resolveProject(db, projectKey)
                    for (i, t) in tasks.enumerated() {
                        let recorder = ChangeRecorder(db: db, actor: actor, at: at)
                        var draft = t.draft
                        draft.dependencies = []
                        do {
                            let outcome = try CommandApplier(db: db, recorder: recorder).apply(.addTask(projectKey: project.key, draft))
                            ids.append(outcome.task!)
                        } catch let error as UserError {
                            throw UserError("task \(i + 1) (\(t.draft.title)): \(error.message)")
                        }
                    }
                    for (i, t) in tasks.enumerated() where !t.dependsOn.isEmpty {
                        var edit = TaskEdit()
                        edit.addDependencies = t.dependsOn.map { ids[$0] }
                        let recorder = ChangeRecorder(db: db, actor: actor, at: at)
                        do {
                            _ = try CommandApplier(db: db, recorder: recorder).apply(.editTask(ids[i], edit))
                        } catch let error as UserError {
                            throw UserError("task \(i + 1) (\(t.draft.title)): \(error.message)")
                        }
                    }
                    // The other tool's dates are history, not a change made now: they
                    // go into the row as they were, with no activity of their own.
                    for (i, t) in tasks.enumerated() {
                        if let created = t.created {
                            try db.execute(sql: "UPDATE tasks SET created_at = ? WHERE project_key = ? AND number = ?",
                                           arguments: [Format.timestamp(created), ids[i].projectKey, ids[i].number])
                        }
                        if let completed = t.completed {
                            try db.execute(sql: "UPDATE tasks SET completed_at = ? WHERE project_key = ? AND number = ?",
                                           arguments: [Format.timestamp(completed), ids[i].projectKey, ids[i].number])
                        }
                    }
                    return .commit
                }
                return ids
            }
        }
    }
}
