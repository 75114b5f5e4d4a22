import Foundation
import PaceCore
@testable import PaceUI

/// Standups over the demo workspace, built as plain values and put into copies of the
/// demo snapshot, as the store would load them: started at 08:55 by @alice, everyone
/// in alphabetical order, @bob (the second) speaking.
enum StandupFixture {
    static let id: Int64 = 7
    static let handles = ["alice", "bob", "carol", "dave", "erin", "farid"]
    static var now: Date { DemoFixture.now.instant }

    /// A running standup whose speaker `current` started `elapsed` seconds ago.
    static func session(current: Int = 1, elapsed: Double = 48, pausedFor: Double? = nil, facilitator: String = "alice",
                        notes: [StandupNote] = [], skipped: [String] = []) -> StandupSession {
        let started = now.addingTimeInterval(-300)
        var turns: [StandupTurn] = []
        var turnStart = started
        for h in handles.prefix(current) {
            let seconds = h == "alice" ? 157.0 : 95.0
            turns.append(StandupTurn(handle: h, startedAt: turnStart, endedAt: turnStart.addingTimeInterval(seconds),
                                     seconds: seconds, overrunSeconds: max(0, seconds - 120)))
            turnStart = turnStart.addingTimeInterval(seconds)
        }
        let speaking = current < handles.count
        return StandupSession(id: id, projectKey: "WEB", startedAt: started, facilitator: facilitator,
                              since: DemoFixture.standupSince, order: handles, skipped: skipped, current: current,
                              speakerStartedAt: speaking ? now.addingTimeInterval(-elapsed) : nil,
                              pausedAt: pausedFor.map { now.addingTimeInterval(-$0) }, turns: turns, notes: notes)
    }

    /// What the store records while the meeting runs: @bob finishes WEB-12 and
    /// @alice hands WEB-40 to @carol.
    static let movedDuringTheMeeting: [Activity] = [
        Activity(id: 90_001, changeID: 9_001, at: now.addingTimeInterval(-120), actor: "alice", entity: .task, entityID: "WEB-12",
                 field: "status", oldValue: "in-progress", newValue: "done"),
        Activity(id: 90_002, changeID: 9_002, at: now.addingTimeInterval(-60), actor: "alice", entity: .task, entityID: "WEB-40",
                 field: "assignee", oldValue: "bob", newValue: "carol"),
    ]

    static func snapshot(_ session: StandupSession?) -> ProjectSnapshot {
        var s = DemoFixture.snapshot
        s.standup = session
        s.token += 1
        return s
    }

    static func note(_ kind: StandupNote.Kind, _ text: String, handle: String = "bob", task: TaskID? = nil,
                     unblocker: String? = nil) -> StandupNote {
        StandupNote(id: 1, handle: handle, kind: kind, text: text, task: task, unblocker: unblocker, author: "alice", at: now)
    }

    /// A dashboard that has loaded `session` (and the activity since Friday, when the
    /// speaker view asked for it). As the facilitator it is on the speaker view.
    static func state(_ session: StandupSession? = session(), actor: String = "alice", readOnly: Bool = false,
                      width: Int = 80, height: Int = 24, forecast: Bool = true) -> AppState {
        var s = DemoFixture.state(width: width, height: height, readOnly: readOnly, actor: actor)
        if forecast { s.send(.forecastReady(token: DemoFixture.snapshot.token, schedule: DemoFixture.schedule, error: nil)) }
        let effects = s.send(.loaded(snapshot(session)))
        if effects.contains(where: { if case .loadActivity = $0 { true } else { false } }) {
            s.send(.activityLoaded(DemoFixture.loaded.standupActivity))
        }
        return s
    }

    /// A viewer (@carol's dashboard) who joined the speaker view.
    static func viewerState(_ session: StandupSession = session(), width: Int = 80, height: Int = 24) -> AppState {
        var s = state(session, actor: "carol", width: width, height: height)
        s.pressKey(for: .standup)
        s.press(.char("j"))
        s.send(.activityLoaded(DemoFixture.loaded.standupActivity))
        return s
    }
}
