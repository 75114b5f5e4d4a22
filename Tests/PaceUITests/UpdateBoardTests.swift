import Testing
import PaceCore
@testable import PaceUI

/// The kanban board (B): columns backlog, to-do, in progress, review, blocked, done.
/// Left/right (and h, Tab, Shift-Tab) move between columns, the row keys within one,
/// H and L move the card. In the demo the to-do column starts WEB-40, WEB-32, WEB-11;
/// in progress holds six cards, WEB-13 would sort last among them.
@Suite struct UpdateBoardTests {
    static let todo = 1, inProgress = 2, review = 3, blocked = 4, done = 5

    /// The board opened with the cursor on `id` (chosen in the list first).
    func board(on id: TaskID, readOnly: Bool = false) -> AppState {
        var s = DemoFixture.state(readOnly: readOnly)
        s.selectTask(id)
        s.pressKey(for: .board)
        return s
    }

    @Test func bOpensTheBoardOnTheSelectedTask() {
        var s = DemoFixture.state()
        s.selectTask(web(9))
        #expect(s.pressKey(for: .board) == [])
        #expect(s.screen == .board)
        #expect(s.board.column == Self.review)
        #expect(s.board.selectedTask(in: s)?.id == web(9))
        #expect(s.currentTask?.id == web(9))
    }

    @Test func bUnzoomsAndBTogglesBack() {
        var s = DemoFixture.state()
        s.pressKey(for: .zoom)
        s.pressKey(for: .board)
        #expect(!s.zoomed)
        #expect(s.pressKey(for: .board) == [])
        #expect(s.screen == .dashboard)
    }

    @Test func zoomDoesNothingOnTheBoard() {
        var s = board(on: web(40))
        #expect(s.pressKey(for: .zoom) == [])
        #expect(!s.zoomed)
        #expect(s.screen == .board)
    }

    @Test(arguments: [Key.right, .tab])
    func rightAndTabMoveToTheNextColumnAndStopAtTheLast(key: Key) {
        var s = board(on: web(40))
        #expect(s.press(key) == [])
        #expect(s.board.column == Self.inProgress)
        #expect(s.focus == .tasks, "Tab moves columns here, not panes")
        for _ in 0..<10 { s.press(key) }
        #expect(s.board.column == Self.done)
    }

    @Test(arguments: [Key.left, .char("h"), .backTab])
    func leftHAndShiftTabMoveToThePreviousColumnAndStopAtTheFirst(key: Key) {
        var s = board(on: web(40))
        #expect(s.press(key) == [])
        #expect(s.board.column == 0)
        s.press(key)
        #expect(s.board.column == 0)
    }

    /// `l` is bound to "log time" by default, and a binding wins over the board's
    /// built-in vi keys: on the board it logs time on the card (as in the list).
    @Test func lLogsTimeOnTheCardWhileItIsBoundToLogTime() {
        var s = board(on: web(40))
        #expect(s.press(.char("l")) == [])
        #expect(s.board.column == Self.todo)
        #expect(s.prompt == PromptState(.logTime(web(40))))
    }

    @Test func lMovesRightWhenTheKeymapLeavesItFree() throws {
        var s = DemoFixture.state()
        s.keymap = try Keymap.default.overriding([.logTime: [.char("y")]])
        s.selectTask(web(40))
        s.pressKey(for: .board)
        #expect(s.press(.char("l")) == [])
        #expect(s.board.column == Self.inProgress)
        #expect(s.prompt == nil)
    }

    @Test func rowKeysMoveWithinTheColumnAndTheSelectionFollows() {
        var s = board(on: web(40))
        #expect(s.pressKey(for: .moveDown) == [])
        #expect(s.board.lists[Self.todo].selected == 1)
        #expect(s.selectedTask == web(32))
        #expect(s.currentTask?.id == web(32))
        s.pressKey(for: .bottom)
        #expect(s.selectedTask == web(39))
        s.pressKey(for: .top)
        #expect(s.selectedTask == web(40))
        s.pressKey(for: .moveUp)
        #expect(s.selectedTask == web(40))
        s.pressKey(for: .pageDown)
        #expect(s.board.lists[Self.todo].selected == 6) // (21 rows − 3) / 3 cards a page
        s.pressKey(for: .pageUp)
        #expect(s.board.lists[Self.todo].selected == 0)
        #expect(s.taskList.selected == 14, "the list's own cursor is left alone")
    }

    @Test func enterOpensTheCardsDetail() {
        var s = board(on: web(40))
        s.pressKey(for: .moveDown)
        #expect(s.pressKey(for: .openDetail) == [.loadDetail(web(32))])
        #expect(s.detail?.task == web(32))
    }

    // MARK: Moving cards (H, L)

    @Test func hAndLMoveTheCardOneStatusAlong() {
        var s = board(on: web(40))
        #expect(s.pressKey(for: .moveCardLeft) == [.apply(.setStatus(web(40), .backlog, reason: nil))])
        #expect(s.pressKey(for: .moveCardRight) == [.apply(.setStatus(web(40), .inProgress, reason: nil))])
    }

