import Foundation
import PaceCore

/// The budget view (`$`): where the money stands, how the work performs against the
/// baseline, how fast it burns, and who it goes to.
///
/// ```
/// Budget       56,000.00 EUR            │ EARNED VALUE       Money     Hours
/// Spent        17,047.50 EUR  30%       │ BAC        41,270.00 EUR      450h
/// Committed    34,037.50 EUR  386h left │ …
/// Forecast     51,085.00 EUR  91% at risk
/// To spare      4,915.00 EUR
/// ██████████▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒░░░│
/// Spent per week  ▁▃▅█▆  …
/// MEMBER  RATE  LOGGED  SPENT  LEFT  COMMITTED  FORECAST
/// ```
enum BudgetView {
    /// Rows of the figures block: five lines and the gauge.
    static let figureRows = 6
    /// The earned-value table: a header and nine measures.
    static let valueRows = 10
    /// Below this width the earned-value table goes under the figures.
    static let sideBySideWidth = 92

    /// The earned-value block in three lines, for a terminal too short for the table.
    static let compactValueRows = 3

    struct Sections {
        var figures: Rect
        var value: Rect
        /// Whether the earned value is the three-line summary rather than the table.
        var compactValue: Bool
        var burn: Rect
        var members: Rect
        var milestones: Rect
    }

    /// Where each block goes inside the frame. The member table takes what is left
    /// after the rest, at least a header and three rows; the milestone table only
    /// shows when there is room for all of it.
    static func sections(_ inner: Rect, milestones: Int) -> Sections {
        var y = inner.y
        let figuresWidth = min(inner.width, 46)
        let sideBySide = inner.width >= sideBySideWidth
        let figures = Rect(x: inner.x, y: y, width: figuresWidth, height: figureRows)
        let value: Rect
        var compact = false
        if sideBySide {
            value = Rect(x: inner.x + figuresWidth + 2, y: y, width: inner.width - figuresWidth - 2, height: valueRows)
            y += valueRows + 1
        } else {
            // Stacked, the table would leave the member table no room: three lines do.
            compact = inner.height < figureRows + 1 + valueRows + 1 + 3 + 5
            let rows = compact ? compactValueRows : valueRows
            value = Rect(x: inner.x, y: y + figureRows + 1, width: inner.width, height: rows)
            y += figureRows + 1 + rows + 1
        }
        // The weekly burn gives way when the member table would get fewer than three rows.
        let keepsBurn = inner.maxY - (y + 3) >= 4
        let burn = Rect(x: inner.x, y: y, width: inner.width, height: keepsBurn ? 2 : 0)
        if keepsBurn { y += 3 }
        let left = max(0, inner.maxY - y)
        let milestoneHeight = milestones > 0 && left >= milestones + 1 + 1 + 4 ? milestones + 1 : 0
        let members = Rect(x: inner.x, y: y, width: inner.width, height: max(0, left - (milestoneHeight > 0 ? milestoneHeight + 1 : 0)))
        let ms = Rect(x: inner.x, y: members.maxY + 1, width: inner.width, height: milestoneHeight)
        return Sections(figures: figures, value: value, compactValue: compact, burn: burn, members: members, milestones: ms)
    }

    static func inner(_ body: Rect) -> Rect {
        Rect(x: body.x + 2, y: body.y + 1, width: max(0, body.width - 4), height: max(0, body.height - 2))
    }

