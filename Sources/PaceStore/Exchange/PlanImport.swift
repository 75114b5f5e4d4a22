import Foundation
import GRDB
import PaceCore

extension SQLiteWorkspace {
    /// Writes an import in one transaction: the setup commands, then each task through
    /// the same `addTask` as `pace add` (so names are checked and activity is written),
    /// then what needs every task's id (time spent, dependencies, remaining work, blocking), then the
    /// other tool's dates, then its baseline. Any refusal rolls everything back and names
    /// the part of the file at fault. Tasks without a project of their own go to
    /// `projectKey` (else the default project). Returns the ids given, in task order.
    @discardableResult
    public func importPlan(_ plan: ImportPlan, projectKey: String?, actor: String, at: Date) throws -> [TaskID] {
        guard !isReadOnly else { throw StoreError.readOnly }
        return try guarded {
            try pool.writeWithoutTransaction { db in
                var ids: [TaskID] = []
                try db.inTransaction(.immediate) {
                    ids = try Self.write(plan, projectKey: projectKey, db: db, actor: actor, at: at)
                    return .commit
                }
                return ids
            }
        }
    }

    static func write(_ plan: ImportPlan, projectKey: String?, db: Database, actor: String, at: Date) throws -> [TaskID] {
        func apply(_ command: Command, _ source: String) throws -> ChangeOutcome {
            let recorder = ChangeRecorder(db: db, actor: actor, at: at)
            do {
                return try CommandApplier(db: db, recorder: recorder).apply(command)
            } catch let error as UserError {
                throw UserError("\(source): \(error.message)")
            }
        }
        for step in plan.setup { _ = try apply(step.command, step.source) }

        let target = plan.tasks.contains { $0.project == nil } ? try resolveProject(db, projectKey).key : nil
        var ids: [TaskID] = []
        for (i, t) in plan.tasks.enumerated() {
            var draft = t.draft
            draft.dependencies = []
            let outcome = try apply(.addTask(projectKey: t.project ?? target!, draft), "task \(i + 1) (\(t.draft.title))")
            ids.append(outcome.task!)
        }
        for (i, t) in plan.tasks.enumerated() {
            for entry in t.timeEntries {
                _ = try apply(.logTime(ids[i], member: entry.member, date: entry.date, minutes: entry.minutes, note: entry.note),
                              "task \(i + 1) (\(t.draft.title))")
            }
            var edit = TaskEdit()
            edit.addDependencies = t.dependsOn.map { ids[$0] }
            if let remaining = t.remainingMinutes { edit.remainingMinutes = .set(remaining) }
            if t.draft.status == .blocked {
                edit.status = .blocked
                edit.blockedReason = t.blockedReason ?? "blocked when imported"
            }
            if !edit.isEmpty { _ = try apply(.editTask(ids[i], edit), "task \(i + 1) (\(t.draft.title))") }
        }
        // The other tool's dates are history, not a change made now: they go into the
        // row as they were, with no activity of their own.
        for (i, t) in plan.tasks.enumerated() {
            if let created = t.created {
                try db.execute(sql: "UPDATE tasks SET created_at = ? WHERE project_key = ? AND number = ?",
                               arguments: [Format.timestamp(created), ids[i].projectKey, ids[i].number])
            }
            if let started = t.started {
                try db.execute(sql: "UPDATE tasks SET started_at = ? WHERE project_key = ? AND number = ?",
                               arguments: [Format.timestamp(started), ids[i].projectKey, ids[i].number])
            }
            if let completed = t.completed {
                try db.execute(sql: "UPDATE tasks SET completed_at = ? WHERE project_key = ? AND number = ?",
                               arguments: [Format.timestamp(completed), ids[i].projectKey, ids[i].number])
            }
        }
        if let baseline = plan.baseline {
            let tasks = try baseline.entries.map { entry -> BaselineTask in
                let id = ids[entry.task]
                let milestone = try Int64.fetchOne(db, sql: "SELECT milestone_id FROM tasks WHERE project_key = ? AND number = ?",
                                                   arguments: [id.projectKey, id.number])
                return BaselineTask(task: id, milestoneID: milestone, plannedStart: entry.plannedStart,
                                    plannedFinish: entry.plannedFinish, estimateMinutes: entry.estimateMinutes,
                                    plannedCost: entry.plannedCost)
            }
            _ = try apply(.saveBaseline(projectKey: baseline.projectKey, name: baseline.name, tasks: tasks),
                          "baseline \(baseline.name)")
        }
        return ids
    }
}

extension SQLiteWorkspace {
    /// Every member, without their time off: what an import matches names against,
    /// which works before the workspace has a project.
    public func allMembers() throws -> [Member] {
        try guarded {
            try pool.read { db in
                try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM members ORDER BY handle")).map { RowCodec.member($0, timeOff: []) }
            }
        }
    }
}
