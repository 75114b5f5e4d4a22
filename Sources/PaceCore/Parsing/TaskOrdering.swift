/// An order for task lists, so `pace ls` and every dashboard pane that lists tasks
/// agree on it.
public struct TaskOrdering: Sendable {
    public let areInIncreasingOrder: @Sendable (ProjectTask, ProjectTask) -> Bool

    public init(_ areInIncreasingOrder: @escaping @Sendable (ProjectTask, ProjectTask) -> Bool) {
        self.areInIncreasingOrder = areInIncreasingOrder
    }

    /// Most urgent first; within a priority, the soonest due first and undated last (a
    /// date is a promise, so it outranks "some time"); then by ID, which is creation
    /// order and makes the order total, so equal tasks never swap between redraws.
    public static let standard = TaskOrdering { a, b in
        if a.priority != b.priority { return a.priority < b.priority }
        switch (a.due, b.due) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.id < b.id
        }
    }

    /// Sorts positions rather than the tasks themselves: a task is a large value with
    /// many reference-counted fields, and moving 10,000 of them around during a sort
    /// cost more than the comparisons.
    public func sorted(_ tasks: some Sequence<ProjectTask>) -> [ProjectTask] {
        let all = Array(tasks)
        return all.indices.sorted { areInIncreasingOrder(all[$0], all[$1]) }.map { all[$0] }
    }
}
