import Testing
import PaceCore
@testable import PaceUI

/// One row per `Action`: press its default key on the demo dashboard and check what it
/// did. The switch has no `default`, so a new action does not compile until it has a
/// row here; the other `Update*Tests` go into each action's details and errors.
@Suite struct UpdateKeymapCoverageTests {
    struct Expectation {
        var effects: [Effect] = []
        var what: String
        var holds: (AppState) -> Bool
    }

    /// Starts on WEB-40 (to-do, urgent, row 14 of the list); card keys start on the board.
    static func expectation(for action: Action) -> Expectation {
        switch action {
        case .focusNext: Expectation(what: "focus the deadlines") { $0.focus == .deadlines }
        case .focusPrevious: Expectation(what: "focus the team load") { $0.focus == .load }
        case .focusPane1: Expectation(what: "keep the tasks focused") { $0.focus == .tasks }
        case .focusPane2: Expectation(what: "focus the deadlines") { $0.focus == .deadlines }
        case .focusPane3: Expectation(what: "focus the team load") { $0.focus == .load }
        case .moveDown: Expectation(what: "select WEB-32") { $0.selectedTask == web(32) }
        case .moveUp: Expectation(what: "skip the to-do heading up to WEB-20") { $0.selectedTask == web(20) }
        case .top: Expectation(what: "select WEB-15") { $0.selectedTask == web(15) }
        case .bottom: Expectation(what: "select WEB-57") { $0.selectedTask == web(57) }
        case .pageDown: Expectation(what: "select row 22, WEB-21") { $0.taskList.selected == 22 && $0.selectedTask == web(21) }
        case .pageUp: Expectation(what: "select row 6, WEB-12") { $0.taskList.selected == 6 && $0.selectedTask == web(12) }
        case .openDetail:
            Expectation(effects: [.loadDetail(web(40))], what: "open WEB-40") { $0.detail?.task == web(40) }
        case .back: Expectation(what: "change nothing") { $0.selectedTask == web(40) && $0.screen == .dashboard }
        case .quickAdd: Expectation(what: "open the add prompt") { $0.prompt == PromptState(.quickAdd) }
        case .editField: Expectation(what: "open the edit prompt") { $0.prompt == PromptState(.editField(web(40))) }
        case .nextStatus:
            Expectation(effects: [.apply(.setStatus(web(40), .inProgress, reason: nil))], what: "start WEB-40") { $0.prompt == nil }
        case .previousStatus:
            Expectation(effects: [.apply(.setStatus(web(40), .backlog, reason: nil))], what: "shelve WEB-40") { $0.prompt == nil }
        case .markDone:
            Expectation(effects: [.apply(.setStatus(web(40), .done, reason: nil))], what: "finish WEB-40") { $0.prompt == nil }
        case .block: Expectation(what: "ask why WEB-40 is blocked") { $0.prompt == PromptState(.block(web(40))) }
        case .assign: Expectation(what: "offer @bob to change") { $0.prompt?.purpose == .assign(web(40)) && $0.prompt?.input.text == "@bob" }
        case .logTime: Expectation(what: "ask for the time") { $0.prompt == PromptState(.logTime(web(40))) }
        case .undo: Expectation(effects: [.apply(.undo)], what: "undo") { $0.prompt == nil }
        case .moveCardLeft:
            Expectation(effects: [.apply(.setStatus(web(40), .backlog, reason: nil))], what: "move the card to the backlog") { $0.screen == .board }
        case .moveCardRight:
            Expectation(effects: [.apply(.setStatus(web(40), .inProgress, reason: nil))], what: "move the card to in progress") { $0.screen == .board }
        case .filter: Expectation(what: "open an empty filter prompt") { $0.prompt == PromptState(.filter) }
        case .zoom: Expectation(what: "zoom the tasks") { $0.zoomed }
        case .board: Expectation(what: "show the board on WEB-40") { $0.screen == .board && $0.currentTask?.id == web(40) }
        case .timeline: Expectation(what: "show the timeline") { $0.screen == .timeline }
        case .zoomIn: Expectation(what: "change nothing outside the timeline") { $0.screen == .dashboard && $0.timeline.scale == .day }
        case .zoomOut: Expectation(what: "change nothing outside the timeline") { $0.screen == .dashboard && $0.timeline.scale == .day }
        case .budget: Expectation(what: "show the budget") { $0.screen == .budget && $0.footer == nil }
        case .burndown:
            Expectation(effects: [.loadBurndown(BurndownRequest(projectKey: "WEB", milestoneID: 2, from: DemoFixture.now.today - 28,
                                                                through: DemoFixture.now.today, token: DemoFixture.snapshot.token))],
                        what: "chart beta, WEB-40's milestone, from the project's start") {
                $0.screen == .burndown && $0.burndownMilestone?.name == "beta"
            }
        case .toggleGrouping: Expectation(what: "sort by priority, WEB-40 first") { $0.grouping == .priority && $0.taskList.selected == 0 }
        case .standup:
            Expectation(effects: [.apply(.startStandup(projectKey: "WEB", order: StandupFixture.handles, skipped: [],
                                                       timeboxSeconds: 120, since: DemoFixture.standupSince))],
                        what: "start a standup of everyone since Friday") { $0.screen == .dashboard }
        case .standupNext, .standupPrevious, .standupPause, .standupSkip, .standupNote, .standupFollowUp:
            Expectation(what: "change nothing outside the standup") { $0.screen == .dashboard && $0.prompt == nil && $0.footer == nil }
        case .commandLine: Expectation(what: "open the command line") { $0.prompt == PromptState(.commandLine) }
        case .help: Expectation(what: "open help") { $0.help == HelpState() }
        case .refresh: Expectation(effects: [.repaint, .reload], what: "redraw and reload") { _ in true }
        case .quit: Expectation(effects: [.quit], what: "quit") { _ in true }
        }
    }

    @Test func everyActionsDefaultKeyDoesWhatItSays() {
        for action in Action.allCases {
            var s = DemoFixture.state()
            s.selectTask(web(40))
            if [.moveCardLeft, .moveCardRight].contains(action) { s.pressKey(for: .board) }
            let expected = Self.expectation(for: action)
            let effects = s.pressKey(for: action)
            #expect(effects == expected.effects, "\(action) should \(expected.what)")
            #expect(expected.holds(s), "\(action) should \(expected.what)")
        }
    }
}
