/// What a piece of the screen *means*, not how it looks. Views draw with roles
/// (`theme[.late]`) so a theme can restyle the whole dashboard, and the mono theme can
/// keep every distinction with attributes alone.
///
/// The raw value is the name used in theme files (`[roles.border_focused]`): snake_case,
/// like every other key a user writes in `config.toml`.
public enum Role: String, CaseIterable, Hashable, Sendable {
    // Every pane
    case text
    case muted
    case border
    case borderFocused = "border_focused"
    case title
    case header
    case selection
    /// The remembered row of a pane that does not have focus: visible, but quieter
    /// than `selection` so there is only ever one obvious cursor.
    case selectionUnfocused = "selection_unfocused"
    case accent

    // Task fields
    case priorityUrgent = "priority_urgent"
    case priorityHigh = "priority_high"
    case priorityMedium = "priority_medium"
    case priorityLow = "priority_low"
    case statusBacklog = "status_backlog"
    case statusTodo = "status_todo"
    case statusInProgress = "status_in_progress"
    case statusReview = "status_review"
    case statusBlocked = "status_blocked"
    case statusDone = "status_done"
    case statusCancelled = "status_cancelled"
    /// Task keys such as `WEB-12`.
    case taskID = "task_id"
    /// Member names (assignee, standup speaker).
    case person
    case tag

    // Deadlines
    case late
    case atRisk = "at_risk"
    case ok

    // Team load
    case loadLow = "load_low"
    case loadMedium = "load_medium"
    case loadHigh = "load_high"
    case loadOver = "load_over"

    // Gantt timeline and calendar
    case today
    case weekend
    case timeOff = "time_off"
    case milestone
    case ganttBar = "gantt_bar"
    /// The finished part of a Gantt bar.
    case ganttBarDone = "gantt_bar_done"

    // Activity log and standup ("status: todo → in progress")
    case changeOld = "change_old"
    case changeNew = "change_new"

    // Chrome
    case statusBar = "status_bar"
    case footerInfo = "footer_info"
    case footerError = "footer_error"
    case banner
    /// Help overlay, quick-add and confirmation boxes drawn over the panes.
    case dialog
    /// Key names in the help overlay and the status bar hints.
    case helpKey = "help_key"
    /// The text being typed in the command line, filter or quick-add field.
    case input
    case scrollbar

    /// How the role is written in a theme file.
    public var tomlName: String { rawValue }

    public init?(tomlName: String) { self.init(rawValue: tomlName) }
}
