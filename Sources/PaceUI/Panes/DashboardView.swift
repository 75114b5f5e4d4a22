import PaceCore

/// The whole screen for a state: a pure function from `AppState` to a `Canvas`.
public enum DashboardView {
    public static func render(_ state: AppState) -> Canvas {
        var canvas = draw(state)
        if state.glyphs == .ascii { canvas.replaceTypographyWithASCII() }
        return canvas
    }

    static func draw(_ state: AppState) -> Canvas {
        var canvas = Canvas(width: state.width, height: state.height, fill: Cell(text: " ", style: state.theme[.text]))
        let layout = Layout(state)
        if layout.tooSmall {
            renderTooSmall(state, into: &canvas)
            return canvas
        }
        HeaderView.render(state, into: &canvas, area: layout.header)
        switch state.screen {
        case .board:
            BoardView.render(state, into: &canvas, area: layout.board)
        case .timeline:
            TimelineView.render(state, into: &canvas, area: layout.body)
        case .standup:
            StandupView.render(state, into: &canvas, area: layout.body)
        case .standupSummary:
            StandupSummaryView.render(state, into: &canvas, area: layout.body)
        case .budget:
            BudgetView.render(state, into: &canvas, area: layout.body)
        case .burndown:
            BurndownView.render(state, into: &canvas, area: layout.body)
        case .dashboard:
            for (pane, rect) in layout.panes.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                let focused = pane == state.focus
                switch pane {
                case .tasks: TasksPane.render(state, into: &canvas, area: rect, focused: focused)
                case .deadlines: DeadlinesPane.render(state, into: &canvas, area: rect, focused: focused)
                case .load: LoadPane.render(state, into: &canvas, area: rect, focused: focused)
                }
            }
        }
        FooterView.render(state, into: &canvas, area: layout.footer)
        if state.detail != nil { DetailOverlay.render(state, into: &canvas, area: layout.body) }
        if state.help != nil { HelpOverlay.render(state, into: &canvas, area: layout.body) }
        if let choice = state.standup.choice { renderStandupChoice(state, choice, into: &canvas, area: layout.body) }
        if let p = state.prompt { renderPrompt(state, p, into: &canvas, area: layout.body) }
        return canvas
    }

    static func renderTooSmall(_ state: AppState, into canvas: inout Canvas) {
        let lines = ["terminal too small", "\(state.width)×\(state.height), need \(Layout.minimumWidth)×\(Layout.minimumHeight)", "q quits"]
        let top = max(0, (state.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < state.height {
            let x = max(0, (state.width - TextWidth.of(line)) / 2)
            canvas.put(line, x: x, y: top + i, style: i == 0 ? state.theme[.late].with(.bold) : state.theme[.text])
        }
    }

    static func promptText(_ purpose: PromptState.Purpose, _ state: AppState) -> (title: String, label: String, hint: String) {
        switch purpose {
        case .quickAdd:
            return ("Add a task", "",
                    "@who !prio due:fri est:4h #tag ^milestone after:WEB-3 · Enter adds · Esc cancels")
        case .filter:
            return ("Filter", "/", "status:todo @alice ^beta #tag !high due<fri overdue words · empty clears")
        case .block(let id):
            return ("Block \(id)", "reason: ", "what is it waiting for?")
        case .assign(let id):
            let names = state.snapshot?.members.map { "@" + $0.handle }.joined(separator: " ") ?? ""
            return ("Assign \(id)", "to: ", names + " · none unassigns")
        case .logTime(let id):
            return ("Log time on \(id)", "", "1h30m what you did · logged for @\(state.actor) today")
        case .editField(let id):
            return ("Edit \(id)", "", FieldEdit.hint)
        case .capacity(let handle):
            return ("Weekly capacity of @\(handle)", "hours a week: ", "e.g. 32h · Enter saves · the forecast change shows here")
        case .standupNote(_, let handle):
            return ("Note for @\(handle)", "", "y: yesterday · t: today · b: blocker · or just the note · Enter saves")
        case .standupBlocker(_, let handle, let task):
            return ("Blocker for @\(handle)" + (task.map { " · \($0)" } ?? ""), "blocker: ",
                    "what is in the way · end with @who can unblock it · the task is not changed")
        case .standupFollowUp(_, let handle):
            return ("Follow-up from @\(handle)'s turn", "", "what to talk about after the standup, and who")
        case .commandLine:
            return ("Command", ":", "any pace command that edits, e.g. assign WEB-3 @bob · done 12 · edit WEB-3 --due fri")
        }
    }

    /// `S` while someone else runs the standup.
    static func renderStandupChoice(_ state: AppState, _ choice: StandupScreenState.Choice, into canvas: inout Canvas, area: Rect) {
        let t = state.theme
        let lines: [TextLine] = [
            TextLine([Span("@" + choice.facilitator, style: t[.person].with(.bold)), Span(" is running the standup.")]),
            "",
            TextLine([Span("j", style: t[.helpKey]), Span(" join as a viewer    "), Span("t", style: t[.helpKey]),
                      Span(" take over    "), Span("Esc", style: t[.helpKey]), Span(" cancel")]),
        ]
        let overlay = Overlay(title: "Standup", lines: lines, maxWidth: 60,
                              styles: Overlay.Styles(frame: Frame.Styles(border: t[.borderFocused], title: t[.title].with(.bold),
                                                                         focusedBorder: t[.borderFocused], focusedTitle: t[.title].with(.bold)),
                                                     body: t[.dialog]),
                              glyphs: state.glyphs)
        overlay.render(into: &canvas, area: area)
    }

    static func renderPrompt(_ state: AppState, _ p: PromptState, into canvas: inout Canvas, area: Rect) {
        let t = state.theme
        let text = promptText(p.purpose, state)
        var hint = text.hint
        if let preview = p.preview, p.previewFor == p.input.text.trimmingCharacters(in: .whitespaces) {
            hint = preview.isEmpty ? "forecast: no milestone moves"
                : "forecast: " + preview.map { $0.describe(today: state.today) }.joined(separator: " · ")
        }
        let prompt = Prompt(title: text.title, label: text.label, input: p.input,
                            hint: p.pending ? "saving…" : hint, error: p.error, width: min(area.width - 2, 100),
                            styles: Prompt.Styles(frame: Frame.Styles(border: t[.borderFocused], title: t[.title].with(.bold),
                                                                      focusedBorder: t[.borderFocused], focusedTitle: t[.title].with(.bold)),
                                                  background: t[.text], label: t[.accent], input: t[.text], hint: t[.muted],
                                                  error: t[.footerError]),
                            glyphs: state.glyphs)
        if let cursor = prompt.render(into: &canvas, area: area), cursor.x < canvas.width, cursor.y < canvas.height {
            // The terminal cursor stays hidden; the input's cursor is drawn as a cell.
            canvas.restyle(Rect(x: cursor.x, y: cursor.y, width: 1, height: 1)) { $0.with(.reverse) }
        }
    }
}
