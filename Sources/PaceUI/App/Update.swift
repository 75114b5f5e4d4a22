import Foundation
import PaceCore

/// The dashboard's one update function: a message in, the new state and the effects to
/// run out. No I/O here, so every key can be tested by calling it.
public enum Update {
    public static func update(_ s: inout AppState, _ message: Message) -> [Effect] {
        switch message {
        case .key(let key):
            return handleKey(&s, key)
        case .mouse(let event):
            handleMouse(&s, event)
            return []
        case .resize(let w, let h):
            s.width = max(0, w)
            s.height = max(0, h)
            keepSelectionVisible(&s)
            return []
        case .tick(let now):
            let dayChanged = now.today != s.today
            s.now = now
            if dayChanged { s.derive() }
            return []
        case .loaded(let snapshot):
            s.snapshot = snapshot
            s.loadError = nil
            s.derive()
            keepSelectionVisible(&s)
            // A moved card changes column: the board cursor goes with it.
            if s.screen == .board, let id = s.selectedTask { selectOnBoard(&s, id) }
            var effects = standupReloaded(&s)
            if let d = s.detail, snapshot.task(d.task) != nil { effects.append(.loadDetail(d.task)) }
            if s.screen == .burndown, let request = s.burndownRequestIfNeeded() { effects.append(.loadBurndown(request)) }
            return effects
        case .loadFailed(let error):
            s.loadError = error
            return []
        case .applied(let outcome):
            if s.prompt?.pending == true { s.prompt = nil }
            s.standup.ending = nil
            s.footer = FooterMessage(outcome.summary)
            if let id = outcome.task { s.selectedTask = id }
            return [.reload]
        case .failed(let error):
            if s.standup.ending != nil { standupEndRefused(&s) }
            if var p = s.prompt, p.pending {
                p.pending = false
                p.error = error
                s.prompt = p
            } else {
                s.footer = FooterMessage(error, isError: true)
            }
            return []
        case .detailLoaded(let id, let entries, let history):
            guard var d = s.detail, d.task == id else { return [] }
            d.timeEntries = entries
            d.history = history
            d.loaded = true
            s.detail = d
            return []
        case .forecastReady(let token, let schedule, let error):
            // An older result still beats none: it shows until the newer one is ready.
            guard token > s.forecastToken else { return [] }
            s.forecastToken = token
            s.forecastError = error
            if let schedule { s.forecast = schedule }
            s.derive()
            return []
        case .whatIfReady(let key, let shifts):
            guard var p = s.prompt, p.input.text.trimmingCharacters(in: .whitespaces) == key else { return [] }
            p.preview = shifts
            p.previewFor = key
            s.prompt = p
            return []
        case .activityLoaded(let rows):
            s.standup.activity = rows
            s.deriveStandup()
            return []
        case .budgetReady(let token, let overview, let error):
            // The same token again is the same data as of a new day.
            guard token >= s.budgetToken else { return [] }
            s.budgetToken = token
            s.budgetError = error
            if let overview { s.budget = overview }
            s.budgetList.itemCount = s.budget?.summary.members.count ?? 0
            return []
        case .burndownReady(let request, let days, let error):
            // A reply for another milestone or an older change is not what is on screen.
            guard request == s.burndown.requested else { return [] }
            s.burndown.loadedFor = request
            s.burndown.error = error
            s.burndown.days = days
            return []
        }
    }

    // MARK: - Keys

    static func handleKey(_ s: inout AppState, _ key: Key) -> [Effect] {
        if s.prompt != nil { return promptKey(&s, key) }
        if s.standup.choice != nil { return standupChoiceKey(&s, key) }
        let action = s.keymap.action(for: key)
        // On the standup screens `q` ends the meeting or leaves them, never the program.
        let onStandup = (s.screen == .standup || s.screen == .standupSummary) && s.help == nil && s.detail == nil
        if action == .quit && !onStandup && s.help == nil && s.detail == nil { return [.quit] }
        if key == .ctrl("c") { return [.quit] }
        if s.help != nil { return helpKey(&s, action) }
        if s.detail != nil { return detailKey(&s, action) }
        // A new key press replaces the last message.
        s.footer = nil
        if onStandup, let e = standupKey(&s, action) { return e }
        if s.screen == .board, let e = boardKey(&s, key, action) { return e }
        if s.screen == .timeline, let e = timelineKey(&s, key, action) { return e }
        if s.screen == .budget, let e = budgetKey(&s, action) { return e }
        if s.screen == .burndown, let e = burndownKey(&s, action) { return e }
        guard let action else { return [] }
        return perform(&s, action)
    }

