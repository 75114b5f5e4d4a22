extension ScheduleInput {
    /// The forecast input for one project: its tasks, members and milestones, with the
    /// project's holidays, default estimate and milestone buffer. Work a member has in
    /// other projects is not seen here (each project is forecast on its own).
    public static func forProject(_ snapshot: ProjectSnapshot, now: Now) -> ScheduleInput {
        ScheduleInput(tasks: snapshot.tasks, members: snapshot.members, milestones: snapshot.milestones, now: now,
                      holidays: Set(snapshot.holidays.map(\.date)),
                      defaultEstimateMinutes: snapshot.project.defaultEstimateMinutes,
                      milestoneBufferWorkingDays: snapshot.project.milestoneBufferDays)
    }
}

/// How a hypothetical change moves a milestone's forecast ("beta: Dec 15 → Dec 12").
public struct MilestoneShift: Hashable, Sendable {
    public var milestone: String
    public var before: Day?
    public var after: Day?
    public var statusBefore: MilestoneForecast.Status
    public var statusAfter: MilestoneForecast.Status

    public init(milestone: String, before: Day?, after: Day?, statusBefore: MilestoneForecast.Status,
                statusAfter: MilestoneForecast.Status) {
        self.milestone = milestone
        self.before = before
        self.after = after
        self.statusBefore = statusBefore
        self.statusAfter = statusAfter
    }

    /// Milestones whose forecast date or status differs between two schedules.
    public static func between(_ old: Schedule, _ new: Schedule) -> [MilestoneShift] {
        new.milestones.compactMap { m in
            let before = old.milestone(id: m.milestone.id)
            guard before?.forecastDay != m.forecastDay || before?.status != m.status else { return nil }
            return MilestoneShift(milestone: m.milestone.name, before: before?.forecastDay, after: m.forecastDay,
                                  statusBefore: before?.status ?? .onTrack, statusAfter: m.status)
        }
    }

    /// "beta Dec 15 → Dec 12 (on track)"
    public func describe(today: Day) -> String {
        let b = before.map { Format.shortDate($0, today: today) } ?? "—"
        let a = after.map { Format.shortDate($0, today: today) } ?? "—"
        return "\(milestone) \(b) → \(a) (\(statusAfter.label))"
    }
}

extension MilestoneForecast.Status {
    public var label: String {
        switch self {
        case .onTrack: "on track"
        case .atRisk: "at risk"
        case .late: "late"
        }
    }
}

extension ScheduledTask {
    /// One link of a driving chain as a person reads it: "WEB-12 Dec 2→Dec 4, waits for WEB-7".
    public func chainText(title: String?, today: Day) -> String {
        let span = "\(Format.shortDate(startDay, today: today))→\(Format.shortDate(finishDay, today: today))"
        return "\(id) \(title ?? "") \(span), \(startedBecause)"
    }
}
