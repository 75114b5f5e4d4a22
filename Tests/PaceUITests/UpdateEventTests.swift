import Foundation
import Testing
import PaceCore
@testable import PaceUI

/// Messages that are not keys: the terminal resized, the mouse, the clock.
@Suite struct UpdateEventTests {
    // MARK: Resize

    @Test func resizingToAnySizeAndBackKeepsTheCursorInView() {
        var s = DemoFixture.state()
        s.selectTask(web(33))
        for (w, h) in [(1, 1), (30, 10), (0, 0), (-5, -5), (39, 11), (40, 12), (79, 23), (200, 60), (80, 24)] {
            #expect(s.send(.resize(width: w, height: h)) == [])
            #expect(s.width == max(0, w))
            #expect(s.height == max(0, h))
            #expect(s.selectedTask == web(33), "at \(w)×\(h)")
            expectTaskCursorShown(s, "at \(w)×\(h)")
            _ = DashboardView.render(s) // draws without trapping at every size
        }
    }

    @Test func keysStillWorkAtATinySize() {
        var s = DemoFixture.state(width: 30, height: 10)
        s.pressKey(for: .bottom)
        #expect(s.selectedTask == web(57))
        expectTaskCursorShown(s)
        s.pressKey(for: .pageUp)
        s.pressKey(for: .zoom)
        s.pressKey(for: .board)
        s.pressKey(for: .pageDown)
        #expect(s.pressKey(for: .openDetail).count == 1)
        _ = DashboardView.render(s)
    }

    @Test func growingTheTerminalScrollsBackInsteadOfLeavingEmptyRows() {
        var s = DemoFixture.state()
        s.pressKey(for: .bottom)
        #expect(s.taskList.offset == 46)
        s.send(.resize(width: 80, height: 60))
        #expect(s.taskList.offset == 54 - Layout(s).visibleRows(.tasks))
        expectTaskCursorShown(s)
    }

    // MARK: Mouse (80×24: the tasks pane is rows 2–12, its first list row is y 4;
    // deadlines are x 0–39 and load x 40–79 from y 13, first list row y 15)

    @Test func aClickSelectsTheTaskUnderIt() {
        var s = DemoFixture.state()
        s.send(.mouse(MouseEvent(kind: .press, x: 10, y: 6)))
        #expect(s.taskList.selected == 2)
        #expect(s.selectedTask == web(35))
    }

    @Test func aClickOnAHeadingSelectsTheTaskBelowIt() {
        var s = DemoFixture.state()
        s.send(.mouse(MouseEvent(kind: .press, x: 10, y: 7))) // row 3: "in progress"
        #expect(s.taskList.selected == 4)
        #expect(s.selectedTask == web(10))
    }

    @Test func aClickInAnotherPaneFocusesItAndSelectsTheRow() {
        var s = DemoFixture.state()
        s.send(.mouse(MouseEvent(kind: .press, x: 10, y: 18)))
        #expect(s.focus == .deadlines)
        #expect(s.deadlineList.selected == 3)
        s.send(.mouse(MouseEvent(kind: .press, x: 50, y: 16)))
        #expect(s.focus == .load)
        #expect(s.loadList.selected == 1)
        #expect(s.selectedTask == web(15))
    }

    @Test func aClickOnAFrameOrColumnHeaderOnlyFocuses() {
        var s = DemoFixture.state()
        s.pressKey(for: .focusPane2)
        s.send(.mouse(MouseEvent(kind: .press, x: 10, y: 3))) // the tasks pane's column header
        #expect(s.focus == .tasks)
        #expect(s.taskList.selected == 1)
        s.send(.mouse(MouseEvent(kind: .press, x: 10, y: 12))) // its bottom border
        #expect(s.taskList.selected == 1)
        #expect(s.selectedTask == web(15))
        expectTaskCursorShown(s)
    }

    @Test func aClickAfterScrollingSelectsTheRowShownThere() {
        var s = DemoFixture.state()
        s.selectTask(web(40)) // row 14: the list shows rows 7–14
        s.send(.mouse(MouseEvent(kind: .press, x: 10, y: 4)))
        #expect(s.taskList.selected == 7)
        #expect(s.rowSummary[7] == "WEB-30")
        #expect(s.selectedTask == web(30))
    }

