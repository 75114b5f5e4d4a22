import PaceCore

/// The kanban board: one column per status, a cursor per column.
public struct BoardState: Hashable, Sendable {
    public static let columns: [TaskStatus] = [.backlog, .todo, .inProgress, .review, .blocked, .done]

    public var column = 1
    public var lists: [ListState] = Array(repeating: ListState(), count: BoardState.columns.count)

    public init() {}

    public func tasks(in state: AppState, column c: Int) -> [ProjectTask] {
        guard let snapshot = state.snapshot, BoardState.columns.indices.contains(c) else { return [] }
        let status = BoardState.columns[c]
        let names = Dictionary(uniqueKeysWithValues: snapshot.milestones.map { ($0.id, $0.name) })
        var filter = state.filter
        filter.statuses = nil
        filter.includeClosed = true
        return TaskOrdering.standard.sorted(snapshot.tasks.filter {
            $0.status == status && filter.matches($0, milestoneName: { $0.flatMap { names[$0] } }, today: state.today)
        })
    }

    public func selectedTask(in state: AppState) -> ProjectTask? {
        let tasks = tasks(in: state, column: column)
        guard let i = lists[column].selected, i < tasks.count else { return nil }
        return tasks[i]
    }
}
