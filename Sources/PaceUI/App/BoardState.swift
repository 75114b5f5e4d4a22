import PaceCore

/// The kanban board: one column per status, a cursor per column.
public struct BoardState: Hashable, Sendable {
    public static let columns: [TaskStatus] = [.backlog, .todo, .inProgress, .review, .blocked, .done]

    public var column = 1
    public var lists: [ListState] = Array(repeating: ListState(), count: BoardState.columns.count)

    public init() {}

    /// The cards of a column: the filtered tasks with that status, in the standard
    /// order (derived once per reload, see `AppState.derive`).
    public func tasks(in state: AppState, column c: Int) -> [ProjectTask] {
        state.boardColumns.indices.contains(c) ? state.boardColumns[c] : []
    }

    /// Groups the tasks that pass the filter (whatever its status part) into columns.
    static func columns(of tasks: [ProjectTask], filter: TaskFilter, milestoneName: (Int64?) -> String?, today: Day) -> [[ProjectTask]] {
        var f = filter
        f.statuses = nil
        f.includeClosed = true
        var byStatus: [TaskStatus: [ProjectTask]] = [:]
        for t in tasks where f.matches(t, milestoneName: milestoneName, today: today) {
            byStatus[t.status == .cancelled ? .done : t.status, default: []].append(t)
        }
        return columns.map { TaskOrdering.standard.sorted(byStatus[$0] ?? []) }
    }

    public func selectedTask(in state: AppState) -> ProjectTask? {
        let tasks = tasks(in: state, column: column)
        guard let i = lists[column].selected, i < tasks.count else { return nil }
        return tasks[i]
    }
}
