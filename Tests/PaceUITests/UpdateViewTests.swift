import Testing
import PaceCore
@testable import PaceUI

/// Keys that change what is shown, not the workspace: zoom, grouping, help, redraw,
/// and quitting.
@Suite struct UpdateViewTests {
    // MARK: Zoom (z)

    @Test func zTogglesZoomOfTheFocusedPane() {
        var s = DemoFixture.state()
        s.pressKey(for: .focusPane2)
        #expect(s.pressKey(for: .zoom) == [])
        #expect(s.zoomed)
        #expect(Layout(s).panes.keys.sorted { $0.rawValue < $1.rawValue } == [.deadlines])
        #expect(s.pressKey(for: .zoom) == [])
        #expect(!s.zoomed)
        #expect(Layout(s).panes.count == 3)
    }

    @Test func zoomedTheDigitsSwitchWhichPaneFillsTheScreen() {
        var s = DemoFixture.state()
        s.pressKey(for: .zoom)
        s.pressKey(for: .bottom) // row 53, scrolled for the 8 rows of the unzoomed pane
        s.pressKey(for: .focusPane3)
        #expect(s.zoomed)
        #expect(Layout(s).panes.keys.first == .load)
        s.pressKey(for: .focusPane1)
        expectTaskCursorShown(s)
    }

    @Test func zoomingShowsMoreRowsAndKeepsTheCursorInView() {
        var s = DemoFixture.state()
        s.pressKey(for: .zoom)
        #expect(Layout(s).visibleRows(.tasks) == 18)
        s.pressKey(for: .pageDown)
        #expect(s.taskList.selected == 19)
        expectTaskCursorShown(s)
    }

    // MARK: Grouping (o)

    @Test func oSwitchesBetweenStatusGroupsAndPriorityOrder() {
        var s = DemoFixture.state()
        s.selectTask(web(40))
        #expect(s.pressKey(for: .toggleGrouping) == [])
        #expect(s.grouping == .priority)
        #expect(!s.taskRows.contains { $0.isHeading })
        #expect(s.taskRows.count == 49)
        #expect(s.listedTasks.prefix(3) == [web(40), web(15), web(32)], "urgent first, then by due date")
        #expect(s.footer == FooterMessage("sorted by priority, then due date"))
        #expect(s.selectedTask == web(40), "the cursor stays on its task")
        #expect(s.currentTask?.id == web(40))

        s.pressKey(for: .toggleGrouping)
        #expect(s.grouping == .status)
        #expect(s.taskRows.count == 54)
        #expect(s.footer == FooterMessage("grouped by status"))
        #expect(s.selectedTask == web(40))
        #expect(s.currentTask?.id == web(40))
    }

    @Test func regroupingKeepsTheCursorInView() {
        var s = DemoFixture.state()
        s.selectTask(web(40)) // row 14 grouped, row 1 by priority
        #expect(s.taskList.offset > 1)
        s.pressKey(for: .toggleGrouping)
        #expect(s.taskList.selected == 0)
        expectTaskCursorShown(s)
    }

    // MARK: Help (?)

    @Test func questionMarkOpensHelpWhichScrollsAndCloses() {
        var s = DemoFixture.state()
        #expect(s.pressKey(for: .help) == [])
        #expect(s.help == HelpState())
        s.pressKey(for: .moveDown)
        s.pressKey(for: .moveDown)
        #expect(s.help?.offset == 2)
        s.pressKey(for: .moveUp)
        #expect(s.help?.offset == 1)
        s.pressKey(for: .pageDown)
        #expect(s.help?.offset == 11)
        s.pressKey(for: .pageUp)
        #expect(s.help?.offset == 1)
        s.pressKey(for: .top)
        #expect(s.help?.offset == 0)
        s.pressKey(for: .pageUp)
        #expect(s.help?.offset == 0, "never above the top")
        #expect(s.selectedTask == web(15), "scrolling help does not move the list")
        #expect(s.pressKey(for: .help) == [])
        #expect(s.help == nil)
    }

    @Test(arguments: [Key.escape, .char("?"), .char("q"), .enter])
    func escQuestionMarkQAndEnterCloseHelpWithoutQuitting(key: Key) {
        var s = DemoFixture.state()
        s.pressKey(for: .help)
        #expect(s.press(key) == [])
        #expect(s.help == nil)
    }

    @Test func otherKeysDoNothingWhileHelpIsOpen() {
        var s = DemoFixture.state()
        s.pressKey(for: .help)
        for action in [Action.markDone, .quickAdd, .board, .filter, .zoom, .undo, .focusNext] {
            #expect(s.pressKey(for: action) == [], "\(action)")
        }
        #expect(s.help == HelpState())
        #expect(s.prompt == nil)
        #expect(s.screen == .dashboard)
        #expect(!s.zoomed)
        #expect(s.focus == .tasks)
    }

    // MARK: Redraw, quit

    @Test func ctrlLRepaintsAndReloads() {
        var s = DemoFixture.state()
        #expect(s.pressKey(for: .refresh) == [.repaint, .reload])
    }

    @Test func qQuits() {
        var s = DemoFixture.state()
        #expect(s.pressKey(for: .quit) == [.quit])
    }

    @Test func qQuitsFromTheBoardToo() {
        var s = DemoFixture.state()
        s.pressKey(for: .board)
        #expect(s.pressKey(for: .quit) == [.quit])
    }

    @Test func ctrlCQuitsFromTheDashboardHelpAndDetail() {
        var s = DemoFixture.state()
        #expect(s.press(.ctrl("c")) == [.quit])
        s.pressKey(for: .help)
        #expect(s.press(.ctrl("c")) == [.quit])
        s = DemoFixture.state()
        s.pressKey(for: .openDetail)
        #expect(s.press(.ctrl("c")) == [.quit])
    }

    @Test func anUnboundKeyDoesNothing() {
        var s = DemoFixture.state()
        #expect(s.press(.char("x")) == [])
        #expect(s.press(.function(5)) == [])
        #expect(s.selectedTask == web(15))
        #expect(s.prompt == nil)
    }

    // MARK: Footer

    @Test func theNextKeyPressClearsTheLastMessage() {
        var s = DemoFixture.state()
        s.pressKey(for: .toggleGrouping)
        #expect(s.footer != nil)
        s.pressKey(for: .moveDown)
        #expect(s.footer == nil)

        s.pressKey(for: .focusPane3)
        s.pressKey(for: .markDone)
        #expect(s.footer?.isError == true)
        s.pressKey(for: .focusPane1)
        #expect(s.footer == nil)
    }
}
