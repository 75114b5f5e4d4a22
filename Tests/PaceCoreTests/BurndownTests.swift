import Foundation
import Testing
@testable import PaceCore

/// A hand-written activity log, UTC, days Dec 1–4:
///   before Dec 1: WEB-1 (est 10h, milestone 1) and WEB-2 (est 6h) created
///   Dec 1: alice logs 4h on WEB-1
///   Dec 2: WEB-3 (est 8h, milestone 1) is added: scope, not lost progress; WEB-2 is done
///   Dec 3: WEB-1 remaining set to 2h; WEB-2 removed with pace rm
///   Dec 4: WEB-3 cancelled
@Suite struct BurndownTests {
    static let utc = TimeZone(identifier: "UTC")!
    static func at(_ s: String) -> Date { Format.parseTimestamp(s)! }
    static func day(_ s: String) -> Day { Day(iso: s)! }

    var nextID: Int64 = 0
    mutating func row(_ at: String, _ task: String, _ field: String, _ new: String?, old: String? = nil) -> Activity {
        nextID += 1
        return Activity(id: nextID, changeID: nextID, at: Self.at(at), actor: "alice", entity: .task,
                        entityID: task, field: field, oldValue: old, newValue: new)
    }

    mutating func log() -> [Activity] {
        [
            row("2026-11-30T10:00:00.000Z", "WEB-1", "created", "login"),
            row("2026-11-30T10:00:00.000Z", "WEB-1", "estimate", "600"),
            row("2026-11-30T10:00:00.000Z", "WEB-1", "milestone", "1"),
            row("2026-11-30T11:00:00.000Z", "WEB-2", "created", "api"),
            row("2026-11-30T11:00:00.000Z", "WEB-2", "estimate", "360"),
            row("2026-12-02T09:00:00.000Z", "WEB-3", "created", "docs"),
            row("2026-12-02T09:00:00.000Z", "WEB-3", "estimate", "480"),
            row("2026-12-02T09:00:00.000Z", "WEB-3", "milestone", "1"),
            row("2026-12-02T15:00:00.000Z", "WEB-2", "status", "done", old: "todo"),
            row("2026-12-03T09:00:00.000Z", "WEB-1", "remaining", "120"),
            row("2026-12-03T10:00:00.000Z", "WEB-2", "deleted", "2026-12-03T10:00:00.000Z"),
            row("2026-12-04T10:00:00.000Z", "WEB-3", "status", "cancelled", old: "todo"),
            // Another project's task never counts.
            row("2026-12-02T09:00:00.000Z", "OPS-1", "created", "other"),
            row("2026-12-02T09:00:00.000Z", "OPS-1", "estimate", "999"),
        ]
    }
    let entries = [TimeEntry(id: 1, task: TaskID(projectKey: "WEB", number: 1), member: "alice", date: day("2026-12-01"), minutes: 240)]

    @Test mutating func projectBurndownWithScopeAdded() {
        let days = Burndown.days(activity: log(), entries: entries, projectKey: "WEB", milestoneID: nil,
                                 from: Self.day("2026-12-01"), through: Self.day("2026-12-04"), timeZone: Self.utc)
        #expect(days.map(\.day.iso) == ["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"])
        // Dec 1: scope 10h + 6h = 960; remaining WEB-1 600 − 240 spent + WEB-2 360 = 720. Nothing
        // added: both tasks were there before the first day.
        #expect(days[0].scopeMinutes == 960 && days[0].remainingMinutes == 720 && days[0].scopeAddedMinutes == 0)
        // Dec 2: WEB-3 adds 480 to scope (960 → 1440); WEB-2 done: remaining 360 + 480 = 840.
        // Remaining rose by 120 but done rose too (240 → 600): the added scope is not lost progress.
        #expect(days[1].scopeMinutes == 1440 && days[1].scopeAddedMinutes == 480)
        #expect(days[1].remainingMinutes == 840 && days[1].doneMinutes == 600)
        // Dec 3: WEB-2 removed: scope 1440 − 360 = 1080, 360 removed; WEB-1 remaining 120 + WEB-3 480.
        #expect(days[2].scopeMinutes == 1080 && days[2].scopeRemovedMinutes == 360 && days[2].remainingMinutes == 600)
        // Dec 4: WEB-3 cancelled leaves scope: 600 in scope, 120 remaining.
        #expect(days[3].scopeMinutes == 600 && days[3].scopeRemovedMinutes == 480 && days[3].remainingMinutes == 120)
    }

    @Test mutating func milestoneBurndown() {
        let days = Burndown.days(activity: log(), entries: entries, projectKey: "WEB", milestoneID: 1,
                                 from: Self.day("2026-12-01"), through: Self.day("2026-12-02"), timeZone: Self.utc)
        // Milestone 1 is WEB-1, then WEB-1 + WEB-3: scope 600 → 1080; remaining 360 → 840.
        #expect(days.map(\.scopeMinutes) == [600, 1080])
        #expect(days.map(\.remainingMinutes) == [360, 840])
        #expect(days.map(\.scopeAddedMinutes) == [0, 480])
    }

    @Test mutating func undoneCreationLeavesScope() {
        var rows = log()
        rows.append(row("2026-12-01T12:00:00.000Z", "WEB-2", "deleted", nil, old: "api"))
        let days = Burndown.days(activity: rows, entries: entries, projectKey: "WEB", milestoneID: nil,
                                 from: Self.day("2026-12-01"), through: Self.day("2026-12-01"), timeZone: Self.utc)
        #expect(days[0].scopeMinutes == 600 && days[0].scopeRemovedMinutes == 360)
    }
}
