import Testing
import PaceCore
@testable import PaceUI

/// Moving around the dashboard: panes, rows, pages, Enter and Esc. The demo at 80×24
/// shows 8 task rows; its list opens with the "blocked" heading on row 0, WEB-15 and
/// WEB-35 under it, and the "in progress" heading on row 3.
@Suite struct UpdateNavigationTests {
    @Test func theDashboardOpensOnTheFirstTaskBelowTheFirstHeading() {
        let s = DemoFixture.state()
        #expect(s.focus == .tasks)
        #expect(s.rowSummary.prefix(5) == ["blocked · 2", "WEB-15", "WEB-35", "in progress · 6", "WEB-10"])
        #expect(s.taskList.selected == 1)
        #expect(s.selectedTask == web(15))
        #expect(s.currentTask?.id == web(15))
    }

    // MARK: Panes

    @Test func tabAndShiftTabCycleThroughThePanesBothWays() {
        var s = DemoFixture.state()
        #expect(s.pressKey(for: .focusNext) == [])
        #expect(s.focus == .deadlines)
        s.pressKey(for: .focusNext)
        #expect(s.focus == .load)
        s.pressKey(for: .focusNext)
        #expect(s.focus == .tasks)
        #expect(s.pressKey(for: .focusPrevious) == [])
        #expect(s.focus == .load)
        s.pressKey(for: .focusPrevious)
        #expect(s.focus == .deadlines)
    }

    @Test func digitsFocusAPaneDirectly() {
        var s = DemoFixture.state()
        #expect(s.pressKey(for: .focusPane3) == [])
        #expect(s.focus == .load)
        #expect(s.pressKey(for: .focusPane2) == [])
        #expect(s.focus == .deadlines)
        #expect(s.pressKey(for: .focusPane1) == [])
        #expect(s.focus == .tasks)
        #expect(s.selectedTask == web(15), "focusing does not move the task cursor")
    }

    // MARK: Rows

    @Test(arguments: [Key.char("j"), .down])
    func downSelectsTheNextTaskAndSkipsHeadings(key: Key) {
        var s = DemoFixture.state()
        #expect(s.press(key) == [])
        #expect(s.taskList.selected == 2)
        #expect(s.selectedTask == web(35))
        s.press(key) // row 3 is the "in progress" heading
        #expect(s.taskList.selected == 4)
        #expect(s.selectedTask == web(10))
        #expect(s.currentTask?.id == web(10))
    }

    @Test(arguments: [Key.char("k"), .up])
    func upSelectsThePreviousTaskAndSkipsHeadings(key: Key) {
        var s = DemoFixture.state()
        s.selectTask(web(10))
        #expect(s.press(key) == [])
        #expect(s.taskList.selected == 2)
        #expect(s.selectedTask == web(35))
    }

    @Test func upOnTheFirstTaskStaysThereRatherThanOnTheHeadingAbove() {
        var s = DemoFixture.state()
        s.pressKey(for: .moveUp)
        #expect(s.taskList.selected == 1)
        #expect(s.selectedTask == web(15))
    }

    @Test func downOnTheLastTaskStaysThere() {
        var s = DemoFixture.state()
        s.pressKey(for: .bottom)
        s.pressKey(for: .moveDown)
        #expect(s.taskList.selected == s.taskRows.count - 1)
        #expect(s.selectedTask == web(57))
    }

    @Test(arguments: [Key.char("G"), .end])
    func endSelectsTheLastTaskAndScrollsToIt(key: Key) {
        var s = DemoFixture.state()
        #expect(s.press(key) == [])
        #expect(s.taskList.selected == 53)
        #expect(s.selectedTask == web(57))
        #expect(s.taskList.offset == 46) // 54 rows, 8 shown
        expectTaskCursorShown(s)
    }

    @Test(arguments: [Key.char("g"), .home])
    func homeSelectsTheFirstTaskNotTheHeading(key: Key) {
        var s = DemoFixture.state()
        s.pressKey(for: .bottom)
        #expect(s.press(key) == [])
        #expect(s.taskList.selected == 1)
        #expect(s.taskList.offset == 0)
        #expect(s.selectedTask == web(15))
    }

    // MARK: Pages

    @Test(arguments: [Key.pageDown, .ctrl("d")])
    func pageDownMovesByTheRowsThePaneShows(key: Key) {
        var s = DemoFixture.state()
        #expect(s.press(key) == [])
        #expect(s.taskList.selected == 9)
        #expect(s.selectedTask == web(14))
        #expect(s.taskList.offset == 8)
        s.press(key)
        #expect(s.taskList.selected == 17)
        #expect(s.selectedTask == web(13))
        expectTaskCursorShown(s)
    }

