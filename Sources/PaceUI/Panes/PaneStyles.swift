import PaceCore

/// Theme roles for domain values, in one place: what colour a priority, a status, a
/// load level or a due date gets.
enum PaneStyles {
    static func priority(_ p: Priority, _ theme: Theme) -> Style {
        switch p {
        case .urgent: theme[.priorityUrgent]
        case .high: theme[.priorityHigh]
        case .medium: theme[.priorityMedium]
        case .low: theme[.priorityLow]
        }
    }

    static func status(_ s: TaskStatus, _ theme: Theme) -> Style {
        switch s {
        case .backlog: theme[.statusBacklog]
        case .todo: theme[.statusTodo]
        case .inProgress: theme[.statusInProgress]
        case .review: theme[.statusReview]
        case .blocked: theme[.statusBlocked]
        case .done: theme[.statusDone]
        case .cancelled: theme[.statusCancelled]
        }
    }

    /// Load level by booked/capacity: under 70%, under 90%, up to 100%, over.
    static func load(_ ratio: Double, _ theme: Theme) -> Style {
        if ratio > 1.0001 { return theme[.loadOver] }
        if ratio >= 0.9 { return theme[.loadHigh] }
        if ratio >= 0.7 { return theme[.loadMedium] }
        return theme[.loadLow]
    }

    static func due(_ day: Day, today: Day, open: Bool, _ theme: Theme) -> Style {
        guard open else { return theme[.muted] }
        if day < today { return theme[.late] }
        if day - today <= 2 { return theme[.atRisk] }
        return theme[.text]
    }

    /// "in 3d" / "2d late" for open work; a closed task's due date is history, shown
    /// as the date.
    static func dueText(_ day: Day, today: Day, open: Bool) -> String {
        open ? Format.relative(day, today: today) : Format.shortDate(day, today: today)
    }

    /// One-letter priority mark for narrow columns.
    static func priorityMark(_ p: Priority) -> String {
        switch p {
        case .urgent: "U"
        case .high: "H"
        case .medium: "M"
        case .low: "L"
        }
    }

    static func frame(_ state: AppState, focused: Bool, title: String, right: String = "") -> Frame {
        let t = state.theme
        return Frame(title: title, rightTitle: right, isFocused: focused,
                     styles: Frame.Styles(border: t[.border], title: t[.title], focusedBorder: t[.borderFocused],
                                          focusedTitle: t[.borderFocused].with(.bold)),
                     glyphs: state.glyphs)
    }

    static func table(_ state: AppState, focused: Bool) -> Table.Styles {
        let t = state.theme
        return Table.Styles(header: t[.header], row: t[.text], selected: focused ? t[.selection] : t[.selectionUnfocused])
    }
}
