import Foundation

/// One task's life as the activity log tells it: when it was made and with what
/// estimate, how the estimate moved, when work began, who it passed between, and each
/// time it sat blocked. Reports read causes from this, never from the task's current
/// fields alone, since those only say how things ended.
public struct TaskHistory: Hashable, Sendable {
    public struct EstimateChange: Hashable, Sendable {
        public var at: Date
        public var actor: String
        public var old: Int?
        public var new: Int?
    }

    public struct Reassignment: Hashable, Sendable {
        public var at: Date
        public var from: String
        public var to: String?
    }

    public var id: TaskID
    public var created: Date?
    public var createdTitle: String?
    /// The estimate the task was made with, else the first one it was given.
    public var originalEstimateMinutes: Int?
    /// Every later change of the estimate, in order.
    public var estimateChanges: [EstimateChange] = []
    /// The first move to in progress or review.
    public var firstStarted: Date?
    public var blocked: [BlockedSpan] = []
    /// Moves from one assignee to another (or to nobody); a first assignment is not one.
    public var reassignments: [Reassignment] = []

    public init(id: TaskID) { self.id = id }

    /// Histories of every task of `projectKey` the log mentions. Rows are replayed in
    /// (time, id) order whatever order they come in.
    public static func build(activity: [Activity], projectKey: String) -> [TaskID: TaskHistory] {
        let prefix = projectKey + "-"
        let rows = activity.filter { $0.entity == .task && $0.entityID.hasPrefix(prefix) }
            .sorted { ($0.at, $0.id) < ($1.at, $1.id) }
        var out: [TaskID: TaskHistory] = [:]
        var createdIn: [TaskID: Int64] = [:]
        // A reason written in the same change as the move to blocked may come first.
        var pendingReason: [TaskID: (change: Int64, reason: String)] = [:]
        // Parsed once per task rather than once per row.
        var ids: [String: TaskID] = [:]
        for a in rows {
            guard let id = ids[a.entityID] ?? TaskID(parsing: a.entityID) else { continue }
            ids[a.entityID] = id
            var h = out[id] ?? TaskHistory(id: id)
            switch a.field {
            case "created":
                h.created = a.at
                h.createdTitle = a.newValue
                createdIn[id] = a.changeID
            case "estimate":
                let old = a.oldValue.flatMap { Int($0) }, new = a.newValue.flatMap { Int($0) }
                if createdIn[id] == a.changeID {
                    h.originalEstimateMinutes = new
                } else {
                    // A first estimate given after creation is still a change of scope.
                    if h.originalEstimateMinutes == nil && old == nil { h.originalEstimateMinutes = new }
                    h.estimateChanges.append(EstimateChange(at: a.at, actor: a.actor, old: old, new: new))
                }
            case "status":
                let new = a.newValue.flatMap { TaskStatus(rawValue: $0) }
                if h.firstStarted == nil, new == .inProgress || new == .review { h.firstStarted = a.at }
                if new == .blocked {
                    var span = BlockedSpan(task: id, start: a.at, end: nil, reasons: [])
                    if let p = pendingReason[id], p.change == a.changeID { span.reasons = [p.reason] }
                    h.blocked.append(span)
                } else if a.oldValue == TaskStatus.blocked.rawValue {
                    h.closeBlocked(at: a.at)
                }
                pendingReason[id] = nil
            case "blocked-reason":
                guard let r = a.newValue, !r.isEmpty else { break }
                if let last = h.blocked.indices.last, h.blocked[last].end == nil {
                    if !h.blocked[last].reasons.contains(r) { h.blocked[last].reasons.append(r) }
                } else {
                    pendingReason[id] = (a.changeID, r)
                }
            case "assignee":
                if let from = a.oldValue, !from.isEmpty {
                    h.reassignments.append(Reassignment(at: a.at, from: from, to: a.newValue.flatMap { $0.isEmpty ? nil : $0 }))
                }
            case "deleted":
                // A removed task's blocker stops mattering when it goes.
                if a.newValue != nil { h.closeBlocked(at: a.at) }
            default:
                break
            }
            out[id] = h
        }
        return out
    }

    mutating func closeBlocked(at: Date) {
        if let last = blocked.indices.last, blocked[last].end == nil { blocked[last].end = at }
    }
}

/// One stretch of time a task sat blocked: from the move to blocked to the move out of
/// it (nil while it still is), with every reason given meanwhile.
public struct BlockedSpan: Hashable, Sendable {
    public var task: TaskID
    public var start: Date
    public var end: Date?
    public var reasons: [String]

    public init(task: TaskID, start: Date, end: Date?, reasons: [String]) {
        self.task = task
        self.start = start
        self.end = end
        self.reasons = reasons
    }

    /// How long it lasted, or has lasted until `now` while still open.
    public func seconds(now: Date) -> Double {
        max(0, (end ?? now).timeIntervalSince(start))
    }
}
