import Foundation
import Testing
@testable import PaceCore

/// Forecasts small enough to work out by hand. Unless a test says otherwise: now is
/// Monday 2026-11-30 09:00 UTC, everyone works 40 h over Mon–Fri, so 8 h a day from
/// 09:00 to 17:00, and the working day starts at 09:00.
@Suite struct SchedulingHandComputedTests {
    typealias S = Sched

    @Test func oneMemberChainOfThree() throws {
        // WEB-1 (6 h): Mon 09:00–15:00.
        // WEB-2 (4 h) waits for WEB-1: Mon 15:00–17:00 is 2 h, Tue 09:00–11:00 the rest.
        // WEB-3 (8 h) waits for WEB-2: Tue 11:00–17:00 is 6 h, Wed 09:00–11:00 the rest.
        let s = try S.schedule([S.task(3, "alice", hours: 8, deps: [2]), S.task(1, "alice", hours: 6),
                                S.task(2, "alice", hours: 4, deps: [1])], [S.member("alice")])
        #expect(s.of(1).start == S.at("2026-11-30T09:00") && s.of(1).finish == S.at("2026-11-30T15:00"), "\(s.timeline())")
        #expect(s.of(2).start == S.at("2026-11-30T15:00") && s.of(2).finish == S.at("2026-12-01T11:00"))
        #expect(s.of(3).start == S.at("2026-12-01T11:00") && s.of(3).finish == S.at("2026-12-02T11:00"))
        #expect(s.of(1).startedBecause == .now)
        #expect(s.of(2).startedBecause == .dependency(S.id(1)))
        #expect(s.of(3).startedBecause == .dependency(S.id(2)))
        #expect(s.of(3).flags == [.waitedForDependency])
        #expect(s.bookedMinutes["alice"] == [Day(iso: "2026-11-30")!: 480, Day(iso: "2026-12-01")!: 480, Day(iso: "2026-12-02")!: 120])
        #expect(s.of(3).startDay == Day(iso: "2026-12-01")! && s.of(3).finishDay == Day(iso: "2026-12-02")!)
    }

    @Test func twoMembersInParallel() throws {
        // Alice's 12 h: all of Monday, then Tue 09:00–13:00. Bob's 4 h: Mon 09:00–13:00.
        let s = try S.schedule([S.task(1, "alice", hours: 12), S.task(2, "bob", hours: 4)],
                               [S.member("bob"), S.member("alice")])
        #expect(s.of(1).start == S.at("2026-11-30T09:00") && s.of(1).finish == S.at("2026-12-01T13:00"))
        #expect(s.of(2).start == S.at("2026-11-30T09:00") && s.of(2).finish == S.at("2026-11-30T13:00"))
        #expect(s.of(1).lane == .member("alice") && s.of(2).lane == .member("bob"))
        #expect(s.bookings["bob"]?.total == 240 && s.bookings["alice"]?.total == 720)
    }

    @Test func dependencyAcrossMembersMakesBobWaitAndShowsInTheChain() throws {
        // WEB-1 alice 10 h: Mon 09:00–17:00, Tue 09:00–11:00.
        // WEB-3 bob 2 h, low, no dependencies: bob does it first, Mon 09:00–11:00, then idles.
        // WEB-2 bob 4 h waits for WEB-1: ready Tue 11:00, bob is free: Tue 11:00–15:00.
        // Milestone due Tue Dec 1 holds WEB-2: forecast Tue, slack 0 < 2 → at risk.
        let beta = Milestone(id: 7, projectKey: "WEB", name: "beta", due: Day(iso: "2026-12-01"))
        let s = try S.schedule([S.task(1, "alice", hours: 10), S.task(2, "bob", hours: 4, deps: [1], milestone: 7),
                                S.task(3, "bob", hours: 2, priority: .low)],
                               [S.member("alice"), S.member("bob")], milestones: [beta])
        #expect(s.of(3).start == S.at("2026-11-30T09:00") && s.of(3).finish == S.at("2026-11-30T11:00"))
        #expect(s.of(2).start == S.at("2026-12-01T11:00") && s.of(2).finish == S.at("2026-12-01T15:00"), "\(s.timeline())")
        #expect(s.of(2).startedBecause == .dependency(S.id(1)))
        #expect(s.of(2).startedBecause.description == "waits for WEB-1")
        #expect(s.of(2).flags.contains(.waitedForDependency))
        let m = try #require(s.milestone(id: 7))
        #expect(m.status == .atRisk && m.slackWorkingDays == 0 && m.forecast == S.at("2026-12-01T15:00"))
        #expect(m.drivingChain.map(\.id) == [S.id(1), S.id(2)])
        #expect(m.drivingChain.map(\.startedBecause) == [.now, .dependency(S.id(1))])
    }

