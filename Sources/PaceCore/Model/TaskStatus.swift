/// Where a task is in its life. The order of the flow cases is the order the board
/// shows and the order `s`/`<` walk through.
public enum TaskStatus: String, CaseIterable, Sendable, Codable, Hashable {
    case backlog
    case todo
    case inProgress = "in-progress"
    case review
    case blocked
    case done
    case cancelled

    /// The forward flow; `blocked` and `cancelled` sit outside it.
    public static let flow: [TaskStatus] = [.backlog, .todo, .inProgress, .review, .done]

    public var isOpen: Bool { self != .done && self != .cancelled }
    public var isClosed: Bool { !isOpen }

    public var label: String {
        switch self {
        case .inProgress: "in progress"
        default: rawValue
        }
    }

    /// The next step in the flow (`blocked` resumes at in-progress); nil at the end.
    public var next: TaskStatus? {
        switch self {
        case .blocked: return .inProgress
        case .cancelled, .done: return nil
        default:
            let i = TaskStatus.flow.firstIndex(of: self)!
            return TaskStatus.flow[i + 1]
        }
    }

    /// The previous step in the flow; nil at the start.
    public var previous: TaskStatus? {
        switch self {
        case .blocked: return .todo
        case .cancelled: return .todo
        case .backlog: return nil
        default:
            let i = TaskStatus.flow.firstIndex(of: self)!
            return TaskStatus.flow[i - 1]
        }
    }

    /// Accepts the raw names and a few spellings people type: `wip`, `doing`,
    /// `in_progress`, `inprogress`, `canceled`.
    public init?(name: some StringProtocol) {
        let n = name.lowercased().replacingOccurrences(of: "_", with: "-")
        switch n {
        case "backlog": self = .backlog
        case "todo", "to-do": self = .todo
        case "in-progress", "inprogress", "progress", "wip", "doing", "started": self = .inProgress
        case "review", "in-review": self = .review
        case "blocked": self = .blocked
        case "done", "closed", "complete", "completed": self = .done
        case "cancelled", "canceled": self = .cancelled
        default: return nil
        }
    }

    public static let acceptedNames = "backlog, todo, in-progress, review, blocked, done, cancelled"
}

public enum Priority: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case urgent, high, medium, low

    /// Urgent sorts first.
    public var rank: Int {
        switch self {
        case .urgent: 0
        case .high: 1
        case .medium: 2
        case .low: 3
        }
    }

    public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rank < rhs.rank }

    public init?(name: some StringProtocol) {
        switch name.lowercased() {
        case "urgent", "u", "1", "critical", "crit": self = .urgent
        case "high", "h", "2", "hi": self = .high
        case "medium", "m", "3", "med", "normal": self = .medium
        case "low", "l", "4", "lo": self = .low
        default: return nil
        }
    }

    public static let acceptedNames = "urgent, high, medium, low (or u, h, m, l)"
}
