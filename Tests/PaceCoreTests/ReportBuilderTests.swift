import Foundation
import Testing
@testable import PaceCore

/// The report builders on `ReportFixture`'s hand-worked project.
@Suite struct ReportBuilderTests {
    typealias F = ReportFixture

    @Test func historyReplaysBlockersEstimatesAndMoves() {
        let h = TaskHistory.build(activity: F.activity, projectKey: "WEB")
        #expect(h[TaskID(projectKey: "OPS", number: 1)] == nil)
        let api = try! #require(h[F.id(2)])
        // Blocked Tue 12:00 → Thu 12:00: exactly two days, with the reason given on the way in.
        #expect(api.blocked.count == 1)
        #expect(api.blocked[0].start == F.at("2026-12-01T12:00") && api.blocked[0].end == F.at("2026-12-03T12:00"))
        #expect(api.blocked[0].seconds(now: F.now.instant) == 2 * 86_400)
        #expect(api.blocked[0].reasons == ["waiting for keys"])
        #expect(api.originalEstimateMinutes == 480)
        #expect(api.estimateChanges.map { [$0.old, $0.new] } == [[480, 720]])
        #expect(api.firstStarted == F.at("2026-12-01T09:00"))
        #expect(api.reassignments.map { [$0.from, $0.to] } == [["alice", "bob"]])
        // Still blocked: open, three days by now.
        let docs = try! #require(h[F.id(3)])
        #expect(docs.blocked.count == 1 && docs.blocked[0].end == nil)
        #expect(docs.blocked[0].seconds(now: F.now.instant) == 3 * 86_400)
        #expect(docs.blocked[0].reasons == ["client review"])
        #expect(docs.firstStarted == nil)
    }

    @Test func reblockingWithANewReasonKeepsBothAndRemovalEndsTheSpell() {
        let t0 = F.at("2026-12-01T09:00")
        func row(_ n: Int64, _ hours: Double, _ field: String, _ old: String?, _ new: String?) -> Activity {
            Activity(id: n, changeID: n, at: t0.addingTimeInterval(hours * 3600), actor: "a", entity: .task, entityID: "WEB-9",
                     field: field, oldValue: old, newValue: new)
        }
        let h = TaskHistory.build(activity: [
            row(1, 0, "created", nil, "x"),
            row(2, 1, "status", "todo", "blocked"), row(3, 1, "blocked-reason", nil, "keys"),
            row(4, 5, "blocked-reason", "keys", "legal"),
            row(5, 30, "deleted", nil, "2026-12-02T15:00:00.000Z"),
        ], projectKey: "WEB")[TaskID(projectKey: "WEB", number: 9)]!
        #expect(h.blocked.count == 1)
        #expect(h.blocked[0].reasons == ["keys", "legal"])
        #expect(h.blocked[0].seconds(now: .distantFuture) == 29 * 3600)
    }

    @Test func isoWeeks() {
        #expect(ISOWeek(F.day("2026-11-30")).description == "2026-W49")
        #expect(ISOWeek(F.day("2026-12-06")).description == "2026-W49")
        // 2026 starts on a Thursday, so it has 53 weeks; New Year's Day 2027 is in its last.
        #expect(ISOWeek(F.day("2026-01-01")).description == "2026-W01")
        #expect(ISOWeek(F.day("2027-01-01")).description == "2026-W53")
        #expect(ISOWeek(F.day("2027-01-04")).description == "2027-W01")
        #expect(ISOWeek(F.day("2024-12-30")).description == "2025-W01")
        #expect(ISOWeek(F.day("2026-12-31")).next.start == F.day("2027-01-04"))
    }

