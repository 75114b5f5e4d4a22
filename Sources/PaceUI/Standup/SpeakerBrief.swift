import Foundation
import PaceCore

/// What moved for one member since the last standup, read from the activity log: the
/// "Since" pane of the speaker view. One line per task, its latest move winning, so a
/// task started and finished since Friday reads "done" once.
struct SpeakerBrief: Hashable, Sendable {
    enum Move: Hashable, Sendable {
        case done, started, review, blocked(String?), reopened
        case added
        /// Assigned to the speaker from someone else (nil: from nobody).
        case reassignedTo(from: String?)
        /// Taken off the speaker, to someone else (nil: unassigned).
        case reassignedAway(to: String?)
    }

    struct Line: Hashable, Sendable {
        var task: TaskID
        var title: String
        var move: Move
    }

    struct Logged: Hashable, Sendable {
        var task: TaskID
        var minutes: Int
    }

    var lines: [Line]
    /// Minutes the speaker logged, per task, in the order first logged.
    var logged: [Logged]
    var loggedMinutes: Int { logged.reduce(0) { $0 + $1.minutes } }

    /// `activity`: rows oldest first (as `Workspace.activity(since:)` returns them);
    /// rows before `since` are ignored, so a longer list can be passed.
    init(handle: String, activity: [Activity], since: Date, snapshot: ProjectSnapshot) {
        let tasks = Dictionary(snapshot.tasks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var moves: [TaskID: Move] = [:]
        var order: [TaskID] = []
        var created: Set<Int64> = []
        func note(_ id: TaskID, _ move: Move) {
            if moves[id] == nil { order.append(id) }
            moves[id] = move
        }
        for a in activity where a.at >= since {
            switch a.entity {
            case .task:
                guard let id = TaskID(parsing: a.entityID), let task = tasks[id] else { continue }
                let isTheirs = task.assignee == handle
                switch a.field {
                case "created":
                    created.insert(a.changeID)
                    if isTheirs { note(id, .added) }
                case "assignee":
                    // The initial assignee of a task created in the same change is the "added".
                    if created.contains(a.changeID) { continue }
                    if a.newValue == handle { note(id, .reassignedTo(from: a.oldValue.flatMap { $0.isEmpty ? nil : $0 })) }
                    else if a.oldValue == handle { note(id, .reassignedAway(to: a.newValue.flatMap { $0.isEmpty ? nil : $0 })) }
                case "status" where isTheirs && !created.contains(a.changeID):
                    switch TaskStatus(rawValue: a.newValue ?? "") {
                    case .done?: note(id, .done)
                    case .inProgress?: note(id, .started)
                    case .review?: note(id, .review)
                    case .blocked?: note(id, .blocked(task.status == .blocked ? task.blockedReason : nil))
                    case .todo?, .backlog?: note(id, .reopened)
                    default: break
                    }
                default:
                    break
                }
            default:
                break
            }
        }
        lines = order.map { Line(task: $0, title: tasks[$0]?.title ?? "", move: moves[$0]!) }
        // Undone logs count nothing, the same as in `pace standup --prep`.
        self.logged = LoggedTime.byTask(of: handle, in: activity.filter { $0.at >= since }, projectKey: snapshot.project.key)
            .map { Logged(task: $0.task, minutes: $0.minutes) }
    }
}
