import Foundation

/// Everything a report is built from, read by the caller in one go: reports read no
/// clock and no store, so the same input always gives the same report.
public struct ReportInput: Sendable {
    public var snapshot: ProjectSnapshot
    /// The project's tasks removed with `pace rm`: their time was spent all the same,
    /// and their blockers and removal are part of the story a debrief tells.
    public var removedTasks: [ProjectTask]
    /// The forecast of the open work as of `now`.
    public var schedule: Schedule
    /// Activity rows in any order; rows of other projects are ignored.
    public var activity: [Activity]
    /// The project's time entries, removed tasks' included.
    public var entries: [TimeEntry]
    public var rates: RateHistory
    /// What to measure against; nil when none was saved.
    public var baseline: Baseline?
    public var now: Now

    public init(snapshot: ProjectSnapshot, removedTasks: [ProjectTask] = [], schedule: Schedule, activity: [Activity],
                entries: [TimeEntry], rates: RateHistory, baseline: Baseline?, now: Now) {
        self.snapshot = snapshot
        self.removedTasks = removedTasks
        self.schedule = schedule
        self.activity = activity
        self.entries = entries
        self.rates = rates
        self.baseline = baseline
        self.now = now
    }

    public var today: Day { now.today }
    public var project: Project { snapshot.project }

    /// Money figures make sense once there is a budget or anyone has a rate; otherwise
    /// the reports speak in hours only.
    public var hasMoney: Bool {
        if snapshot.project.budget != nil { return true }
        if rates.currentRates.values.contains(where: { $0.minorUnits > 0 }) { return true }
        return rates.periods.values.contains { $0.contains { $0.rate != nil } }
    }

    /// Titles of live and removed tasks, and of tasks known only from the log.
    func titles(histories: [TaskID: TaskHistory]) -> [TaskID: String] {
        var out: [TaskID: String] = [:]
        for (id, h) in histories { if let t = h.createdTitle { out[id] = t } }
        for t in removedTasks { out[t.id] = t.title }
        for t in snapshot.tasks { out[t.id] = t.title }
        return out
    }
}
