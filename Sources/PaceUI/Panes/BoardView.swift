import PaceCore

/// Kanban columns by status, tasks as two-line cards.
enum BoardView {
    static let cardHeight = 3

    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect) {
        let t = state.theme
        let columns = BoardState.columns
        let width = area.width / columns.count
        for (c, status) in columns.enumerated() {
            let w = c == columns.count - 1 ? area.width - width * c : width
            let rect = Rect(x: area.x + width * c, y: area.y, width: w, height: area.height)
            let tasks = state.board.tasks(in: state, column: c)
            let focused = c == state.board.column
            let inner = PaneStyles.frame(state, focused: focused, title: "\(status.label) \(tasks.count)")
                .render(into: &canvas, area: rect)
            guard !inner.isEmpty else { continue }
            let visible = max(1, inner.height / cardHeight)
            var list = state.board.lists[c]
            list.ensureVisible(visibleRows: visible)
            for (row, i) in list.visibleRange(visibleRows: visible).enumerated() where i < tasks.count {
                let task = tasks[i]
                let y = inner.y + row * cardHeight
                let selected = focused && list.selected == i
                let base = selected ? t[.selection] : t[.text]
                let lineRect = Rect(x: inner.x, y: y, width: inner.width, height: 2)
                if selected { canvas.fill(lineRect, style: base) }
                TextLine([
                    Span(task.id.description, style: selected ? base : t[.taskID]),
                    " ",
                    Span(PaneStyles.priorityMark(task.priority), style: selected ? base : PaneStyles.priority(task.priority, t)),
                    " ",
                    Span(task.assignee.map { "@" + $0 } ?? "—", style: selected ? base : t[.person]),
                ]).render(into: &canvas, x: inner.x, y: y, width: inner.width, base: base, glyphs: state.glyphs)
                var second: [Span] = [Span(task.title)]
                if let due = task.due {
                    second = [Span(PaneStyles.dueText(due, today: state.today, open: task.status.isOpen) + " ",
                                   style: selected ? base : PaneStyles.due(due, today: state.today, open: task.status.isOpen, t)),
                              Span(task.title)]
                }
                TextLine(second).render(into: &canvas, x: inner.x, y: y + 1, width: inner.width, base: base, glyphs: state.glyphs)
            }
        }
    }
}