    @Test func anIdleMemberTakesReadyLowPriorityWorkWhileUrgentWorkWaits() throws {
        // WEB-2 (alice, urgent, 4 h) waits for WEB-1 (bob, 2 h: Mon 09:00–11:00).
        // At 09:00 only WEB-3 (alice, low, 4 h) is ready: she takes it, 09:00–13:00.
        // WEB-2 is ready at 11:00 but alice is busy until 13:00: 13:00–17:00,
        // "waiting for alice: WEB-3", and still flagged as having waited for a dependency.
        let s = try S.schedule([S.task(1, "bob", hours: 2), S.task(2, "alice", hours: 4, deps: [1], priority: .urgent),
                                S.task(3, "alice", hours: 4, priority: .low)], [S.member("alice"), S.member("bob")])
        #expect(s.of(3).start == S.at("2026-11-30T09:00") && s.of(3).finish == S.at("2026-11-30T13:00"))
        #expect(s.of(2).start == S.at("2026-11-30T13:00") && s.of(2).finish == S.at("2026-11-30T17:00"))
        #expect(s.of(2).startedBecause == .busy(lane: .member("alice"), with: S.id(3)))
        #expect(s.of(2).startedBecause.description == "waiting for alice: WEB-3")
        #expect(s.of(2).flags == [.waitedForDependency])
    }

    @Test func timeOffInTheMiddleOfATaskIsSpanned() throws {
        // 24 h from Monday, alice off Wed–Thu: Mon 8 h, Tue 8 h, Fri 8 h → Fri 17:00.
        let s = try S.schedule([S.task(1, "alice", hours: 24)],
                               [S.member("alice", off: [("2026-12-02", "2026-12-03")])])
        #expect(s.of(1).start == S.at("2026-11-30T09:00") && s.of(1).finish == S.at("2026-12-04T17:00"))
        let b = try #require(s.bookings["alice"])
        #expect(b.minutes == [480, 480, 0, 0, 480])
    }

    @Test func aPublicHolidayIsSkipped() throws {
        // 12 h from Monday with Tuesday a holiday: Mon 8 h, Wed 09:00–13:00.
        let s = try S.schedule([S.task(1, "alice", hours: 12)], [S.member("alice")], holidays: ["2026-12-01"])
        #expect(s.of(1).finish == S.at("2026-12-02T13:00"))
        #expect(s.bookings["alice"]?[Day(iso: "2026-12-01")!] == 0)
    }

    @Test func partTimeCapacity() throws {
        // Dave: 24 h over Mon–Wed, so 8 h on each of those days and nothing Thu–Fri.
        // 30 h: Mon, Tue, Wed 8 h each = 24 h, the last 6 h next Monday 09:00–15:00.
        // Erin: 20 h over Mon–Fri = 4 h a day, 09:00–13:00. 10 h: Mon 4, Tue 4, Wed 09:00–11:00.
        let s = try S.schedule([S.task(1, "dave", hours: 30), S.task(2, "erin", hours: 10)],
                               [S.member("dave", hours: 24, days: [.monday, .tuesday, .wednesday]), S.member("erin", hours: 20)])
        #expect(s.of(1).finish == S.at("2026-12-07T15:00"))
        #expect(s.bookings["dave"]?.minutes == [480, 480, 480, 0, 0, 0, 0, 360])
        #expect(s.of(2).finish == S.at("2026-12-02T11:00"))
        #expect(s.bookings["erin"]?.minutes == [240, 240, 120])
    }

