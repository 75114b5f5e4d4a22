import Foundation

/// A daily standup, running or finished, as the workspace stores it. The facilitator's
/// dashboard moves it along; every other dashboard and `pace watch` reads it from the
/// workspace and shows the same speaker within a second.
public struct StandupSession: Hashable, Sendable {
    public var id: Int64
    public var projectKey: String
    public var startedAt: Date
    public var endedAt: Date?
    public var facilitator: String
    /// "What moved since the last standup" starts here: the previous standup's start,
    /// or for the first one the start of the last working day.
    public var since: Date
    /// Speaker handles in speaking order (absent members are in `skipped`).
    public var order: [String]
    /// Members skipped: on time off today, or skipped by hand with `x`.
    public var skipped: [String]
    /// Index into `order` of the current speaker; `order.count` once everyone spoke.
    public var current: Int
    /// When the current speaker's turn started (nil before the first and after the last).
    public var speakerStartedAt: Date?
    /// Set while paused; the pause does not count against the timebox.
    public var pausedAt: Date?
    /// Paused seconds accumulated in the current turn.
    public var pausedSeconds: Double
    /// Timebox per speaker, in seconds (default 120).
    public var timeboxSeconds: Int
    /// Finished turns, in the order they happened.
    public var turns: [StandupTurn]
    public var notes: [StandupNote]

    public init(id: Int64, projectKey: String, startedAt: Date, endedAt: Date? = nil, facilitator: String, since: Date,
                order: [String], skipped: [String] = [], current: Int = 0, speakerStartedAt: Date? = nil,
                pausedAt: Date? = nil, pausedSeconds: Double = 0, timeboxSeconds: Int = 120,
                turns: [StandupTurn] = [], notes: [StandupNote] = []) {
        self.id = id
        self.projectKey = projectKey
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.facilitator = facilitator
        self.since = since
        self.order = order
        self.skipped = skipped
        self.current = current
        self.speakerStartedAt = speakerStartedAt
        self.pausedAt = pausedAt
        self.pausedSeconds = pausedSeconds
        self.timeboxSeconds = timeboxSeconds
        self.turns = turns
        self.notes = notes
    }

    public var isRunning: Bool { endedAt == nil }

    /// The member speaking now, if anyone.
    public var speaker: String? { order.indices.contains(current) ? order[current] : nil }

    /// Seconds the current speaker has used at `now`, pauses excluded.
    public func speakerSeconds(at now: Date) -> Double {
        guard let start = speakerStartedAt else { return 0 }
        let end = pausedAt ?? now
        return max(0, end.timeIntervalSince(start) - pausedSeconds)
    }

    /// The countdown shown to the room.
    public func countdown(at now: Date) -> StandupCountdown {
        StandupCountdown(elapsed: speakerSeconds(at: now), timebox: Double(timeboxSeconds), paused: pausedAt != nil)
    }
}

/// One member's finished turn.
public struct StandupTurn: Hashable, Sendable {
    public var handle: String
    public var startedAt: Date
    public var endedAt: Date
    /// Speaking time, pauses excluded.
    public var seconds: Double
    /// Seconds over the timebox (0 when within it).
    public var overrunSeconds: Double

    public init(handle: String, startedAt: Date, endedAt: Date, seconds: Double, overrunSeconds: Double) {
        self.handle = handle
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.seconds = seconds
        self.overrunSeconds = overrunSeconds
    }
}

/// Something said in the meeting and written down (`t` note, `b` blocker, `f` follow-up).
public struct StandupNote: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case yesterday, today, blocker, followUp = "follow-up", note
    }

    public var id: Int64
    /// Whose turn it was about.
    public var handle: String
    public var kind: Kind
    public var text: String
    /// The task it is about, if any.
    public var task: TaskID?
    /// Who can unblock (for blockers).
    public var unblocker: String?
    public var author: String
    public var at: Date

    public init(id: Int64, handle: String, kind: Kind, text: String, task: TaskID? = nil, unblocker: String? = nil,
                author: String, at: Date) {
        self.id = id
        self.handle = handle
        self.kind = kind
        self.text = text
        self.task = task
        self.unblocker = unblocker
        self.author = author
        self.at = at
    }
}

/// The timebox as the room sees it: normal, the last 30 seconds, or overrun.
public struct StandupCountdown: Hashable, Sendable {
    public enum Phase: Hashable, Sendable { case normal, lastSeconds, overrun }

    public var elapsed: Double
    public var timebox: Double
    public var paused: Bool

    public init(elapsed: Double, timebox: Double, paused: Bool) {
        self.elapsed = elapsed
        self.timebox = timebox
        self.paused = paused
    }

    public var remaining: Double { timebox - elapsed }

    public var phase: Phase {
        if remaining < 0 { return .overrun }
        if remaining <= 30 { return .lastSeconds }
        return .normal
    }

    /// "1:12" left, or "+0:07" over.
    public var text: String {
        remaining < 0 ? "+" + Format.clock(remaining) : Format.clock(remaining)
    }
}

/// How the speakers are ordered.
public enum SpeakerOrder: Hashable, Sendable {
    case alphabetical
    case fixed([String])
    /// A shuffle seeded by the date, so every screen (and a re-run) agrees on it.
    case shuffled
    /// Most loaded first.
    case byLoad

    public init?(name: String) {
        switch name.lowercased() {
        case "alphabetical", "alpha", "abc": self = .alphabetical
        case "random", "shuffle", "shuffled": self = .shuffled
        case "load", "by-load", "byload": self = .byLoad
        default:
            let handles = name.split(separator: ",").map { Handle.normalize($0.trimmingCharacters(in: .whitespaces)) }
            guard handles.count > 1 || (handles.count == 1 && name.contains(",")) else { return nil }
            self = .fixed(handles)
        }
    }
}
