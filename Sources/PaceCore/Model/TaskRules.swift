import Foundation

/// The rules of a task's status: which moves are allowed and what each move does to the
/// timestamps and the blocked reason. Shared by `pace start|review|done|…` and the
/// dashboard's `s`, `<`, `d`, `b`, so both refuse the same things with the same words.
public enum TaskRules {
    /// Returns the task after moving to `target`, or throws a `UserError` saying why not.
    public static func transition(_ task: ProjectTask, to target: TaskStatus, reason: String?, at now: Date) throws -> ProjectTask {
        var t = task
        let id = task.id.description
        let trimmedReason = reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        if task.status == target {
            if target == .blocked, let r = trimmedReason, !r.isEmpty, r != task.blockedReason {
                // Re-blocking with a new reason updates the reason.
                t.blockedReason = r
                t.updated = now
                return t
            }
            throw UserError("\(id) is already \(target.label)")
        }
        switch target {
        case .blocked:
            guard task.status.isOpen else {
                throw UserError("\(id) is \(task.status.label); reopen it before blocking it (pace reopen \(id))")
            }
            guard let r = trimmedReason, !r.isEmpty else {
                throw UserError("blocking \(id) needs a reason, e.g. --reason \"waiting for API keys\"")
            }
            t.blockedReason = r
        case .done, .cancelled:
            guard task.status.isOpen else {
                throw UserError("\(id) is already \(task.status.label)")
            }
            t.blockedReason = nil
            t.completed = now
        case .backlog, .todo, .inProgress, .review:
            if task.status.isClosed && target != .todo && target != .backlog {
                throw UserError("\(id) is \(task.status.label); reopen it first (pace reopen \(id))")
            }
            t.blockedReason = nil
            t.completed = nil
            if target == .inProgress || target == .review, t.started == nil {
                t.started = now
            }
        }
        t.status = target
        t.updated = now
        return t
    }

    /// Where `unblock` sends a task: back to work if it had started, else to-do.
    public static func unblockedStatus(of task: ProjectTask) -> TaskStatus {
        task.started == nil ? .todo : .inProgress
    }
}
