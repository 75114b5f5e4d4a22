import Foundation
import Testing
@testable import PaceCore

@Suite struct StandupSinceTests {
    let utc = TimeZone(identifier: "UTC")!
    let berlin = TimeZone(identifier: "Europe/Berlin")!

    func now(_ text: String, _ zone: TimeZone) -> Now { Now.parse(text, timeZone: zone)! }
    func local(_ text: String, _ zone: TimeZone) -> Date { Now.parse(text, timeZone: zone)!.instant }

    @Test func tuesdayLooksBackToMondayMidnight() {
        let since = StandupSince.lastWorkingDayStart(now: now("2026-12-01T09:00", utc), workingDays: Weekday.workWeek)
        #expect(since == local("2026-11-30T00:00", utc))
    }

    @Test func mondayLooksBackToFridayAcrossTheWeekend() {
        let since = StandupSince.lastWorkingDayStart(now: now("2026-11-30T09:15", berlin), workingDays: Weekday.workWeek)
        #expect(since == local("2026-11-27T00:00", berlin))
        #expect(Format.timestamp(since) == "2026-11-26T23:00:00.000Z")  // Friday midnight in Berlin
    }

    @Test func justAfterMidnightIsStillToday() {
        // 00:05 on Wednesday: the last working day is Tuesday, not Wednesday.
        let since = StandupSince.lastWorkingDayStart(now: now("2026-12-02T00:05", berlin), workingDays: Weekday.workWeek)
        #expect(since == local("2026-12-01T00:00", berlin))
        // 23:55 on Tuesday in Berlin is still Tuesday there though it is Tuesday 22:55 UTC.
        let late = StandupSince.lastWorkingDayStart(now: now("2026-12-01T23:55", berlin), workingDays: Weekday.workWeek)
        #expect(late == local("2026-11-30T00:00", berlin))
    }

    @Test func holidaysAndOtherWorkingWeeksArePassedOver() {
        // Friday is a holiday: Monday looks back to Thursday.
        let since = StandupSince.lastWorkingDayStart(now: now("2026-11-30T09:00", utc), workingDays: Weekday.workWeek,
                                                     holidays: [Day(iso: "2026-11-27")!])
        #expect(since == local("2026-11-26T00:00", utc))
        // A team that also works Saturdays looks back to Saturday.
        let sat = StandupSince.lastWorkingDayStart(now: now("2026-11-30T09:00", utc),
                                                   workingDays: Weekday.workWeek.union([.saturday]))
        #expect(sat == local("2026-11-28T00:00", utc))
    }

    @Test func theFirstStandupUsesTheLastWorkingDayLaterOnesThePreviousStart() {
        let n = now("2026-11-30T09:00", utc)
        #expect(StandupSince.since(previous: nil, now: n, workingDays: Weekday.workWeek) == local("2026-11-27T00:00", utc))
        let previous = StandupSession(id: 1, projectKey: "WEB", startedAt: local("2026-11-27T09:02", utc),
                                      endedAt: local("2026-11-27T09:14", utc), facilitator: "alice",
                                      since: local("2026-11-26T09:00", utc), order: ["alice"])
        #expect(StandupSince.since(previous: previous, now: n, workingDays: Weekday.workWeek) == local("2026-11-27T09:02", utc))
    }
}

@Suite struct StandupOrderTests {
    let members = [Sched.member("carol"), Sched.member("alice"), Sched.member("bob"), Sched.member("dave"),
                   Sched.member("erin"), Sched.member("frank")]
    let monday = Day(iso: "2026-11-30")!

