import Foundation
import PaceCore
import Testing
@testable import PaceUI

/// `S` on the dashboard, and how every dashboard follows the standup the store loads:
/// start one, open your own, join or take over someone else's, the banner, and the
/// summary once it ends.
@Suite struct UpdateStandupStartTests {
    @Test func sStartsAStandupOfEveryoneHereSinceFriday() {
        var s = DemoFixture.state()
        let effects = s.pressKey(for: .standup)
        #expect(effects == [.apply(.startStandup(projectKey: "WEB", order: ["alice", "bob", "carol", "dave", "erin", "farid"],
                                                 skipped: [], timeboxSeconds: 120, since: DemoFixture.standupSince))])
        #expect(s.screen == .dashboard, "the screen switches once the store has it")
    }

    @Test func membersAwayTodayAreSkippedNotAskedToSpeak() {
        // Thursday Dec 3: @dave works Monday to Wednesday; @farid takes a day off.
        var s = DemoFixture.state()
        s.now = Now.parse("2026-12-03T09:00:00Z", timeZone: TimeZone(identifier: "UTC")!)!
        var snapshot = DemoFixture.snapshot
        let farid = snapshot.members.firstIndex { $0.handle == "farid" }!
        snapshot.members[farid].timeOff.append(TimeOff(id: 99, range: DayRange(start: s.today, end: s.today)))
        s.send(.loaded(snapshot))
        let wednesday = Now.parse("2026-12-02T00:00:00Z", timeZone: TimeZone(identifier: "UTC")!)!.instant
        // Everyone stays in the order, so the room sees who is missing; the absent are skipped.
        #expect(s.pressKey(for: .standup) == [.apply(.startStandup(projectKey: "WEB",
                                                                   order: ["alice", "bob", "carol", "dave", "erin", "farid"],
                                                                   skipped: ["dave", "farid"], timeboxSeconds: 120,
                                                                   since: wednesday))])
    }

    /// `S` takes the team's order and timebox from config.toml's `[standup]`, and the
    /// previous standup's start as "since", exactly as `pace standup` does.
    @Test func sUsesTheConfiguredOrderTimeboxAndThePreviousStandup() {
        var s = DemoFixture.state()
        s.standupOrder = .fixed(["erin", "bob", "alice", "carol", "dave", "farid"])
        s.standupTimeboxSeconds = 90
        var snapshot = DemoFixture.snapshot
        let friday = Now.parse("2026-11-27T09:05:00Z", timeZone: TimeZone(identifier: "UTC")!)!.instant
        snapshot.lastStandupStartedAt = friday
        s.send(.loaded(snapshot))
        #expect(s.pressKey(for: .standup) == [.apply(.startStandup(projectKey: "WEB",
                                                                   order: ["erin", "bob", "alice", "carol", "dave", "farid"],
                                                                   skipped: [], timeboxSeconds: 90, since: friday))])
    }

    @Test func theFacilitatorsDashboardSwitchesToTheStandupTheyStarted() {
        var s = DemoFixture.state()
        s.pressKey(for: .standup)
        s.send(.applied(ChangeOutcome(changeID: 1, summary: "standup started")))
        let effects = s.send(.loaded(StandupFixture.snapshot(StandupFixture.session(current: 0))))
        #expect(s.screen == .standup)
        #expect(effects == [.loadActivity(since: DemoFixture.standupSince)])
        #expect(s.standupTasks.allSatisfy { $0.assignee == "alice" && $0.status.isOpen })
        #expect(s.currentTask?.id == s.standupTasks.first?.id)
    }

    @Test func someoneElsesDashboardShowsTheBannerAndStays() {
        var s = StandupFixture.state(actor: "carol")
        #expect(s.screen == .dashboard)
        #expect(HeaderView.standupBanner(s) == "STANDUP @bob 1:12 2/6")
        s.width = 160
        #expect(HeaderView.standupBanner(s) == "STANDUP · @bob speaking · 1:12 left · 2/6")
        s.now = Now(instant: s.now.instant.addingTimeInterval(80), timeZone: s.now.timeZone)
        #expect(HeaderView.standupBanner(s) == "STANDUP · @bob speaking · +0:08 over · 2/6")
        let watch = StandupFixture.state(StandupFixture.session(pausedFor: 5), readOnly: true, width: 160)
        #expect(HeaderView.standupBanner(watch) == "STANDUP · @bob speaking · 1:17 left · paused · 2/6", "paused 5 s ago, at 43 s")
        #expect(HeaderView.standupBanner(DemoFixture.state()) == nil)
        // The banner counts seconds, so the run loop ticks every second on any screen
        // while the standup runs, and only on the minute without one.
        #expect(s.showsSeconds)
        #expect(!DemoFixture.state().showsSeconds)
    }

    @Test func sOpensYourOwnRunningStandup() {
        var s = StandupFixture.state()
        s.pressKey(for: .back)
        #expect(s.screen == .dashboard)
        #expect(s.pressKey(for: .standup) == [.loadActivity(since: DemoFixture.standupSince)])
        #expect(s.screen == .standup)
    }

    @Test func sOnSomeoneElsesStandupAsksJoinOrTakeOver() {
        var s = StandupFixture.state(actor: "carol")
        #expect(s.pressKey(for: .standup) == [])
        #expect(s.standup.choice == StandupScreenState.Choice(id: StandupFixture.id, facilitator: "alice"))
        #expect(s.press(.char("d")) == [], "other keys wait for an answer")
        #expect(s.standup.choice != nil)
        #expect(s.press(.char("j")) == [.loadActivity(since: DemoFixture.standupSince)])
        #expect(s.standup.choice == nil)
        #expect(s.screen == .standup)
        #expect(!s.isStandupFacilitator)
    }

    @Test func takingOverSendsItAndShowsTheScreen() {
        var s = StandupFixture.state(actor: "carol")
        s.pressKey(for: .standup)
        #expect(s.press(.char("t")) == [.loadActivity(since: DemoFixture.standupSince), .apply(.takeOverStandup(id: StandupFixture.id))])
        #expect(s.screen == .standup)
        // The store makes @carol the facilitator; her keys then move the standup.
        s.send(.loaded(StandupFixture.snapshot(StandupFixture.session(facilitator: "carol"))))
        #expect(s.isStandupFacilitator)
        #expect(s.pressKey(for: .standupNext) == [.apply(.standupNext(id: StandupFixture.id))])
    }

    @Test func escapeCancelsTheQuestion() {
        var s = StandupFixture.state(actor: "carol")
        s.pressKey(for: .standup)
        #expect(s.press(.escape) == [])
        #expect(s.standup.choice == nil)
        #expect(s.screen == .dashboard)
    }

    @Test func aWatchViewOpensTheSpeakerViewWithoutAsking() {
        var s = StandupFixture.state(readOnly: true)
        #expect(s.screen == .dashboard, "watching never switches by itself")
        s.pressKey(for: .standup)
        #expect(s.standup.choice == nil)
        #expect(s.screen == .standup)
    }

    @Test func aWatchViewCannotStartOne() {
        var s = DemoFixture.state(readOnly: true)
        #expect(s.pressKey(for: .standup) == [])
        #expect(s.footer?.isError == true)
        #expect(s.footer?.text.contains("read-only") == true)
    }

    @Test func aViewerSeesTheSummaryWhenTheStandupEnds() {
        var s = StandupFixture.viewerState()
        let effects = s.send(.loaded(StandupFixture.snapshot(nil)))
        #expect(s.screen == .standupSummary)
        #expect(effects == [.loadActivity(since: DemoFixture.standupSince)])
        #expect(s.standupSummary?.turns.map(\.handle) == ["alice", "bob"])
        #expect(s.pressKey(for: .back) == [])
        #expect(s.screen == .dashboard)
        #expect(s.standup.summary == nil)
    }

    @Test func theDashboardForgetsAStandupThatEndedElsewhere() {
        var s = StandupFixture.state(actor: "carol")
        s.send(.loaded(StandupFixture.snapshot(nil)))
        #expect(s.screen == .dashboard)
        #expect(HeaderView.standupBanner(s) == nil)
        #expect(s.standup.lastSeen == nil)
    }
}

/// `pace standup` opens the dashboard on the standup: your own goes straight to the
/// speaker view; someone else's asks whether to join or take over.
@Suite struct StandupOpenOnLoadTests {
    @Test func aSecondFacilitatorIsAskedToJoinOrTakeOver() {
        var s = DemoFixture.state()
        s.actor = "bob"
        s.standup.openOnLoad = true
        _ = s.send(.loaded(StandupFixture.snapshot(StandupFixture.session(current: 0))))
        #expect(s.standup.choice?.facilitator == "alice")
        #expect(s.standup.openOnLoad == false)
        let effects = s.press(.char("t"))
        #expect(effects.contains { if case .apply(.takeOverStandup) = $0 { true } else { false } })
        #expect(s.screen == .standup)
    }
}
