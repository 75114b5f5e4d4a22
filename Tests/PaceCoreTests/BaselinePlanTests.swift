import Foundation
import Testing
@testable import PaceCore

/// Freezing a forecast: Monday 2026-11-30 09:00 UTC, alice 8h a day; her rate is 100 EUR/h,
/// 120 from Wednesday Dec 2.
@Suite struct BaselinePlanTests {
    @Test func freezesTheForecastAndPricesAtThePlannedStart() throws {
        var done = Sched.task(3, "alice", hours: 4, status: .done)
        done.started = Sched.at("2026-11-25T10:00")
        done.completed = Sched.at("2026-11-27T16:00")
        let tasks = [
            Sched.task(1, "alice", hours: 16),
            Sched.task(2, "alice", hours: 8, deps: [1]),
            done,
            Sched.task(4, "alice", hours: 6, status: .cancelled),
        ]
        let alice = Sched.member("alice")
        let snap = ProjectSnapshot(project: Project(key: "WEB", name: "Portal"), projects: [], members: [alice],
                                   milestones: [], tasks: tasks, token: 1)
        let now = Sched.now()
        let schedule = try Scheduler.schedule(.forProject(snap, now: now))
        let eur = { (u: Int64) in Money(minorUnits: u * 100, currency: "EUR") }
        let rates = RateHistory(periods: [RatePeriod(member: "alice", effectiveFrom: Day(iso: "1970-01-01")!, rate: eur(100)),
                                          RatePeriod(member: "alice", effectiveFrom: Day(iso: "2026-12-02")!, rate: eur(120))])
        let plan = BaselinePlan.tasks(snapshot: snap, schedule: schedule, rates: rates, timeZone: Sched.utc)
        // The cancelled WEB-4 is not planned.
        #expect(plan.map(\.task.number) == [1, 2, 3])
        // WEB-1: 16h from Mon 09:00 runs Mon and Tue; 16h × 100 = 1600.00.
        #expect(plan[0].plannedStart?.iso == "2026-11-30" && plan[0].plannedFinish?.iso == "2026-12-01")
        #expect(plan[0].plannedCost == eur(1600))
        // WEB-2 waits for WEB-1: Wednesday, at Wednesday's rate, 8h × 120 = 960.00.
        #expect(plan[1].plannedStart?.iso == "2026-12-02" && plan[1].plannedFinish?.iso == "2026-12-02")
        #expect(plan[1].plannedCost == eur(960))
        // WEB-3, already done, at the days it ran: 4h × 100 = 400.00.
        #expect(plan[2].plannedStart?.iso == "2026-11-25" && plan[2].plannedFinish?.iso == "2026-11-27")
        #expect(plan[2].plannedCost == eur(400))

        // Measured against it on Tuesday with WEB-1 half done (8h of 16h remaining):
        // PV = WEB-3 400 + WEB-1 1600 (planned finished Tue) = 2000.00; EV = 400 + 800 = 1200.00.
        var progressed = tasks
        progressed[0].status = .inProgress
        progressed[0].remainingMinutes = 480
        let baseline = Baseline(id: 1, projectKey: "WEB", name: "kickoff", created: now.instant, createdBy: "alice", tasks: plan)
        let ev = EarnedValue.compute(tasks: progressed, entries: [], rates: rates, baseline: baseline,
                                     asOf: Day(iso: "2026-12-01")!, measure: .money)
        #expect(ev.bac == 296_000 && ev.pv == 200_000 && ev.ev == 120_000)
        #expect(ev.spi == 0.6)
    }
}