    @Test func statusReport() throws {
        let r = StatusReport.make(try F.input(), since: F.day("2026-12-01"))
        #expect(r.overall == .late)
        // beta: WEB-3 (4h, alice is free) runs Mon Dec 7 09:00–13:00, due Fri Dec 4: one working day late.
        let beta = try #require(r.milestones.first)
        #expect(beta.health == .late && beta.forecast == F.day("2026-12-07") && beta.slackWorkingDays == -1)
        #expect(beta.openTasks == 1 && beta.doneTasks == 2 && beta.remainingMinutes == 240)
        #expect(beta.estimateMinutes == 600 + 720 + 240 && beta.doneEstimateMinutes == 1320)
        #expect(beta.drivingChain.map(\.task) == [F.id(3)])
        #expect(r.atRisk.map(\.name) == ["beta"])
        // Done since Dec 1: WEB-1 (Dec 2), WEB-2 (Dec 4). Logged Dec 1–7: alice 6h, bob 4h + 6h.
        #expect(r.done.map(\.task) == [F.id(1), F.id(2)])
        #expect(r.done.map(\.loggedMinutes) == [720, 600])
        #expect(r.loggedMinutes == 960)
        #expect(r.loggedByMember.map(\.handle) == ["bob", "alice"] && r.loggedByMember.map(\.minutes) == [600, 360])
        #expect(r.next.map(\.task) == [F.id(3)] && r.next[0].late && r.next[0].start == F.day("2026-12-07"))
        // Risks: WEB-3 blocked since Friday (3 days), overdue by 3 days; alice's one late task slips a day.
        #expect(r.blocked.map(\.task) == [F.id(3)])
        #expect(r.blocked[0].since == F.at("2026-12-04T09:00") && r.blocked[0].days == 3 && r.blocked[0].reason == "client review")
        #expect(r.overdue.map(\.task) == [F.id(3)] && r.overdue[0].daysOverdue == 3 && r.overdue[0].forecast == F.day("2026-12-07"))
        #expect(r.overloaded.map(\.handle) == ["alice"])
        #expect(r.overloaded[0].weeksOver.isEmpty && r.overloaded[0].lateTasks == 1 && r.overloaded[0].slipWorkingDays == 1)
        // Money: spent alice 12h × 100 + bob 10h × 60 = 1,800; BAC 1,000 + 800 + 360, all of it
        // planned by now; EV 1,000 + 800 (WEB-4 was cancelled: it earns nothing).
        #expect(r.hasMoney)
        #expect(r.budget.spent == 1800_00)
        // Forecast: 1,800 spent + WEB-3's 4h at 100 = 2,200 of the 5,000 budget: on track.
        #expect(r.budgetStatus?.level == .onTrack && r.budget.forecastAtCompletion == 2200_00)
        #expect(r.budget.money.bac == 2160_00 && r.budget.money.pv == 2160_00 && r.budget.money.ev == 1800_00)
        #expect(r.budget.money.cpi == 1 && r.budget.money.spi.map { abs($0 - 1800.0 / 2160) < 1e-9 } == true)
        #expect(r.burndown.first?.day == F.day("2026-11-30") && r.burndown.last?.day == F.day("2026-12-07"))
    }

