/// Input the forecaster refuses, found before anything is scheduled.
public enum ScheduleError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Open tasks that wait for each other in a ring: each waits for the next, the last
    /// for the first. Starts at the smallest ID, so the same ring is always named alike.
    case dependencyCycle([TaskID])
    /// Two open tasks with one ID: which one a dependency means would be a guess.
    case duplicateTask(TaskID)
    /// Two members with one handle: whose calendar a task uses would be a guess.
    case duplicateMember(String)
    /// A setting that makes a forecast impossible, e.g. no project working day.
    case invalidSettings(String)

    public var description: String {
        switch self {
        case .dependencyCycle(let ids):
            let names = (ids + ids.prefix(1)).map(\.description)
            return "dependency cycle: " + names.joined(separator: " → ")
        case .duplicateTask(let id):
            return "two open tasks are called \(id)"
        case .duplicateMember(let handle):
            return "two members have the handle '\(handle)'"
        case .invalidSettings(let why):
            return why
        }
    }

    /// The same text as a mistake the user can fix, for the CLI and the footer.
    public var userError: UserError { UserError(description) }
}