    @Test func lOnAReviewedCardAsksWhyItIsBlocked() {
        var s = board(on: web(9))
        #expect(s.pressKey(for: .moveCardRight) == [])
        #expect(s.prompt == PromptState(.block(web(9))))
        s.type("client is away")
        #expect(s.press(.enter) == [.apply(.setStatus(web(9), .blocked, reason: "client is away"))])
    }

    @Test func cancellingTheBlockPromptLeavesTheCursorOnTheCard() {
        var s = board(on: web(9))
        s.pressKey(for: .moveCardRight)
        s.press(.escape)
        #expect(s.board.selectedTask(in: s)?.id == web(9))
        #expect(s.pressKey(for: .moveCardRight) == [], "L again asks about WEB-9 again, not another card")
        #expect(s.prompt == PromptState(.block(web(9))))
    }

    @Test func hOnABlockedCardMovesItBackToReview() {
        var s = board(on: web(15))
        #expect(s.board.column == Self.blocked)
        #expect(s.pressKey(for: .moveCardLeft) == [.apply(.setStatus(web(15), .review, reason: nil))])
        #expect(s.pressKey(for: .moveCardRight) == [.apply(.setStatus(web(15), .done, reason: nil))])
    }

    @Test func cardsDoNotMovePastTheFirstOrLastColumn() {
        var s = board(on: web(34)) // backlog
        #expect(s.board.column == 0)
        #expect(s.pressKey(for: .moveCardLeft) == [])
        for _ in 0..<5 { s.press(.right) }
        #expect(s.board.column == Self.done)
        #expect(s.board.selectedTask(in: s)?.status == .done)
        #expect(s.pressKey(for: .moveCardRight) == [])
    }

    @Test func aCardKeyInAnEmptyColumnIsAnError() {
        var s = DemoFixture.state()
        s.pressKey(for: .filter)
        s.type("@erin") // in progress, to-do and backlog: nothing in review
        s.press(.enter)
        s.pressKey(for: .board)
        for _ in 0..<5 { s.press(.left) }
        for _ in 0..<Self.review { s.press(.right) }
        #expect(s.board.tasks(in: s, column: Self.review).isEmpty)
        #expect(s.board.selectedTask(in: s) == nil)
        #expect(s.pressKey(for: .moveCardRight) == [])
        #expect(s.footer == FooterMessage("no task selected", isError: true))
        #expect(s.pressKey(for: .moveDown) == [], "moving in an empty column is harmless")
    }

    @Test func afterAMoveTheCursorFollowsTheCardIntoItsNewColumn() {
        var s = board(on: web(13)) // to-do; would sort last in progress
        #expect(s.pressKey(for: .moveCardRight) == [.apply(.setStatus(web(13), .inProgress, reason: nil))])
        #expect(s.send(.applied(ChangeOutcome(changeID: 3, summary: "WEB-13 → in progress", task: web(13)))) == [.reload])
        s.send(.loaded(DemoFixture.snapshot.changing(web(13)) {
            $0.status = .inProgress
            $0.started = DemoFixture.now.instant
        }))
        #expect(s.board.column == Self.inProgress)
        #expect(s.board.selectedTask(in: s)?.id == web(13))
        #expect(s.pressKey(for: .moveCardRight) == [.apply(.setStatus(web(13), .review, reason: nil))],
                "L twice moves the same card twice")
    }

    @Test func aRefusedMoveLeavesTheCursorOnTheCard() {
        var s = board(on: web(40))
        s.pressKey(for: .moveCardRight)
        s.send(.failed("database is locked"))
        #expect(s.board.selectedTask(in: s)?.id == web(40))
        #expect(s.footer == FooterMessage("database is locked", isError: true))
    }

    @Test func aReloadKeepsTheColumnTheUserMovedTo() {
        var s = board(on: web(40))
        s.press(.right)
        s.pressKey(for: .moveDown)
        let card = s.board.selectedTask(in: s)?.id
        s.press(.right)
        let other = s.board.selectedTask(in: s)?.id
        s.send(.loaded(DemoFixture.snapshot))
        #expect(card == web(22))
        #expect(s.board.column == Self.review)
        #expect(s.board.selectedTask(in: s)?.id == other)
    }

    @Test func leavingTheBoardSelectsTheCardsTaskInTheList() {
        var s = board(on: web(40))
        s.pressKey(for: .moveDown)
        s.pressKey(for: .back)
        #expect(s.screen == .dashboard)
        #expect(s.selectedTask == web(32))
        #expect(s.currentTask?.id == web(32))
        expectTaskCursorShown(s)
    }

    @Test func leavingTheBoardFromACardTheListDoesNotShowKeepsTheListsRow() {
        var s = board(on: web(40))
        for _ in 0..<4 { s.press(.right) } // done: not among the open tasks
        #expect(s.board.selectedTask(in: s)?.status == .done)
        s.pressKey(for: .board)
        #expect(s.screen == .dashboard)
        #expect(s.selectedTask == web(40))
        #expect(s.currentTask?.id == web(40))
    }
}
