import PaceCore

/// The last row: the result of the last action, else key hints for where you are.
enum FooterView {
    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect) {
        let t = state.theme
        canvas.fill(area, style: t[.statusBar])
        if let f = state.footer {
            let style = f.isError ? t[.footerError] : t[.footerInfo]
            StatusLine(left: [Span(" " + f.text, style: style)], style: t[.statusBar], glyphs: state.glyphs)
                .render(into: &canvas, area: area)
            return
        }
        let hints = hintActions(state).compactMap { action, label -> Span? in
            guard let key = state.keymap.keys(for: action).first else { return nil }
            return Span(" \(KeyNames.display(key)) \(label) ", style: t[.statusBar])
        }
        StatusLine(left: hints, right: [], style: t[.statusBar], spacing: 0, glyphs: state.glyphs)
            .render(into: &canvas, area: area)
    }

    static func hintActions(_ state: AppState) -> [(Action, String)] {
        if state.help != nil { return [(.back, "close"), (.moveDown, "scroll")] }
        if state.detail != nil {
            return state.readOnly ? [(.back, "close"), (.moveDown, "scroll")]
                : [(.back, "close"), (.nextStatus, "next status"), (.markDone, "done"), (.block, "block"), (.assign, "assign"),
                   (.logTime, "log"), (.editField, "edit")]
        }
        if state.standup.choice != nil { return [] }
        if state.screen == .standupSummary { return [(.back, "dashboard"), (.help, "help")] }
        if state.screen == .standup {
            guard state.isStandupFacilitator else {
                return [(.back, "dashboard"), (.moveDown, "task"), (.openDetail, "open"), (.help, "help")]
            }
            return [(.standupNext, "next"), (.standupPrevious, "prev"), (.standupPause, "pause"), (.standupSkip, "skip"),
                    (.standupNote, "note"), (.block, "blocker"), (.standupFollowUp, "follow-up"), (.quickAdd, "add"),
                    (.markDone, "done"), (.nextStatus, "status"), (.quit, "end"), (.back, "dashboard")]
        }
        if state.screen == .budget {
            return [(.help, "help"), (.budget, "close"), (.moveDown, "member"), (.openDetail, "their tasks"),
                    (.burndown, "burndown"), (.quit, "quit")]
        }
        if state.screen == .burndown {
            return [(.help, "help"), (.burndown, "close"), (.moveDown, "milestone"), (.openDetail, "its tasks"),
                    (.budget, "budget"), (.quit, "quit")]
        }
        if state.readOnly {
            return [(.help, "help"), (.focusNext, "pane"), (.openDetail, "open"), (.filter, "filter"), (.board, "board"),
                    (.zoom, "zoom"), (.quit, "quit")]
        }
        if state.screen == .timeline {
            return [(.help, "help"), (.timeline, "close"), (.openDetail, "open"), (.zoomIn, "days"), (.zoomOut, "weeks"),
                    (.toggleGrouping, "group"), (.quit, "quit")]
        }
        if state.screen == .board {
            return [(.help, "help"), (.moveCardLeft, "move left"), (.moveCardRight, "move right"), (.openDetail, "open"),
                    (.board, "dashboard"), (.quit, "quit")]
        }
        return [(.help, "help"), (.quickAdd, "add"), (.nextStatus, "next"), (.markDone, "done"), (.block, "block"),
                (.assign, "assign"), (.logTime, "log"), (.filter, "filter"), (.board, "board"), (.undo, "undo"), (.quit, "quit")]
    }
}

/// Short names of keys for hints.
enum KeyNames {
    static func display(_ key: Key) -> String {
        switch key {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .alt(let c): "M-\(c)"
        case .ctrl(let c): "^\(c.uppercased())"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .backspace: "BS"
        case .delete: "Del"
        case .insert: "Ins"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .function(let n): "F\(n)"
        }
    }
}
