import Foundation
import PaceCore

/// The meeting once it is over: who spoke and for how long, the blockers and
/// follow-ups written down, and the tasks that moved while it ran.
struct StandupSummary: Hashable, Sendable {
    struct Moved: Hashable, Sendable {
        var task: TaskID
        var title: String
        /// "in progress → done", "added", "@alice → @bob".
        var change: String
    }

    var session: StandupSession
    var turns: [StandupTurn]
    var duration: Double
    var blockers: [StandupNote]
    var followUps: [StandupNote]
    var otherNotes: [StandupNote]
    var moved: [Moved]

    /// `session` as last seen; a turn still open is closed at `end` (the store closes it
    /// the same way when it ends the meeting, but only running standups are loaded back).
    init(session: StandupSession, end: Date, activity: [Activity], snapshot: ProjectSnapshot?) {
        self.session = session
        let endedAt = session.endedAt ?? end
        var turns = session.turns
        if let speaker = session.speaker, let started = session.speakerStartedAt {
            let seconds = session.speakerSeconds(at: endedAt)
            turns.append(StandupTurn(handle: speaker, startedAt: started, endedAt: endedAt, seconds: seconds,
                                     overrunSeconds: max(0, seconds - Double(session.timeboxSeconds))))
        }
        self.turns = turns
        duration = max(0, endedAt.timeIntervalSince(session.startedAt))
        blockers = session.notes.filter { $0.kind == .blocker }
        followUps = session.notes.filter { $0.kind == .followUp }
        otherNotes = session.notes.filter { $0.kind != .blocker && $0.kind != .followUp }
        var moved: [Moved] = []
        var index: [TaskID: Int] = [:]
        var created: Set<Int64> = []
        for a in activity where a.entity == .task && a.at >= session.startedAt && a.at <= endedAt {
            guard let id = TaskID(parsing: a.entityID) else { continue }
            let title = snapshot?.task(id)?.title ?? ""
            let change: String
            switch a.field {
            case "created":
                created.insert(a.changeID)
                change = "added"
            case "status" where !created.contains(a.changeID):
                change = "\(Self.status(a.oldValue)) → \(Self.status(a.newValue))"
            case "assignee" where !created.contains(a.changeID):
                change = "\(a.oldValue.map { "@" + $0 } ?? "nobody") → \(a.newValue.map { "@" + $0 } ?? "nobody")"
            default:
                continue
            }
            // One line per task: a status moved twice reads from the first to the last.
            if let i = index[id] {
                if moved[i].change != "added", a.field == "status", let arrow = moved[i].change.range(of: " → ") {
                    moved[i].change = String(moved[i].change[..<arrow.lowerBound]) + " → " + Self.status(a.newValue)
                }
            } else {
                index[id] = moved.count
                moved.append(Moved(task: id, title: title, change: change))
            }
        }
        self.moved = moved
    }

    static func status(_ raw: String?) -> String {
        raw.flatMap { TaskStatus(rawValue: $0)?.label } ?? (raw ?? "—")
    }
}
