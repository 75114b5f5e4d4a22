import PaceCore

/// The burndown view: which milestone (or the whole project) is charted, and the days
/// the last replay of the activity log gave for it.
public struct BurndownState: Hashable, Sendable {
    /// Row 0 is the whole project, then the milestones in the snapshot's order.
    public var list = ListState()
    /// What is asked of the store, and what `days` were computed for.
    public var requested: BurndownRequest?
    public var loadedFor: BurndownRequest?
    public var days: [BurndownDay]?
    public var error: String?

    public init() {}
}

/// One burndown to replay: a project, or one milestone of it, over a range of days, as
/// of a change token (so a change on disk asks again).
public struct BurndownRequest: Hashable, Sendable {
    public var projectKey: String
    public var milestoneID: Int64?
    public var from: Day
    public var through: Day
    public var token: Int64

    public init(projectKey: String, milestoneID: Int64?, from: Day, through: Day, token: Int64) {
        self.projectKey = projectKey
        self.milestoneID = milestoneID
        self.from = from
        self.through = through
        self.token = token
    }
}

extension AppState {
    /// The milestone of a burndown row; nil is the whole project.
    func burndownMilestone(row: Int?) -> Milestone? {
        guard let row, row > 0, let snapshot, row - 1 < snapshot.milestones.count else { return nil }
        return snapshot.milestones[row - 1]
    }

    /// The charted milestone, nil for the whole project.
    public var burndownMilestone: Milestone? { burndownMilestone(row: burndown.list.selected) }

    /// The day the chart ends: the milestone's due date (or the project's target) when it
    /// is still ahead, so the ideal line has somewhere to go; else today.
    public var burndownEnd: Day {
        let target = burndownMilestone.map { $0.due } ?? snapshot?.project.targetDate
        return max(today, target ?? today)
    }

    /// The first day charted: the project's start, else the day its first task was made.
    var burndownStart: Day {
        guard let snapshot else { return today }
        let first = snapshot.tasks.map(\.created).min().map { Day($0, in: now.timeZone) }
        return min(today, snapshot.project.startDate ?? first ?? today)
    }

    /// The request for the chart on screen, or nil when it is already loaded or asked for.
    mutating func burndownRequestIfNeeded() -> BurndownRequest? {
        guard let snapshot else { return nil }
        burndown.list.itemCount = snapshot.milestones.count + 1
        let request = BurndownRequest(projectKey: snapshot.project.key, milestoneID: burndownMilestone?.id,
                                      from: burndownStart, through: today, token: snapshot.token)
        guard request != burndown.requested else { return nil }
        burndown.requested = request
        return request
    }

    /// The milestone to chart first: the one selected in the deadlines pane, else the
    /// current task's, else the next one due, else the whole project.
    func initialBurndownRow() -> Int {
        guard let snapshot else { return 0 }
        var id: Int64?
        if screen == .dashboard, focus == .deadlines, let i = deadlineList.selected, i < deadlines.count,
           case .milestone(let m) = deadlines[i].kind {
            id = m
        }
        id = id ?? currentTask?.milestoneID
        if id == nil {
            id = snapshot.milestones.compactMap { m in m.due.map { (m.id, $0) } }.filter { $0.1 >= today }.min { $0.1 < $1.1 }?.0
        }
        guard let id, let i = snapshot.milestones.firstIndex(where: { $0.id == id }) else { return 0 }
        return i + 1
    }
}
