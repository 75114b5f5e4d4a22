import Foundation
import PaceCore
import Testing
@testable import PaceUI

/// The speaker view's keys. The facilitator (@alice) moves the standup and writes down
/// what is said, each a command saved at once; viewers are told who moves it. @bob is
/// speaking: his open tasks start with WEB-12 (in progress), then WEB-15 (blocked).
@Suite struct UpdateStandupKeyTests {
    let id = StandupFixture.id

    @Test func nextPreviousPauseAndSkipMoveTheStandup() {
        var s = StandupFixture.state()
        #expect(s.screen == .standup)
        #expect(s.pressKey(for: .standupNext) == [.apply(.standupNext(id: id))])
        #expect(s.pressKey(for: .standupPrevious) == [.apply(.standupPrevious(id: id))])
        #expect(s.pressKey(for: .standupPause) == [.apply(.standupPause(id: id))])
        #expect(s.pressKey(for: .standupSkip) == [.apply(.standupSkip(id: id, handle: "bob"))])
        var paused = StandupFixture.state(StandupFixture.session(pausedFor: 10))
        #expect(paused.press(.char(" ")) == [.apply(.standupResume(id: id))])
    }

    @Test func previousOnTheFirstSpeakerSaysSo() {
        var s = StandupFixture.state(StandupFixture.session(current: 0))
        #expect(s.pressKey(for: .standupPrevious) == [])
        #expect(s.footer == FooterMessage("@alice is the first speaker", isError: true))
    }

    @Test func nextAfterTheLastSpeakerEndsTheMeetingAndShowsTheSummary() {
        var s = StandupFixture.state(StandupFixture.session(current: 5))
        #expect(s.pressKey(for: .standupNext) == [.apply(.endStandup(id: id))])
        #expect(s.screen == .standupSummary)
        #expect(s.standupSummary?.turns.map(\.handle) == StandupFixture.handles)
        // Skipped members at the end do not hold the meeting open either.
        var skipped = StandupFixture.state(StandupFixture.session(current: 4, skipped: ["farid"]))
        #expect(skipped.pressKey(for: .standupNext) == [.apply(.endStandup(id: id))])
    }

    @Test func qEndsTheMeetingAndTheSummaryStaysAfterTheReload() throws {
        var s = StandupFixture.state()
        #expect(s.pressKey(for: .quit) == [.apply(.endStandup(id: id))])
        #expect(s.screen == .standupSummary)
        s.send(.applied(ChangeOutcome(changeID: 3, summary: "standup ended")))
        #expect(s.send(.loaded(StandupFixture.snapshot(nil))) == [.loadActivity(since: DemoFixture.standupSince)])
        s.send(.activityLoaded(DemoFixture.loaded.standupActivity + StandupFixture.movedDuringTheMeeting))
        #expect(s.screen == .standupSummary)
        let summary = try #require(s.standupSummary)
        #expect(summary.turns.map(\.handle) == ["alice", "bob"])
        #expect(summary.turns.map(\.seconds) == [157, 48])
        #expect(summary.turns.map(\.overrunSeconds) == [37, 0])
        #expect(summary.moved.map(\.change) == ["in progress → done", "@bob → @carol"])
        #expect(s.pressKey(for: .quit) == [], "q on the summary goes back, it does not quit")
        #expect(s.screen == .dashboard)
    }

    @Test func aRefusedEndBringsTheSpeakerViewBack() {
        var s = StandupFixture.state()
        s.pressKey(for: .quit)
        s.send(.failed("standup 7 is not running"))
        #expect(s.screen == .standup)
        #expect(s.standup.summary == nil)
        #expect(s.footer?.text == "standup 7 is not running")
    }

    @Test func jAndKMoveOverTheSpeakersTasksAndDAndSActOnTheSelectedOne() {
        var s = StandupFixture.state()
        #expect(s.standupTasks.prefix(3).map(\.id) == [web(12), web(15), web(20)])
        #expect(s.currentTask?.id == web(12))
        #expect(s.pressKey(for: .markDone) == [.apply(.setStatus(web(12), .done, reason: nil))])
        s.pressKey(for: .moveDown)
        #expect(s.currentTask?.id == web(15))
        #expect(s.pressKey(for: .nextStatus) == [.apply(.setStatus(web(15), .inProgress, reason: nil))], "s unblocks")
        s.pressKey(for: .moveDown)
        s.pressKey(for: .moveUp)
        #expect(s.currentTask?.id == web(15))
        // A reload keeps the cursor on its task; a new speaker starts at the top.
        s.send(.loaded(StandupFixture.snapshot(StandupFixture.session())))
        #expect(s.currentTask?.id == web(15))
        s.send(.loaded(StandupFixture.snapshot(StandupFixture.session(current: 2))))
        #expect(s.currentTask?.assignee == "carol")
        #expect(s.standup.list.selected == 0)
    }

