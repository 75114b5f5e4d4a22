import Foundation
import GRDB
import PaceCore

extension CommandApplier {
    func addProject(_ p: Project) throws -> ChangeOutcome {
        let key = p.key.uppercased()
        guard ProjectKey.isValid(key) else { throw UserError("invalid project key '\(p.key)': use \(ProjectKey.rule)") }
        guard !p.name.trimmingCharacters(in: .whitespaces).isEmpty else { throw UserError("a project needs a name") }
        if try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM projects WHERE key = ?)"), arguments: [key]) == true {
            throw UserError("project \(key) already exists (change it with: pace project edit \(key) …)")
        }
        try validate(project: p)
        try db.cachedStatement(sql: """
            INSERT INTO projects (key, name, client, start_date, target_date, budget_minor, currency,
                hours_budget_minutes, status, hours_per_day, next_number, created_at,
                default_estimate_minutes, milestone_buffer_days)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)
            """).execute(arguments: [key, p.name, p.client, p.startDate?.iso, p.targetDate?.iso, p.budget?.minorUnits,
                             p.budget?.currency, p.hoursBudgetMinutes, p.status.rawValue, p.hoursPerDay,
                             Format.timestamp(now), p.defaultEstimateMinutes, p.milestoneBufferDays])
        recorder.record(.project, key, "created", old: nil, new: p.name)
        // The first project becomes the default, so a one-project team never types --project.
        if try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = 'default-project'")) == nil {
            try db.cachedStatement(sql: "INSERT INTO meta (key, value) VALUES ('default-project', ?)").execute(arguments: [key])
            recorder.record(.workspace, "default-project", "value", old: nil, new: key)
        }
        return try finish("added project \(key) \(p.name)")
    }

    func validate(project p: Project) throws {
        if let s = p.startDate, let t = p.targetDate, t < s {
            throw UserError("the target date \(t.iso) is before the start date \(s.iso)")
        }
        guard p.hoursPerDay > 0 && p.hoursPerDay <= 24 else { throw UserError("hours per day must be between 0 and 24") }
        guard p.defaultEstimateMinutes > 0 else { throw UserError("the default estimate must be more than 0 hours") }
        guard (0...60).contains(p.milestoneBufferDays) else { throw UserError("the milestone buffer must be between 0 and 60 working days") }
        if let b = p.budget, b.minorUnits < 0 { throw UserError("a budget cannot be negative") }
    }

    func editProject(_ key: String, _ edit: ProjectEdit) throws -> ChangeOutcome {
        guard !edit.isEmpty else { throw UserError("nothing to change: give at least one field to edit") }
        let old = try project(key)
        var p = old
        if let n = edit.name { p.name = n }
        if let c = edit.client { p.client = c }
        p.startDate = edit.startDate.applied(to: p.startDate)
        p.targetDate = edit.targetDate.applied(to: p.targetDate)
        p.budget = edit.budget.applied(to: p.budget)
        p.hoursBudgetMinutes = edit.hoursBudgetMinutes.applied(to: p.hoursBudgetMinutes)
        if let s = edit.status { p.status = s }
        if let h = edit.hoursPerDay { p.hoursPerDay = h }
        if let e = edit.defaultEstimateMinutes { p.defaultEstimateMinutes = e }
        if let b = edit.milestoneBufferDays { p.milestoneBufferDays = b }
        try validate(project: p)
        try writeFields(.project, id: old.key, old: RowCodec.projectFields(old), new: RowCodec.projectFields(p))
        return try finish("edited project \(old.key)")
    }

    func setDefaultProject(_ key: String) throws -> ChangeOutcome {
        let p = try project(key)
        let old = try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = 'default-project'"))
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('default-project', ?)").execute(arguments: [p.key])
        recorder.record(.workspace, "default-project", "value", old: old, new: p.key)
        return try finish("default project is \(p.key)")
    }

    func addHoliday(_ key: String, _ holiday: Holiday) throws -> ChangeOutcome {
        let p = try project(key)
        if try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM holidays WHERE project_key = ? AND date = ?)"),
                             arguments: [p.key, holiday.date.iso]) == true {
            throw UserError("\(holiday.date.iso) is already a holiday of \(p.key)")
        }
        try db.cachedStatement(sql: "INSERT INTO holidays (project_key, date, name) VALUES (?, ?, ?)")
            .execute(arguments: [p.key, holiday.date.iso, holiday.name])
        let id = db.lastInsertedRowID
        recorder.record(.holiday, String(id), "created", old: nil, new: "\(p.key) \(holiday.date.iso) \(holiday.name)")
        return try finish("\(holiday.date.iso) is a holiday in \(p.key)" + (holiday.name.isEmpty ? "" : " (\(holiday.name))"))
    }

    func removeHoliday(_ key: String, _ date: Day) throws -> ChangeOutcome {
        let p = try project(key)
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, name FROM holidays WHERE project_key = ? AND date = ?"),
                                         arguments: [p.key, date.iso]) else {
            throw UserError("\(date.iso) is not a holiday of \(p.key)")
        }
        let id: Int64 = row["id"]
        let name: String = row["name"]
        try db.cachedStatement(sql: "DELETE FROM holidays WHERE id = ?").execute(arguments: [id])
        recorder.record(.holiday, String(id), "deleted", old: "\(p.key) \(date.iso) \(name)", new: nil)
        return try finish("\(date.iso) is no longer a holiday in \(p.key)")
    }

    func validate(member m: Member) throws {
        guard !m.name.trimmingCharacters(in: .whitespaces).isEmpty else { throw UserError("a member needs a name") }
        guard m.weeklyCapacityMinutes >= 0, m.weeklyCapacityMinutes <= 168 * 60 else {
            throw UserError("weekly capacity must be between 0 and 168 hours")
        }
        if let r = m.hourlyRate, r.minorUnits < 0 { throw UserError("an hourly rate cannot be negative") }
    }

    func addMember(_ m: Member) throws -> ChangeOutcome {
        let handle = Handle.normalize(m.handle)
        guard Handle.isValid(handle) else { throw UserError("invalid handle '\(m.handle)': use \(Handle.rule)") }
        if try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM members WHERE handle = ?)"), arguments: [handle]) == true {
            throw UserError("member \(handle) already exists (change them with: pace member edit \(handle) …)")
        }
        try validate(member: m)
        try db.cachedStatement(sql: """
            INSERT INTO members (handle, name, role, weekly_capacity_minutes, working_days, rate_minor, currency, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [handle, m.name, m.role, m.weeklyCapacityMinutes, RowCodec.workingDaysText(m.workingDays),
                             m.hourlyRate?.minorUnits, m.hourlyRate?.currency, Format.timestamp(now)])
        recorder.record(.member, handle, "created", old: nil, new: m.name)
        if let rate = m.hourlyRate {
            // From the earliest day, like the rates the v4 migration carried over: time
            // logged back-dated before the member was added is priced at this rate too.
            try insertRatePeriod(handle, from: Self.rateEpoch, rate: rate)
        }
        return try finish("added member \(handle) (\(m.name))")
    }

    func editMember(_ handle: String, _ edit: MemberEdit) throws -> ChangeOutcome {
        guard !edit.isEmpty else { throw UserError("nothing to change: give at least one field to edit") }
        let h = try requireMember(handle)
        let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM members WHERE handle = ?"), arguments: [h])!
        let old = RowCodec.member(row, timeOff: [])
        var m = old
        if let n = edit.name { m.name = n }
        if let r = edit.role { m.role = r }
        if let c = edit.weeklyCapacityMinutes { m.weeklyCapacityMinutes = c }
        if let d = edit.workingDays { m.workingDays = d }
        if edit.hourlyRate != .keep {
            let rate = edit.hourlyRate.applied(to: nil)
            if let r = rate, r.minorUnits < 0 { throw UserError("an hourly rate cannot be negative") }
            let from = edit.rateEffectiveFrom ?? Day(now, in: .current)
            try insertRatePeriod(h, from: from, rate: rate)
            recorder.record(.member, h, Self.rateHistoryField, old: nil, new: "\(from.iso) \(rate?.description ?? "none")")
            // The member's own rate stays the latest one in force, so a change back-dated
            // behind a later one only rewrites history from its day, not today's rate.
            m.hourlyRate = try latestRate(h)
        } else if edit.rateEffectiveFrom != nil {
            throw UserError("--from needs --rate: it says from when a new rate applies")
        }
        try validate(member: m)
        try writeFields(.member, id: h, old: RowCodec.memberFields(old), new: RowCodec.memberFields(m))
        return try finish("edited member \(h)")
    }

    /// The activity field of a rate period; undo removes the period it names.
    static let rateHistoryField = "rate-from"
    static let rateEpoch = Day(iso: "1970-01-01")!

    func insertRatePeriod(_ handle: String, from: Day, rate: Money?) throws {
        try db.cachedStatement(sql: "INSERT INTO member_rates (member, effective_from, rate_minor, currency) VALUES (?, ?, ?, ?)")
            .execute(arguments: [handle, from.iso, rate?.minorUnits, rate?.currency])
    }

    func latestRate(_ handle: String) throws -> Money? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT rate_minor, currency FROM member_rates WHERE member = ? ORDER BY effective_from DESC, id DESC LIMIT 1
            """), arguments: [handle]) else { return nil }
        let minor: Int64? = row["rate_minor"]
        let currency: String? = row["currency"]
        return minor.map { Money(minorUnits: $0, currency: currency ?? "EUR") }
    }

    func addTimeOff(_ handle: String, _ range: DayRange, _ note: String) throws -> ChangeOutcome {
        let h = try requireMember(handle)
        guard range.dayCount <= 366 else { throw UserError("time off longer than a year: give a shorter range") }
        try db.cachedStatement(sql: "INSERT INTO time_off (member, start_date, end_date, note) VALUES (?, ?, ?, ?)").execute(arguments: [h, range.start.iso, range.end.iso, note])
        let id = db.lastInsertedRowID
        let span = range.start == range.end ? range.start.iso : "\(range.start.iso)..\(range.end.iso)"
        recorder.record(.timeOff, String(id), "created", old: nil, new: "\(h) \(span)")
        return try finish("\(h) is off \(span)")
    }

    func addMilestone(_ key: String, _ name: String, _ due: Day?, _ description: String) throws -> ChangeOutcome {
        let p = try project(key)
        let n = name.trimmingCharacters(in: .whitespaces)
        guard !n.isEmpty else { throw UserError("a milestone needs a name") }
        guard !n.contains(",") else { throw UserError("a milestone name cannot contain ','") }
        if try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM milestones WHERE project_key = ? AND name = ? COLLATE NOCASE)"), arguments: [p.key, n]) == true {
            throw UserError("milestone '\(n)' already exists in \(p.key)")
        }
        try db.cachedStatement(sql: "INSERT INTO milestones (project_key, name, due_date, description) VALUES (?, ?, ?, ?)").execute(arguments: [p.key, n, due?.iso, description])
        let id = db.lastInsertedRowID
        recorder.record(.milestone, String(id), "created", old: nil, new: "\(p.key) \(n)")
        if let due { recorder.record(.milestone, String(id), "due", old: nil, new: due.iso) }
        return try finish("added milestone \(n) to \(p.key)")
    }

    func editMilestone(_ key: String, _ name: String, _ edit: MilestoneEdit) throws -> ChangeOutcome {
        guard !edit.isEmpty else { throw UserError("nothing to change: give at least one field to edit") }
        let p = try project(key)
        let id = try milestoneID(project: p.key, name: name)
        let old = RowCodec.milestone(try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM milestones WHERE id = ?"), arguments: [id])!)
        var m = old
        if let n = edit.name?.trimmingCharacters(in: .whitespaces) {
            guard !n.isEmpty, !n.contains(",") else { throw UserError("a milestone needs a name without ','") }
            if n.lowercased() != old.name.lowercased(),
               try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM milestones WHERE project_key = ? AND name = ? COLLATE NOCASE)"), arguments: [p.key, n]) == true {
                throw UserError("milestone '\(n)' already exists in \(p.key)")
            }
            m.name = n
        }
        m.due = edit.due.applied(to: m.due)
        if let d = edit.description { m.description = d }
        try writeFields(.milestone, id: String(id), old: RowCodec.milestoneFields(old), new: RowCodec.milestoneFields(m))
        return try finish("edited milestone \(m.name)")
    }
}