    @Test func alphabetical() throws {
        #expect(try SpeakerOrder.alphabetical.lineup(members: members, today: monday).order
                == ["alice", "bob", "carol", "dave", "erin", "frank"])
    }

    @Test func fixedListIsValidated() throws {
        #expect(try SpeakerOrder(name: "@carol,alice")!.lineup(members: members, today: monday).order == ["carol", "alice"])
        #expect(throws: UserError.self) { try SpeakerOrder.fixed(["carol", "zed"]).lineup(members: members, today: monday) }
        #expect(throws: UserError.self) { try SpeakerOrder.fixed(["bob", "bob"]).lineup(members: members, today: monday) }
        do {
            _ = try SpeakerOrder.fixed(["carl"]).lineup(members: members, today: monday)
        } catch let e as UserError {
            #expect(e.message.contains("did you mean 'carol'"))
        }
        #expect(SpeakerOrder(name: "sideways") == nil)
    }

    @Test func shuffleIsStableForADateAndChangesAcrossDates() throws {
        let a = try SpeakerOrder.shuffled.lineup(members: members, today: monday).order
        let again = try SpeakerOrder.shuffled.lineup(members: members.reversed(), today: monday).order
        #expect(a == again)  // every screen agrees, whatever order members came in
        #expect(a.sorted() == members.map(\.handle).sorted())
        // Over a couple of weeks the order is not always the same (and not alphabetical).
        let orders = try (0..<14).map { try SpeakerOrder.shuffled.lineup(members: members, today: monday + $0).order }
        #expect(Set(orders).count > 7)
        #expect(orders[0] != orders[1])
        // Pinned: a toolchain update must not reshuffle a running week.
        #expect(SpeakerOrder.shuffle(["a", "b", "c", "d"], seed: 42) == SpeakerOrder.shuffle(["a", "b", "c", "d"], seed: 42))
    }

    @Test func byLoadPutsTheMostBookedFirst() throws {
        func row(_ h: String, _ hours: Int) -> TeamLoad.Row {
            TeamLoad.Row(handle: h, name: h, weeks: [TeamLoad.Week(start: monday, bookedMinutes: hours * 60, capacityMinutes: 2400)])
        }
        let load = TeamLoad(weekStarts: [monday], rows: [row("alice", 10), row("bob", 30), row("carol", 30), row("dave", 0)],
                            unassignedMinutes: 0)
        #expect(try SpeakerOrder.byLoad.lineup(members: members, today: monday, load: load).order
                == ["bob", "carol", "alice", "dave", "erin", "frank"])
    }

    @Test func membersOffTodayAreSkipped() throws {
        let team = [Sched.member("alice"), Sched.member("bob", off: [("2026-11-30", "2026-12-04")]),
                    Sched.member("carol", days: [.tuesday, .wednesday])]
        let lineup = try SpeakerOrder.alphabetical.lineup(members: team, today: monday)
        #expect(lineup.order == ["alice", "bob", "carol"])
        #expect(lineup.skipped == ["bob", "carol"])
        #expect(try SpeakerOrder.alphabetical.lineup(members: team, today: monday + 1).skipped == ["bob"])
    }
}

@Suite struct StandupCountdownTests {
    @Test func phasesAndText() {
        let normal = StandupCountdown(elapsed: 47.6, timebox: 120, paused: false)
        #expect(normal.phase == .normal)
        #expect(normal.text == "1:12")
        let last = StandupCountdown(elapsed: 95, timebox: 120, paused: false)
        #expect(last.phase == .lastSeconds)
        #expect(last.text == "0:25")
        #expect(StandupCountdown(elapsed: 90, timebox: 120, paused: false).phase == .lastSeconds)
        #expect(StandupCountdown(elapsed: 120, timebox: 120, paused: false).phase == .lastSeconds)
        let over = StandupCountdown(elapsed: 127.9, timebox: 120, paused: false)
        #expect(over.phase == .overrun)
        #expect(over.text == "+0:07")
        #expect(StandupCountdown(elapsed: 0, timebox: 600, paused: false).text == "10:00")
    }

    @Test func pausesDoNotCount() {
        let t0 = Date(timeIntervalSince1970: 1_000_000)
        var s = StandupSession(id: 1, projectKey: "WEB", startedAt: t0, facilitator: "alice", since: t0,
                               order: ["alice", "bob"], speakerStartedAt: t0, timeboxSeconds: 60)
        s.pausedSeconds = 30
        #expect(s.speakerSeconds(at: t0 + 100) == 70)
        #expect(s.countdown(at: t0 + 100).text == "+0:10")
        s.pausedAt = t0 + 80
        #expect(s.speakerSeconds(at: t0 + 500) == 50)  // frozen while paused
        #expect(s.countdown(at: t0 + 500).paused)
        #expect(s.countdown(at: t0 + 500).phase == .lastSeconds)
    }

    @Test func timeboxes() throws {
        #expect(try StandupTimebox.parseSeconds("2m") == 120)
        #expect(try StandupTimebox.parseSeconds("90s") == 90)
        #expect(try StandupTimebox.parseSeconds("1m30s") == 90)
        #expect(try StandupTimebox.parseSeconds("1.5m") == 90)
        #expect(try StandupTimebox.parseSeconds("45") == 45)
        for bad in ["", "2h", "5s", "2m2m", "30s1m", "m", "2 minutes", "120m"] {
            #expect(throws: UserError.self, "\(bad)") { try StandupTimebox.parseSeconds(bad) }
        }
    }
}
