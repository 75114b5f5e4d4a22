import PaceCore

extension AppState {
    /// Recomputes what is derived from the snapshot (rows, deadlines, load, health) and
    /// puts every cursor back on the item it was on.
    mutating func derive() {
        guard let snapshot else {
            taskRows = []
            deadlines = []
            load = nil
            health = nil
            boardColumns = []
            headingRows = []
            return
        }
        let names = Dictionary(uniqueKeysWithValues: snapshot.milestones.map { ($0.id, $0.name) })
        let matching = TaskOrdering.standard.sorted(snapshot.tasks.filter {
            filter.matches($0, milestoneName: { $0.flatMap { names[$0] } }, today: today)
        })
        var rows: [TaskRow] = []
        rows.reserveCapacity(matching.count + 8)
        switch grouping {
        case .status:
            let order: [TaskStatus] = [.blocked, .inProgress, .review, .todo, .backlog, .done, .cancelled]
            var groups: [TaskStatus: [ProjectTask]] = [:]
            for t in matching { groups[t.status, default: []].append(t) }
            for status in order {
                guard let group = groups[status], !group.isEmpty else { continue }
                rows.append(.heading(status.label, count: group.count))
                rows.append(contentsOf: group.map(TaskRow.task))
            }
        case .priority:
            rows = matching.map(TaskRow.task)
        }
        taskRows = rows
        headingRows = rows.indices.filter { rows[$0].isHeading }
        taskList.itemCount = rows.count
        if let id = selectedTask { selectTaskRow(id) }
        skipHeading(direction: 1)
        syncSelectedTask()

        let previousDeadline = deadlineList.selected.flatMap { $0 < deadlines.count ? deadlines[$0].kind : nil }
        deadlines = Deadlines.compute(snapshot, today: today, horizonDays: deadlineDays)
        deadlineList.itemCount = deadlines.count
        if let k = previousDeadline, let i = deadlines.firstIndex(where: { $0.kind == k }) { deadlineList.select(i) }

        let teamLoad = NaiveLoad.compute(snapshot, today: today)
        load = teamLoad
        loadList.itemCount = teamLoad.rows.count
        health = ProjectHealth.compute(snapshot, today: today, load: teamLoad)

        deriveBoard()
        // The cursor's row moved (regrouped, filter cleared, a new day): scroll to it, as
        // a mouse click is measured from the stored offset.
        Update.keepSelectionVisible(&self)
    }

    /// The board's columns are only worth computing while the board is on screen.
    mutating func deriveBoard() {
        guard screen == .board, let snapshot else {
            boardColumns = []
            return
        }
        let names = Dictionary(uniqueKeysWithValues: snapshot.milestones.map { ($0.id, $0.name) })
        boardColumns = BoardState.columns(of: snapshot.tasks, filter: filter, milestoneName: { $0.flatMap { names[$0] } }, today: today)
        for c in BoardState.columns.indices {
            board.lists[c].itemCount = boardColumns[c].count
        }
    }

    /// Puts the task cursor on `id`'s row, if the list shows it.
    mutating func selectTaskRow(_ id: TaskID) {
        if let i = taskRows.firstIndex(where: { if case .task(let t) = $0 { t.id == id } else { false } }) {
            taskList.select(i)
        }
    }

    /// Moves the task cursor off a heading row, in `direction`, else the other way.
    mutating func skipHeading(direction: Int) {
        guard let i = taskList.selected, i < taskRows.count, taskRows[i].isHeading else { return }
        var j = i + direction
        while j >= 0 && j < taskRows.count && taskRows[j].isHeading { j += direction }
        if j >= 0 && j < taskRows.count {
            taskList.select(j)
            return
        }
        j = i - direction
        while j >= 0 && j < taskRows.count && taskRows[j].isHeading { j -= direction }
        if j >= 0 && j < taskRows.count { taskList.select(j) }
    }

    mutating func syncSelectedTask() {
        if let i = taskList.selected, i < taskRows.count, case .task(let t) = taskRows[i] {
            selectedTask = t.id
        }
    }
}
