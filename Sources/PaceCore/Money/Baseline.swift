import Foundation

/// A frozen copy of a project's forecast: what was planned, to measure progress against.
/// Later changes to tasks never touch it; a new plan is a new baseline.
public struct Baseline: Hashable, Sendable, Codable {
    public var id: Int64
    public var projectKey: String
    public var name: String
    public var created: Date
    public var createdBy: String
    public var tasks: [BaselineTask]

    public init(id: Int64, projectKey: String, name: String, created: Date, createdBy: String, tasks: [BaselineTask]) {
        self.id = id
        self.projectKey = projectKey
        self.name = name
        self.created = created
        self.createdBy = createdBy
        self.tasks = tasks
    }

    public func task(_ id: TaskID) -> BaselineTask? { tasks.first { $0.task == id } }
}

/// One task as the baseline planned it.
public struct BaselineTask: Hashable, Sendable, Codable {
    public var task: TaskID
    public var milestoneID: Int64?
    public var plannedStart: Day?
    public var plannedFinish: Day?
    public var estimateMinutes: Int
    /// Estimate priced at the assignee's rate on the planned start; nil without a rate.
    public var plannedCost: Money?

    public init(task: TaskID, milestoneID: Int64? = nil, plannedStart: Day?, plannedFinish: Day?,
                estimateMinutes: Int, plannedCost: Money?) {
        self.task = task
        self.milestoneID = milestoneID
        self.plannedStart = plannedStart
        self.plannedFinish = plannedFinish
        self.estimateMinutes = estimateMinutes
        self.plannedCost = plannedCost
    }
}
