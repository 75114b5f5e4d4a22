import Foundation

/// A finished standup as it is kept and shared: who spoke how long, who was skipped,
/// what was written down, who facilitated, and which tasks moved while it ran. Built
/// from the session and the activity log; printed as Markdown or JSON by the CLI.
public struct StandupReport: Hashable, Sendable {
    public struct Speaker: Hashable, Sendable {
        public var handle: String
        /// All of their turns together (going back with "previous" adds a turn).
        public var seconds: Double
        public var overrunSeconds: Double
        public var turns: Int
        public init(handle: String, seconds: Double, overrunSeconds: Double, turns: Int) {
            self.handle = handle
            self.seconds = seconds
            self.overrunSeconds = overrunSeconds
            self.turns = turns
        }
    }

    /// One field of one task changed during the meeting.
    public struct TaskMove: Hashable, Sendable {
        public var task: TaskID
        public var title: String
        public var field: String
        public var old: String?
        public var new: String?
        public var actor: String
        public var at: Date
        public init(task: TaskID, title: String, field: String, old: String?, new: String?, actor: String, at: Date) {
            self.task = task
            self.title = title
            self.field = field
            self.old = old
            self.new = new
            self.actor = actor
            self.at = at
        }
    }

    public var session: StandupSession
    public var speakers: [Speaker]
    /// The facilitator at the start, then each who took over, in order.
    public var facilitators: [String]
    public var taskMoves: [TaskMove]

    public var durationSeconds: Double {
        (session.endedAt ?? session.startedAt).timeIntervalSince(session.startedAt)
    }
    public var blockers: [StandupNote] { session.notes.filter { $0.kind == .blocker } }
    public var followUps: [StandupNote] { session.notes.filter { $0.kind == .followUp } }

    /// The task fields that count as "moved" in a report: what the team would mention.
    static let movedFields: Set<String> = ["status", "assignee", "blocked-reason", "due", "remaining", "estimate", "created", "deleted"]

    /// `activity` should cover the meeting (rows outside it are ignored); `titles` names
    /// the tasks (a snapshot's, or empty).
    public static func make(session: StandupSession, activity: [Activity], titles: [TaskID: String]) -> StandupReport {
        var speakers: [Speaker] = []
        for turn in session.turns {
            if let i = speakers.firstIndex(where: { $0.handle == turn.handle }) {
                speakers[i].seconds += turn.seconds
                speakers[i].overrunSeconds += turn.overrunSeconds
                speakers[i].turns += 1
            } else {
                speakers.append(Speaker(handle: turn.handle, seconds: turn.seconds, overrunSeconds: turn.overrunSeconds, turns: 1))
            }
        }
        let end = session.endedAt ?? .distantFuture
        let during = activity.filter { $0.at >= session.startedAt && $0.at <= end }
        let id = String(session.id)
        var facilitators: [String] = []
        if let first = during.first(where: { $0.entity == .standup && $0.entityID == id && $0.field == "created" }) {
            facilitators.append(first.actor)
        }
        for a in during where a.entity == .standup && a.entityID == id && a.field == "facilitator" {
            if facilitators.isEmpty, let old = a.oldValue { facilitators.append(old) }
            if let new = a.newValue { facilitators.append(new) }
        }
        if facilitators.isEmpty { facilitators = [session.facilitator] }
        let prefix = session.projectKey + "-"
        let moves = during.compactMap { a -> TaskMove? in
            guard a.entity == .task, a.entityID.hasPrefix(prefix), movedFields.contains(a.field),
                  let task = TaskID(parsing: a.entityID) else { return nil }
            return TaskMove(task: task, title: titles[task] ?? "", field: a.field, old: a.oldValue, new: a.newValue,
                            actor: a.actor, at: a.at)
        }
        return StandupReport(session: session, speakers: speakers, facilitators: facilitators, taskMoves: moves)
    }

    /// Markdown ready to paste into a chat or a wiki: headings and bullet lists, plain
    /// text only (user text is passed through `clean`, which the caller uses to strip
    /// control characters, so no terminal escape can ride along).
    public func markdown(timeZone: TimeZone, clean: (String) -> String = { $0 }) -> String {
        let s = session
        let day = Day(s.startedAt, in: timeZone)
        var out: [String] = []
        func esc(_ text: String) -> String {
            // Keep a note on one bullet line and stop it from starting its own markup.
            clean(text).replacingOccurrences(of: "\n", with: " ")
        }
        out.append("# Standup \(s.projectKey) — \(Format.weekdayDate(day)) \(day.year)")
        out.append("")
        let ended = s.endedAt.map { Format.timeOfDay($0, in: timeZone) } ?? "running"
        out.append("- Facilitator: " + facilitators.map { "@" + $0 }.joined(separator: " → "))
        out.append("- Time: \(Format.timeOfDay(s.startedAt, in: timeZone))–\(ended) (\(Format.clock(durationSeconds)))")
        out.append("- Timebox: \(Format.clock(Double(s.timeboxSeconds))) per speaker")
        out.append("- Since: \(Format.localDateTime(s.since, in: timeZone))")
        out.append("")
        out.append("## Speakers")
        out.append("")
        if speakers.isEmpty { out.append("- nobody spoke") }
        for sp in speakers {
            var line = "- @\(sp.handle): \(Format.clock(sp.seconds))"
            if sp.overrunSeconds > 0 { line += " (+\(Format.clock(sp.overrunSeconds)) over)" }
            if sp.turns > 1 { line += ", \(sp.turns) turns" }
            out.append(line)
        }
        if !s.skipped.isEmpty {
            out.append("")
            out.append("Skipped: " + s.skipped.map { "@" + $0 }.joined(separator: ", "))
        }
        func noteLine(_ n: StandupNote) -> String {
            var line = "- @\(n.handle)"
            if let t = n.task { line += " (\(t))" }
            line += ": " + esc(n.text)
            if let u = n.unblocker { line += " — @\(u) can unblock" }
            return line
        }
        if !blockers.isEmpty {
            out += ["", "## Blockers", ""] + blockers.map(noteLine)
        }
        if !followUps.isEmpty {
            out += ["", "## Follow-ups", ""] + followUps.map(noteLine)
        }
        let others = StandupNote.Kind.allCases.filter { $0 != .blocker && $0 != .followUp }
        let otherNotes = s.notes.filter { others.contains($0.kind) }
        if !otherNotes.isEmpty {
            out += ["", "## Notes", ""]
            for kind in others {
                for n in otherNotes where n.kind == kind {
                    out.append(noteLine(n).replacingOccurrences(of: "- @", with: "- \(kind.rawValue) @", options: .anchored))
                }
            }
        }
        if !taskMoves.isEmpty {
            out += ["", "## Tasks moved during the standup", ""]
            for m in taskMoves {
                let title = m.title.isEmpty ? "" : " \(esc(m.title))"
                let change = ActivityText.change(Activity(id: 0, changeID: 0, at: m.at, actor: m.actor, entity: .task,
                                                          entityID: m.task.description, field: m.field, oldValue: m.old, newValue: m.new))
                out.append("- \(m.task)\(title): \(m.field) \(esc(change)) (@\(m.actor))")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
