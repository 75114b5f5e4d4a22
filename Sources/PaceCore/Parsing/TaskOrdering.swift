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

    public func sorted(_ tasks: some Sequence<ProjectTask>) -> [ProjectTask] {
        tasks.sorted(by: areInIncreasingOrder)
    }
}
