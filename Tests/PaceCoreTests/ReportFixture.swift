import Foundation
@testable import PaceCore

/// A small project worked out by hand for the report builders, all times UTC, "now"
/// Monday 2026-12-07 09:00. Project WEB starts Mon Nov 30; milestone 1 "beta" is due
/// Fri Dec 4. alice (100 EUR/h) and bob (60 EUR/h) work Mon–Fri, 8h a day.
///
///   WEB-1 login    alice  est 10h  beta   started Nov 30, done Wed Dec 2; 12h logged (Nov 30, Dec 1)
///   WEB-2 api      bob    est 8h → 12h (Dec 1)  beta   made for alice, given to bob Dec 1,
///                  started Dec 1, blocked Tue Dec 1 12:00 → Thu Dec 3 12:00 (exactly 2 days,
///                  "waiting for keys"), done Fri Dec 4; 10h logged (Dec 3, Dec 4)
///   WEB-3 docs     alice  est 4h   beta   due Dec 4, added Wed Dec 2, blocked since
///                  Fri Dec 4 09:00 ("client review"): still blocked, 3 days by now
///   WEB-4 dropped  bob    est 6h          cancelled Thu Dec 3
///
/// Baseline "plan", saved Nov 30 12:00: WEB-1 Nov 30–Dec 1 10h 1,000 EUR; WEB-2 Nov 30–Dec 2
/// 8h 800 EUR (alice's rate then); WEB-4 Dec 3 6h 360 EUR.
enum ReportFixture {
    static let utc = TimeZone(identifier: "UTC")!
    static let now = Now.parse("2026-12-07T09:00", timeZone: utc)!
    static func at(_ text: String) -> Date { Now.parse(text, timeZone: utc)!.instant }
    static func day(_ s: String) -> Day { Day(iso: s)! }
    static func id(_ n: Int) -> TaskID { TaskID(projectKey: "WEB", number: n) }
    static func eur(_ units: Int64) -> Money { Money(minorUnits: units * 100, currency: "EUR") }

    static let project = Project(key: "WEB", name: "Portal", client: "Northwind", startDate: day("2026-11-30"),
                                 budget: eur(5000))
    static let members = [Member(handle: "alice", name: "Alice", hourlyRate: eur(100)),
                          Member(handle: "bob", name: "Bob", hourlyRate: eur(60))]
    static let beta = Milestone(id: 1, projectKey: "WEB", name: "beta", due: day("2026-12-04"))

    static let tasks = [
        ProjectTask(id: id(1), title: "login", status: .done, assignee: "alice", estimateMinutes: 600, milestoneID: 1,
                    created: at("2026-11-30T09:00"), started: at("2026-11-30T10:00"), completed: at("2026-12-02T16:00"),
                    spentMinutes: 720),
        ProjectTask(id: id(2), title: "api", status: .done, assignee: "bob", estimateMinutes: 720, milestoneID: 1,
                    created: at("2026-11-30T09:05"), started: at("2026-12-01T09:00"), completed: at("2026-12-04T15:00"),
                    spentMinutes: 600),
        ProjectTask(id: id(3), title: "docs", status: .blocked, blockedReason: "client review", assignee: "alice",
                    estimateMinutes: 240, due: day("2026-12-04"), milestoneID: 1, created: at("2026-12-02T10:00")),
        ProjectTask(id: id(4), title: "dropped", status: .cancelled, assignee: "bob", estimateMinutes: 360,
                    created: at("2026-11-30T09:10"), completed: at("2026-12-03T10:00")),
    ]

    static let entries = [
        TimeEntry(id: 1, task: id(1), member: "alice", date: day("2026-11-30"), minutes: 360),
        TimeEntry(id: 2, task: id(1), member: "alice", date: day("2026-12-01"), minutes: 360),
        TimeEntry(id: 3, task: id(2), member: "bob", date: day("2026-12-03"), minutes: 240),
        TimeEntry(id: 4, task: id(2), member: "bob", date: day("2026-12-04"), minutes: 360),
    ]