    @Test func inProgressWorkWithPartialHoursLeftGoesFirst() throws {
        // In-progress work continues before anything else, however urgent: WEB-2 (low,
        // 10 h estimate, 3 h remaining) and WEB-3 (medium, 8 h estimate, 6 h logged, so
        // 2 h left) go before the urgent WEB-1, and between the two, priority: WEB-3 first.
        // WEB-3 09:00–11:00, WEB-2 11:00–14:00, WEB-1 (4 h) 14:00–17:00 and Tue 09:00–10:00.
        let s = try S.schedule([S.task(1, "alice", hours: 4, priority: .urgent),
                                S.task(2, "alice", hours: 10, status: .inProgress, priority: .low, remainingHours: 3),
                                S.task(3, "alice", hours: 8, status: .inProgress, spentHours: 6)], [S.member("alice")])
        #expect(s.of(3).start == S.at("2026-11-30T09:00") && s.of(3).finish == S.at("2026-11-30T11:00"), "\(s.timeline())")
        #expect(s.of(2).start == S.at("2026-11-30T11:00") && s.of(2).finish == S.at("2026-11-30T14:00"))
        #expect(s.of(1).start == S.at("2026-11-30T14:00") && s.of(1).finish == S.at("2026-12-01T10:00"))
        #expect(s.of(2).workMinutes == 180 && s.of(3).workMinutes == 120)
    }

    @Test func readyWorkIsTakenByPriorityThenDueDateThenID() throws {
        // All 2 h for alice, all ready now. Order: urgent WEB-2; high WEB-4 (due Dec 3)
        // before high WEB-3 (due Dec 10); medium WEB-5 (no due date, but its milestone is
        // due Dec 2) before medium WEB-6 (due Dec 4); medium WEB-7 and WEB-8 (no dates) by
        // ID; low WEB-1 last.
        // Mon: WEB-2 09–11, WEB-4 11–13, WEB-3 13–15, WEB-5 15–17.
        // Tue: WEB-6 09–11, WEB-7 11–13, WEB-8 13–15, WEB-1 15–17.
        let m = Milestone(id: 1, projectKey: "WEB", name: "alpha", due: Day(iso: "2026-12-02"))
        let s = try S.schedule([S.task(8, "alice", hours: 2), S.task(7, "alice", hours: 2),
                                S.task(1, "alice", hours: 2, priority: .low), S.task(2, "alice", hours: 2, priority: .urgent),
                                S.task(3, "alice", hours: 2, priority: .high, due: "2026-12-10"),
                                S.task(4, "alice", hours: 2, priority: .high, due: "2026-12-03"),
                                S.task(5, "alice", hours: 2, milestone: 1), S.task(6, "alice", hours: 2, due: "2026-12-04")],
                               [S.member("alice")], milestones: [m])
        let order = s.tasks.sorted { $0.start < $1.start }.map(\.id.number)
        #expect(order == [2, 4, 3, 5, 6, 7, 8, 1])
        #expect(s.of(5).start == S.at("2026-11-30T15:00") && s.of(1).finish == S.at("2026-12-01T17:00"))
        #expect(s.of(7).startedBecause == .busy(lane: .member("alice"), with: S.id(6)))
    }

