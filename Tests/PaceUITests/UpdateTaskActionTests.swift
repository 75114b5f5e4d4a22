import Testing
import PaceCore
@testable import PaceUI

/// Keys that change the selected task. `update` only asks for the change (an
/// `.apply` effect); the store decides, and its answer comes back as `.applied` or
/// `.failed` (see `UpdateResultTests`). In the demo WEB-15 is blocked after being
/// started, WEB-40 is to-do, WEB-9 in review and WEB-34 in the backlog.
@Suite struct UpdateTaskActionTests {
    // MARK: Status

    @Test(arguments: [Key.char("s"), .char(">")])
    func nextStatusMovesAToDoTaskToInProgress(key: Key) {
        var s = DemoFixture.state()
        s.selectTask(web(40))
        #expect(s.press(key) == [.apply(.setStatus(web(40), .inProgress, reason: nil))])
        #expect(s.footer == nil)
        #expect(s.prompt == nil)
    }

    @Test func nextStatusMovesAReviewedTaskToDone() {
        var s = DemoFixture.state()
        s.selectTask(web(9))
        #expect(s.pressKey(for: .nextStatus) == [.apply(.setStatus(web(9), .done, reason: nil))])
    }

    @Test func nextStatusUnblocksAStartedTaskBackToInProgress() {
        var s = DemoFixture.state()
        #expect(s.selectedTask == web(15))
        #expect(s.pressKey(for: .nextStatus) == [.apply(.setStatus(web(15), .inProgress, reason: nil))])
    }

    @Test func nextStatusUnblocksATaskNeverStartedBackToToDo() {
        var s = DemoFixture.state()
        s.send(.loaded(DemoFixture.snapshot.changing(web(35)) { $0.started = nil }))
        s.selectTask(web(35))
        #expect(s.pressKey(for: .nextStatus) == [.apply(.setStatus(web(35), .todo, reason: nil))])
    }

    @Test func nextStatusOnADoneTaskIsAnErrorThatPointsToReopening() {
        var s = DemoFixture.state()
        showOnly("status:done", in: &s)
        #expect(s.selectedTask == web(6))
        #expect(s.pressKey(for: .nextStatus) == [])
        #expect(s.footer == FooterMessage("WEB-6 is done; there is no next status (reopen with <)", isError: true))
    }

    @Test func nextStatusOnACancelledTaskIsAnError() {
        var s = DemoFixture.state()
        showOnly("status:cancelled", in: &s)
        #expect(s.selectedTask == web(56))
        #expect(s.pressKey(for: .nextStatus) == [])
        #expect(s.footer?.isError == true)
        #expect(s.footer?.text.contains("WEB-56 is cancelled") == true)
    }

    @Test func previousStatusMovesBackAStep() {
        var s = DemoFixture.state()
        s.selectTask(web(40))
        #expect(s.pressKey(for: .previousStatus) == [.apply(.setStatus(web(40), .backlog, reason: nil))])
        s.selectTask(web(9))
        #expect(s.pressKey(for: .previousStatus) == [.apply(.setStatus(web(9), .inProgress, reason: nil))])
    }

    @Test func previousStatusReopensADoneTaskIntoReview() {
        var s = DemoFixture.state()
        showOnly("status:done", in: &s)
        #expect(s.pressKey(for: .previousStatus) == [.apply(.setStatus(web(6), .review, reason: nil))])
    }

    @Test func previousStatusOfABlockedTaskIsToDo() {
        var s = DemoFixture.state()
        #expect(s.pressKey(for: .previousStatus) == [.apply(.setStatus(web(15), .todo, reason: nil))])
    }

    @Test func previousStatusInTheBacklogIsAnError() {
        var s = DemoFixture.state()
        s.selectTask(web(34))
        #expect(s.pressKey(for: .previousStatus) == [])
        #expect(s.footer == FooterMessage("WEB-34 is already in the backlog", isError: true))
    }

    @Test func doneMarksTheTaskDoneFromAnyStatus() {
        var s = DemoFixture.state()
        #expect(s.pressKey(for: .markDone) == [.apply(.setStatus(web(15), .done, reason: nil))])
        s.selectTask(web(34))
        #expect(s.pressKey(for: .markDone) == [.apply(.setStatus(web(34), .done, reason: nil))])
    }

    // MARK: Block

    @Test func blockOpensAPromptForTheReason() {
        var s = DemoFixture.state()
        s.selectTask(web(40))
        #expect(s.pressKey(for: .block) == [])
        #expect(s.prompt == PromptState(.block(web(40))))
    }

    @Test func blockOnABlockedTaskUnblocksItWithoutAPrompt() {
        var s = DemoFixture.state()
        #expect(s.pressKey(for: .block) == [.apply(.setStatus(web(15), .inProgress, reason: nil))])
        #expect(s.prompt == nil)
    }

    @Test func blockOnABlockedTaskNeverStartedUnblocksItToToDo() {
        var s = DemoFixture.state()
        s.send(.loaded(DemoFixture.snapshot.changing(web(35)) { $0.started = nil }))
        s.selectTask(web(35))
        #expect(s.pressKey(for: .block) == [.apply(.setStatus(web(35), .todo, reason: nil))])
    }

    // MARK: Prompts for the task

    @Test func assignOpensAPromptWithTheCurrentAssignee() {
        var s = DemoFixture.state()
        #expect(s.pressKey(for: .assign) == [])
        #expect(s.prompt?.purpose == .assign(web(15)))
        #expect(s.prompt?.input.text == "@bob")
    }

