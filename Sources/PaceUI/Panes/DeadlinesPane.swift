import PaceCore

/// Milestones and task due dates in the next N days, and everything overdue.
enum DeadlinesPane {
    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect, focused: Bool) {
        let t = state.theme
        let late = state.deadlines.filter(\.isLate).count
        let inner = PaneStyles.frame(state, focused: focused, title: "2 Deadlines · \(state.deadlineDays)d",
                                     right: late > 0 ? "\(late) late" : "").render(into: &canvas, area: area)
        guard !inner.isEmpty else { return }
        if state.deadlines.isEmpty {
            canvas.put(state.snapshot == nil ? "loading…" : "nothing due in the next \(state.deadlineDays) days",
                       x: inner.x + 1, y: inner.y, style: t[.muted], clip: inner)
            return
        }
        let today = state.today
        let forecasting = state.forecast != nil
        var columns = [Table.Column("Due", width: .fixed(6), priority: 8)]
        if forecasting {
            columns.append(Table.Column("Fcst", width: .fixed(6), priority: 7))
            columns.append(Table.Column("Slack", width: .fixed(7), priority: 9))
        } else {
            columns.append(Table.Column("Left", width: .fixed(8), priority: 9))
        }
        columns += [
            Table.Column("What", width: .flex(min: 8, weight: 1), priority: 10),
            Table.Column("Done", width: .fixed(4), alignment: .right, priority: 5),
        ]
        let rows: [Table.Row] = state.deadlines.map { item in
            let status = item.forecastStatus
            let style = item.isLate || status == .late ? t[.late]
                : (status == .atRisk || (status == nil && item.daysLeft(today: today) <= 2)) ? t[.atRisk] : t[.text]
            let what: Span
            switch item.kind {
            case .milestone:
                what = Span("\(state.glyphs.bullet) \(item.title)", style: t[.milestone].with(.bold))
            case .task(let id):
                what = Span("\(id) \(item.title)")
            }
            var cells: [Span] = [Span(Format.shortDate(item.due, today: today), style: style)]
            if forecasting {
                cells.append(Span(item.forecast.map { Format.shortDate($0, today: today) } ?? "—", style: style))
                cells.append(Span(slackText(item, today: today), style: style))
            } else {
                cells.append(Span(Format.relative(item.due, today: today), style: style))
            }
            cells.append(what)
            cells.append(Span(Format.percent(item.progress), style: item.progress >= 1 ? t[.ok] : t[.muted]))
            return Table.Row(cells)
        }
        Table(columns: columns, rows: rows, styles: PaneStyles.table(state, focused: focused), glyphs: state.glyphs)
            .render(into: &canvas, area: inner, state: state.deadlineList)
    }

    /// "3d late", "1d left", "+4d": working days between forecast and due date.
    static func slackText(_ item: DeadlineItem, today: Day) -> String {
        guard let slack = item.slackWorkingDays else {
            return item.isLate ? Format.relative(item.due, today: today) : ""
        }
        if slack < 0 { return "\(-slack)d late" }
        return "+\(slack)d"
    }
}
