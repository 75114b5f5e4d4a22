import PaceCore

/// The forecast as a Gantt chart: one row per scheduled task under its lane (member) or
/// milestone, bars from forecast start to finish, non-working days shaded, a today line,
/// milestone markers, and dependency waits drawn as a dotted run before the bar.
enum TimelineView {
    static let headerRows = 3

    static func visibleRows(_ body: Rect) -> Int { max(1, body.height - 2 - headerRows) }

    /// Cells per day on the chart.
    static func cellsPerDay(_ scale: TimelineState.Scale) -> Double { scale == .day ? 2 : 3.0 / 7 }

    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect) {
        let t = state.theme
        let scaleName = state.timeline.scale == .day ? "days" : "weeks"
        let grouping = state.timeline.grouping == .member ? "by member" : "by milestone"
        let inner = PaneStyles.frame(state, focused: true, title: "Timeline \(grouping) · \(scaleName)",
                                     right: "h/l scroll · +/- zoom · o group").render(into: &canvas, area: area)
        guard !inner.isEmpty else { return }
        guard let forecast = state.forecast, let snapshot = state.snapshot else {
            canvas.put(state.forecastError ?? "forecasting…", x: inner.x + 1, y: inner.y,
                       style: state.forecastError == nil ? t[.muted] : t[.footerError], clip: inner)
            return
        }
        let labelWidth = min(36, max(12, inner.width / 3))
        let chart = Rect(x: inner.x + labelWidth + 1, y: inner.y, width: inner.width - labelWidth - 1, height: inner.height)
        guard chart.width > 2 else { return }
        let today = state.today
        let first = state.timeline.firstDay(today: today)
        let perDay = cellsPerDay(state.timeline.scale)
        func column(_ day: Day) -> Int { Int((Double(day - first) * perDay).rounded(.down)) }
        let lastDay = first + Int((Double(chart.width) / perDay).rounded(.up))
        let calendar = forecast.projectCalendar

        // Header: month/week labels, then days (or week starts), then milestone markers.
        var d = first
        while d <= lastDay {
            let x = chart.x + column(d)
            if x < chart.maxX {
                if state.timeline.scale == .day {
                    if d.weekday == .monday || d == first {
                        canvas.put(Format.shortDate(d, today: today), x: x, y: inner.y, style: t[.header], clip: chart)
                    }
                    let dayStyle = calendar.isWorkingDay(d) ? t[.muted] : t[.weekend]
                    // Two cells a day: the weekday's initial reads better than run-together dates.
                    let initial = String(d.weekday.shortName.prefix(1).uppercased())
                    canvas.put(initial, x: x, y: inner.y + 1, style: d == today ? t[.today] : dayStyle, clip: chart)
                } else if d.weekday == .monday {
                    if d.dayOfMonth <= 7 {
                        canvas.put(Format.shortDate(d, today: today), x: x, y: inner.y, style: t[.header], clip: chart)
                    }
                    canvas.put("\(d.dayOfMonth)", x: x, y: inner.y + 1, style: t[.muted], clip: chart)
                }
            }
            d = d + 1
        }
        for m in snapshot.milestones {
            guard let due = m.due, due >= first, due <= lastDay else { continue }
            let late = forecast.milestone(id: m.id)?.status == .late
            canvas.put("\(state.glyphs.bullet)\(m.name)", x: chart.x + column(due), y: inner.y + 2,
                       style: late ? t[.late] : t[.milestone], clip: chart)
        }
        canvas.put("Task", x: inner.x, y: inner.y + 1, style: t[.header], clip: inner)

        // Rows.
        let body = Rect(x: inner.x, y: inner.y + headerRows, width: inner.width, height: inner.height - headerRows)
        var list = state.timeline.list
        list.ensureVisible(visibleRows: body.height)
        let rows = state.timelineRows
        let members = Dictionary(uniqueKeysWithValues: snapshot.members.map { ($0.handle, $0) })
        let todayX = chart.x + column(today)
        for (line, i) in list.visibleRange(visibleRows: body.height).enumerated() where i < rows.count {
            let y = body.y + line
            let selected = list.selected == i
            switch rows[i] {
            case .heading(let name):
                canvas.put(name, x: inner.x, y: y, style: t[.header].with(.bold), clip: inner)
            case .task(let st, let title, _):
                let labelStyle = selected ? t[.selection] : t[.text]
                if selected { canvas.fill(Rect(x: inner.x, y: y, width: labelWidth, height: 1), style: labelStyle) }
                let label = Rect(x: inner.x, y: y, width: labelWidth, height: 1)
                let after = canvas.put(st.id.description + " ", x: inner.x, y: y, style: selected ? labelStyle : t[.taskID], clip: label)
                canvas.put(TextWidth.truncate(title, to: label.maxX - after, ascii: state.glyphs == .ascii),
                           x: after, y: y, style: labelStyle, clip: label)
                // Shade the days this task's lane cannot work.
                let member = st.lane.handle.flatMap { members[$0] }
                var day = first
                while day <= lastDay {
                    let off = member.map { !$0.works(on: day) } ?? !calendar.isWorkingDay(day)
                    if off || !calendar.isWorkingDay(day) {
                        let x = chart.x + column(day)
                        let w = max(1, chart.x + column(day + 1) - x)
                        let isTimeOff = member?.isOff(on: day) == true
                        canvas.fill(Rect(x: x, y: y, width: w, height: 1).intersection(chart),
                                    style: isTimeOff ? t[.timeOff] : t[.weekend], with: isTimeOff ? "░" : " ")
                    }
                    day = day + 1
                }
                if todayX >= chart.x && todayX < chart.maxX {
                    canvas.put(String(state.glyphs.vertical), x: todayX, y: y, style: t[.today], clip: chart)
                }
                // A wait for a dependency: dotted from when it finishes to this start.
                if case .dependency(let dep) = st.startedBecause, let other = forecast.task(dep) {
                    let from = chart.x + column(other.finishDay)
                    let to = chart.x + column(st.startDay)
                    if to > from + 1 {
                        canvas.put(String(repeating: state.glyphs == .ascii ? "." : "┄", count: to - from - 1),
                                   x: from + 1, y: y, style: t[.muted], clip: chart)
                    }
                }
                let x0 = chart.x + column(st.startDay)
                let x1 = max(x0 + 1, chart.x + column(st.finishDay + 1))
                let barStyle = st.flags.contains(.missesDue) ? t[.late] : (selected ? t[.selection] : t[.ganttBar])
                canvas.put(String(repeating: state.glyphs.barFull, count: max(0, x1 - x0)), x: x0, y: y, style: barStyle, clip: chart)
                if let due = st.due, due >= first, due <= lastDay {
                    let dx = chart.x + column(due + 1) - 1
                    if dx >= x1 { canvas.put("|", x: dx, y: y, style: t[.atRisk], clip: chart) }
                }
            }
        }
        if rows.isEmpty {
            canvas.put("nothing left to schedule", x: inner.x + 1, y: body.y, style: t[.muted], clip: inner)
        }
    }
}