    @Test func pageDownOntoAHeadingSelectsTheTaskBelowIt() {
        var s = DemoFixture.state()
        s.selectTask(web(22)) // row 5; row 13 is the "todo" heading
        s.pressKey(for: .pageDown)
        #expect(s.taskList.selected == 14)
        #expect(s.selectedTask == web(40))
    }

    @Test func pageDownNearTheEndStopsOnTheLastTask() {
        var s = DemoFixture.state()
        for _ in 0..<20 { s.pressKey(for: .pageDown) }
        #expect(s.selectedTask == web(57))
        expectTaskCursorShown(s)
    }

    @Test(arguments: [Key.pageUp, .ctrl("u")])
    func pageUpMovesBackByTheRowsThePaneShows(key: Key) {
        var s = DemoFixture.state()
        s.pressKey(for: .pageDown)
        s.pressKey(for: .pageDown)
        #expect(s.press(key) == [])
        #expect(s.taskList.selected == 9)
        #expect(s.selectedTask == web(14))
        s.press(key)
        #expect(s.taskList.selected == 1)
        #expect(s.selectedTask == web(15))
        expectTaskCursorShown(s)
    }

    @Test func pageUpOntoAHeadingSelectsTheTaskAboveIt() {
        var s = DemoFixture.state()
        s.selectTask(web(9)) // row 11; row 3 is the "in progress" heading
        s.pressKey(for: .pageUp)
        #expect(s.taskList.selected == 2)
        #expect(s.selectedTask == web(35))
    }

    @Test func pageUpOntoTheTopHeadingSelectsTheFirstTask() {
        var s = DemoFixture.state()
        s.pressKey(for: .moveDown)
        s.pressKey(for: .pageUp)
        #expect(s.taskList.selected == 1)
        #expect(s.selectedTask == web(15))
    }

    // MARK: The other panes

    @Test func rowKeysMoveTheFocusedPanesCursorOnly() {
        var s = DemoFixture.state()
        s.pressKey(for: .focusPane2)
        s.pressKey(for: .moveDown)
        #expect(s.deadlineList.selected == 1)
        s.pressKey(for: .bottom)
        #expect(s.deadlineList.selected == s.deadlines.count - 1)
        #expect(s.deadlineList.visibleRange(visibleRows: Layout(s).visibleRows(.deadlines)).contains(s.deadlines.count - 1))
        s.pressKey(for: .top)
        #expect(s.deadlineList.selected == 0)

        s.pressKey(for: .focusPane3)
        s.pressKey(for: .moveDown)
        s.pressKey(for: .moveDown)
        #expect(s.loadList.selected == 2)
        #expect(s.load?.rows[2].handle == "carol")
        s.pressKey(for: .moveUp)
        #expect(s.loadList.selected == 1)

        #expect(s.taskList.selected == 1)
        #expect(s.selectedTask == web(15))
    }

    @Test func aRowInTheDeadlinesPaneThatIsATaskIsTheCurrentTask() {
        var s = DemoFixture.state()
        s.pressKey(for: .focusPane2)
        #expect(s.currentTask == nil, "row 0 is the alpha milestone")
        s.pressKey(for: .moveDown)
        #expect(s.currentTask?.id == web(9))
    }

    // MARK: Enter

    @Test func enterOnATaskOpensItsDetailAndAsksToLoadIt() {
        var s = DemoFixture.state()
        s.pressKey(for: .moveDown)
        #expect(s.pressKey(for: .openDetail) == [.loadDetail(web(35))])
        #expect(s.detail == TaskDetail(task: web(35)))
        #expect(s.currentTask?.id == web(35))
    }

    @Test func enterOnATaskInTheDeadlinesPaneOpensThatTask() {
        var s = DemoFixture.state()
        s.pressKey(for: .focusPane2)
        s.pressKey(for: .moveDown)
        #expect(s.pressKey(for: .openDetail) == [.loadDetail(web(9))])
        #expect(s.detail?.task == web(9))
    }

    @Test func enterOnAMilestoneShowsTheOpenTasksOfThatMilestone() {
        var s = DemoFixture.state()
        s.pressKey(for: .focusPane2)
        #expect(s.deadlines[0].title == "alpha")
        #expect(s.pressKey(for: .openDetail) == [])
        #expect(s.detail == nil)
        #expect(s.focus == .tasks)
        #expect(s.filter.milestones == ["alpha"])
        #expect(s.rowSummary == ["in progress · 1", "WEB-10", "review · 1", "WEB-9", "todo · 1", "WEB-11"])
        #expect(s.selectedTask == web(10))
        #expect(s.footer == FooterMessage("tasks of milestone alpha — Esc clears the filter"))
    }

