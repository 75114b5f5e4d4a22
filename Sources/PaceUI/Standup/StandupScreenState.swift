import Foundation
import PaceCore

/// What the dashboard keeps about the standup beyond the session the store loads: the
/// task cursor over the speaker's tasks, the activity rows "since" is built from, the
/// join/take-over question and the summary of the meeting that just ended.
public struct StandupScreenState: Sendable {
    /// The "someone else runs it" question after `S`: join as viewer or take over.
    public struct Choice: Hashable, Sendable {
        public var id: Int64
        public var facilitator: String
    }

    /// Cursor over `AppState.standupTasks` (the speaker's open tasks).
    public var list = ListState()
    /// Activity rows at or after `activitySince`, oldest first, as the runner loaded them.
    public var activity: [Activity] = []
    /// The instant `activity` was loaded from; nil before the first load.
    public var activitySince: Date?
    public var choice: Choice?
    /// The last running session seen, so the summary can be drawn once the store no
    /// longer loads it (it loads only the running standup).
    public var lastSeen: StandupSession?
    /// The meeting the summary screen shows: the last session seen, closed at the end.
    public var summary: StandupSession?
    /// Set while our `endStandup` is on its way to the store: a refusal brings the
    /// speaker view back instead of leaving a summary of a meeting still running.
    public var ending: Int64?
    /// The speaker the cursor list was built for: a new speaker starts at their first task.
    public var cursorSpeaker: String?
    /// Opened by `pace standup`: on the first load, go straight to the standup (or, when
    /// someone else runs it, ask whether to join as a viewer or take over).
    public var openOnLoad = false

    public init() {}
}