    static let baseline = Baseline(id: 1, projectKey: "WEB", name: "plan", created: at("2026-11-30T12:00"), createdBy: "alice", tasks: [
        BaselineTask(task: id(1), milestoneID: 1, plannedStart: day("2026-11-30"), plannedFinish: day("2026-12-01"),
                     estimateMinutes: 600, plannedCost: eur(1000)),
        BaselineTask(task: id(2), milestoneID: 1, plannedStart: day("2026-11-30"), plannedFinish: day("2026-12-02"),
                     estimateMinutes: 480, plannedCost: eur(800)),
        BaselineTask(task: id(4), plannedStart: day("2026-12-03"), plannedFinish: day("2026-12-03"),
                     estimateMinutes: 360, plannedCost: eur(360)),
    ])

    /// The log, one change per command, as the store writes it.
    static var activity: [Activity] {
        var rows: [Activity] = []
        var change: Int64 = 0
        func command(_ time: String, _ actor: String, _ task: Int, _ fields: [(String, String?, String?)]) {
            change += 1
            for (field, old, new) in fields {
                rows.append(Activity(id: Int64(rows.count + 1), changeID: change, at: at(time), actor: actor, entity: .task,
                                     entityID: "WEB-\(task)", field: field, oldValue: old, newValue: new))
            }
        }
        command("2026-11-30T09:00", "alice", 1, [("created", nil, "login"), ("estimate", nil, "600"), ("assignee", nil, "alice"), ("milestone", nil, "1")])
        command("2026-11-30T09:05", "alice", 2, [("created", nil, "api"), ("estimate", nil, "480"), ("assignee", nil, "alice"), ("milestone", nil, "1")])
        command("2026-11-30T09:10", "alice", 4, [("created", nil, "dropped"), ("estimate", nil, "360"), ("assignee", nil, "bob")])
        command("2026-11-30T10:00", "alice", 1, [("status", "todo", "in-progress"), ("started", nil, "2026-11-30T10:00:00.000Z")])
        command("2026-12-01T08:00", "alice", 2, [("assignee", "alice", "bob")])
        command("2026-12-01T09:00", "bob", 2, [("status", "todo", "in-progress"), ("started", nil, "2026-12-01T09:00:00.000Z")])
        command("2026-12-01T10:00", "bob", 2, [("estimate", "480", "720")])
        command("2026-12-01T12:00", "bob", 2, [("status", "in-progress", "blocked"), ("blocked-reason", nil, "waiting for keys")])
        command("2026-12-02T10:00", "alice", 3, [("created", nil, "docs"), ("estimate", nil, "240"), ("assignee", nil, "alice"),
                                                 ("due", nil, "2026-12-04"), ("milestone", nil, "1")])
        command("2026-12-02T15:00", "alice", 1, [("status", "in-progress", "review")])
        command("2026-12-02T16:00", "erin", 1, [("status", "review", "done"), ("completed", nil, "2026-12-02T16:00:00.000Z")])
        command("2026-12-03T10:00", "alice", 4, [("status", "todo", "cancelled"), ("completed", nil, "2026-12-03T10:00:00.000Z")])
        command("2026-12-03T12:00", "bob", 2, [("status", "blocked", "in-progress"), ("blocked-reason", "waiting for keys", nil)])
        command("2026-12-04T09:00", "alice", 3, [("status", "todo", "blocked"), ("blocked-reason", nil, "client review")])
        command("2026-12-04T15:00", "bob", 2, [("status", "in-progress", "done"), ("completed", nil, "2026-12-04T15:00:00.000Z")])
        // Another project's rows never count.
        rows.append(Activity(id: 999, changeID: 999, at: at("2026-12-02T10:00"), actor: "zed", entity: .task, entityID: "OPS-1",
                             field: "created", oldValue: nil, newValue: "other"))
        return rows
    }

    static func snapshot(project: Project = project, tasks: [ProjectTask] = tasks) -> ProjectSnapshot {
        ProjectSnapshot(project: project, projects: [project], members: members, milestones: [beta], tasks: tasks, token: 1)
    }

    static func input(baseline: Baseline? = baseline, snapshot: ProjectSnapshot = snapshot()) throws -> ReportInput {
        let schedule = try Scheduler.schedule(.forProject(snapshot, now: now))
        return ReportInput(snapshot: snapshot, schedule: schedule, activity: activity, entries: entries,
                           rates: RateHistory(members: members), baseline: baseline, now: now)
    }
}