    static func perform(_ s: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .quit: return [.quit]
        case .help:
            s.help = HelpState()
        case .refresh:
            return [.repaint, .reload]
        case .focusNext: focus(&s, by: 1)
        case .focusPrevious: focus(&s, by: -1)
        case .focusPane1: setFocus(&s, .tasks)
        case .focusPane2: setFocus(&s, .deadlines)
        case .focusPane3: setFocus(&s, .load)
        case .moveDown: move(&s) { $0.moveBy(1) }
        case .moveUp: move(&s, direction: -1) { $0.moveBy(-1) }
        case .top: move(&s) { $0.top() }
        case .bottom: move(&s, direction: -1) { $0.bottom() }
        case .pageDown:
            let rows = visibleRows(s)
            move(&s) { $0.pageDown(visibleRows: rows) }
        case .pageUp:
            let rows = visibleRows(s)
            move(&s, direction: -1) { $0.pageUp(visibleRows: rows) }
        case .openDetail: return openDetail(&s)
        case .back:
            if s.zoomed { s.zoomed = false }
            else if s.screen != .dashboard { showDashboard(&s) }
            else if s.filter != .openTasks {
                s.filter = .openTasks
                s.derive()
                s.footer = FooterMessage("filter cleared")
            }
        case .zoom:
            if s.screen == .dashboard { s.zoomed.toggle() }
        case .board:
            // Read before switching: on the board `currentTask` is the board's own cursor.
            let current = s.currentTask ?? s.selectedTask.flatMap { s.snapshot?.task($0) }
            s.zoomed = false
            if s.screen == .board {
                showDashboard(&s)
            } else {
                s.screen = .board
                s.deriveBoard()
                if let t = current { selectOnBoard(&s, t.id) }
            }
        case .timeline:
            s.zoomed = false
            if s.screen == .timeline {
                showDashboard(&s)
            } else {
                let current = s.currentTask?.id ?? s.selectedTask
                s.screen = .timeline
                s.deriveTimeline()
                if let id = current { s.selectTimelineRow(id) }
                if s.forecast == nil {
                    s.footer = FooterMessage(s.forecastError ?? "forecasting…", isError: s.forecastError != nil)
                }
            }
        case .budget:
            s.zoomed = false
            if s.screen == .budget {
                showDashboard(&s)
            } else {
                s.screen = .budget
                if s.budget == nil {
                    s.footer = FooterMessage(s.budgetError ?? "working out the budget…", isError: s.budgetError != nil)
                }
            }
        case .burndown:
            s.zoomed = false
            if s.screen == .burndown {
                showDashboard(&s)
            } else {
                let row = s.initialBurndownRow()
                s.screen = .burndown
                s.burndown.list.itemCount = (s.snapshot?.milestones.count ?? 0) + 1
                s.burndown.list.select(row)
                if let request = s.burndownRequestIfNeeded() { return [.loadBurndown(request)] }
            }
        case .zoomIn, .zoomOut:
            guard s.screen == .timeline else { return [] }
            s.timeline.scale = action == .zoomIn ? .day : .week
        case .toggleGrouping where s.screen == .timeline:
            s.timeline.grouping = s.timeline.grouping == .member ? .milestone : .member
            let current = s.currentTask?.id
            s.deriveTimeline()
            if let id = current { s.selectTimelineRow(id) }
            s.footer = FooterMessage(s.timeline.grouping == .member ? "timeline by member" : "timeline by milestone")
        case .toggleGrouping:
            s.grouping = s.grouping == .status ? .priority : .status
            s.derive()
            s.footer = FooterMessage(s.grouping == .status ? "grouped by status" : "sorted by priority, then due date")
        case .filter:
            s.prompt = PromptState(.filter, text: s.filter == .openTasks ? "" : s.filter.description)
        case .quickAdd:
            guard editable(&s) else { return [] }
            guard s.snapshot != nil else { return [] }
            s.prompt = PromptState(.quickAdd)
        case .commandLine:
            guard editable(&s) else { return [] }
            s.prompt = PromptState(.commandLine)
        case .undo:
            guard editable(&s) else { return [] }
            return [.apply(.undo)]
        case .nextStatus, .previousStatus, .markDone, .block, .assign, .logTime, .editField,
             .moveCardLeft, .moveCardRight:
            return taskAction(&s, action)
        case .standup:
            return standupKeyOnDashboard(&s)
        case .standupNext, .standupPrevious, .standupPause, .standupSkip, .standupNote, .standupFollowUp:
            // Only the speaker view moves a standup; elsewhere these letters are free.
            break
        }
        return []
    }

    static func editable(_ s: inout AppState) -> Bool {
        if s.readOnly {
            s.footer = FooterMessage("read-only: this is a watch view — change tasks with pace or a dashboard", isError: true)
            return false
        }
        return true
    }

    static func taskAction(_ s: inout AppState, _ action: Action) -> [Effect] {
        guard editable(&s) else { return [] }
        if action == .editField, s.screen == .dashboard, s.focus == .load, s.detail == nil,
           let i = s.loadList.selected, let row = s.load?.rows[safe: i],
           let member = s.snapshot?.member(row.handle) {
            // On the team-load pane, `e` changes the member's weekly capacity, with a
            // preview of what it does to the milestones.
            s.prompt = PromptState(.capacity(row.handle), text: Format.hours(member.weeklyCapacityMinutes))
            return []
        }
        guard let t = s.currentTask else {
            s.footer = FooterMessage("no task selected", isError: true)
            return []
        }
        switch action {
        case .nextStatus:
            let target = t.status == .blocked ? TaskRules.unblockedStatus(of: t) : t.status.next
            guard let target else {
                s.footer = FooterMessage("\(t.id) is \(t.status.label); there is no next status (reopen with <)", isError: true)
                return []
            }
            return [.apply(.setStatus(t.id, target, reason: nil))]
        case .previousStatus:
            guard let target = t.status.previous else {
                s.footer = FooterMessage("\(t.id) is already in the backlog", isError: true)
                return []
            }
            return [.apply(.setStatus(t.id, target, reason: nil))]
        case .markDone:
            return [.apply(.setStatus(t.id, .done, reason: nil))]
        case .block:
            if t.status == .blocked { return [.apply(.setStatus(t.id, TaskRules.unblockedStatus(of: t), reason: nil))] }
            s.prompt = PromptState(.block(t.id))
        case .assign:
            s.prompt = PromptState(.assign(t.id), text: t.assignee.map { "@" + $0 } ?? "")
        case .logTime:
            s.prompt = PromptState(.logTime(t.id))
        case .editField:
            s.prompt = PromptState(.editField(t.id))
        case .moveCardLeft, .moveCardRight:
            guard s.screen == .board else { return [] }
            let columns = BoardState.columns
            guard let c = columns.firstIndex(of: t.status == .cancelled ? .done : t.status) else { return [] }
            let target = c + (action == .moveCardRight ? 1 : -1)
            guard columns.indices.contains(target) else { return [] }
            let status = columns[target]
            // The cursor stays on the card until the store has moved it; the reload
            // then follows it to its new column.
            if status == .blocked {
                s.prompt = PromptState(.block(t.id))
                return []
            }
            return [.apply(.setStatus(t.id, status, reason: nil))]
        default:
            break
        }
        return []
    }

    // MARK: - Prompt

    static func promptKey(_ s: inout AppState, _ key: Key) -> [Effect] {
        guard var p = s.prompt else { return [] }
        if p.pending { return [] }
        switch key {
        case .escape, .ctrl("c"), .ctrl("g"):
            s.prompt = nil
            return []
        case .enter:
            return submit(&s, p)
        default:
            let before = p.input.text
            if p.input.handle(key) { p.error = nil }
            s.prompt = p
            if p.input.text != before, let command = whatIfCommand(p, s) {
                return [.whatIf(key: p.input.text.trimmingCharacters(in: .whitespaces), command)]
            }
            if p.input.text != before {
                s.prompt?.preview = nil
            }
            return []
        }
    }

    /// The change a prompt's text stands for, when it can be previewed on the forecast
    /// (reassigning a task, changing a member's capacity).
    static func whatIfCommand(_ p: PromptState, _ s: AppState) -> Command? {
        guard let snapshot = s.snapshot, s.forecast != nil else { return nil }
        let text = p.input.text.trimmingCharacters(in: .whitespaces)
        switch p.purpose {
        case .assign(let id):
            var e = TaskEdit()
            if ["", "none", "-"].contains(text.lowercased()) {
                e.assignee = .clear
            } else {
                let h = Handle.normalize(text)
                guard snapshot.member(h) != nil else { return nil }
                e.assignee = .set(h)
            }
            return .editTask(id, e)
        case .capacity(let handle):
            guard let minutes = try? DurationExpression.parseMinutes(text, hoursPerDay: snapshot.project.hoursPerDay) else { return nil }
            var e = MemberEdit()
            e.weeklyCapacityMinutes = minutes
            return .editMember(handle: handle, e)
        default:
            return nil
        }
    }

    static func submit(_ s: inout AppState, _ prompt: PromptState) -> [Effect] {
        var p = prompt
        let text = p.input.text.trimmingCharacters(in: .whitespaces)
        func fail(_ message: String) -> [Effect] {
            p.error = message
            s.prompt = p
            return []
        }
        func send(_ command: Command) -> [Effect] {
            p.pending = true
            p.error = nil
            s.prompt = p
            return [.apply(command)]
        }
        let hoursPerDay = s.snapshot?.project.hoursPerDay ?? 8
        do {
            switch p.purpose {
            case .filter:
                let filter = text.isEmpty ? TaskFilter.openTasks : try TaskFilter.parse(text, today: s.today)
                s.prompt = nil
                showFiltered(&s, filter, footer: text.isEmpty ? "filter cleared" : "filter: \(filter.description)")
                return []
            case .quickAdd:
                guard let snapshot = s.snapshot else { return fail("no workspace loaded") }
                let draft = try QuickAdd.parse(text, today: s.today, hoursPerDay: hoursPerDay, defaultProject: snapshot.project.key)
                return send(.addTask(projectKey: snapshot.project.key, draft))
            case .block(let id):
                guard !text.isEmpty else { return fail("give a reason, e.g. waiting for API keys") }
                return send(.setStatus(id, .blocked, reason: text))
            case .assign(let id):
                var e = TaskEdit()
                e.assignee = ["", "none", "-"].contains(text.lowercased()) ? .clear : .set(Handle.normalize(text))
                return send(.editTask(id, e))
            case .logTime(let id):
                let parts = text.split(separator: " ", maxSplits: 1)
                guard let first = parts.first else { return fail("give the time, e.g. 1h30m fixed the tests") }
                let minutes = try DurationExpression.parseMinutes(String(first), hoursPerDay: hoursPerDay)
                let note = parts.count > 1 ? String(parts[1]) : ""
                return send(.logTime(id, member: s.actor, date: s.today, minutes: minutes, note: note))
            case .editField(let id):
                return send(.editTask(id, try FieldEdit.parse(text, today: s.today, hoursPerDay: hoursPerDay)))
            case .capacity(let handle):
                var e = MemberEdit()
                e.weeklyCapacityMinutes = try DurationExpression.parseMinutes(text, hoursPerDay: 8)
                return send(.editMember(handle: handle, e))
            case .standupNote(let id, let handle):
                let note = StandupNoteInput.note(text)
                guard !note.text.isEmpty else { return fail("write what was said (y: yesterday · t: today · b: blocker)") }
                return send(.standupNote(id: id, handle: handle, kind: note.kind, text: note.text, task: nil, unblocker: note.unblocker))
            case .standupBlocker(let id, let handle, let task):
                let blocker = StandupNoteInput.blocker(text)
                guard !blocker.text.isEmpty else { return fail("give the blocker, e.g. waiting for API keys @dave") }
                return send(.standupNote(id: id, handle: handle, kind: .blocker, text: blocker.text, task: task,
                                         unblocker: blocker.unblocker))
            case .standupFollowUp(let id, let handle):
                guard !text.isEmpty else { return fail("write the follow-up, e.g. bob and dave: carrier API after the standup") }
                return send(.standupNote(id: id, handle: handle, kind: .followUp, text: text, task: nil, unblocker: nil))
            case .commandLine:
                guard !text.isEmpty else { s.prompt = nil; return [] }
                p.pending = true
                s.prompt = p
                return [.runCommandLine(text)]
            }
        } catch let error as UserError {
            return fail(error.message)
        } catch {
            return fail("\(error)")
        }
    }

    // MARK: - Overlays

    static func helpKey(_ s: inout AppState, _ action: Action?) -> [Effect] {
        guard var h = s.help else { return [] }
        switch action {
        case .moveDown: h.offset += 1
        case .moveUp: h.offset = max(0, h.offset - 1)
        case .pageDown: h.offset += 10
        case .pageUp: h.offset = max(0, h.offset - 10)
        case .top: h.offset = 0
        case .back, .help, .quit, .openDetail:
            s.help = nil
            return []
        default: break
        }
        s.help = h
        return []
    }

    static func detailKey(_ s: inout AppState, _ action: Action?) -> [Effect] {
        guard var d = s.detail else { return [] }
        switch action {
        case .moveDown: d.offset += 1
        case .moveUp: d.offset = max(0, d.offset - 1)
        case .pageDown: d.offset += 10
        case .pageUp: d.offset = max(0, d.offset - 10)
        case .top: d.offset = 0
        case .back, .openDetail, .quit:
            s.detail = nil
            return []
        case .some(let a) where [.nextStatus, .previousStatus, .markDone, .block, .assign, .logTime, .editField, .undo].contains(a):
            s.detail = d
            return perform(&s, a)
        default: break
        }
        s.detail = d
        return []
    }

    static func openDetail(_ s: inout AppState) -> [Effect] {
        guard let snapshot = s.snapshot else { return [] }
        switch (s.screen, s.focus) {
        case (.dashboard, .deadlines):
            guard let i = s.deadlineList.selected, i < s.deadlines.count else { return [] }
            switch s.deadlines[i].kind {
            case .task(let id):
                s.detail = TaskDetail(task: id)
                return [.loadDetail(id)]
            case .milestone(let id):
                guard let m = snapshot.milestone(id: id) else { return [] }
                showMilestoneTasks(&s, m.name)
                return []
            }
        case (.dashboard, .load):
            guard let i = s.loadList.selected, let row = s.load?.rows[safe: i] else { return [] }
            showMemberTasks(&s, row.handle)
            return []
        default:
            guard let t = s.currentTask else { return [] }
            s.detail = TaskDetail(task: t.id)
            return [.loadDetail(t.id)]
        }
    }

    /// The dashboard's task list narrowed to one member's open tasks.
    static func showMemberTasks(_ s: inout AppState, _ handle: String) {
        var f = TaskFilter.openTasks
        f.assignees = [handle]
        if s.screen != .dashboard { showDashboard(&s) }
        showFiltered(&s, f, footer: "open tasks of @\(handle) — Esc clears the filter")
    }

    /// The dashboard's task list narrowed to one milestone's open tasks.
    static func showMilestoneTasks(_ s: inout AppState, _ name: String) {
        var f = TaskFilter.openTasks
        f.milestones = [name]
        if s.screen != .dashboard { showDashboard(&s) }
        showFiltered(&s, f, footer: "tasks of milestone \(name) — Esc clears the filter")
    }

    /// Applies a filter and shows the tasks pane from its first task.
    static func showFiltered(_ s: inout AppState, _ filter: TaskFilter, footer: String) {
        s.filter = filter
        s.focus = .tasks
        s.derive()
        s.taskList.top()
        s.skipHeading(direction: 1)
        s.syncSelectedTask()
        keepSelectionVisible(&s)
        s.footer = FooterMessage(footer)
    }

    // MARK: - Navigation

    static func focus(_ s: inout AppState, by delta: Int) {
        let all = AppState.Pane.allCases
        let i = (s.focus.rawValue + delta + all.count) % all.count
        setFocus(&s, all[i])
    }

    static func setFocus(_ s: inout AppState, _ pane: AppState.Pane) {
        s.focus = pane
        if s.zoomed { keepSelectionVisible(&s) }
    }

    static func visibleRows(_ s: AppState) -> Int {
        if s.screen == .board { return max(1, (Layout(s).board.height - 3) / 3) }
        if s.screen == .timeline { return TimelineView.visibleRows(Layout(s).body) }
        if s.screen == .budget { return BudgetView.memberRows(Layout(s).body, state: s) }
        return Layout(s).visibleRows(s.focus)
    }

    static func move(_ s: inout AppState, direction: Int = 1, _ change: (inout ListState) -> Void) {
        switch s.focus {
        case .tasks:
            change(&s.taskList)
            s.skipHeading(direction: direction)
            s.syncSelectedTask()
        case .deadlines: change(&s.deadlineList)
        case .load: change(&s.loadList)
        }
        keepSelectionVisible(&s)
    }

    static func keepSelectionVisible(_ s: inout AppState) {
        let layout = Layout(s)
        s.taskList.ensureVisible(visibleRows: layout.visibleRows(.tasks))
        s.deadlineList.ensureVisible(visibleRows: layout.visibleRows(.deadlines))
        s.loadList.ensureVisible(visibleRows: layout.visibleRows(.load))
    }

    // MARK: - Board

    /// Board keys: Tab/arrows/h/l move between columns, j/k within one. Returns nil to
    /// fall through to the common actions.
    static func boardKey(_ s: inout AppState, _ key: Key, _ action: Action?) -> [Effect]? {
        let columns = BoardState.columns.count
        switch (key, action) {
        case (.right, _), (.char("l"), nil), (_, .focusNext?):
            s.board.column = min(columns - 1, s.board.column + 1)
            if let t = s.board.selectedTask(in: s) { s.selectedTask = t.id }
            return []
        case (.left, _), (.char("h"), nil), (_, .focusPrevious?):
            s.board.column = max(0, s.board.column - 1)
            if let t = s.board.selectedTask(in: s) { s.selectedTask = t.id }
            return []
        case (_, .moveDown?), (_, .moveUp?), (_, .top?), (_, .bottom?), (_, .pageDown?), (_, .pageUp?):
            let rows = visibleRows(s)
            var list = s.board.lists[s.board.column]
            switch action {
            case .moveDown?: list.moveBy(1)
            case .moveUp?: list.moveBy(-1)
            case .top?: list.top()
            case .bottom?: list.bottom()
            case .pageDown?: list.pageDown(visibleRows: rows)
            default: list.pageUp(visibleRows: rows)
            }
            list.ensureVisible(visibleRows: rows)
            s.board.lists[s.board.column] = list
            if let t = s.board.selectedTask(in: s) { s.selectedTask = t.id }
            return []
        default:
            return nil
        }
    }

    /// Back from the board to the list, with the list's cursor on the card last selected.
    static func showDashboard(_ s: inout AppState) {
        if s.screen == .standupSummary { s.standup.summary = nil }
        s.screen = .dashboard
        s.deriveStandup()
        if let id = s.selectedTask { s.selectTaskRow(id) }
        // A done card is not in the list of open tasks: the list keeps its own row.
        s.syncSelectedTask()
        keepSelectionVisible(&s)
    }

    static func selectOnBoard(_ s: inout AppState, _ id: TaskID) {
        for c in BoardState.columns.indices {
            if let i = s.board.tasks(in: s, column: c).firstIndex(where: { $0.id == id }) {
                s.board.column = c
                s.board.lists[c].select(i)
                s.selectedTask = id
                return
            }
        }
    }

    // MARK: - Mouse

    static func handleMouse(_ s: inout AppState, _ e: MouseEvent) {
        guard s.prompt == nil, s.help == nil, s.detail == nil, s.screen == .dashboard else { return }
        let layout = Layout(s)
        guard let (pane, rect) = layout.panes.first(where: { $0.value.contains(x: e.x, y: e.y) }) else { return }
        switch e.kind {
        case .press:
            s.focus = pane
            let row = e.y - rect.y - 2
            // Only the list rows select: not the column header, nor the bottom border.
            guard row >= 0, row < layout.visibleRows(pane) else { return }
            switch pane {
            case .tasks:
                s.taskList.select(s.taskList.offset + row)
                s.skipHeading(direction: 1)
                s.syncSelectedTask()
            case .deadlines: s.deadlineList.select(s.deadlineList.offset + row)
            case .load: s.loadList.select(s.loadList.offset + row)
            }
        case .wheelUp, .wheelDown:
            let previous = s.focus
            s.focus = pane
            let d = e.kind == .wheelUp ? -3 : 3
            move(&s, direction: d < 0 ? -1 : 1) { $0.moveBy(d) }
            s.focus = previous
        case .release:
            break
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}

extension Update {
    /// Timeline keys: j/k move between rows, h/l and arrows scroll in time (a week on
    /// the day scale, four weeks on the week scale), Enter opens the task. Returns nil to
    /// fall through to the common actions.
    static func timelineKey(_ s: inout AppState, _ key: Key, _ action: Action?) -> [Effect]? {
        let step = s.timeline.scale == .day ? 7 : 28
        switch key {
        case .left, .char("h"):
            s.timeline.offsetDays -= step
            return []
        case .right, .char("l"):
            s.timeline.offsetDays += step
            return []
        default:
            break
        }
        let rows = visibleRows(s)
        var list = s.timeline.list
        var direction = 1
        switch action {
        case .moveDown?: list.moveBy(1)
        case .moveUp?: list.moveBy(-1); direction = -1
        case .top?: list.top()
        case .bottom?: list.bottom(); direction = -1
        case .pageDown?: list.pageDown(visibleRows: rows)
        case .pageUp?: list.pageUp(visibleRows: rows); direction = -1
        case .openDetail?:
            guard let t = s.currentTask else { return [] }
            s.detail = TaskDetail(task: t.id)
            return [.loadDetail(t.id)]
        default:
            return nil
        }
        s.timeline.list = list
        s.skipTimelineHeading(direction: direction)
        s.timeline.list.ensureVisible(visibleRows: rows)
        if let id = s.currentTask?.id { s.selectedTask = id }
        return []
    }
}

extension Update {
    /// Budget keys: j/k and paging move over the member table. Returns nil to fall
    /// through to the common actions.
    static func budgetKey(_ s: inout AppState, _ action: Action?) -> [Effect]? {
        let rows = BudgetView.memberRows(Layout(s).body, state: s)
        switch action {
        case .moveDown?: s.budgetList.moveBy(1)
        case .moveUp?: s.budgetList.moveBy(-1)
        case .top?: s.budgetList.top()
        case .bottom?: s.budgetList.bottom()
        case .pageDown?: s.budgetList.pageDown(visibleRows: rows)
        case .pageUp?: s.budgetList.pageUp(visibleRows: rows)
        case .openDetail?:
            // Enter on a member lists their open tasks, as on the team-load pane.
            guard let i = s.budgetList.selected, let row = s.budget?.summary.members[safe: i] else { return [] }
            showMemberTasks(&s, row.member)
            return []
        default: return nil
        }
        s.budgetList.ensureVisible(visibleRows: rows)
        return []
    }

    /// Burndown keys: j/k choose the milestone (the first row is the whole project).
    /// Returns nil to fall through to the common actions.
    static func burndownKey(_ s: inout AppState, _ action: Action?) -> [Effect]? {
        switch action {
        case .moveDown?: s.burndown.list.moveBy(1)
        case .moveUp?: s.burndown.list.moveBy(-1)
        case .top?: s.burndown.list.top()
        case .bottom?: s.burndown.list.bottom()
        case .openDetail?:
            // Enter lists the charted milestone's open tasks.
            guard let m = s.burndownMilestone else { return [] }
            showMilestoneTasks(&s, m.name)
            return []
        default: return nil
        }
        if let request = s.burndownRequestIfNeeded() { return [.loadBurndown(request)] }
        return []
    }
}
