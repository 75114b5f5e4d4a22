import Foundation
import PaceCore
import PaceStore
@testable import PaceUI

/// The demo workspace at a fixed clock (Monday 2026-11-30 09:00 UTC), built once per
/// process in a temporary data directory, and dashboard states over it.
enum DemoFixture {
    static let now = Now.parse("2026-11-30T09:00:00Z", timeZone: TimeZone(identifier: "UTC")!)!

    struct Loaded: Sendable {
        var snapshot: ProjectSnapshot
        var timeEntries: [TimeEntry]
        var activity: [Activity]
        /// Every row since the standup's "since" (Friday 00:00), oldest first, as the
        /// runner's `.loadActivity` delivers it.
        var standupActivity: [Activity]
        /// Time entries, rates and the kickoff baseline: what the budget view is made of.
        var ledger: ProjectLedger
    }

    static let loaded: Loaded = {
        let dir = DataDirectory(url: FileManager.default.temporaryDirectory.appendingPathComponent("pace-ui-demo-\(UUID().uuidString)"))
        defer { try? FileManager.default.removeItem(at: dir.url) }
        do {
            let ws = try SQLiteWorkspace.create(at: dir)
            try ws.applyBatch(DemoWorkspace.sample(now: now))
            return Loaded(snapshot: try ws.snapshot(projectKey: nil), timeEntries: try ws.timeEntries(projectKey: "WEB"),
                          activity: try ws.activity(entity: .task, entityID: nil, limit: 100_000),
                          standupActivity: try ws.activity(since: standupSince), ledger: try ws.ledger(projectKey: "WEB"))
        } catch {
            fatalError("demo fixture: \(error)")
        }
    }()

    static var snapshot: ProjectSnapshot { loaded.snapshot }

    /// What the runner would load for a task's detail view.
    static func detailLoaded(_ id: TaskID) -> Message {
        .detailLoaded(id, timeEntries: loaded.timeEntries.filter { $0.task == id },
                      history: loaded.activity.filter { $0.entityID == id.description })
    }

    static let defaultTheme: Theme = {
        let catalog = ThemeCatalog(environment: [:])
        return (try? catalog.load(nameOrPath: "default")) ?? .emergency
    }()

    static let schedule: Schedule = {
        do {
            return try Scheduler.schedule(.forProject(snapshot, now: now))
        } catch {
            fatalError("demo forecast: \(error)")
        }
    }()

    /// A dashboard state whose forecast has arrived.
    static func forecastState(width: Int = 80, height: Int = 24) -> AppState {
        var s = state(width: width, height: height)
        _ = Update.update(&s, .forecastReady(token: snapshot.token, schedule: schedule, error: nil))
        return s
    }

    /// Where a standup on the fixture's Monday looks back to: Friday 00:00 UTC.
    static let standupSince = Now.parse("2026-11-27T00:00:00Z", timeZone: TimeZone(identifier: "UTC")!)!.instant

    static func state(width: Int = 80, height: Int = 24, readOnly: Bool = false, theme: Theme? = nil,
                      actor: String = "alice") -> AppState {
        var s = AppState(now: now, readOnly: readOnly, workspaceName: "demo", actor: actor, width: width, height: height,
                         glyphs: .unicode, theme: theme ?? defaultTheme, keymap: .default, deadlineDays: 21)
        _ = Update.update(&s, .loaded(snapshot))
        _ = Update.update(&s, budgetReady)
        return s
    }

    static let budget = BudgetOverview.compute(snapshot, ledger: loaded.ledger, asOf: now.today)

    /// What the runner's budget job delivers for the fixture.
    static var budgetReady: Message { .budgetReady(token: snapshot.token, overview: budget, error: nil) }

    /// The burndown of a milestone (nil: the project) as the runner's job replays it.
    static func burndownDays(milestone: Int64?, from: Day, through: Day) -> [BurndownDay] {
        Burndown.days(activity: loaded.activity.reversed(), entries: loaded.timeEntries, projectKey: "WEB", milestoneID: milestone,
                      from: from, through: through, timeZone: now.timeZone)
    }
}