    @Test func bAsksForABlockerAboutTheSelectedTaskWithWhoCanUnblock() {
        var s = StandupFixture.state()
        s.pressKey(for: .moveDown)
        #expect(s.pressKey(for: .block) == [])
        #expect(s.prompt == PromptState(.standupBlocker(id: id, handle: "bob", task: web(15))))
        s.type("carrier API keys @dave")
        #expect(s.press(.enter) == [.apply(.standupNote(id: id, handle: "bob", kind: .blocker, text: "carrier API keys",
                                                         task: web(15), unblocker: "dave"))])
        #expect(s.prompt?.pending == true)
        s.send(.applied(ChangeOutcome(changeID: 4, summary: "blocker noted")))
        #expect(s.prompt == nil)
    }

    @Test func anEmptyBlockerIsRefusedInThePrompt() {
        var s = StandupFixture.state()
        s.pressKey(for: .block)
        #expect(s.press(.enter) == [])
        #expect(s.prompt?.error?.contains("give the blocker") == true)
    }

    @Test(arguments: [
        ("y: shipped the list API", StandupNote.Kind.yesterday, "shipped the list API", String?.none),
        ("t: detail API", .today, "detail API", nil),
        ("b: keys from Northwind @dave", .blocker, "keys from Northwind", "dave"),
        ("demo moved to Thursday", .note, "demo moved to Thursday", nil),
    ])
    func tWritesANoteWhosePrefixSaysWhatItIs(typed: String, kind: StandupNote.Kind, text: String, unblocker: String?) {
        var s = StandupFixture.state()
        s.pressKey(for: .standupNote)
        #expect(s.prompt == PromptState(.standupNote(id: id, handle: "bob")))
        s.type(typed)
        #expect(s.press(.enter) == [.apply(.standupNote(id: id, handle: "bob", kind: kind, text: text, task: nil, unblocker: unblocker))])
    }

    @Test func fWritesAFollowUp() {
        var s = StandupFixture.state()
        s.pressKey(for: .standupFollowUp)
        s.type("bob + dave: carrier API")
        #expect(s.press(.enter) == [.apply(.standupNote(id: id, handle: "bob", kind: .followUp, text: "bob + dave: carrier API",
                                                         task: nil, unblocker: nil))])
    }

    @Test func aAddsATaskForTheSpeaker() throws {
        var s = StandupFixture.state()
        s.pressKey(for: .quickAdd)
        #expect(s.prompt?.purpose == .quickAdd)
        #expect(s.prompt?.input.text == "@bob ")
        s.type("Rotate carrier keys !high")
        let effects = s.press(.enter)
        guard case .apply(.addTask(let key, let draft))? = effects.first else {
            Issue.record("expected an addTask, got \(effects)")
            return
        }
        #expect(key == "WEB")
        #expect(draft.assignee == "bob" && draft.title == "Rotate carrier keys" && draft.priority == .high)
    }

    @Test func escapeGoesBackToTheDashboardAndTheStandupGoesOn() {
        var s = StandupFixture.state()
        #expect(s.pressKey(for: .back) == [])
        #expect(s.screen == .dashboard)
        #expect(HeaderView.standupBanner(s) != nil)
    }

    @Test(arguments: [Action.standupNext, .standupPrevious, .standupPause, .standupSkip, .standupNote, .standupFollowUp,
                      .block, .markDone, .nextStatus, .quickAdd])
    func aViewerIsToldWhoMovesTheStandup(action: Action) {
        var s = StandupFixture.viewerState()
        #expect(s.pressKey(for: action) == [])
        #expect(s.prompt == nil)
        #expect(s.footer == FooterMessage("read-only: only @alice moves the standup", isError: true))
        var watch = StandupFixture.state(readOnly: true)
        watch.pressKey(for: .standup)
        #expect(watch.pressKey(for: action) == [])
        #expect(watch.footer == FooterMessage("read-only: only @alice moves the standup", isError: true))
    }

    @Test func aViewerCanLookAroundAndLeave() {
        var s = StandupFixture.viewerState()
        s.pressKey(for: .moveDown)
        #expect(s.currentTask?.id == web(15))
        #expect(s.pressKey(for: .openDetail) == [.loadDetail(web(15))])
        s.pressKey(for: .back)
        #expect(s.detail == nil && s.screen == .standup)
        #expect(s.pressKey(for: .quit) == [], "q leaves the meeting's screen, not the program")
        #expect(s.screen == .dashboard)
    }

    @Test func theStandupLettersDoNothingOnTheDashboard() {
        var s = StandupFixture.state(actor: "carol")
        for action in [Action.standupNext, .standupPrevious, .standupPause, .standupSkip, .standupNote, .standupFollowUp] {
            #expect(s.pressKey(for: action) == [])
        }
        #expect(s.prompt == nil && s.footer == nil && s.screen == .dashboard)
    }

    @Test func ctrlCStillQuitsFromTheSpeakerView() {
        var s = StandupFixture.state()
        #expect(s.press(.ctrl("c")) == [.quit])
    }
}