    @Test func aClickAfterRegroupingSelectsTheRowShownThere() {
        var s = DemoFixture.state()
        s.selectTask(web(40))
        s.pressKey(for: .toggleGrouping) // WEB-40 is now first
        s.send(.mouse(MouseEvent(kind: .press, x: 10, y: 5))) // second row on screen
        #expect(s.taskList.selected == 1)
        #expect(s.selectedTask == web(15))
    }

    @Test func theWheelScrollsThePaneUnderThePointerByThreeRows() {
        var s = DemoFixture.state()
        s.send(.mouse(MouseEvent(kind: .wheelDown, x: 10, y: 6)))
        #expect(s.taskList.selected == 4)
        #expect(s.selectedTask == web(10))
        s.send(.mouse(MouseEvent(kind: .wheelUp, x: 10, y: 6)))
        #expect(s.taskList.selected == 1)

        s.send(.mouse(MouseEvent(kind: .wheelDown, x: 50, y: 16)))
        #expect(s.loadList.selected == 3)
        #expect(s.focus == .tasks, "the wheel does not steal the focus")
    }

    @Test func theMouseIsIgnoredUnderOverlaysAndOnTheBoard() {
        let click = Message.mouse(MouseEvent(kind: .press, x: 10, y: 6))
        var s = DemoFixture.state()
        s.pressKey(for: .help)
        s.send(click)
        s.pressKey(for: .back)
        s.pressKey(for: .openDetail)
        s.send(click)
        s.pressKey(for: .back)
        s.pressKey(for: .filter)
        s.send(click)
        s.press(.escape)
        s.pressKey(for: .board)
        #expect(s.send(click) == [])
        #expect(s.taskList.selected == 1)
        #expect(s.selectedTask == web(15))
    }

    @Test func aClickOutsideEveryPaneDoesNothing() {
        var s = DemoFixture.state()
        s.send(.mouse(MouseEvent(kind: .press, x: 10, y: 0))) // header
        s.send(.mouse(MouseEvent(kind: .press, x: 10, y: 23))) // footer
        s.send(.mouse(MouseEvent(kind: .release, x: 10, y: 6)))
        #expect(s.focus == .tasks)
        #expect(s.taskList.selected == 1)
    }

    // MARK: Clock

    func at(_ iso: String) -> Now {
        Now.parse(iso, timeZone: TimeZone(identifier: "UTC")!)!
    }

    @Test func aTickTheSameDayOnlyMovesTheClock() {
        var s = DemoFixture.state()
        #expect(s.send(.tick(at("2026-11-30T23:59:00Z"))) == [])
        #expect(s.now == at("2026-11-30T23:59:00Z"))
        #expect(s.health?.overdue == 3)
    }

    @Test func aTickPastMidnightRecomputesWhatDependsOnTheDate() {
        var s = DemoFixture.state()
        s.pressKey(for: .filter)
        s.type("overdue")
        s.press(.enter)
        #expect(s.listedTasks == [web(10), web(9), web(11)])
        #expect(s.health?.overdue == 3)

        s.send(.tick(at("2026-12-01T00:00:05Z")))
        #expect(s.today == Day(year: 2026, month: 12, day: 1))
        #expect(s.listedTasks.count == 3, "WEB-35 is due today, not late yet")

        s.send(.tick(at("2026-12-02T00:00:05Z")))
        #expect(s.health?.overdue == 4)
        #expect(s.listedTasks.contains(web(35)))
        #expect(s.deadlines.first { $0.kind == .task(web(35)) }?.isLate == true)
    }

    @Test func aNewDayKeepsTheCursorOnItsTaskAndInView() {
        var s = DemoFixture.state()
        s.pressKey(for: .filter)
        s.type("overdue")
        s.press(.enter)
        s.pressKey(for: .bottom)
        #expect(s.selectedTask == web(11))
        s.send(.tick(at("2026-12-02T08:00:00Z"))) // WEB-35 joins above WEB-11
        #expect(s.selectedTask == web(11))
        #expect(s.currentTask?.id == web(11))
        expectTaskCursorShown(s)
    }
}
