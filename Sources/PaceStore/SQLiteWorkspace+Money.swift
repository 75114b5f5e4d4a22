import Foundation
import GRDB
import PaceCore

extension SQLiteWorkspace {
    /// Every member's rate periods with the members' current rates as the fallback, so
    /// cost can be priced at the rate in force on each day.
    public func rateHistory() throws -> RateHistory {
        try guarded { try pool.read { db in try Self.readRateHistory(db) } }
    }

    /// What the project's money is computed from — its time entries, every rate period
    /// and the latest baseline — read in one transaction, so the figures agree.
    public func ledger(projectKey: String) throws -> ProjectLedger {
        try guarded {
            try pool.read { db in
                ProjectLedger(entries: try Self.readTimeEntries(db, projectKey: projectKey), rates: try Self.readRateHistory(db),
                              baseline: try Self.readBaselines(db, projectKey: projectKey).last)
            }
        }
    }

    static func readRateHistory(_ db: Database) throws -> RateHistory {
        let members = try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM members ORDER BY handle")).map {
            RowCodec.member($0, timeOff: [])
        }
        let periods = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT member, effective_from, rate_minor, currency FROM member_rates ORDER BY member, effective_from, id
            """)).compactMap { row -> RatePeriod? in
            guard let day = Day(iso: row["effective_from"] as String) else { return nil }
            let minor: Int64? = row["rate_minor"]
            let currency: String? = row["currency"]
            return RatePeriod(member: row["member"], effectiveFrom: day,
                              rate: minor.map { Money(minorUnits: $0, currency: currency ?? "EUR") })
        }
        return RateHistory(periods: periods, members: members)
    }

    /// The project's baselines, oldest first, each with its tasks.
    public func baselines(projectKey: String) throws -> [Baseline] {
        try guarded { try pool.read { db in try Self.readBaselines(db, projectKey: projectKey) } }
    }

    static func readBaselines(_ db: Database, projectKey: String) throws -> [Baseline] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM baselines WHERE project_key = ? ORDER BY id"),
                         arguments: [projectKey]).map { row in
            let id: Int64 = row["id"]
            let tasks = try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM baseline_tasks WHERE baseline_id = ? ORDER BY number"),
                                         arguments: [id]).map { t -> BaselineTask in
                let minor: Int64? = t["planned_cost_minor"]
                let currency: String? = t["currency"]
                return BaselineTask(task: TaskID(projectKey: projectKey, number: t["number"]), milestoneID: t["milestone_id"],
                                    plannedStart: (t["planned_start"] as String?).flatMap { Day(iso: $0) },
                                    plannedFinish: (t["planned_finish"] as String?).flatMap { Day(iso: $0) },
                                    estimateMinutes: t["estimate_minutes"],
                                    plannedCost: minor.map { Money(minorUnits: $0, currency: currency ?? "EUR") })
            }
            return Baseline(id: id, projectKey: projectKey, name: row["name"],
                            created: Format.parseTimestamp(row["created_at"]) ?? Date(timeIntervalSince1970: 0),
                            createdBy: row["created_by"], tasks: tasks)
        }
    }

    /// The named baseline (any case), else the latest; nil when the project has none.
    public func baseline(projectKey: String, name: String?) throws -> Baseline? {
        let all = try baselines(projectKey: projectKey)
        guard let name else { return all.last }
        guard let b = all.last(where: { $0.name.lowercased() == name.lowercased() }) else {
            let names = all.map(\.name)
            throw UserError("no baseline '\(name)' in \(projectKey)" + (names.isEmpty ? " (save one with: pace baseline save)" : " — there are: \(names.joined(separator: ", "))"))
        }
        return b
    }
}