    @Test func assignOnAnUnassignedTaskOpensAnEmptyPrompt() {
        var s = DemoFixture.state()
        s.selectTask(web(42))
        s.pressKey(for: .assign)
        #expect(s.prompt == PromptState(.assign(web(42))))
    }

    @Test func logTimeOpensAnEmptyPromptForTheTask() {
        var s = DemoFixture.state()
        #expect(s.pressKey(for: .logTime) == [])
        #expect(s.prompt == PromptState(.logTime(web(15))))
    }

    @Test func editOpensAnEmptyPromptForTheTask() {
        var s = DemoFixture.state()
        s.selectTask(web(40))
        #expect(s.pressKey(for: .editField) == [])
        #expect(s.prompt == PromptState(.editField(web(40))))
    }

    @Test func taskKeysInTheDetailOverlayActOnThatTask() {
        var s = DemoFixture.state()
        s.pressKey(for: .focusPane2)
        s.pressKey(for: .moveDown)
        s.pressKey(for: .openDetail) // WEB-9, in review
        #expect(s.pressKey(for: .nextStatus) == [.apply(.setStatus(web(9), .done, reason: nil))])
        #expect(s.pressKey(for: .markDone) == [.apply(.setStatus(web(9), .done, reason: nil))])
        #expect(s.pressKey(for: .undo) == [.apply(.undo)])
        s.pressKey(for: .logTime)
        #expect(s.prompt == PromptState(.logTime(web(9))))
        #expect(s.detail?.task == web(9), "the detail stays open under the prompt")
    }

    // MARK: Without a task

    @Test(arguments: [Action.nextStatus, .previousStatus, .markDone, .block, .assign, .logTime])
    func aTaskKeyWithNoTaskSelectedIsAnError(action: Action) {
        var s = DemoFixture.state()
        s.pressKey(for: .focusPane3) // the load pane lists people, not tasks
        #expect(s.pressKey(for: action) == [])
        #expect(s.footer == FooterMessage("no task selected", isError: true))
        #expect(s.prompt == nil)
    }

    /// On the team-load pane `e` edits the selected member's weekly capacity instead.
    @Test func editOnTheLoadPaneChangesTheMembersCapacity() {
        var s = DemoFixture.state()
        s.pressKey(for: .focusPane3)
        #expect(s.pressKey(for: .editField) == [])
        #expect(s.prompt?.purpose == .capacity("alice"))
        #expect(s.prompt?.input.text == "32h")
        _ = Update.update(&s, .key(.ctrl("u")))
        for c in "24h" { _ = Update.update(&s, .key(.char(c))) }
        var e = MemberEdit()
        e.weeklyCapacityMinutes = 24 * 60
        #expect(Update.update(&s, .key(.enter)) == [.apply(.editMember(handle: "alice", e))])
        var ro = DemoFixture.state(readOnly: true)
        ro.pressKey(for: .focusPane3)
        #expect(ro.pressKey(for: .editField) == [])
        #expect(ro.prompt == nil)
    }

    @Test func aTaskKeyInAnEmptyListIsAnError() {
        var s = DemoFixture.state()
        showOnly("no-such-words-anywhere", in: &s)
        #expect(s.taskRows.isEmpty)
        #expect(s.pressKey(for: .markDone) == [])
        #expect(s.footer == FooterMessage("no task selected", isError: true))
    }

    @Test func aTaskKeyOnAMilestoneInTheDeadlinesPaneIsAnError() {
        var s = DemoFixture.state()
        s.pressKey(for: .focusPane2) // row 0: milestone alpha
        #expect(s.pressKey(for: .nextStatus) == [])
        #expect(s.footer == FooterMessage("no task selected", isError: true))
    }

    @Test func moveCardKeysDoNothingOutsideTheBoard() {
        var s = DemoFixture.state()
        #expect(s.pressKey(for: .moveCardLeft) == [])
        #expect(s.pressKey(for: .moveCardRight) == [])
        #expect(s.footer == nil)
        #expect(s.prompt == nil)
    }

    // MARK: Not about one task

    @Test func undoAsksTheStoreToUndo() {
        var s = DemoFixture.state()
        #expect(s.pressKey(for: .undo) == [.apply(.undo)])
        s.pressKey(for: .focusPane3)
        #expect(s.pressKey(for: .undo) == [.apply(.undo)], "undo needs no selected task")
    }

    @Test func quickAddOpensAnEmptyPrompt() {
        var s = DemoFixture.state()
        #expect(s.pressKey(for: .quickAdd) == [])
        #expect(s.prompt == PromptState(.quickAdd))
    }

    @Test func quickAddBeforeTheWorkspaceHasLoadedDoesNothing() {
        var s = AppState(now: DemoFixture.now, readOnly: false, workspaceName: "demo", actor: "alice",
                         width: 80, height: 24, theme: DemoFixture.defaultTheme)
        #expect(s.pressKey(for: .quickAdd) == [])
        #expect(s.prompt == nil)
    }

    @Test func colonOpensTheCommandLine() {
        var s = DemoFixture.state()
        #expect(s.pressKey(for: .commandLine) == [])
        #expect(s.prompt == PromptState(.commandLine))
    }

    /// Applies a filter through the `/` prompt.
    func showOnly(_ filter: String, in s: inout AppState, sourceLocation: SourceLocation = #_sourceLocation) {
        s.pressKey(for: .filter)
        s.type(filter)
        s.press(.enter)
        #expect(s.prompt == nil, sourceLocation: sourceLocation)
    }
}
