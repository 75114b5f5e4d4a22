import PaceCore

/// One row per member: remaining hours booked this week and the next three against
/// capacity (time off subtracted), as heat cells with the percentage.
enum LoadPane {
    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect, focused: Bool) {
        let t = state.theme
        let source = state.forecast == nil ? "" : " · forecast"
        let inner = PaneStyles.frame(state, focused: focused, title: "3 Team load\(source)",
                                     right: state.naiveLoad.map { "\($0.overloadedThisWeek.count) over" } ?? "")
            .render(into: &canvas, area: area)
        guard !inner.isEmpty, let load = state.load else { return }
        if load.rows.isEmpty {
            canvas.put("no members yet", x: inner.x + 1, y: inner.y, style: t[.muted], clip: inner)
            return
        }
        var columns = [Table.Column("Who", width: .flex(min: 6, weight: 1), priority: 10)]
        for (i, start) in load.weekStarts.enumerated() {
            let label = i == 0 && start == state.today.startOfWeek ? "This wk" : Format.shortDate(start, today: state.today)
            columns.append(Table.Column(label, width: .fixed(i == 0 ? 13 : 6), alignment: .right, priority: 9 - i))
        }
        if state.forecast != nil {
            // What the assignment asks of this week beyond capacity, and how far the
            // forecast pushes the member's work past its due dates.
            columns.append(Table.Column("Over", width: .fixed(5), alignment: .right, priority: 7))
            columns.append(Table.Column("Slip", width: .fixed(5), alignment: .right, priority: 8))
        }
        let rows: [Table.Row] = load.rows.map { row in
            var cells: [Span] = [Span("@" + row.handle, style: t[.person])]
            for (i, week) in row.weeks.enumerated() {
                let pct = week.capacityMinutes == 0 ? (week.bookedMinutes == 0 ? "off" : "∞") : Format.percent(week.ratio)
                let mark = week.isOver ? "!" : " "
                if i == 0 {
                    // This week also shows the hours: "38/32h 119%!"
                    cells.append(Span("\(wholeHours(week.bookedMinutes))/\(wholeHours(week.capacityMinutes))h \(pct)\(mark)",
                                      style: PaneStyles.load(week.ratio, t)))
                } else {
                    cells.append(Span("\(pct)\(mark)", style: PaneStyles.load(week.ratio, t)))
                }
            }
            if state.forecast != nil {
                let naive = state.naiveLoad?.rows.first { $0.handle == row.handle }?.weeks.first
                let over = naive.map { max(0, $0.bookedMinutes - $0.capacityMinutes) } ?? 0
                cells.append(Span(over > 0 ? "+\(wholeHours(over))h" : "", style: t[.loadOver]))
                let slip = state.overruns[row.handle]
                cells.append(Span(slip.map { $0.isOverbooked ? "+\($0.lastLateWorkingDays)d" : "" } ?? "", style: t[.late]))
            }
            return Table.Row(cells)
        }
        var tableArea = inner
        if load.unassignedMinutes > 0, inner.height > 3 {
            tableArea.height -= 1
            canvas.put("unassigned: \(Format.hours(load.unassignedMinutes)) open", x: inner.x + 1, y: inner.maxY - 1,
                       style: t[.atRisk], clip: inner)
        }
        Table(columns: columns, rows: rows, styles: PaneStyles.table(state, focused: focused), glyphs: state.glyphs)
            .render(into: &canvas, area: tableArea, state: state.loadList)
    }

    /// Load is a planning figure: whole hours read better than 25.42h.
    static func wholeHours(_ minutes: Int) -> String {
        String(Int((Double(minutes) / 60).rounded()))
    }
}