    @Test func enterOnATeamMemberShowsTheirOpenTasks() {
        var s = DemoFixture.state()
        s.pressKey(for: .focusPane3)
        s.pressKey(for: .moveDown)
        #expect(s.pressKey(for: .openDetail) == [])
        #expect(s.focus == .tasks)
        #expect(s.filter.assignees == ["bob"])
        #expect(s.listedTasks == [15, 12, 20, 40, 33, 16, 18, 39, 48, 55, 57].map(web))
        #expect(s.selectedTask == web(15))
        #expect(s.footer == FooterMessage("open tasks of @bob — Esc clears the filter"))
    }

    @Test func enterWithNoTaskUnderTheCursorDoesNothing() {
        var s = DemoFixture.state()
        s.pressKey(for: .filter)
        s.type("no-such-words-anywhere")
        s.press(.enter)
        #expect(s.taskRows.isEmpty)
        #expect(s.pressKey(for: .openDetail) == [])
        #expect(s.detail == nil)
    }

    // MARK: The detail overlay

    @Test func rowKeysScrollTheDetailOverlayAndLeaveTheListAlone() {
        var s = DemoFixture.state()
        s.pressKey(for: .openDetail)
        s.pressKey(for: .moveDown)
        s.pressKey(for: .moveDown)
        #expect(s.detail?.offset == 2)
        s.pressKey(for: .moveUp)
        #expect(s.detail?.offset == 1)
        s.pressKey(for: .pageDown)
        #expect(s.detail?.offset == 11)
        s.pressKey(for: .pageUp)
        #expect(s.detail?.offset == 1)
        s.pressKey(for: .top)
        #expect(s.detail?.offset == 0)
        s.pressKey(for: .moveUp)
        #expect(s.detail?.offset == 0, "never scrolls above the top")
        #expect(s.selectedTask == web(15))
        #expect(s.taskList.selected == 1)
    }

    @Test(arguments: [Key.escape, .enter, .char("q")])
    func escEnterAndQCloseTheDetailWithoutQuitting(key: Key) {
        var s = DemoFixture.state()
        s.pressKey(for: .openDetail)
        #expect(s.press(key) == [])
        #expect(s.detail == nil)
        #expect(s.selectedTask == web(15))
    }

    @Test func keysThatMeanNothingInTheDetailAreIgnored() {
        var s = DemoFixture.state()
        s.pressKey(for: .openDetail)
        for action in [Action.focusNext, .zoom, .board, .filter, .toggleGrouping, .quickAdd, .help] {
            #expect(s.pressKey(for: action) == [], "\(action)")
        }
        #expect(s.detail?.task == web(15))
        #expect(s.focus == .tasks)
        #expect(!s.zoomed)
        #expect(s.screen == .dashboard)
        #expect(s.prompt == nil)
        #expect(s.help == nil)
        #expect(s.grouping == .status)
    }

    // MARK: Esc

    @Test func escUnzoomsFirstThenClearsTheFilter() {
        var s = DemoFixture.state()
        s.pressKey(for: .focusPane2)
        s.pressKey(for: .openDetail) // filters by milestone alpha
        s.pressKey(for: .zoom)
        #expect(s.zoomed)

        #expect(s.pressKey(for: .back) == [])
        #expect(!s.zoomed)
        #expect(s.filter.milestones == ["alpha"])

        #expect(s.pressKey(for: .back) == [])
        #expect(s.filter == .openTasks)
        #expect(s.taskRows.count == 54)
        #expect(s.footer == FooterMessage("filter cleared"))
        #expect(s.selectedTask == web(10), "the cursor stays on the task it was on")
        #expect(s.currentTask?.id == web(10))
    }

    @Test func clearingTheFilterKeepsTheCursorOnItsTaskAndInView() {
        var s = DemoFixture.state()
        s.pressKey(for: .focusPane3)
        s.pressKey(for: .moveDown)
        s.pressKey(for: .openDetail) // bob's tasks
        s.pressKey(for: .bottom)
        #expect(s.selectedTask == web(57))
        s.pressKey(for: .back)
        #expect(s.selectedTask == web(57))
        #expect(s.taskList.selected == 53)
        expectTaskCursorShown(s)
    }

    @Test func escLeavesTheBoard() {
        var s = DemoFixture.state()
        s.pressKey(for: .board)
        #expect(s.pressKey(for: .back) == [])
        #expect(s.screen == .dashboard)
    }

    @Test func escWithNothingToCloseChangesNothing() {
        var s = DemoFixture.state()
        s.pressKey(for: .focusPane2)
        #expect(s.pressKey(for: .back) == [])
        #expect(s.screen == .dashboard)
        #expect(s.focus == .deadlines)
        #expect(s.filter == .openTasks)
        #expect(s.footer == nil)
        #expect(s.selectedTask == web(15))
        #expect(!s.quitting)
    }
}
