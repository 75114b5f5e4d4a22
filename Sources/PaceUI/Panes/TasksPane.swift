import PaceCore

/// The tasks of the project: grouped by status (with headings) or sorted by priority
/// and due date.
enum TasksPane {
    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect, focused: Bool) {
        let t = state.theme
        let taskCount = state.taskRows.count - state.headingRows.count
        let position = state.taskList.selected.map { sel in
            "\(sel + 1 - state.headingRows.filter { $0 <= sel }.count)/\(taskCount)"
        } ?? "0"
        let title = "1 Tasks" + (state.grouping == .status ? " by status" : " by priority")
        let inner = PaneStyles.frame(state, focused: focused, title: title, right: position).render(into: &canvas, area: area)
        guard !inner.isEmpty else { return }
        if state.taskRows.isEmpty {
            let msg = state.snapshot == nil ? "loading…" : (state.filter == .openTasks ? "no open tasks — press a to add one" : "no task matches the filter — Esc clears it")
            canvas.put(msg, x: inner.x + 1, y: inner.y, style: t[.muted], clip: inner)
            return
        }
        var columns: [Table.Column] = [
            Table.Column("ID", width: .fixed(idWidth(state)), priority: 10),
            Table.Column("P", width: .fixed(1), priority: 3),
        ]
        if state.grouping == .priority { columns.append(Table.Column("Status", width: .fixed(11), priority: 4)) }
        columns += [
            Table.Column("Title", width: .flex(min: 10, weight: 1), priority: 9),
            Table.Column("Who", width: .fixed(8), priority: 6),
            Table.Column("Est/Spent", width: .fixed(9), alignment: .right, priority: 2),
            Table.Column("Due", width: .fixed(8), priority: 8),
        ]
        let today = state.today
        let titleColumn = columns.firstIndex { $0.title == "Title" } ?? 0
        // Only the rows on screen are built: a pane over 10,000 tasks draws ~40.
        var list = state.taskList
        let visible = max(1, inner.height - 1)
        list.ensureVisible(visibleRows: visible)
        let range = list.visibleRange(visibleRows: visible)
        let rows: [Table.Row] = state.taskRows[range].map { row in
            switch row {
            case .heading(let label, let count):
                // The heading sits in the title column, the widest one, so it is never cut.
                var cells: [Span] = Array(repeating: "", count: columns.count)
                cells[titleColumn] = Span("\(label.uppercased()) · \(count)", style: t[.header].with(.bold))
                return Table.Row(cells, style: t[.header])
            case .task(let task):
                var cells: [Span] = [
                    Span(task.id.description, style: t[.taskID]),
                    Span(PaneStyles.priorityMark(task.priority), style: PaneStyles.priority(task.priority, t)),
                ]
                if state.grouping == .priority {
                    cells.append(Span(task.status.label, style: PaneStyles.status(task.status, t)))
                }
                let titleStyle = task.status == .blocked ? t[.statusBlocked] : (task.status.isClosed ? t[.muted] : nil)
                cells.append(Span(task.title, style: titleStyle))
                cells.append(Span(task.assignee.map { "@" + $0 } ?? "—", style: task.assignee == nil ? t[.muted] : t[.person]))
                cells.append(Span("\(Format.hours(task.estimateMinutes))/\(Format.hours(task.spentMinutes))", style: t[.muted]))
                if let due = task.due {
                    cells.append(Span(PaneStyles.dueText(due, today: today, open: task.status.isOpen),
                                      style: PaneStyles.due(due, today: today, open: task.status.isOpen, t)))
                } else {
                    cells.append("")
                }
                return Table.Row(cells)
            }
        }
        Table(columns: columns, rows: rows, styles: PaneStyles.table(state, focused: focused), glyphs: state.glyphs)
            .render(into: &canvas, area: inner, selected: list.selected.map { $0 - range.lowerBound }, offset: 0)
    }

    static func idWidth(_ state: AppState) -> Int {
        let longest = state.snapshot?.tasks.last.map { $0.id.description.count } ?? 6
        return max(6, longest)
    }
}
