import Foundation
import Testing
@testable import PaceCore

/// The speaker's brief from a hand-written activity log: Monday 2026-11-30 09:00 UTC,
/// since Friday 00:00.
@Suite struct StandupBriefTests {
    let since = Sched.at("2026-11-27T00:00")
    let today = Day(iso: "2026-11-30")!

    final class Log {
        var rows: [Activity] = []
        var change: Int64 = 0
        func change(_ at: String, by actor: String, _ fields: [(EntityKind, String, String, String?, String?)]) {
            change += 1
            for f in fields {
                rows.append(Activity(id: Int64(rows.count + 1), changeID: change, at: Sched.at(at), actor: actor,
                                     entity: f.0, entityID: f.1, field: f.2, oldValue: f.3, newValue: f.4))
            }
        }
    }

    func fixture() -> (ProjectSnapshot, [Activity]) {
        let log = Log()
        // Before "since": not part of the brief.
        log.change("2026-11-26T16:00", by: "bob", [(.task, "WEB-9", "status", "todo", "done")])
        log.change("2026-11-27T10:00", by: "bob", [(.task, "WEB-1", "status", "todo", "in-progress"),
                                                   (.task, "WEB-1", "started", nil, "2026-11-27T10:00:00.000Z")])
        // Finished by bob while his; handed to carol afterwards: still bob's "finished".
        log.change("2026-11-27T11:00", by: "alice", [(.task, "WEB-2", "status", "review", "done")])
        log.change("2026-11-27T12:00", by: "bob", [(.task, "WEB-3", "status", "in-progress", "blocked"),
                                                   (.task, "WEB-3", "blocked-reason", nil, "waiting for API keys")])
        log.change("2026-11-27T13:00", by: "bob", [(.timeEntry, "7", "created", nil, "WEB-1 1.5h bob 2026-11-27")])
        log.change("2026-11-27T13:30", by: "bob", [(.timeEntry, "8", "created", nil, "WEB-1 0.25h bob 2026-11-27")])
        log.change("2026-11-27T13:40", by: "carol", [(.timeEntry, "9", "created", nil, "WEB-3 2h carol 2026-11-27")])
        log.change("2026-11-27T13:50", by: "bob", [(.timeEntry, "10", "created", nil, "WEB-3 1h bob 2026-11-27")])
        log.change("2026-11-27T13:55", by: "bob", [(.timeEntry, "10", "deleted", "WEB-3 1h bob 2026-11-27", nil)])
        log.change("2026-11-27T14:00", by: "alice", [(.task, "WEB-4", "assignee", "carol", "bob")])
        log.change("2026-11-27T15:00", by: "alice", [(.task, "WEB-2", "assignee", "bob", "carol")])
        log.change("2026-11-27T15:30", by: "carol", [(.task, "WEB-5", "status", "in-progress", "done")])
        // Done, then reopened: not finished.
        log.change("2026-11-27T16:00", by: "bob", [(.task, "WEB-6", "status", "in-progress", "done")])
        log.change("2026-11-27T16:05", by: "bob", [(.task, "WEB-6", "status", "done", "todo")])
        // Added to bob from the start.
        log.change("2026-11-28T10:00", by: "alice", [(.task, "WEB-7", "created", nil, "Write docs"),
                                                    (.task, "WEB-7", "assignee", nil, "bob")])
        // Another project's task of bob's does not belong in WEB's standup.
        log.change("2026-11-28T11:00", by: "bob", [(.task, "APP-1", "status", "todo", "done")])

        var tasks = [
            Sched.task(1, "bob", hours: 4, status: .inProgress, due: "2026-12-04", spentHours: 1.75),
            Sched.task(2, "carol", hours: 2, status: .done),
            Sched.task(3, "bob", hours: 6, status: .blocked),
            Sched.task(4, "bob", hours: 40, due: "2026-12-01", milestone: 1),
            Sched.task(5, "carol", hours: 1, status: .done),
            Sched.task(6, "bob", hours: 1),
            Sched.task(7, "bob", hours: 2),
        ]
        tasks[2].blockedReason = "waiting for API keys"
        let members = [Sched.member("alice"), Sched.member("bob"), Sched.member("carol", off: [("2026-11-30", "2026-11-30")])]
        let snapshot = ProjectSnapshot(project: Project(key: "WEB", name: "Portal"), projects: [], members: members,
                                       milestones: [Milestone(id: 1, projectKey: "WEB", name: "beta", due: Day(iso: "2026-12-02"))],
                                       tasks: tasks, token: 1)
        return (snapshot, log.rows)
    }

    @Test func whatMovedForThemSinceTheLastStandup() throws {
        let (snap, activity) = fixture()
        let b = StandupBrief.make(handle: "@bob", snapshot: snap, activity: activity, since: since, today: today)
        #expect(b.handle == "bob")
        #expect(!b.absent)
        #expect(b.finished.map(\.task.description) == ["WEB-2"])
        #expect(b.started.map(\.task.description) == ["WEB-1"])
        #expect(b.blocked.map(\.task.description) == ["WEB-3"])
        #expect(b.blocked.first?.reason == "waiting for API keys")
        #expect(b.logged.map { "\($0.task) \($0.minutes)" } == ["WEB-1 105"])
        #expect(b.loggedMinutes == 105)
        #expect(b.assignedIn.map { "\($0.task) \($0.from ?? "new") by \($0.by)" } == ["WEB-4 carol by alice", "WEB-7 new by alice"])
        #expect(b.assignedIn.last?.title == "task 7")
        #expect(b.assignedOut.map { "\($0.task) → \($0.to ?? "-")" } == ["WEB-2 → carol"])
        #expect(b.inProgress.map { "\($0.task) \($0.remainingMinutes)" } == ["WEB-1 135"])
        #expect(b.blockedNow.map { "\($0.task) \($0.blockedReason ?? "")" } == ["WEB-3 waiting for API keys"])
        #expect(b.weekBookedMinutes == nil)
        #expect(b.risks.isEmpty)
    }

