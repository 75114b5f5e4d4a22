import Foundation
import Testing
@testable import PaceCore

/// The team-load view built from a forecast, next to the naive spread it replaces.
@Suite struct SchedulingTeamLoadTests {
    typealias S = Sched

    static func snapshot(_ input: ScheduleInput) -> ProjectSnapshot {
        ProjectSnapshot(project: Project(key: "WEB", name: "Web"), projects: [Project(key: "WEB", name: "Web")],
                        members: input.members, milestones: input.milestones, tasks: input.tasks, token: 0)
    }

    @Test func aForecastNeverShowsAWeekOverCapacityWhereTheNaiveSpreadDoes() throws {
        // Alice (40 h a week) has 80 h due this Friday and 200 h with no date. The naive
        // spread puts both 40 h tasks into this week and 50 h of the undated work into
        // every week: 130 h against 40 h, 325%. The forecast fills each week to exactly 40 h and leaves the
        // rest beyond the four weeks: 280 h − 160 h = 120 h.
        let tasks = [S.task(1, "alice", hours: 40, due: "2026-12-04"), S.task(2, "alice", hours: 40, due: "2026-12-04"),
                     S.task(3, "alice", hours: 200), S.task(4, nil, hours: 5)]
        let input = ScheduleInput(tasks: tasks, members: [S.member("alice")], now: S.now())
        let naive = NaiveLoad.compute(Self.snapshot(input), today: input.now.today)
        #expect(naive.rows[0].weeks[0].ratio == 3.25)
        #expect(naive.rows[0].weeks.contains { $0.isOver })

        let load = try Scheduler.schedule(input).teamLoad()
        #expect(load.weekStarts == naive.weekStarts)
        #expect(load.rows.map(\.handle) == ["alice"])
        #expect(load.rows[0].weeks.map(\.bookedMinutes) == [2400, 2400, 2400, 2400])
        #expect(load.rows[0].weeks.map(\.capacityMinutes) == [2400, 2400, 2400, 2400])
        #expect(load.rows[0].weeks.allSatisfy { $0.ratio == 1 })
        #expect(load.rows[0].beyondMinutes == 120 * 60)
        #expect(load.unassignedMinutes == 300 && load.overloadedThisWeek.isEmpty)
    }

    @Test func aFullyBookedWeekReadsFullAtAnyHour() throws {
        // Monday 14:30: 5.5 h of today are gone, so this week holds 34.5 h, all booked.
        let input = ScheduleInput(tasks: [S.task(1, "alice", hours: 100)], members: [S.member("alice")],
                                  now: S.now("2026-11-30T14:30"))
        let week = try Scheduler.schedule(input).teamLoad(weeks: 1).rows[0].weeks[0]
        #expect(week.capacityMinutes == 2400 - 330 && week.bookedMinutes == 2400 - 330 && week.ratio == 1)
    }

    @Test func capacityCountsTimeOffAndHolidaysAndStartsOnAWeekendWithTheComingWeek() throws {
        // Saturday Dec 5: the first week is the one starting Monday Dec 7. Bob is off
        // Dec 8–9, so that week holds 24 h, all booked; the remaining 6 h go into the
        // next week (40 h). Dec 25 is a holiday, so the week of Dec 21 holds 32 h.
        let input = ScheduleInput(tasks: [S.task(1, "bob", hours: 30)],
                                  members: [S.member("bob", off: [("2026-12-08", "2026-12-09")])],
                                  now: S.now("2026-12-05T10:00"), holidays: [Day(iso: "2026-12-25")!])
        let load = try Scheduler.schedule(input).teamLoad(weeks: 3)
        #expect(load.weekStarts.map(\.iso) == ["2026-12-07", "2026-12-14", "2026-12-21"])
        #expect(load.rows[0].weeks.map(\.capacityMinutes) == [1440, 2400, 1920])
        #expect(load.rows[0].weeks.map(\.bookedMinutes) == [1440, 360, 0])
    }

    @Test func overRandomWorkspacesTheForecastStaysWithinCapacityWhileTheNaiveSpreadOftenDoesNot() throws {
        var naiveOver = 0
        for seed in UInt64(9_000)..<9_200 {
            let input = SchedulingRandomInput.make(seed: seed)
            let naive = NaiveLoad.compute(Self.snapshot(input), today: input.now.today)
            if naive.rows.contains(where: { $0.weeks.contains(where: \.isOver) }) { naiveOver += 1 }
            let load = try Scheduler.schedule(input).teamLoad()
            let over = load.rows.flatMap { r in r.weeks.filter(\.isOver).map { "\(r.handle) \($0.start)" } }
            #expect(over.isEmpty, "seed \(seed): \(over)")
        }
        #expect(naiveOver > 20)
    }
}
