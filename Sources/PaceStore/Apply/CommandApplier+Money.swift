import Foundation
import GRDB
import PaceCore

extension CommandApplier {
    /// The project activity field of a saved baseline; undo removes the baseline it names.
    static let baselineField = "baseline"

    func saveBaseline(_ key: String, _ name: String, _ tasks: [BaselineTask]) throws -> ChangeOutcome {
        let p = try project(key)
        let n = name.trimmingCharacters(in: .whitespaces)
        guard !n.isEmpty else { throw UserError("a baseline needs a name") }
        if try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM baselines WHERE project_key = ? AND name = ? COLLATE NOCASE)"),
                             arguments: [p.key, n]) == true {
            // A baseline is what progress is measured against; overwriting one would
            // quietly move the goalposts, so a new plan takes a new name.
            throw UserError("baseline '\(n)' already exists in \(p.key): give the new one another name")
        }
        try db.cachedStatement(sql: "INSERT INTO baselines (project_key, name, created_at, created_by) VALUES (?, ?, ?, ?)")
            .execute(arguments: [p.key, n, Format.timestamp(now), recorder.actor])
        let id = db.lastInsertedRowID
        let insert = try db.cachedStatement(sql: """
            INSERT INTO baseline_tasks (baseline_id, number, milestone_id, planned_start, planned_finish, estimate_minutes, planned_cost_minor, currency)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for t in tasks where t.task.projectKey == p.key {
            try insert.execute(arguments: [id, t.task.number, t.milestoneID, t.plannedStart?.iso, t.plannedFinish?.iso,
                                           t.estimateMinutes, t.plannedCost?.minorUnits, t.plannedCost?.currency])
        }
        recorder.record(.project, p.key, Self.baselineField, old: nil, new: n)
        return try finish("saved baseline \(n) of \(p.key) (\(tasks.count) task\(tasks.count == 1 ? "" : "s"))")
    }
}