    @Test func carolFinishedHerOwnAndIsAbsentToday() throws {
        let (snap, activity) = fixture()
        let c = StandupBrief.make(handle: "carol", snapshot: snap, activity: activity, since: since, today: today)
        #expect(c.absent)
        #expect(c.finished.map(\.task.description) == ["WEB-5"])
        #expect(c.logged.map { "\($0.task) \($0.minutes)" } == ["WEB-3 120"])
        #expect(c.assignedIn.map(\.task.description) == ["WEB-2"])
        #expect(c.assignedOut.map(\.task.description) == ["WEB-4"])
        // Absent members are skipped when the lineup is made.
        #expect(try SpeakerOrder.alphabetical.lineup(members: snap.members, today: today).skipped == ["carol"])
        // Later "since": only what came after.
        let late = StandupBrief.make(handle: "carol", snapshot: snap, activity: activity, since: Sched.at("2026-11-27T15:00"), today: today)
        #expect(late.logged.isEmpty)
        #expect(late.finished.map(\.task.description) == ["WEB-5"])
    }

    @Test func loadAndDeadlinesAtRisk() throws {
        let (snap, activity) = fixture()
        let schedule = try Sched.schedule(snap.tasks, snap.members, milestones: snap.milestones, now: Sched.now())
        let load = schedule.teamLoad(weeks: 1)
        let b = StandupBrief.make(handle: "bob", snapshot: snap, activity: activity, since: since, today: today,
                                  load: load, schedule: schedule)
        #expect(b.weekCapacityMinutes == load.rows.first { $0.handle == "bob" }?.weeks.first?.capacityMinutes)
        #expect((b.weekBookedMinutes ?? 0) > 0)
        // WEB-4 (40h, due Tuesday) cannot be made; so neither can beta, which holds it.
        #expect(b.risks.map { "\($0.kind.rawValue) \($0.name) \($0.late)" } == ["task WEB-4 true", "milestone beta true"])
        #expect(b.risks.last?.tasks.map(\.description) == ["WEB-4"])
        let text = StandupBriefText.lines(b, today: today, timeZone: Sched.utc).joined(separator: "\n")
        #expect(text.hasPrefix("@bob Bob — since Fri Nov 27 00:00"))
        #expect(text.contains("Finished\n  WEB-2  task 2"))
        #expect(text.contains("Blocked\n  WEB-3  task 3 — waiting for API keys"))
        #expect(text.contains("Logged 1.75h\n  WEB-1  task 1  1.75h"))
        #expect(text.contains("Given to them\n  WEB-4  task 4 (from @carol) by @alice\n  WEB-7  task 7 (new) by @alice"))
        #expect(text.contains("Handed on\n  WEB-2  task 2 (to @carol)"))
        #expect(text.contains("In progress\n  WEB-1  task 1  in progress, 2.25h left, due Dec 4"))
        #expect(text.contains("Deadlines at risk\n  WEB-4  task 4, due Dec 1"))
        #expect(text.contains("milestone beta, due Dec 2"))
    }
}

@Suite struct LoggedTimeTests {
    static let at = Date(timeIntervalSince1970: 1_796_000_000)
    static func entry(_ id: Int64, _ field: String, _ value: String) -> Activity {
        Activity(id: id, changeID: id, at: at, actor: "bob", entity: .timeEntry, entityID: "\(id < 10 ? id : id - 10)",
                 field: field, oldValue: field == "deleted" ? value : nil, newValue: field == "deleted" ? nil : value)
    }

    @Test func perTaskInTheOrderFirstLoggedLeavingOutUndoneAndOtherPeoplesAndProjects() {
        let rows = [
            Self.entry(1, "created", "WEB-3 1.5h bob 2026-11-30"),
            Self.entry(2, "created", "WEB-1 0.33h bob 2026-11-30"),
            Self.entry(3, "created", "WEB-3 2h bob 2026-12-01"),
            Self.entry(4, "created", "WEB-3 8h carol 2026-12-01"),
            Self.entry(5, "created", "OPS-1 1h bob 2026-12-01"),
            Self.entry(6, "created", "WEB-1 4h bob 2026-12-01"),
            Self.entry(16, "deleted", "WEB-1 4h bob 2026-12-01"),  // entry 6 undone
        ]
        let web = LoggedTime.byTask(of: "bob", in: rows, projectKey: "WEB")
        #expect(web.map(\.task.description) == ["WEB-3", "WEB-1"])
        #expect(web.map(\.minutes) == [210, 20])
        #expect(LoggedTime.byTask(of: "bob", in: rows).map(\.task.description) == ["WEB-3", "WEB-1", "OPS-1"])
        #expect(LoggedTime.byTask(of: "carol", in: rows).map(\.minutes) == [480])
    }
}
