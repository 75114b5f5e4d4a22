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
        let columns = [
            Table.Column("Date", width: .fixed(6), priority: 8),
            Table.Column("Left", width: .fixed(8), priority: 9),
            Table.Column("What", width: .flex(min: 8, weight: 1), priority: 10),
            Table.Column("Done", width: .fixed(4), alignment: .right, priority: 5),
        ]
        let rows: [Table.Row] = state.deadlines.map { item in
            let dueStyle = item.isLate ? t[.late] : (item.daysLeft(today: today) <= 2 ? t[.atRisk] : t[.text])
            let what: Span
            switch item.kind {
            case .milestone:
                what = Span("\(state.glyphs.bullet) \(item.title)", style: t[.milestone].with(.bold))
            case .task(let id):
                what = Span("\(id) \(item.title)")
            }
            return Table.Row([
                Span(Format.shortDate(item.due, today: today), style: dueStyle),
                Span(Format.relative(item.due, today: today), style: dueStyle),
                what,
                Span(Format.percent(item.progress), style: item.progress >= 1 ? t[.ok] : t[.muted]),
            ])
        }
        Table(columns: columns, rows: rows, styles: PaneStyles.table(state, focused: focused), glyphs: state.glyphs)
            .render(into: &canvas, area: inner, state: state.deadlineList)
    }
}
