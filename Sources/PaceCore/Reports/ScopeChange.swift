import Foundation

/// One change to what the project has to deliver, with the hours it added (positive)
/// or took away (negative): a task added, an estimate raised or lowered, a task
/// cancelled or removed, or one of those undone.
public struct ScopeChange: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case added
        case estimateUp = "estimate-up"
        case estimateDown = "estimate-down"
        case cancelled
        case reopened
        case removed
        case restored
    }

    public var task: TaskID
    public var title: String
    public var kind: Kind
    public var at: Date
    public var actor: String
    /// The estimate before and after, in minutes (nil when there was none).
    public var oldMinutes: Int?
    public var newMinutes: Int?
    /// What the change did to the estimate in scope.
    public var deltaMinutes: Int

    public init(task: TaskID, title: String, kind: Kind, at: Date, actor: String, oldMinutes: Int?, newMinutes: Int?,
                deltaMinutes: Int) {
        self.task = task
        self.title = title
        self.kind = kind
        self.at = at
        self.actor = actor
        self.oldMinutes = oldMinutes
        self.newMinutes = newMinutes
        self.deltaMinutes = deltaMinutes
    }

    struct TaskState {
        var exists = false
        var estimate: Int?
        var status: TaskStatus = .todo
        var removed = false
        /// What it contributes to the scope: its estimate while neither removed nor cancelled.
        var scope: Int { exists && !removed && status != .cancelled ? estimate ?? 0 : 0 }
    }

    /// The scope changes of one project made after `cutoff`, oldest first. The log is
    /// replayed from the start so each change knows the estimate it moved; the rows of
    /// one command are taken together, so a task added with an estimate is one change.
    public static func list(activity: [Activity], projectKey: String, after cutoff: Date,
                            titles: [TaskID: String] = [:]) -> [ScopeChange] {
        let prefix = projectKey + "-"
        let rows = activity.filter { $0.entity == .task && $0.entityID.hasPrefix(prefix) }
            .sorted { ($0.at, $0.id) < ($1.at, $1.id) }
        var state: [String: TaskState] = [:]
        var out: [ScopeChange] = []
        var i = 0
        while i < rows.count {
            var j = i
            while j < rows.count && rows[j].changeID == rows[i].changeID { j += 1 }
            // The tasks this change touched, in the order it touched them, with their state before it.
            var order: [String] = []
            var before: [String: TaskState] = [:]
            var fields: [String: Set<String>] = [:]
            for r in rows[i..<j] {
                if before[r.entityID] == nil {
                    before[r.entityID] = state[r.entityID] ?? TaskState()
                    order.append(r.entityID)
                }
                fields[r.entityID, default: []].insert(r.field)
                apply(r, to: &state)
            }
            let at = rows[i].at, actor = rows[i].actor
            if at > cutoff {
                for key in order {
                    guard let id = TaskID(parsing: key) else { continue }
                    let b = before[key]!, a = state[key] ?? TaskState()
                    let f = fields[key]!
                    let delta = a.scope - b.scope
                    let kind: Kind
                    if f.contains("created") && a.exists {
                        kind = .added
                    } else if f.contains("deleted") && b.exists && !b.removed && (!a.exists || a.removed) {
                        kind = .removed
                    } else if f.contains("deleted") && b.removed && a.exists && !a.removed {
                        kind = .restored
                    } else if f.contains("status") && b.status != .cancelled && a.status == .cancelled {
                        kind = .cancelled
                    } else if f.contains("status") && b.status == .cancelled && a.status != .cancelled {
                        kind = .reopened
                    } else if f.contains("estimate") && delta != 0 {
                        kind = delta > 0 ? .estimateUp : .estimateDown
                    } else {
                        continue
                    }
                    out.append(ScopeChange(task: id, title: titles[id] ?? "", kind: kind, at: at, actor: actor,
                                           oldMinutes: b.exists ? b.estimate : nil, newMinutes: a.exists ? a.estimate : nil,
                                           deltaMinutes: delta))
                }
            }
            i = j
        }
        return out
    }

    static func apply(_ a: Activity, to state: inout [String: TaskState]) {
        let key = a.entityID
        switch a.field {
        case "created":
            state[key] = TaskState(exists: true)
        case "estimate":
            state[key]?.estimate = a.newValue.flatMap { Int($0) }
        case "status":
            if let s = a.newValue.flatMap({ TaskStatus(rawValue: $0) }) { state[key]?.status = s }
        case "deleted":
            // As in the burndown: `pace rm`/`restore` set and clear the removal time;
            // undoing a task's creation writes the title as the old value: it is gone.
            if a.newValue != nil {
                state[key]?.removed = true
            } else if a.oldValue.flatMap(Format.parseTimestamp) != nil {
                state[key]?.removed = false
            } else {
                state[key] = nil
            }
        default:
            break
        }
    }
}