    /// The frame's inside less the bottom line that warns of rates in other currencies.
    static func content(_ inner: Rect, _ o: BudgetOverview?) -> Rect {
        guard let o, !o.summary.otherCurrencies.isEmpty, inner.height > 8 else { return inner }
        return Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 1)
    }

    /// Member rows the table shows in a body of this size (for paging).
    static func memberRows(_ body: Rect, state: AppState) -> Int {
        let s = sections(content(inner(body), state.budget), milestones: state.snapshot?.milestones.count ?? 0)
        return max(1, s.members.height - 1)
    }

    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect) {
        let t = state.theme
        let o = state.budget
        let right = o.map { "as of \($0.asOf.iso)" + ($0.baselineName.map { " · baseline \($0)" } ?? " · no baseline") } ?? ""
        _ = PaneStyles.frame(state, focused: true, title: "Budget" + (state.snapshot.map { " · \($0.project.key)" } ?? ""),
                             right: right).render(into: &canvas, area: area)
        let frameInner = inner(area)
        guard !frameInner.isEmpty else { return }
        guard let o else {
            canvas.put(state.budgetError ?? "working out the budget…", x: frameInner.x, y: frameInner.y,
                       style: state.budgetError == nil ? t[.muted] : t[.footerError], clip: frameInner)
            return
        }
        let inner = content(frameInner, o)
        if inner.height < frameInner.height {
            // Said at the bottom, where it stays whatever else has to give.
            canvas.put("⚠ rates in \(o.summary.otherCurrencies.joined(separator: ", ")) are counted as \(o.summary.currency): "
                       + "Paceline does not convert currencies", x: inner.x, y: inner.maxY, style: t[.atRisk],
                       clip: Rect(x: inner.x, y: inner.maxY, width: inner.width, height: 1))
        }
        let s = sections(inner, milestones: o.milestones.count)
        renderFigures(state, o, into: &canvas, area: s.figures.intersection(inner))
        if s.compactValue {
            renderCompactValue(state, o, into: &canvas, area: s.value.intersection(inner))
        } else {
            renderValue(state, o, into: &canvas, area: s.value.intersection(inner))
        }
        renderBurn(state, o, into: &canvas, area: s.burn.intersection(inner))
        renderMembers(state, o, into: &canvas, area: s.members.intersection(inner))
        renderMilestones(state, o, into: &canvas, area: s.milestones.intersection(inner))
    }


    static func ratingStyle(_ r: Double?, _ t: Theme) -> Style {
        guard let r else { return t[.muted] }
        switch IndexRating(r) {
        case .good: return t[.ok]
        case .watch: return t[.atRisk]
        case .poor: return t[.late]
        }
    }

    static func levelStyle(_ level: BudgetStatus.Level, _ t: Theme) -> Style {
        switch level {
        case .onTrack: t[.ok]
        case .atRisk: t[.atRisk]
        case .over: t[.late]
        }
    }

    static func renderFigures(_ state: AppState, _ o: BudgetOverview, into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        let t = state.theme
        let m = o.summary
        let c = m.currency
        let status = o.status
        let money = m.budget != nil || m.spent > 0 || m.committed > 0
        func plain(_ minor: Int64, _ minutes: Int) -> String { money ? Format.money(minor, c) : Format.hours(minutes) }
        // Amounts line up on the right, like a column of figures on paper.
        let columnWidth = [plain(m.spent, m.spentMinutes), plain(m.committed, m.committedMinutes),
                           plain(m.forecastAtCompletion, m.forecastMinutes), m.budget?.description ?? ""].map(TextWidth.of).max() ?? 0
        func aligned(_ text: String) -> String { String(repeating: " ", count: max(0, columnWidth - TextWidth.of(text))) + text }
        func amount(_ minor: Int64, _ minutes: Int) -> String { aligned(plain(minor, minutes)) }
        let budgetText = m.budget.map { aligned($0.description) } ?? m.hoursBudgetMinutes.map { aligned(Format.hours($0)) } ?? "no budget set"
        var lines: [TextLine] = [
            TextLine([Span("Budget     ", style: t[.header]), Span(budgetText, style: m.budget == nil && m.hoursBudgetMinutes == nil ? t[.muted] : t[.text].with(.bold))]),
            TextLine([Span("Spent      ", style: t[.header]), Span(amount(m.spent, m.spentMinutes)),
                      Span(status.map { "  \(Format.percent($0.spentShare))" } ?? "", style: t[.muted]),
                      Span(money ? "  \(Format.hours(m.spentMinutes))" : "", style: t[.muted])]),
            TextLine([Span("Committed  ", style: t[.header]), Span(amount(m.committed, m.committedMinutes)),
                      Span("  \(Format.hours(m.committedMinutes)) left", style: t[.muted])]),
            TextLine([Span("Forecast   ", style: t[.header]), Span(amount(m.forecastAtCompletion, m.forecastMinutes), style: t[.text].with(.bold)),
                      Span(status.map { "  \(Format.percent($0.forecastShare)) " } ?? ""),
                      Span(status.map { $0.level.rawValue } ?? "", style: status.map { levelStyle($0.level, t).with(.bold) } ?? t[.muted])]),
        ]
        if let status {
            let budget = status.measure == .money ? Double(m.budget?.minorUnits ?? 0) : Double(m.hoursBudgetMinutes ?? 0)
            let forecast = status.measure == .money ? Double(m.forecastAtCompletion) : Double(m.forecastMinutes)
            let left = budget - forecast
            let text = aligned(status.measure == .money ? Format.money(Int64(abs(left)), c) : Format.hours(Int(abs(left))))
            lines.append(TextLine([Span(left >= 0 ? "To spare   " : "Over by    ", style: t[.header]),
                                   Span(text, style: left >= 0 ? t[.ok] : t[.late].with(.bold))]))
        } else {
            lines.append(TextLine([Span("           "), Span("set one: pace project edit --budget 50000EUR", style: t[.muted])]))
        }
        for (i, line) in lines.enumerated() where i < area.height {
            line.render(into: &canvas, x: area.x, y: area.y + i, width: area.width, base: t[.text], glyphs: state.glyphs)
        }
        if let status, area.height >= figureRows {
            renderGauge(state, o, status, into: &canvas, area: Rect(x: area.x, y: area.y + 5, width: area.width, height: 1))
        }
    }

    /// Spent, then committed, then what is left of the budget; the budget's end is a
    /// bar, and a forecast beyond it runs past the bar in the late colour.
    static func renderGauge(_ state: AppState, _ o: BudgetOverview, _ status: BudgetStatus, into canvas: inout Canvas, area: Rect) {
        let t = state.theme
        let ascii = state.glyphs == .ascii
        let width = area.width - 1
        guard width > 4 else { return }
        let scale = max(1, status.forecastShare)
        func cells(_ share: Double) -> Int { min(width, max(0, Int((share / scale * Double(width)).rounded()))) }
        let spent = cells(status.spentShare)
        let forecast = max(spent, cells(status.forecastShare))
        let budgetEnd = cells(1)
        for x in 0..<width {
            let (ch, style): (String, Style)
            if x < spent {
                (ch, style) = (ascii ? "#" : "█", x >= budgetEnd ? t[.late] : levelStyle(status.level, t))
            } else if x < forecast {
                (ch, style) = (ascii ? "=" : "▒", x >= budgetEnd ? t[.late] : levelStyle(status.level, t))
            } else if x < budgetEnd {
                (ch, style) = (ascii ? "." : "░", t[.muted])
            } else {
                continue
            }
            canvas.put(ch, x: area.x + x, y: area.y, style: style, clip: area)
        }
        canvas.put(String(state.glyphs.vertical), x: area.x + budgetEnd, y: area.y, style: t[.text].with(.bold), clip: area)
    }

    static func renderValue(_ state: AppState, _ o: BudgetOverview, into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        let t = state.theme
        let m = o.summary.money, h = o.summary.hours
        let c = o.summary.currency
        func hours(_ v: Int64?) -> String { v.map { Format.hours(Int($0)) } ?? "—" }
        func row(_ name: String, _ money: String, _ hours: String, style: Style? = nil, hoursStyle: Style? = nil) -> Table.Row {
            Table.Row([Span(name, style: t[.header]), Span(money, style: style), Span(hours, style: hoursStyle ?? style)])
        }
        let rows = [
            row("BAC  budget at completion", Format.money(m.bac, c), hours(h.bac)),
            row("PV   planned value", Format.money(m.pv, c), hours(h.pv)),
            row("EV   earned value", Format.money(m.ev, c), hours(h.ev)),
            row("AC   actual cost", Format.money(m.ac, c), hours(h.ac)),
            row("EAC  estimate at completion", Format.money(m.eac, c), hours(h.eac)),
            row("ETC  estimate to complete", Format.money(m.etc, c), hours(h.etc)),
            row("VAC  variance at completion", Format.money(m.vac, c), hours(h.vac),
                style: (m.vac ?? 0) < 0 ? t[.late] : nil, hoursStyle: (h.vac ?? 0) < 0 ? t[.late] : nil),
            row("CPI  cost performance", Format.ratio(m.cpi), Format.ratio(h.cpi), style: ratingStyle(m.cpi, t), hoursStyle: ratingStyle(h.cpi, t)),
            row("SPI  schedule performance", Format.ratio(m.spi), Format.ratio(h.spi), style: ratingStyle(m.spi, t), hoursStyle: ratingStyle(h.spi, t)),
        ]
        Table(columns: [Table.Column("Earned value", width: .flex(min: 9, weight: 2), priority: 10),
                        Table.Column("Money", width: .fixed(15), alignment: .right, priority: 9),
                        Table.Column("Hours", width: .fixed(9), alignment: .right, priority: 8)],
              rows: rows, styles: Table.Styles(header: t[.header].with(.bold), row: t[.text], selected: t[.text]), glyphs: state.glyphs)
            .render(into: &canvas, area: area, selected: nil, offset: 0)
    }

    /// "BAC … · PV … · EV …" / "AC … · EAC … · VAC …" / "CPI 0.96 · SPI 0.74 (hours …)".
    static func renderCompactValue(_ state: AppState, _ o: BudgetOverview, into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        let t = state.theme
        let m = o.summary.money, h = o.summary.hours
        let c = o.summary.currency
        func pair(_ name: String, _ value: String, _ style: Style? = nil) -> [Span] {
            [Span(name + " ", style: t[.header]), Span(value, style: style)]
        }
        let sep = Span("  ·  ", style: t[.muted])
        let lines: [TextLine] = [
            TextLine(pair("BAC", Format.money(m.bac, c)) + [sep] + pair("PV", Format.money(m.pv, c)) + [sep] + pair("EV", Format.money(m.ev, c))),
            TextLine(pair("AC", Format.money(m.ac, c)) + [sep] + pair("EAC", Format.money(m.eac, c)) + [sep]
                     + pair("VAC", Format.money(m.vac, c), (m.vac ?? 0) < 0 ? t[.late] : nil)),
            TextLine(pair("CPI", Format.ratio(m.cpi), ratingStyle(m.cpi, t)) + [sep] + pair("SPI", Format.ratio(m.spi), ratingStyle(m.spi, t))
                     + [Span("   in hours: ", style: t[.muted])] + pair("CPI", Format.ratio(h.cpi), ratingStyle(h.cpi, t)) + [sep]
                     + pair("SPI", Format.ratio(h.spi), ratingStyle(h.spi, t))),
        ]
        for (i, line) in lines.enumerated() where i < area.height {
            line.render(into: &canvas, x: area.x, y: area.y + i, width: area.width, base: t[.text], glyphs: state.glyphs)
        }
    }

    static func renderBurn(_ state: AppState, _ o: BudgetOverview, into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        let t = state.theme
        let money = o.summary.budget != nil || o.summary.spent > 0
        let label = "Spent per week "
        canvas.put(label, x: area.x, y: area.y, style: t[.header], clip: area)
        let values = o.weeks.map { money ? Double($0.cost) : Double($0.minutes) }
        guard let last = o.weeks.last else { return }
        let c = o.summary.currency
        func amount(_ w: WeekSpend) -> String { money ? Format.money(w.cost, c) : Format.hours(w.minutes) }
        let worked = o.weeks.filter { $0.minutes > 0 }
        let average = worked.isEmpty ? 0 : worked.reduce(0.0) { $0 + (money ? Double($1.cost) : Double($1.minutes)) } / Double(worked.count)
        let avgText = money ? Format.money(Int64(average.rounded()), c) : Format.hours(Int(average.rounded()))
        let summary = "  this week \(amount(last)) · average \(avgText)/week"
        let x = area.x + TextWidth.of(label)
        // The sparkline first (the latest weeks that fit), then the figures if there is room.
        let sparkWidth = min(values.count, max(0, area.maxX - x))
        guard sparkWidth > 0 else { return }
        Sparkline(values: values, style: t[.accent], glyphs: state.glyphs)
            .render(into: &canvas, area: Rect(x: x, y: area.y, width: sparkWidth, height: 1))
        if x + sparkWidth + TextWidth.of(summary) <= area.maxX {
            canvas.put(summary, x: x + sparkWidth, y: area.y, style: t[.muted], clip: area)
        }
        guard area.height > 1 else { return }
        let shown = o.weeks.suffix(sparkWidth)
        if let first = shown.first {
            canvas.put("\(state.glyphs.arrowUp) wk of \(Format.shortDate(first.weekStart, today: state.today))", x: x, y: area.y + 1,
                       style: t[.muted], clip: area)
        }
    }

    static func renderMembers(_ state: AppState, _ o: BudgetOverview, into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        let t = state.theme
        let c = o.summary.currency
        let total = max(1, o.summary.forecastAtCompletion)
        let rows = o.summary.members.map { r -> Table.Row in
            let forecast = r.spent + r.committed
            return Table.Row([Span("@" + r.member, style: t[.person]), Span(r.rate?.description ?? "—", style: r.rate == nil ? t[.muted] : nil),
                              Span(Format.hours(r.spentMinutes)), Span(Format.money(r.spent, c)),
                              Span(Format.hours(r.remainingMinutes)), Span(Format.money(r.committed, c)),
                              Span(Format.money(forecast, c)), Span(Format.percent(Double(forecast) / Double(total)), style: t[.muted])])
        }
        if rows.isEmpty {
            canvas.put("nobody has logged time or holds open work yet", x: area.x, y: area.y, style: t[.muted], clip: area)
            return
        }
        Table(columns: [Table.Column("Member", width: .flex(min: 6, weight: 2), priority: 10),
                        Table.Column("Rate", width: .fixed(11), alignment: .right, priority: 4),
                        Table.Column("Logged", width: .fixed(7), alignment: .right, priority: 5),
                        Table.Column("Spent", width: .fixed(14), alignment: .right, priority: 9),
                        Table.Column("Left", width: .fixed(6), alignment: .right, priority: 3),
                        Table.Column("Committed", width: .fixed(14), alignment: .right, priority: 7),
                        Table.Column("Forecast", width: .fixed(14), alignment: .right, priority: 8),
                        Table.Column("Share", width: .fixed(5), alignment: .right, priority: 6)],
              rows: rows, styles: PaneStyles.table(state, focused: true), glyphs: state.glyphs)
            .render(into: &canvas, area: area, state: state.budgetList)
    }

    static func renderMilestones(_ state: AppState, _ o: BudgetOverview, into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        let t = state.theme
        let c = o.summary.currency
        let rows = o.milestones.map { v -> Table.Row in
            Table.Row([Span(v.milestone.name, style: t[.milestone]),
                       Span(v.milestone.due.map { Format.shortDate($0, today: state.today) } ?? "—", style: t[.muted]),
                       Span(Format.money(v.money.bac, c)), Span(Format.money(v.money.ev, c)), Span(Format.money(v.money.ac, c)),
                       Span(Format.ratio(v.money.cpi), style: ratingStyle(v.money.cpi, t)),
                       Span(Format.ratio(v.money.spi), style: ratingStyle(v.money.spi, t))])
        }
        Table(columns: [Table.Column("Milestone", width: .flex(min: 6, weight: 2), priority: 10),
                        Table.Column("Due", width: .fixed(10), priority: 4),
                        Table.Column("BAC", width: .fixed(14), alignment: .right, priority: 5),
                        Table.Column("EV", width: .fixed(14), alignment: .right, priority: 6),
                        Table.Column("AC", width: .fixed(14), alignment: .right, priority: 7),
                        Table.Column("CPI", width: .fixed(4), alignment: .right, priority: 9),
                        Table.Column("SPI", width: .fixed(4), alignment: .right, priority: 8)],
              rows: rows, styles: Table.Styles(header: t[.header], row: t[.text], selected: t[.text]), glyphs: state.glyphs)
            .render(into: &canvas, area: area, selected: nil, offset: 0)
    }
}
