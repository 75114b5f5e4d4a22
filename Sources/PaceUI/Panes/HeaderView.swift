import PaceCore

/// Two rows: the workspace, project and clock; then the health summary.
enum HeaderView {
    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect) {
        let t = state.theme
        canvas.fill(area, style: t[.statusBar])
        guard area.height > 0 else { return }
        let clock = Format.weekdayDate(state.today) + " " + clockText(state.now)
        var left: [Span] = [Span(" Paceline ", style: t[.statusBar].with(.bold))]
        if let p = state.snapshot?.project {
            left.append(Span(" \(p.key) · \(p.name)", style: t[.statusBar].with(.bold)))
            if !p.client.isEmpty { left.append(Span(" · \(p.client)", style: t[.statusBar])) }
        } else {
            left.append(Span(" \(state.workspaceName)", style: t[.statusBar]))
        }
        var right: [Span] = []
        if let banner = standupBanner(state) { right.append(Span(" \(banner) ", style: t[.banner].with(.bold))) }
        if state.readOnly { right.append(Span(" WATCH · read-only ", style: t[.banner])) }
        right.append(Span(" \(clock) ", style: t[.statusBar]))
        StatusLine(left: left, right: right, style: t[.statusBar], spacing: 0, glyphs: state.glyphs)
            .render(into: &canvas, area: Rect(x: area.x, y: area.y, width: area.width, height: 1))
        guard area.height > 1 else { return }
        var health: [Span] = []
        if let error = state.loadError {
            health.append(Span(" ⚠ \(error)", style: t[.footerError]))
        } else if let h = state.health {
            health.append(Span(" \(h.done)/\(h.total) done", style: t[.ok]))
            health.append(Span(" · "))
            health.append(Span("\(h.overdue) overdue", style: h.overdue > 0 ? t[.late] : t[.muted]))
            health.append(Span(" · "))
            health.append(Span("\(h.blocked) blocked", style: h.blocked > 0 ? t[.statusBlocked] : t[.muted]))
            health.append(Span(" · "))
            health += budgetStatus(state)
            health.append(Span(" · "))
            if h.overCapacity.isEmpty {
                health.append(Span("nobody over capacity", style: t[.muted]))
            } else {
                let names = "over capacity: " + h.overCapacity.map { "@" + $0 }.joined(separator: " ")
                // The names when they fit, else how many: a cut-off list reads as the whole.
                // The status line puts a space between spans.
                let fits = TextLine(health).width + health.count + TextWidth.of(names) + 1 <= area.width
                health.append(Span(fits ? names : "\(h.overCapacity.count) over capacity", style: t[.loadOver]))
            }
        } else {
            health.append(Span(" loading…", style: t[.muted]))
        }
        var right2: [Span] = []
        if state.filter != .openTasks {
            right2.append(Span(" filter: \(state.filter.description) ", style: t[.accent]))
        }
        StatusLine(left: health, right: right2, style: t[.text], spacing: 1, glyphs: state.glyphs)
            .render(into: &canvas, area: Rect(x: area.x, y: area.y + 1, width: area.width, height: 1))
    }

    /// "budget 91% at risk · CPI 0.96": the forecast at completion against the budget,
    /// coloured by its level, and the cost performance so far. Shorter when narrow.
    static func budgetStatus(_ state: AppState) -> [Span] {
        let t = state.theme
        guard let o = state.budget else { return [Span("budget …", style: t[.muted])] }
        guard let status = o.status else { return [Span("no budget", style: t[.muted])] }
        let style = BudgetView.levelStyle(status.level, t)
        var spans = [Span("budget \(Format.percent(status.forecastShare))" + (state.width >= 100 ? " \(status.level.rawValue)" : ""),
                          style: style)]
        let cpi = status.measure == .money ? o.summary.money.cpi : o.summary.hours.cpi
        if let cpi, state.width >= 90 {
            spans.append(Span(" · "))
            spans.append(Span("CPI " + Format.ratio(cpi), style: BudgetView.ratingStyle(cpi, t)))
        }
        return spans
    }

    /// "STANDUP · @bob speaking · 1:12 left · 3/6" while a standup runs, shorter on a
    /// narrow terminal so the clock and the project keep some room.
    static func standupBanner(_ state: AppState) -> String? {
        guard let st = state.runningStandup else { return nil }
        let count = "\(min(st.current + 1, st.order.count))/\(st.order.count)"
        guard let speaker = st.speaker else {
            return state.width >= 100 ? "STANDUP · everyone has spoken · \(count)" : "STANDUP · done"
        }
        let c = st.countdown(at: state.now.instant)
        let time = c.text + (c.phase == .overrun ? " over" : " left") + (c.paused ? " · paused" : "")
        return state.width >= 100 ? "STANDUP · @\(speaker) speaking · \(time) · \(count)" : "STANDUP @\(speaker) \(c.text) \(count)"
    }

    static func clockText(_ now: Now) -> String {
        let secs = Int(now.instant.timeIntervalSince(now.today.start(in: now.timeZone)))
        let h = secs / 3600, m = secs / 60 % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }
}
