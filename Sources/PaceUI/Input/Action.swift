/// Everything a key can ask the dashboard to do. Keys are bound to actions by the
/// `Keymap`, never matched directly in `update`, so a user's `[keys]` overrides and the
/// `?` help overlay both come from one table.
///
/// Case order is the order the help overlay lists actions in, within their group.
public enum Action: String, CaseIterable, Hashable, Sendable {
    // Navigation
    case focusNext, focusPrevious
    case focusPane1, focusPane2, focusPane3
    case moveDown, moveUp, top, bottom, pageDown, pageUp
    case openDetail, back

    // Task
    case quickAdd, editField, nextStatus, previousStatus, markDone, block, assign, logTime, undo
    case moveCardLeft, moveCardRight

    // View
    case filter, zoom, board, toggleGrouping
    case timeline, zoomIn, zoomOut
    case budget, burndown

    // Standup
    case standup, standupNext, standupPrevious, standupPause, standupSkip, standupNote, standupFollowUp

    // App
    case commandLine, help, refresh, quit

    /// Groups of the help overlay, in the order it shows them.
    public enum Group: String, CaseIterable, Hashable, Sendable {
        case navigation, task, view, standup, app

        public var title: String {
            switch self {
            case .navigation: "Navigation"
            case .task: "Task"
            case .view: "View"
            case .standup: "Standup"
            case .app: "App"
            }
        }
    }

    public var group: Group {
        switch self {
        case .focusNext, .focusPrevious, .focusPane1, .focusPane2, .focusPane3,
             .moveDown, .moveUp, .top, .bottom, .pageDown, .pageUp, .openDetail, .back:
            .navigation
        case .quickAdd, .editField, .nextStatus, .previousStatus, .markDone, .block, .assign,
             .logTime, .undo, .moveCardLeft, .moveCardRight:
            .task
        case .filter, .zoom, .board, .toggleGrouping, .timeline, .zoomIn, .zoomOut, .budget, .burndown:
            .view
        case .standup, .standupNext, .standupPrevious, .standupPause, .standupSkip, .standupNote, .standupFollowUp:
            .standup
        case .commandLine, .help, .refresh, .quit:
            .app
        }
    }

    /// One line for the help overlay.
    public var help: String {
        switch self {
        case .focusNext: "Focus the next pane"
        case .focusPrevious: "Focus the previous pane"
        case .focusPane1: "Focus pane 1 (tasks)"
        case .focusPane2: "Focus pane 2 (deadlines)"
        case .focusPane3: "Focus pane 3 (team load)"
        case .moveDown: "Move down"
        case .moveUp: "Move up"
        case .top: "Go to the first row"
        case .bottom: "Go to the last row"
        case .pageDown: "Page down"
        case .pageUp: "Page up"
        case .openDetail: "Open the selected task"
        case .back: "Close / go back / cancel"
        case .quickAdd: "Add a task"
        case .editField: "Edit a field of the task"
        case .nextStatus: "Move the task to the next status"
        case .previousStatus: "Move the task to the previous status"
        case .markDone: "Mark the task done"
        case .block: "Block the task (with a reason) / unblock"
        case .assign: "Assign the task"
        case .logTime: "Log time on the task"
        case .undo: "Undo your last change"
        case .moveCardLeft: "Board: move the card one column left"
        case .moveCardRight: "Board: move the card one column right"
        case .filter: "Filter the list"
        case .zoom: "Zoom the focused pane / timeline scale"
        case .board: "Switch between list and board"
        case .toggleGrouping: "Tasks: by status / by priority · timeline: by member / by milestone"
        case .timeline: "Timeline (Gantt) of the forecast"
        case .zoomIn: "Timeline: zoom in (weeks → days)"
        case .zoomOut: "Timeline: zoom out (days → weeks)"
        case .budget: "Budget: spent, committed, forecast, CPI/SPI, cost per member"
        case .burndown: "Burndown of the selected milestone (j/k: another one)"
        case .standup: "Standup: start it, join it or open the speaker view"
        case .standupNext: "Standup: next speaker (after the last: end)"
        case .standupPrevious: "Standup: previous speaker"
        case .standupPause: "Standup: pause / resume the countdown"
        case .standupSkip: "Standup: skip the speaker"
        case .standupNote: "Standup: write a note (y: yesterday, t: today, b: blocker)"
        case .standupFollowUp: "Standup: write down a follow-up"
        case .commandLine: "Type a command (as on the command line)"
        case .help: "Show or hide this help"
        case .refresh: "Redraw the screen and reload"
        case .quit: "Quit"
        }
    }

    /// The name used in `[keys]` of config.toml: snake_case like every key a user writes.
    public var configName: String {
        var name = ""
        for character in rawValue {
            if character.isUppercase || (character.isNumber && !(name.last?.isNumber ?? false)) {
                name += "_"
            }
            name += character.lowercased()
        }
        return name
    }

    public init?(configName: String) {
        guard let action = Action.allCases.first(where: { $0.configName == configName }) else { return nil }
        self = action
    }
}
