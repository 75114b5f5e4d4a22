import Foundation
import PaceCore
import Testing
@testable import PaceUI

/// The speaker view's "Since" pane, read from the activity log: one line per task with
/// its latest move, reassignments both ways, and the time the speaker logged.
@Suite struct SpeakerBriefTests {
    let since = DemoFixture.standupSince
    var snapshot: ProjectSnapshot { DemoFixture.snapshot }

    func row(_ id: Int64, change: Int64, _ task: String, _ field: String, _ old: String?, _ new: String?,
             entity: EntityKind = .task, minutesAfter: Double = 60) -> Activity {
        Activity(id: id, changeID: change, at: since.addingTimeInterval(minutesAfter * 60), actor: "bob", entity: entity,
                 entityID: task, field: field, oldValue: old, newValue: new)
    }

    @Test func bobsDemoWeekendReadsAsHisMoves() {
        let brief = SpeakerBrief(handle: "bob", activity: DemoFixture.loaded.standupActivity, since: since, snapshot: snapshot)
        #expect(brief.lines.map(\.task) == [web(33), web(20), web(15), web(6)])
        #expect(brief.lines.first?.move == .reassignedTo(from: "dave"))
        #expect(brief.lines.last?.move == .done)
        #expect(brief.logged == [SpeakerBrief.Logged(task: web(6), minutes: 60), SpeakerBrief.Logged(task: web(20), minutes: 270)])
    }

    @Test func theLatestMoveWinsAndOlderRowsAreIgnored() {
        let rows = [
            row(1, change: 1, "WEB-12", "status", "todo", "in-progress", minutesAfter: -10),
            row(2, change: 2, "WEB-12", "status", "todo", "in-progress"),
            row(3, change: 3, "WEB-12", "status", "in-progress", "done", minutesAfter: 90),
            row(4, change: 4, "WEB-40", "assignee", "bob", "carol"),
            row(5, change: 5, "7", "created", nil, "WEB-12 1.5h bob 2026-11-27", entity: .timeEntry),
            row(6, change: 6, "8", "created", nil, "WEB-12 2h carol 2026-11-27", entity: .timeEntry),
        ]
        let brief = SpeakerBrief(handle: "bob", activity: rows, since: since, snapshot: snapshot)
        #expect(brief.lines.map(\.move) == [.done, .reassignedAway(to: "carol")])
        #expect(brief.loggedMinutes == 90, "only @bob's own entries")
    }

    @Test func anUndoneLogCountsNothing() {
        let rows = [
            row(1, change: 1, "7", "created", nil, "WEB-12 1.5h bob 2026-11-27", entity: .timeEntry),
            row(2, change: 2, "8", "created", nil, "WEB-12 2h bob 2026-11-27", entity: .timeEntry),
            row(3, change: 3, "8", "deleted", "WEB-12 2h bob 2026-11-27", nil, entity: .timeEntry),
        ]
        let brief = SpeakerBrief(handle: "bob", activity: rows, since: since, snapshot: snapshot)
        #expect(brief.logged == [SpeakerBrief.Logged(task: web(12), minutes: 90)], "bob undid the 2h")
    }

    @Test func aNewTasksOwnFieldsReadAsAdded() {
        // WEB-12 is @bob's: a "created" row, then its initial fields in the same change.
        let rows = [
            row(1, change: 9, "WEB-12", "created", nil, "Shipment detail API"),
            row(2, change: 9, "WEB-12", "assignee", nil, "bob"),
            row(3, change: 9, "WEB-12", "status", nil, "in-progress"),
        ]
        let brief = SpeakerBrief(handle: "bob", activity: rows, since: since, snapshot: snapshot)
        #expect(brief.lines.map(\.move) == [.added])
    }

    @Test(arguments: [
        ("waiting for keys @dave", "waiting for keys", String?("dave")),
        ("waiting for @dave to answer", "waiting for @dave to answer", nil),
        ("  keys  ", "keys", nil),
        ("keys @", "keys @", nil),
    ])
    func aBlockersLastHandleIsWhoCanUnblock(typed: String, text: String, unblocker: String?) {
        #expect(StandupNoteInput.blocker(typed) == .init(kind: .blocker, text: text, unblocker: unblocker))
    }
}