    @Test func unassignedAndUnestimatedWorkIsFlaggedAndScheduled() throws {
        // Parallel unassigned lane, 8 h a day on project days, each task on its own:
        // WEB-1 (12 h, nobody): Mon 09:00–17:00, Tue 09:00–13:00.
        // WEB-2 (nobody, no estimate → 4 h default): Mon 09:00–13:00.
        // WEB-3 (alice, no estimate → 4 h): Mon 09:00–13:00.
        // WEB-4 (zed, who is not a member, 2 h): the unassigned lane, Mon 09:00–11:00.
        let tasks = [S.task(1, nil, hours: 12), S.task(2, nil, hours: nil), S.task(3, "alice", hours: nil),
                     S.task(4, "zed", hours: 2)]
        let s = try S.schedule(tasks, [S.member("alice")])
        #expect(s.of(1).lane == .unassigned && s.of(1).flags == [.unassigned])
        #expect(s.of(1).finish == S.at("2026-12-01T13:00"))
        #expect(s.of(2).flags == [.unassigned, .defaultEstimate] && s.of(2).workMinutes == 240)
        #expect(s.of(2).start == S.at("2026-11-30T09:00") && s.of(2).finish == S.at("2026-11-30T13:00"))
        #expect(s.of(3).lane == .member("alice") && s.of(3).flags == [.defaultEstimate])
        #expect(s.of(3).finish == S.at("2026-11-30T13:00"))
        #expect(s.of(4).lane == .unassigned && s.of(4).flags == [.assigneeUnavailable])
        #expect(s.of(4).finish == S.at("2026-11-30T11:00"))
        #expect(s.unassignedBookings.minutes == [480 + 240 + 120, 240])

        // A shared lane queues them like one more person: by ID (all medium, no dates).
        // WEB-1 Mon 09:00 – Tue 13:00, WEB-2 Tue 13:00–17:00, WEB-4 Wed 09:00–11:00.
        let shared = try S.schedule(tasks, [S.member("alice")], unassigned: .shared(dailyMinutes: 480))
        #expect(shared.of(1).finish == S.at("2026-12-01T13:00"))
        #expect(shared.of(2).start == S.at("2026-12-01T13:00") && shared.of(2).finish == S.at("2026-12-01T17:00"))
        #expect(shared.of(2).startedBecause == .busy(lane: .unassigned, with: S.id(1)))
        #expect(shared.of(4).finish == S.at("2026-12-02T11:00"))
        #expect(shared.unassignedBookings.minutes == [480, 480, 120])
    }

    @Test func aMemberWithNoCapacityCannotTakeWork() throws {
        // Carol has 0 h a week: her task goes to the unassigned lane, flagged.
        let s = try S.schedule([S.task(1, "carol", hours: 3)], [S.member("carol", hours: 0)])
        #expect(s.of(1).lane == .unassigned && s.of(1).flags == [.assigneeUnavailable])
        #expect(s.of(1).finish == S.at("2026-11-30T12:00"))
        #expect(s.bookings["carol"]?.total == 0)
    }

    @Test func cyclesAreNamedInOrder() {
        // WEB-3 waits for WEB-7, which waits for WEB-3; WEB-9 hangs off the ring and the
        // done WEB-5 does not count.
        let tasks = [S.task(7, "alice", hours: 1, deps: [3]), S.task(9, "alice", hours: 1, deps: [7]),
                     S.task(3, "alice", hours: 1, deps: [7, 5]), S.task(5, "alice", hours: 1, deps: [3], status: .done)]
        #expect(throws: ScheduleError.dependencyCycle([S.id(3), S.id(7)])) { try S.schedule(tasks, [S.member("alice")]) }
        #expect(ScheduleError.dependencyCycle([S.id(3), S.id(7)]).description == "dependency cycle: WEB-3 → WEB-7 → WEB-3")

        // A longer ring starts at its smallest ID and follows "waits for".
        let ring = [S.task(4, nil, hours: 1, deps: [2]), S.task(2, nil, hours: 1, deps: [8]),
                    S.task(8, nil, hours: 1, deps: [4]), S.task(1, nil, hours: 1)]
        #expect(throws: ScheduleError.dependencyCycle([S.id(2), S.id(8), S.id(4)])) { try S.schedule(ring, []) }

        // A task waiting for itself.
        #expect(throws: ScheduleError.dependencyCycle([S.id(6)])) { try S.schedule([S.task(6, nil, hours: 1, deps: [6])], []) }
    }

