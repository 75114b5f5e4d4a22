import Testing
import PaceCore
@testable import PaceUI

/// `pace watch`: the dashboard for a wall screen or an SSH session. Every key that
/// would change the workspace says so in the footer and asks for nothing; looking
/// around works as usual.
@Suite struct UpdateReadOnlyTests {
    static let editing: [Action] = [
        .quickAdd, .editField, .nextStatus, .previousStatus, .markDone, .block, .assign, .logTime, .undo, .commandLine,
    ]

    @Test(arguments: editing)
    func anEditingKeyIsRefusedWithAReadOnlyMessage(action: Action) throws {
        var s = DemoFixture.state(readOnly: true)
        #expect(s.pressKey(for: action) == [])
        #expect(s.prompt == nil)
        let footer = try #require(s.footer)
        #expect(footer.isError)
        #expect(footer.text.contains("read-only"), "\(footer.text)")
    }

    @Test(arguments: [Action.moveCardLeft, .moveCardRight])
    func movingACardOnTheBoardIsRefused(action: Action) throws {
        var s = DemoFixture.state(readOnly: true)
        s.pressKey(for: .board)
        #expect(s.pressKey(for: action) == [])
        #expect(s.prompt == nil)
        #expect(s.footer?.isError == true)
        #expect(s.footer?.text.contains("read-only") == true)
    }

    @Test(arguments: [Action.nextStatus, .markDone, .block, .assign, .logTime, .editField, .undo])
    func anEditingKeyInTheDetailIsRefusedToo(action: Action) {
        var s = DemoFixture.state(readOnly: true)
        s.pressKey(for: .openDetail)
        #expect(s.pressKey(for: action) == [])
        #expect(s.prompt == nil)
        #expect(s.detail?.task == web(15), "the detail stays open")
        #expect(s.footer?.text.contains("read-only") == true)
    }

    @Test func navigationAndDetailWork() {
        var s = DemoFixture.state(readOnly: true)
        s.pressKey(for: .moveDown)
        #expect(s.selectedTask == web(35))
        s.pressKey(for: .focusNext)
        #expect(s.focus == .deadlines)
        s.pressKey(for: .focusPane1)
        #expect(s.pressKey(for: .openDetail) == [.loadDetail(web(35))])
        s.pressKey(for: .moveDown)
        #expect(s.detail?.offset == 1)
        s.pressKey(for: .back)
        #expect(s.detail == nil)
        #expect(s.footer == nil)
    }

    @Test func filterBoardHelpZoomAndGroupingWork() {
        var s = DemoFixture.state(readOnly: true)
        s.pressKey(for: .filter)
        s.type("@carol")
        s.press(.enter)
        #expect(s.filter.assignees == ["carol"])
        s.pressKey(for: .zoom)
        #expect(s.zoomed)
        s.pressKey(for: .toggleGrouping)
        #expect(s.grouping == .priority)
        s.pressKey(for: .board)
        #expect(s.screen == .board)
        let column = s.board.column
        s.press(.left)
        #expect(s.board.column == column - 1)
        s.pressKey(for: .moveDown)
        #expect(s.board.lists[s.board.column].selected == 1)
        s.pressKey(for: .help)
        #expect(s.help != nil)
        s.pressKey(for: .help)
        #expect(s.footer?.isError != true)
    }

    @Test func refreshAndQuitWork() {
        var s = DemoFixture.state(readOnly: true)
        #expect(s.pressKey(for: .refresh) == [.repaint, .reload])
        #expect(s.pressKey(for: .quit) == [.quit])
    }

    @Test func deadlinesAndLoadStillFilterTheList() {
        var s = DemoFixture.state(readOnly: true)
        s.pressKey(for: .focusPane3)
        s.pressKey(for: .openDetail)
        #expect(s.filter.assignees == ["alice"])
        #expect(s.focus == .tasks)
    }
}
