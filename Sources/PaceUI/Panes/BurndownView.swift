import PaceCore

/// The burndown view (`W`): remaining work per day of a milestone or the whole project,
/// replayed from the activity log.
///
/// ```
/// Whole project  │ beta · scope 212h · done 80h · remaining 132h · 20h behind ideal
/// ▸ alpha  Nov 23│ 212h│      ░░░
///   beta   Dec 10│     │ ···░░░██·
///   launch Jan 7 │  0h │████████  ··
///                │     └──+────────────
///                │      Nov 1  today  Dec 10
/// ```
///
/// A column's full height is the scope that day: remaining work is solid (to an eighth
/// of a row), done work is shaded above it, so scope added shows as a taller column and
/// not as work undone. The ideal line runs from the plan (the baseline's day, else the
/// first day with scope) to nothing left on the due date.
enum BurndownView {
    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect) {
        let t = state.theme
        let name = state.burndownMilestone?.name ?? "whole project"
        let inner = PaneStyles.frame(state, focused: true, title: "Burndown · \(name)", right: "j/k milestone · Enter tasks")
            .render(into: &canvas, area: area)
        guard !inner.isEmpty, let snapshot = state.snapshot else { return }
        var chartArea = inner
        if inner.width >= 60 {
            let listWidth = min(28, inner.width / 4)
            renderList(state, snapshot, into: &canvas, area: Rect(x: inner.x, y: inner.y, width: listWidth, height: inner.height))
            for y in inner.y..<inner.maxY {
                canvas.put(String(state.glyphs.vertical), x: inner.x + listWidth, y: y, style: t[.border])
            }
            chartArea = Rect(x: inner.x + listWidth + 2, y: inner.y, width: inner.width - listWidth - 2, height: inner.height)
        }
        guard let days = state.burndown.days, state.burndown.loadedFor?.milestoneID == state.burndownMilestone?.id else {
            canvas.put(state.burndown.error ?? "replaying the activity log…", x: chartArea.x, y: chartArea.y,
                       style: state.burndown.error == nil ? t[.muted] : t[.footerError], clip: chartArea)
            return
        }
        let due = state.burndownMilestone.map { $0.due } ?? snapshot.project.targetDate
        let planned = state.budget?.baselineSaved.map { Day($0, in: state.now.timeZone) }
        let chart = Chart(days: days, end: state.burndownEnd, due: due, today: state.today, planned: planned)
        chart.render(state, into: &canvas, area: chartArea)
    }

    static func renderList(_ state: AppState, _ snapshot: ProjectSnapshot, into canvas: inout Canvas, area: Rect) {
        let t = state.theme
        var rows = [Table.Row([Span("Whole project"), Span(snapshot.project.targetDate.map { Format.shortDate($0, today: state.today) } ?? "",
                                                           style: t[.muted])])]
        rows += snapshot.milestones.map { m in
            Table.Row([Span(m.name, style: t[.milestone]),
                       Span(m.due.map { Format.shortDate($0, today: state.today) } ?? "", style: m.due.map {
                           PaneStyles.due($0, today: state.today, open: true, t) } ?? t[.muted])])
        }
        Table(columns: [Table.Column("Show", width: .flex(min: 6, weight: 1), priority: 10),
                        Table.Column("Due", width: .fixed(11), alignment: .right, priority: 5)],
              rows: rows, styles: PaneStyles.table(state, focused: true), glyphs: state.glyphs)
            .render(into: &canvas, area: area, state: state.burndown.list)
    }

    /// The chart of one series of days, laid out for a rectangle.
    struct Chart {
        let days: [BurndownDay]
        /// The last day on the x axis: the due date when it is still ahead.
        let end: Day
        /// Where the ideal line reaches nothing left; the end of the axis without one.
        let due: Day?
        let today: Day
        /// The day the plan was frozen (the latest baseline), if there is one.
        var planned: Day? = nil

        var first: Day? { days.first?.day }

        /// The ideal line starts from the plan: the day the baseline was saved, at the
        /// scope of that day (planning that took a few days is not "scope added"); else
        /// the first day with work in scope.
        var idealStart: BurndownDay? {
            if let planned, let d = days.first(where: { $0.day == planned }), d.scopeMinutes > 0 { return d }
            return days.first { $0.scopeMinutes > 0 }
        }

        func ideal(on day: Day) -> Double? {
            let target = due ?? end
            guard let s = idealStart, target > s.day else { return nil }
            if day < s.day { return nil }
            let share = Double(day - s.day) / Double(target - s.day)
            return Double(s.scopeMinutes) * max(0, 1 - share)
        }

        /// Estimate that came into scope after the ideal line's start: the first day's
        /// scope is the plan, not a change to it.
        var scopeAdded: Int {
            guard let s = idealStart else { return 0 }
            return days.filter { $0.day > s.day }.reduce(0) { $0 + $1.scopeAddedMinutes }
        }

        func render(_ state: AppState, into canvas: inout Canvas, area: Rect) {
            let t = state.theme
            let ascii = state.glyphs == .ascii
            guard let first, let last = days.last, let top = days.map(\.scopeMinutes).max(), top > 0 else {
                canvas.put("no estimated work in scope", x: area.x, y: area.y, style: t[.muted], clip: area)
                return
            }
            // Summary line.
            var summary: [Span] = [
                Span("scope \(Format.hours(last.scopeMinutes))", style: t[.text].with(.bold)),
                Span(" · done \(Format.hours(last.doneMinutes)) · remaining \(Format.hours(last.remainingMinutes))"),
            ]
            let added = scopeAdded
            if added > 0 { summary.append(Span(" · +\(Format.hours(added)) scope added", style: t[.atRisk])) }
            if let idealToday = ideal(on: last.day) {
                let gap = Double(last.remainingMinutes) - idealToday
                // A planning figure: whole hours.
                let hours = Format.hours(Int((abs(gap) / 60).rounded()) * 60)
                if abs(gap) >= 60 {
                    summary.append(gap > 0 ? Span(" · \(hours) behind ideal", style: t[.late])
                                           : Span(" · \(hours) ahead of ideal", style: t[.ok]))
                } else {
                    summary.append(Span(" · on the ideal line", style: t[.ok]))
                }
            }
            TextLine(summary).render(into: &canvas, x: area.x, y: area.y, width: area.width, base: t[.text], glyphs: state.glyphs)

            let labels = [Format.hours(top), Format.hours(top / 2), "0h"]
            let labelWidth = labels.map(TextWidth.of).max()! + 1
            let height = area.height - 5  // summary, gap, axis, dates, legend
            let plotX = area.x + labelWidth + 1
            let width = area.maxX - plotX
            guard height >= 3, width >= 8 else { return }
            let plotTop = area.y + 2
            let span = end - first + 1
            // Whole columns per day when the days fit, else several days per column.
            let perDay = span <= width ? width / span : 0
            let columns = perDay > 0 ? span * perDay : width
            func day(ofColumn x: Int) -> Day { perDay > 0 ? first + x / perDay : first + x * span / columns }
            func column(of d: Day) -> Int { perDay > 0 ? (d - first) * perDay : (d - first) * columns / span }
            let byDay = Dictionary(days.map { ($0.day, $0) }, uniquingKeysWith: { a, _ in a })
            /// Eighths of a row for a number of minutes.
            func eighths(_ minutes: Double) -> Int { Int((minutes / Double(top) * Double(height * 8)).rounded()) }

            // Y axis.
            for y in 0..<height {
                let label = y == 0 ? labels[0] : (y == height / 2 ? labels[1] : (y == height - 1 ? labels[2] : ""))
                canvas.put(String(repeating: " ", count: labelWidth - TextWidth.of(label)) + label, x: area.x, y: plotTop + y,
                           style: t[.muted], clip: area)
                canvas.put(String(state.glyphs.vertical), x: plotX - 1, y: plotTop + y, style: t[.border], clip: area)
            }
            let todayColumn = column(of: today)
            let levels = ascii ? ["#"] : ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
            for x in 0..<columns {
                let d = day(ofColumn: x)
                // A column standing for several days shows the last of them.
                let shown = perDay > 0 ? d : min(day(ofColumn: x + 1) - 1, last.day)
                let value = byDay[min(shown, last.day)]
                let remaining = value.map { eighths(Double($0.remainingMinutes)) } ?? 0
                let scopeRows = value.map { Int((Double($0.scopeMinutes) / Double(top) * Double(height)).rounded()) } ?? 0
                let idealRow = ideal(on: d).map { Int(($0 / Double(top) * Double(height)).rounded(.down)) }
                for row in 0..<height {  // 0 is the bottom row
                    let y = plotTop + height - 1 - row
                    var fill = d <= last.day ? min(8, max(0, remaining - row * 8)) : 0
                    // ASCII has no partial blocks: half a row or more is a whole one.
                    if ascii { fill = fill >= 4 ? 8 : 0 }
                    if fill > 0 {
                        canvas.put(ascii ? "#" : levels[fill - 1], x: plotX + x, y: y, style: t[.ganttBar], clip: area)
                        if fill == 8 { continue }
                    }
                    if fill == 0, d <= last.day, row < scopeRows {
                        canvas.put(ascii ? ":" : "░", x: plotX + x, y: y, style: t[.ganttBarDone], clip: area)
                        if idealRow != row { continue }
                    }
                    if fill == 0, idealRow == row || (row == 0 && idealRow.map { $0 < 0 } == true) {
                        canvas.put(ascii ? "." : "·", x: plotX + x, y: y, style: t[.accent].with(.bold), clip: area)
                    } else if fill == 0, x == todayColumn, d > first, row >= scopeRows {
                        canvas.put(String(state.glyphs.vertical), x: plotX + x, y: y, style: t[.today], clip: area)
                    }
                }
            }
            // X axis, with a mark where scope came in.
            let axisY = plotTop + height
            canvas.put(ascii ? "+" : "└", x: plotX - 1, y: axisY, style: t[.border], clip: area)
            for x in 0..<columns {
                let d = day(ofColumn: x)
                let through = perDay > 0 ? d : day(ofColumn: x + 1) - 1
                let scopeIn = days.contains { $0.day > (idealStart?.day ?? first) && $0.day >= d && $0.day <= through && $0.scopeAddedMinutes > 0 }
                let isFirstOfDay = perDay <= 1 || x % perDay == 0
                canvas.put(scopeIn && isFirstOfDay ? "+" : String(state.glyphs.horizontal), x: plotX + x, y: axisY,
                           style: scopeIn ? t[.atRisk] : t[.border], clip: area)
            }
            // Dates: the first day at the left, then today and the due date at their
            // columns where they do not run into a label before them.
            let dateY = axisY + 1
            var labelEnd = canvas.put(Format.shortDate(first, today: today), x: plotX, y: dateY, style: t[.muted], clip: area)
            var marks: [(Day, String, Style)] = [(today, "\(state.glyphs.arrowUp)today", t[.today])]
            if let due, due >= first, due <= end {
                marks.append((due, "\(state.glyphs.arrowUp)due " + Format.shortDate(due, today: today), t[.milestone]))
            }
            for (d, label, style) in marks.sorted(by: { $0.0 < $1.0 }) {
                // A label that would run off the right edge ends at it instead.
                let x = min(plotX + column(of: d), area.maxX - TextWidth.of(label))
                guard x > labelEnd else { continue }
                labelEnd = canvas.put(label, x: x, y: dateY, style: style, clip: area)
            }
            let legend: [Span] = [
                Span(ascii ? "#" : "█", style: t[.ganttBar]), Span(" remaining  "),
                Span(ascii ? ":" : "░", style: t[.ganttBarDone]), Span(" done  "),
                Span(ascii ? "." : "·", style: t[.accent].with(.bold)), Span(" ideal  "),
                Span(String(state.glyphs.vertical), style: t[.today]), Span(" today  "),
                Span("+", style: t[.atRisk]), Span(" scope added"),
            ]
            TextLine(legend).render(into: &canvas, x: plotX, y: dateY + 1, width: area.maxX - plotX, base: t[.muted], glyphs: state.glyphs)
        }
    }
}