    @Test func milestonesOnTrackAtRiskAndLateWithTheLateOnesDrivingChain() throws {
        // alpha (due Fri Dec 4): WEB-1, erin 8 h → Mon 17:00. Slack Tue..Fri = 4 ≥ 2: on track.
        // bob: WEB-6 (high, 4 h) Mon 09:00–13:00, then WEB-2 (beta, 12 h) Mon 13:00 – Tue 17:00.
        //   beta (due Wed Dec 2): slack 1 (Wed) < 2: at risk, decided by bob being busy with WEB-6.
        // alice: WEB-5 (urgent, 16 h) waits for WEB-6 → Mon 13:00–17:00, Tue, Wed 09:00–13:00.
        //   WEB-4 (gamma, 8 h) waits for carol's WEB-3 (12 h → Tue 13:00), but then alice is
        //   busy with WEB-5 until Wed 13:00: Wed 13:00 – Thu 13:00.
        //   gamma (due Tue Dec 1): forecast Thu, Wed and Thu are working days past it: slack -2, late.
        //   Its chain: WEB-6 (starts now) → WEB-5 (waits for WEB-6) → WEB-4 (waiting for alice: WEB-5).
        // delta has only a done task: nothing to forecast, on track.
        let milestones = [
            Milestone(id: 1, projectKey: "WEB", name: "alpha", due: Day(iso: "2026-12-04")),
            Milestone(id: 2, projectKey: "WEB", name: "beta", due: Day(iso: "2026-12-02")),
            Milestone(id: 3, projectKey: "WEB", name: "gamma", due: Day(iso: "2026-12-01")),
            Milestone(id: 4, projectKey: "WEB", name: "delta", due: Day(iso: "2026-11-20")),
        ]
        let tasks = [
            S.task(1, "erin", hours: 8, milestone: 1),
            S.task(2, "bob", hours: 12, milestone: 2),
            S.task(3, "carol", hours: 12),
            S.task(4, "alice", hours: 8, deps: [3], milestone: 3),
            S.task(5, "alice", hours: 16, deps: [6], priority: .urgent),
            S.task(6, "bob", hours: 4, priority: .high),
            S.task(7, "bob", hours: 4, status: .done, milestone: 4),
        ]
        let s = try S.schedule(tasks, ["alice", "bob", "carol", "erin"].map { S.member($0) }, milestones: milestones)
        #expect(s.of(5).finish == S.at("2026-12-02T13:00"), "\(s.timeline())")
        #expect(s.of(4).start == S.at("2026-12-02T13:00") && s.of(4).finish == S.at("2026-12-03T13:00"))

        let alpha = try #require(s.milestone(id: 1))
        #expect(alpha.status == .onTrack && alpha.slackWorkingDays == 4 && alpha.forecast == S.at("2026-11-30T17:00"))
        #expect(alpha.drivingChain.isEmpty && alpha.openTasks == 1)

        let beta = try #require(s.milestone(id: 2))
        #expect(beta.status == .atRisk && beta.slackWorkingDays == 1 && beta.forecastDay == Day(iso: "2026-12-01"))
        #expect(beta.drivingChain.map(\.id) == [S.id(6), S.id(2)])

        let gamma = try #require(s.milestone(id: 3))
        #expect(gamma.status == .late && gamma.slackWorkingDays == -2 && gamma.forecast == S.at("2026-12-03T13:00"))
        #expect(gamma.drivingChain.map(\.id) == [S.id(6), S.id(5), S.id(4)])
        #expect(gamma.drivingChain.map(\.startedBecause.description) ==
                ["starts now", "waits for WEB-6", "waiting for alice: WEB-5"])

