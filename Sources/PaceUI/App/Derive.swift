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
        deadlines = Deadlines.compute(snapshot, today: today, horizonDays: deadlineDays, schedule: forecast)
        deadlineList.itemCount = deadlines.count
        if let k = previousDeadline, let i = deadlines.firstIndex(where: { $0.kind == k }) { deadlineList.select(i) }

        let naive = NaiveLoad.compute(snapshot, today: today)
        naiveLoad = naive
        // With a forecast, the pane shows what the schedule books (never over 100%) and
        // the naive overload beside it; the header's "over capacity" stays the naive one.
        load = forecast?.teamLoad(weeks: 4) ?? naive
        overruns = Dictionary(uniqueKeysWithValues: (forecast?.overruns() ?? []).map { ($0.handle, $0) })
        loadList.itemCount = load?.rows.count ?? 0
        health = ProjectHealth.compute(snapshot, today: today, load: naive)

        deriveBoard()
        deriveTimeline()
        deriveStandup()
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

    /// The timeline's rows: each lane (or milestone) and its scheduled tasks in start
    /// order. Only while the timeline is on screen.
    mutating func deriveTimeline() {
        guard screen == .timeline, let snapshot, let forecast else {
            timelineRows = []
            timeline.list.itemCount = 0
            return
        }
        let previous = timeline.list.selected.flatMap { i -> TaskID? in
            guard i < timelineRows.count, case .task(let t, _, _) = timelineRows[i] else { return nil }
            return t.id
        }
        let titles = Dictionary(uniqueKeysWithValues: snapshot.tasks.map { ($0.id, $0) })
        let names = Dictionary(uniqueKeysWithValues: snapshot.milestones.map { ($0.id, $0.name) })
        let scheduled = forecast.tasks.filter { titles[$0.id] != nil }
        var groups: [(String, [ScheduledTask])] = []
        switch timeline.grouping {
        case .member:
            let byLane = Dictionary(grouping: scheduled, by: \.lane)
            for lane in byLane.keys.sorted() {
                let name = lane.handle.map { "@" + $0 } ?? "unassigned"
                groups.append((name, byLane[lane]!))
            }
        case .milestone:
            let byMilestone = Dictionary(grouping: scheduled) { titles[$0.id]?.milestoneID }
            let order = snapshot.milestones.map(\.id)
            for id in order where byMilestone[id] != nil {
                let due = snapshot.milestone(id: id)?.due.map { " · due \(Format.shortDate($0, today: today))" } ?? ""
                groups.append(("\(names[id] ?? "?")\(due)", byMilestone[id]!))
            }
            if let none = byMilestone[nil] { groups.append(("no milestone", none)) }
        }
        var rows: [TimelineRow] = []
        for (name, tasks) in groups {
            rows.append(.heading(name))
            for t in tasks.sorted(by: { ($0.start, $0.id) < ($1.start, $1.id) }) {
                let task = titles[t.id]
                rows.append(.task(t, title: task?.title ?? "", milestone: names[task?.milestoneID ?? -1]))
            }
        }
        timelineRows = rows
        timeline.list.itemCount = rows.count
        if let id = previous ?? selectedTask { selectTimelineRow(id) }
        skipTimelineHeading(direction: 1)
    }

    mutating func selectTimelineRow(_ id: TaskID) {
        if let i = timelineRows.firstIndex(where: { if case .task(let t, _, _) = $0 { t.id == id } else { false } }) {
            timeline.list.select(i)
        }
    }

    mutating func skipTimelineHeading(direction: Int) {
        guard let i = timeline.list.selected, i < timelineRows.count, timelineRows[i].isHeading else { return }
        var j = i + direction
        while j >= 0 && j < timelineRows.count && timelineRows[j].isHeading { j += direction }
        if j >= 0 && j < timelineRows.count { timeline.list.select(j); return }
        j = i - direction
        while j >= 0 && j < timelineRows.count && timelineRows[j].isHeading { j -= direction }
        if j >= 0 && j < timelineRows.count { timeline.list.select(j) }
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
