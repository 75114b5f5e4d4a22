import Foundation

/// Everything the screen or a report needs about one project, read in one consistent
/// transaction.
public struct ProjectSnapshot: Hashable, Sendable {
    public var project: Project
    public var projects: [Project]
    public var members: [Member]
    public var milestones: [Milestone]
    /// Tasks of the project that are not removed.
    public var tasks: [ProjectTask]
    /// The project's public holidays.
    public var holidays: [Holiday]
    /// The standup running now, if one is.
    public var standup: StandupSession?
    /// When the latest standup of the project started (running or finished): where the
    /// next one's "since" begins.
    public var lastStandupStartedAt: Date?
    /// The change token this snapshot was read at.
    public var token: Int64

    public init(project: Project, projects: [Project], members: [Member], milestones: [Milestone],
                tasks: [ProjectTask], holidays: [Holiday] = [], standup: StandupSession? = nil, token: Int64) {
        self.project = project
        self.projects = projects
        self.members = members
        self.milestones = milestones
        self.tasks = tasks
        self.holidays = holidays
        self.standup = standup
        self.token = token
    }

    public func task(_ id: TaskID) -> ProjectTask? { tasks.first { $0.id == id } }
    public func member(_ handle: String) -> Member? { members.first { $0.handle == handle } }
    public func milestone(id: Int64?) -> Milestone? {
        guard let id else { return nil }
        return milestones.first { $0.id == id }
    }
}

/// What the rest of the program needs from a workspace. PaceStore implements it over
/// SQLite; the dashboard and the CLI see only this.
public protocol Workspace: Sendable {
    /// True when opened for watching: `apply` refuses every command.
    var isReadOnly: Bool { get }

    /// A number that grows with every committed change from any process. Cheap: the
    /// dashboard asks it ten times a second.
    func changeToken() throws -> Int64

    /// The project by key, else the default project, else the only one.
    func snapshot(projectKey: String?) throws -> ProjectSnapshot

    /// Applies one command as one transaction, with its activity rows.
    func apply(_ command: Command, actor: String, at: Date) throws -> ChangeOutcome

    /// Activity rows, newest first; for one entity when `entityID` is given.
    func activity(entity: EntityKind?, entityID: String?, limit: Int) throws -> [Activity]

    /// Time entries of one task, oldest first.
    func timeEntries(task: TaskID) throws -> [TimeEntry]

    /// Activity rows at or after an instant, oldest first (standups, reports).
    func activity(since: Date) throws -> [Activity]

    /// The activity rows of one project's tasks, oldest first: what burndowns and
    /// reports replay.
    func taskActivity(projectKey: String) throws -> [Activity]

    /// A project's time entries, rate history and latest baseline, read together: what
    /// budget and earned value are computed from.
    func ledger(projectKey: String) throws -> ProjectLedger
}