        let delta = try #require(s.milestone(id: 4))
        #expect(delta.status == .onTrack && delta.forecast == nil && delta.slackWorkingDays == nil && delta.openTasks == 0)
    }

    @Test func slackAtTheEdges() throws {
        // Finishing on the due day leaves 0 working days of slack (at risk); exactly the
        // buffer is on track; a finish on a Saturday after a Friday due date is late even
        // though no project working day lies between.
        let ms = [Milestone(id: 1, projectKey: "WEB", name: "a", due: Day(iso: "2026-11-30")),
                  Milestone(id: 2, projectKey: "WEB", name: "b", due: Day(iso: "2026-12-02")),
                  Milestone(id: 3, projectKey: "WEB", name: "c", due: Day(iso: "2026-12-04")),
                  Milestone(id: 4, projectKey: "WEB", name: "d", due: nil)]
        let weekend: Set<Weekday> = [.friday, .saturday]
        let s = try S.schedule([S.task(1, "alice", hours: 8, milestone: 1), S.task(2, "bob", hours: 8, milestone: 2),
                                S.task(3, "sam", hours: 12, milestone: 3), S.task(4, "bob", hours: 1, milestone: 4)],
                               [S.member("alice"), S.member("bob"), S.member("sam", hours: 16, days: weekend)], milestones: ms)
        #expect(s.milestone(id: 1)?.slackWorkingDays == 0 && s.milestone(id: 1)?.status == .atRisk)
        #expect(s.milestone(id: 2)?.slackWorkingDays == 2 && s.milestone(id: 2)?.status == .onTrack)
        #expect(s.milestone(id: 4)?.status == .onTrack && s.milestone(id: 4)?.slackWorkingDays == nil)
        // Sam works Fri and Sat, 8 h each: 12 h from Mon ends Sat Dec 5 13:00, after Friday's due date.
        #expect(s.of(3).finish == S.at("2026-12-05T13:00"))
        #expect(s.milestone(id: 3)?.slackWorkingDays == -1 && s.milestone(id: 3)?.status == .late)
    }

    @Test func timeOfDayOfNow() throws {
        // At 14:30 on Monday, 4 h: 14:30–17:00 today (2.5 h), Tue 09:00–10:30.
        let afternoon = try S.schedule([S.task(1, "alice", hours: 4)], [S.member("alice")], now: S.now("2026-11-30T14:30"))
        #expect(afternoon.of(1).start == S.at("2026-11-30T14:30") && afternoon.of(1).finish == S.at("2026-12-01T10:30"))
        #expect(afternoon.bookings["alice"]?.minutes == [150, 90])
        // Before the working day starts, work starts at 09:00.
        let early = try S.schedule([S.task(1, "alice", hours: 4)], [S.member("alice")], now: S.now("2026-11-30T06:10"))
        #expect(early.of(1).start == S.at("2026-11-30T09:00"))
        // After it ends, tomorrow; on a Saturday, Monday.
        let late = try S.schedule([S.task(1, "alice", hours: 4)], [S.member("alice")], now: S.now("2026-11-30T19:00"))
        #expect(late.of(1).start == S.at("2026-12-01T09:00"))
        let weekend = try S.schedule([S.task(1, "alice", hours: 4)], [S.member("alice")], now: S.now("2026-12-05T11:00"))
        #expect(weekend.of(1).start == S.at("2026-12-07T09:00") && weekend.of(1).finish == S.at("2026-12-07T13:00"))
    }

    @Test func workingDayStartsAtNineInTheUsersZoneAcrossADaylightSavingChange() throws {
        // Berlin leaves summer time on Sunday 2026-10-25. 10 h from Friday 09:00: 8 h
        // Friday, then Monday 09:00–11:00 local, which is now 10:00 UTC, not 09:00.
        let berlin = TimeZone(identifier: "Europe/Berlin")!
        let s = try S.schedule([S.task(1, "alice", hours: 10)], [S.member("alice")],
                               now: S.now("2026-10-23T09:00", zone: berlin))
        #expect(s.of(1).start == S.at("2026-10-23T09:00", zone: berlin))
        #expect(s.of(1).finish == S.at("2026-10-26T11:00", zone: berlin))
        #expect(s.of(1).finish == S.at("2026-10-26T10:00Z"))
    }

    @Test func openTasksWithNoWorkLeftTakeNoTimeAtTheMomentTheyAreReady() throws {
        // WEB-1 alice 2 h: 09:00–11:00. WEB-2 waits for it and has 0 h left: 11:00–11:00,
        // taking none of alice's time. WEB-3 (alice, 1 h) waits for WEB-2: 11:00–12:00.
        // WEB-4 has its whole estimate logged: 0 left, now.
        let s = try S.schedule([S.task(1, "alice", hours: 2), S.task(2, "alice", hours: 5, deps: [1], remainingHours: 0),
                                S.task(3, "alice", hours: 1, deps: [2]),
                                S.task(4, "bob", hours: 3, status: .inProgress, spentHours: 3)],
                               [S.member("alice"), S.member("bob")])
        #expect(s.of(2).start == S.at("2026-11-30T11:00") && s.of(2).finish == S.at("2026-11-30T11:00"))
        #expect(s.of(2).workMinutes == 0 && s.of(2).startedBecause == .dependency(S.id(1)))
        #expect(s.of(3).start == S.at("2026-11-30T11:00") && s.of(3).finish == S.at("2026-11-30T12:00"))
        #expect(s.of(3).startedBecause == .dependency(S.id(2)))
        #expect(s.of(4).start == S.at("2026-11-30T09:00") && s.of(4).finish == s.of(4).start)
        #expect(s.bookings["alice"]?.total == 180 && s.bookings["bob"]?.total == 0)
    }

    @Test func closedAndUnknownDependenciesAreSatisfied() throws {
        let s = try S.schedule([S.task(1, "alice", hours: 1, status: .done), S.task(2, "alice", hours: 1, status: .cancelled),
                                S.task(3, "alice", hours: 2, deps: [1, 2, 99])], [S.member("alice")])
        #expect(s.tasks.map(\.id) == [S.id(3)])
        #expect(s.of(3).start == S.at("2026-11-30T09:00") && s.of(3).startedBecause == .now && s.of(3).flags.isEmpty)
    }

    @Test func workPushedPastItsDueDate() throws {
        // Alice: WEB-1 (urgent, 24 h, due Tue Dec 1): Mon, Tue, Wed → 8 h after its due day.
        // WEB-2 (16 h, due Thu Dec 3): Thu, Fri → Fri 17:00, 8 h late, 1 working day after.
        // Blocked WEB-3 has no due date: never late.
        let s = try S.schedule([S.task(1, "alice", hours: 24, priority: .urgent, due: "2026-12-01"),
                                S.task(2, "alice", hours: 16, due: "2026-12-03"),
                                S.task(3, "alice", hours: 2, status: .blocked, priority: .low),
                                S.task(4, "bob", hours: 2, due: "2026-12-03")],
                               [S.member("alice"), S.member("bob")])
        #expect(s.of(1).flags == [.missesDue] && s.of(1).minutesAfterDue == 480)
        #expect(s.of(2).finish == S.at("2026-12-04T17:00") && s.of(2).minutesAfterDue == 480)
        #expect(s.of(3).flags == [.blocked])
        let overruns = s.overruns()
        #expect(overruns.map(\.handle) == ["alice", "bob"])
        let alice = overruns[0]
        #expect(alice.isOverbooked && alice.lateTasks == 2 && alice.minutesAfterDue == 960)
        #expect(alice.lastLateTask == S.id(2) && alice.lastLateFinish == S.at("2026-12-04T17:00"))
        #expect(alice.lastLateDue == Day(iso: "2026-12-03") && alice.lastLateWorkingDays == 1)
        #expect(!overruns[1].isOverbooked && overruns[1].minutesAfterDue == 0)
    }

    @Test func refusals() {
        #expect(throws: ScheduleError.duplicateMember("alice")) {
            try S.schedule([], [S.member("alice"), S.member("alice")])
        }
        #expect(throws: ScheduleError.duplicateTask(S.id(1))) {
            try S.schedule([S.task(1, nil, hours: 1), S.task(1, "alice", hours: 2)], [])
        }
        var input = ScheduleInput(tasks: [], members: [], now: S.now())
        input.projectWorkingDays = []
        #expect(throws: ScheduleError.self) { try Scheduler.schedule(input) }
        input = ScheduleInput(tasks: [], members: [], now: S.now(), unassigned: .shared(dailyMinutes: 0))
        #expect(throws: ScheduleError.self) { try Scheduler.schedule(input) }
    }
}