    @Test func debriefAgainstTheBaseline() throws {
        let r = DebriefReport.make(try F.input())
        // beta: planned by Dec 2 (WEB-2), forecast Mon Dec 7 for WEB-3: Dec 3, 4 and 7 are three
        // working days later; one after its due date. Hours: planned 10h + 8h, estimates now
        // 10 + 12 + 4, logged 12 + 10, 4h open. Cost: planned 1,800; spent 1,200 + 600;
        // at completion + 4h × 100.
        let beta = try #require(r.milestones.first)
        #expect(beta.plannedFinish == F.day("2026-12-02") && beta.finish == F.day("2026-12-07") && beta.finishIsForecast)
        #expect(beta.slipVsPlan == 3 && beta.slipVsDue == 1)
        #expect(beta.plannedMinutes == 1080 && beta.estimateMinutes == 1560 && beta.loggedMinutes == 1320 && beta.remainingMinutes == 240)
        #expect(beta.plannedCost == 1800_00 && beta.actualCost == 1800_00 && beta.costAtCompletion == 2200_00)
        #expect(r.total.plannedCost == 2160_00 && r.total.plannedMinutes == 1440)

        // Accuracy against the estimates tasks were made with: WEB-1 12h/10h = 1.2, WEB-2
        // 10h/8h = 1.25 (re-estimated to 12h on the way), so WEB-2 is the larger miss.
        #expect(r.accuracy.map(\.task) == [F.id(2), F.id(1)])
        #expect(r.accuracy.map(\.ratio) == [1.25, 1.2])
        #expect(r.accuracy[0].finalEstimateMinutes == 720 && r.accuracy[1].finalEstimateMinutes == nil)
        #expect(r.accuracyByMember.map(\.handle) == ["alice", "bob"])
        #expect(r.accuracyByMember.map(\.ratio) == [1.2, 1.25])
        #expect(r.accuracyTotal.estimateMinutes == 1080 && r.accuracyTotal.loggedMinutes == 1320)

        // Slips, largest first, with what held each up.
        #expect(r.slipsAgainstBaseline)
        #expect(r.slips.map(\.task) == [F.id(2), F.id(1)])
        #expect(r.slips.map(\.workingDays) == [2, 1])
        #expect(r.slips[0].causes == [
            .blocked(seconds: 2 * 86_400, reasons: ["waiting for keys"]),
            .estimateRaised(from: 480, to: 720),
            .startedLate(workingDays: 1, started: F.day("2026-12-01"), planned: F.day("2026-11-30"), notYet: false),
            .reassigned(["alice", "bob"]),
        ])
        #expect(r.slips[1].causes == [.effortOverrun(logged: 720, planned: 600)])

        // Throughput: the project's week (two done, 22h) and this one.
        #expect(r.throughput.map(\.week.description) == ["2026-W49", "2026-W50"])
        #expect(r.throughput.map(\.tasksDone) == [2, 0] && r.throughput.map(\.loggedMinutes) == [1320, 0])

        // Blockers with how long they lasted, the open one up to now.
        #expect(r.blockers.map(\.span.task) == [F.id(2), F.id(3)])
        #expect(r.blockers.map(\.seconds) == [2 * 86_400, 3 * 86_400])

        // Scope since the baseline: +4h estimate on WEB-2, WEB-3 added with 4h, WEB-4's 6h cancelled.
        #expect(r.scopeReference == .baseline(name: "plan", saved: F.at("2026-11-30T12:00")))
        #expect(r.scopeChanges.map(\.kind) == [.estimateUp, .added, .cancelled])
        #expect(r.scopeChanges.map(\.task) == [F.id(2), F.id(3), F.id(4)])
        #expect(r.scopeChanges.map(\.deltaMinutes) == [240, 240, -360])
        #expect(r.scopeNetMinutes == 120)
    }

    @Test func debriefWithoutABaselineMeasuresAgainstDueDates() throws {
        let r = DebriefReport.make(try F.input(baseline: nil))
        #expect(r.baselineName == nil && !r.slipsAgainstBaseline)
        #expect(r.milestones[0].plannedFinish == nil && r.milestones[0].plannedMinutes == nil && r.milestones[0].plannedCost == nil)
        // Only WEB-3 has a due date it misses (forecast Mon, due Fri): blocked three days so far.
        #expect(r.slips.map(\.task) == [F.id(3)] && r.slips[0].workingDays == 1 && r.slips[0].finishIsForecast)
        #expect(r.slips[0].causes == [.blocked(seconds: 3 * 86_400, reasons: ["client review"])])
        // Scope counted from the end of the project's first day: the same three changes.
        #expect(r.scopeReference == .projectStart(F.day("2026-11-30")))
        #expect(r.scopeChanges.map(\.deltaMinutes) == [240, 240, -360])
    }

    @Test func scopeChangesOfRemovalsRestoresAndUndoneCreations() {
        let t0 = F.at("2026-12-01T09:00")
        var n: Int64 = 0
        var made = 0
        func rowsMade() -> Int { made += 1; return made }
        func row(_ hours: Double, _ task: Int, _ field: String, _ old: String?, _ new: String?, sameChange: Bool = false) -> Activity {
            if !sameChange { n += 1 }
            return Activity(id: Int64(rowsMade()), changeID: n, at: t0.addingTimeInterval(hours * 3600), actor: "a",
                            entity: .task, entityID: "WEB-\(task)", field: field, oldValue: old, newValue: new)
        }
        var rows = [row(0, 1, "created", nil, "a"), row(0, 1, "estimate", nil, "120", sameChange: true)]
        rows += [row(1, 2, "created", nil, "b")]                                  // no estimate: added, 0h
        rows += [row(2, 2, "estimate", nil, "60")]                                // a first estimate: +1h
        rows += [row(3, 1, "deleted", nil, "2026-12-01T12:00:00.000Z")]           // pace rm: -2h
        rows += [row(4, 1, "deleted", "2026-12-01T12:00:00.000Z", nil)]           // pace restore: +2h
        rows += [row(5, 2, "estimate", "60", "30")]                               // lowered: -0.5h
        rows += [row(6, 2, "deleted", "b", nil)]                                  // its creation undone: -0.5h
        let changes = ScopeChange.list(activity: rows.reversed(), projectKey: "WEB",
                                       after: t0.addingTimeInterval(-1))
        #expect(changes.map(\.kind) == [.added, .added, .estimateUp, .removed, .restored, .estimateDown, .removed])
        #expect(changes.map(\.deltaMinutes) == [120, 0, 60, -120, 120, -30, -30])
        // Only what comes after the cut-off counts.
        #expect(ScopeChange.list(activity: rows, projectKey: "WEB", after: t0.addingTimeInterval(3.5 * 3600)).map(\.kind)
                == [.restored, .estimateDown, .removed])
    }
}
