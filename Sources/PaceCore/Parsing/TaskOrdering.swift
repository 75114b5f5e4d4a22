/// An order for task lists, so `pace ls` and every dashboard pane that lists tasks
/// agree on it.
public struct TaskOrdering: Sendable {
    public let areInIncreasingOrder: @Sendable (ProjectTask, ProjectTask) -> Bool
    /// When the order is by a key, `sorted` compares small keys instead of whole tasks:
    /// a task is a large value with many reference-counted fields, and handing 10,000
    /// of them to a comparator cost more than the comparisons themselves.
    private let key: (@Sendable (ProjectTask) -> StandardKey)?

    public init(_ areInIncreasingOrder: @escaping @Sendable (ProjectTask, ProjectTask) -> Bool) {
        self.areInIncreasingOrder = areInIncreasingOrder
        key = nil
    }

    private init(key: @escaping @Sendable (ProjectTask) -> StandardKey) {
        self.key = key
        areInIncreasingOrder = { key($0) < key($1) }
    }

    /// Most urgent first; within a priority, the soonest due first and undated last (a
    /// date is a promise, so it outranks "some time"); then by ID, which is creation
    /// order and makes the order total, so equal tasks never swap between redraws.
    public static let standard = TaskOrdering(key: StandardKey.init)

    public func sorted(_ tasks: some Sequence<ProjectTask>) -> [ProjectTask] {
        let all = Array(tasks)
        if let key {
            let keys = all.map(key)
            return keys.indices.sorted { keys[$0] < keys[$1] }.map { all[$0] }
        }
        return all.indices.sorted { areInIncreasingOrder(all[$0], all[$1]) }.map { all[$0] }
    }

    struct StandardKey: Comparable, Sendable {
        var priority: Int
        var due: Int
        var project: String
        var number: Int

        init(_ t: ProjectTask) {
            priority = t.priority.rank
            due = t.due?.ordinal ?? Int.max
            project = t.id.projectKey
            number = t.id.number
        }

        static func < (a: StandardKey, b: StandardKey) -> Bool {
            if a.priority != b.priority { return a.priority < b.priority }
            if a.due != b.due { return a.due < b.due }
            if a.project != b.project { return a.project < b.project }
            return a.number < b.number
        }
    }
}
