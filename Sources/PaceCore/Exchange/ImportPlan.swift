import Foundation

/// Everything one import adds, read and checked from another tool's file and ready to
/// be written in one transaction: first the setup (projects, people, calendars,
/// milestones — anything the tasks refer to), then the tasks, then a baseline of them.
/// A refusal anywhere writes nothing.
public struct ImportPlan: Hashable, Sendable {
    /// One command of the setup, with the part of the file it came from, so a refusal
    /// names it ("resource 3 (Alice Smith): …").
    public struct Step: Hashable, Sendable {
        public var command: Command
        public var source: String

        public init(_ command: Command, source: String) {
            self.command = command
            self.source = source
        }
    }

    public var setup: [Step]
    public var tasks: [ImportedTask]
    public var baseline: ImportedBaseline?

    public init(setup: [Step] = [], tasks: [ImportedTask], baseline: ImportedBaseline? = nil) {
        self.setup = setup
        self.tasks = tasks
        self.baseline = baseline
    }
}

/// A plan the other tool froze, to save as a baseline of the imported tasks.
public struct ImportedBaseline: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        /// Index into the plan's tasks.
        public var task: Int
        public var plannedStart: Day?
        public var plannedFinish: Day?
        public var estimateMinutes: Int
        public var plannedCost: Money?

        public init(task: Int, plannedStart: Day?, plannedFinish: Day?, estimateMinutes: Int, plannedCost: Money?) {
            self.task = task
            self.plannedStart = plannedStart
            self.plannedFinish = plannedFinish
            self.estimateMinutes = estimateMinutes
            self.plannedCost = plannedCost
        }
    }

    public var projectKey: String
    public var name: String
    public var entries: [Entry]

    public init(projectKey: String, name: String, entries: [Entry]) {
        self.projectKey = projectKey
        self.name = name
        self.entries = entries
    }
}
