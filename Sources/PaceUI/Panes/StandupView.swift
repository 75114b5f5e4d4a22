import Foundation
import PaceCore

/// The standup's speaker view, full screen: who is speaking and their countdown, then
/// what they did since the last standup, what they are on now, their load this week,
/// their deadlines at risk and the notes taken. Drawn from the state alone; the
/// countdown reads `state.now`, which ticks every second while this view is up.
enum StandupView {
    /// Where each part goes in the body; `update` asks it how many task rows show.
    struct Areas {
        var top: Rect
        /// Three-row countdown digits, or one line when the terminal is short.
        var bigCountdown: Bool
        var now: Rect
        var since: Rect
        var load: Rect
        var deadlines: Rect
        var notes: Rect

        init(_ body: Rect) {
            bigCountdown = body.height >= 18 && body.width >= 50
            let (top, rest) = body.splitTop(bigCountdown ? 6 : 4)
            self.top = top
            if rest.width >= 70 {
                let (left, right) = rest.splitLeft(rest.width * 11 / 20)
                (now, since) = left.splitTop(left.height / 2)
                let (load, more) = right.splitTop(min(4, right.height / 3))
                self.load = load
                (deadlines, notes) = more.splitTop(more.height / 2)
            } else {
                let share = rest.height / 5
                var r = rest
                (now, r) = r.splitTop(rest.height - 4 * share)
                (since, r) = r.splitTop(share)
                (load, r) = r.splitTop(share)
                (deadlines, notes) = r.splitTop(share)
            }
        }
    }

    static func visibleTaskRows(_ body: Rect) -> Int { max(1, Areas(body).now.height - 2) }

    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect) {
        let t = state.theme
        guard let session = state.runningStandup else {
            let inner = PaneStyles.frame(state, focused: true, title: "Standup").render(into: &canvas, area: area)
            canvas.put("no standup is running · S on the dashboard starts one · Esc goes back", x: inner.x + 1, y: inner.y,
                       style: t[.muted], clip: inner)
            return
        }
        let areas = Areas(area)
        renderTop(state, session, into: &canvas, areas: areas)
        guard let speaker = session.speaker else {
            let rest = Rect(x: area.x, y: areas.top.maxY, width: area.width, height: area.maxY - areas.top.maxY)
            let inner = PaneStyles.frame(state, focused: false, title: "Everyone has spoken").render(into: &canvas, area: rest)
            let line = state.isStandupFacilitator ? "n or q ends the standup and shows the summary"
                : "waiting for @\(session.facilitator) to end the standup"
            canvas.put(line, x: inner.x + 1, y: inner.y, style: t[.muted], clip: inner)
            return
        }
        renderNow(state, speaker, into: &canvas, area: areas.now)
        renderSince(state, session, into: &canvas, area: areas.since)
        renderLoad(state, speaker, into: &canvas, area: areas.load)
        renderDeadlines(state, speaker, into: &canvas, area: areas.deadlines)
        renderNotes(state, session, speaker, into: &canvas, area: areas.notes)
    }

    // MARK: - Speaker and countdown

    static func countdownStyle(_ c: StandupCountdown, _ t: Theme) -> Style {
        if c.paused { return t[.muted].with(.bold) }
        switch c.phase {
        case .normal: return t[.ok].with(.bold)
        case .lastSeconds: return t[.atRisk].with(.bold)
        case .overrun: return t[.late].with(.bold)
        }
    }

    /// "1:12 left", "+0:07 over", with "paused" when it is.
    static func countdownLabel(_ c: StandupCountdown) -> String {
        (c.phase == .overrun ? "over" : "left") + (c.paused ? " · paused" : "")
    }

    /// "3 of 6", or "6 of 6 · done" once everyone spoke.
    static func position(_ session: StandupSession) -> String {
        "\(min(session.current + 1, session.order.count)) of \(session.order.count)"
    }

    static func renderTop(_ state: AppState, _ session: StandupSession, into canvas: inout Canvas, areas: Areas) {
        let t = state.theme
        let now = state.now.instant
        let meeting = "meeting " + StandupClock.text(seconds: now.timeIntervalSince(session.startedAt))
        let who = state.isStandupFacilitator ? "you facilitate" : "@\(session.facilitator) facilitates"
        let inner = PaneStyles.frame(state, focused: true, title: "Standup · \(position(session))",
                                     right: "\(who) · \(meeting)").render(into: &canvas, area: areas.top)
        guard !inner.isEmpty else { return }
        let content = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 2), height: inner.height)
        let next = Update.nextSpeaker(session).map { "next @\($0)" } ?? (session.speaker == nil ? "" : "last speaker")
        guard let speaker = session.speaker else {
            StatusLine(left: [Span("everyone has spoken", style: t[.text].with(.bold))], style: t[.text], glyphs: state.glyphs)
                .render(into: &canvas, area: content)
            return
        }
        let member = state.snapshot?.member(speaker)
        var name: [Span] = [Span("@" + speaker, style: t[.person].with(.bold))]
        if let m = member {
            name.append(Span("  " + m.name + (m.role.isEmpty ? "" : " · " + m.role), style: t[.text]))
        }
        StatusLine(left: name, right: [Span(next, style: t[.muted])], style: t[.text], glyphs: state.glyphs)
            .render(into: &canvas, area: content)
        let c = session.countdown(at: now)
        let style = countdownStyle(c, t)
        let timebox = "timebox " + StandupClock.text(seconds: Double(session.timeboxSeconds))
        if areas.bigCountdown && content.height >= 1 + BigText.height {
            let big = BigText.lines(c.text, ascii: state.glyphs == .ascii)
            for (i, line) in big.enumerated() {
                canvas.put(line, x: content.x, y: content.y + 1 + i, style: style, clip: content)
            }
            let x = content.x + BigText.width(c.text) + 2
            let after = canvas.put(countdownLabel(c), x: x, y: content.y + 2, style: style, clip: content)
            // The timebox sits at the right end of the label's row, when there is room.
            let tx = content.maxX - TextWidth.of(timebox)
            if tx > after + 1 { canvas.put(timebox, x: tx, y: content.y + 2, style: t[.muted], clip: content) }
        } else if content.height >= 2 {
            let line = Rect(x: content.x, y: content.y + 1, width: content.width, height: 1)
            StatusLine(left: [Span(c.text + " " + countdownLabel(c), style: style)], right: [Span(timebox, style: t[.muted])],
                       style: t[.text], glyphs: state.glyphs).render(into: &canvas, area: line)
        }
    }

    // MARK: - Panes

    /// A framed pane with lines of spans, cut to fit; "+N more" when it does not.
    static func pane(_ state: AppState, title: String, right: String = "", lines: [TextLine], empty: String,
                     into canvas: inout Canvas, area: Rect) {
        let t = state.theme
        let inner = PaneStyles.frame(state, focused: false, title: title, right: right).render(into: &canvas, area: area)
        guard !inner.isEmpty else { return }
        let content = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 1), height: inner.height)
        if lines.isEmpty {
            canvas.put(empty, x: content.x, y: content.y, style: t[.muted], clip: content)
            return
        }
        let fits = lines.count <= content.height
        let shown = fits ? lines.count : max(0, content.height - 1)
        for (i, line) in lines.prefix(shown).enumerated() {
            line.render(into: &canvas, x: content.x, y: content.y + i, width: content.width, base: t[.text], glyphs: state.glyphs)
        }
        if !fits {
            canvas.put("+\(lines.count - shown) more", x: content.x, y: content.y + shown, style: t[.muted], clip: content)
        }
    }

    static func renderNow(_ state: AppState, _ speaker: String, into canvas: inout Canvas, area: Rect) {
        let t = state.theme
        let tasks = state.standupTasks
        let inner = PaneStyles.frame(state, focused: true, title: "Now · @\(speaker)",
                                     right: tasks.isEmpty ? "" : "\((state.standup.list.selected ?? 0) + 1)/\(tasks.count)")
            .render(into: &canvas, area: area)
        guard !inner.isEmpty else { return }
        guard !tasks.isEmpty else {
            canvas.put("no open tasks", x: inner.x + 1, y: inner.y, style: t[.muted], clip: inner)
            return
        }
        let list = state.standup.list.ensuringVisible(visibleRows: inner.height)
        for (line, i) in list.visibleRange(visibleRows: inner.height).enumerated() where i < tasks.count {
            let task = tasks[i]
            let y = inner.y + line
            let selected = list.selected == i
            let row = Rect(x: inner.x, y: y, width: inner.width, height: 1)
            if selected { canvas.fill(row, style: t[.selection]) }
            func style(_ s: Style) -> Style { selected ? t[.selection] : s }
            let right: Span = task.status == .blocked
                ? Span("", style: nil)
                : Span(Format.hours(task.effectiveRemainingMinutes) + " left", style: style(t[.muted]))
            var spans: [Span] = [
                Span(task.id.description.padding(toLength: 7, withPad: " ", startingAt: 0), style: style(t[.taskID])),
                Span(statusWord(task.status).padding(toLength: 8, withPad: " ", startingAt: 0), style: style(PaneStyles.status(task.status, t))),
                Span(task.title, style: style(t[.text])),
            ]
            if task.status == .blocked, let reason = task.blockedReason, !reason.isEmpty {
                spans.append(Span(" — " + reason, style: style(t[.statusBlocked])))
            }
            // One cell of padding each side, as the other panes have.
            let text = Rect(x: row.x + 1, y: y, width: max(0, row.width - 2), height: 1)
            StatusLine(left: spans, right: right.text.isEmpty ? [] : [right], style: selected ? t[.selection] : t[.text],
                       spacing: 0, glyphs: state.glyphs).render(into: &canvas, area: text)
        }
    }

    static func statusWord(_ s: TaskStatus) -> String {
        switch s {
        case .inProgress: "doing"
        default: s.rawValue
        }
    }

    static func renderSince(_ state: AppState, _ session: StandupSession, into canvas: inout Canvas, area: Rect) {
        let t = state.theme
        let zone = state.now.timeZone
        let sinceDay = Day(session.since, in: zone)
        let title = "Since \(sinceDay.weekday.shortName.capitalized) \(StandupClock.timeOfDay(session.since, in: zone))"
        guard let brief = state.standupBrief else {
            pane(state, title: title, lines: [], empty: "reading the activity log…", into: &canvas, area: area)
            return
        }
        var lines: [TextLine] = []
        for l in brief.lines {
            let (word, style, suffix): (String, Style, String) = switch l.move {
            case .done: ("done", t[.statusDone], "")
            case .started: ("started", t[.statusInProgress], "")
            case .review: ("review", t[.statusReview], "")
            case .blocked(let reason): ("blocked", t[.statusBlocked], reason.map { " — " + $0 } ?? "")
            case .reopened: ("reopened", t[.statusTodo], "")
            case .added: ("added", t[.accent], "")
            case .reassignedTo(let from): ("got", t[.accent], " (from \(from.map { "@" + $0 } ?? "nobody"))")
            case .reassignedAway(let to): ("handed", t[.muted], " (to \(to.map { "@" + $0 } ?? "nobody"))")
            }
            lines.append(TextLine([Span(word.padding(toLength: 9, withPad: " ", startingAt: 0), style: style),
                                   Span(l.task.description + " ", style: t[.taskID]), Span(l.title + suffix)]))
        }
        if !brief.logged.isEmpty {
            let on = brief.logged.map { "\($0.task) \(Format.hours($0.minutes))" }.joined(separator: ", ")
            lines.append(TextLine([Span("logged".padding(toLength: 9, withPad: " ", startingAt: 0), style: t[.accent]),
                                   Span(Format.hours(brief.loggedMinutes), style: t[.text].with(.bold)), Span(" · " + on, style: t[.muted])]))
        }
        pane(state, title: title, lines: lines, empty: "nothing moved, no time logged", into: &canvas, area: area)
    }

    static func renderLoad(_ state: AppState, _ speaker: String, into canvas: inout Canvas, area: Rect) {
        let t = state.theme
        var lines: [TextLine] = []
        if let row = state.load?.rows.first(where: { $0.handle == speaker }), let week = row.weeks.first {
            var spans: [Span] = [
                Span("this week ", style: t[.muted]),
                Span("\(Format.hoursValue(week.bookedMinutes))/\(Format.hours(week.capacityMinutes)) \(Format.percent(week.ratio))",
                     style: PaneStyles.load(week.ratio, t)),
            ]
            // The forecast never books over 100%: what was assigned beyond capacity is
            // the naive load's, as the team-load pane's "Over" column shows it.
            if let naive = state.naiveLoad?.rows.first(where: { $0.handle == speaker })?.weeks.first, naive.isOver {
                spans.append(Span(" · assigned \(Format.hours(naive.bookedMinutes))", style: t[.loadOver]))
            }
            lines.append(TextLine(spans))
            let later = zip(state.load?.weekStarts ?? [], row.weeks).dropFirst().map { start, w in
                "\(Format.shortDate(start, today: state.today)) \(w.capacityMinutes == 0 ? "off" : Format.percent(w.ratio))"
            }
            if !later.isEmpty { lines.append(TextLine(later.joined(separator: " · "), style: t[.muted])) }
        }
        pane(state, title: "Load", lines: lines, empty: "no load figures", into: &canvas, area: area)
    }

    static func renderDeadlines(_ state: AppState, _ speaker: String, into canvas: inout Canvas, area: Rect) {
        let t = state.theme
        guard let snapshot = state.snapshot else { return }
        var lines: [TextLine] = []
        for item in state.deadlines {
            guard case .task(let id) = item.kind, snapshot.task(id)?.assignee == speaker else { continue }
            let late = item.isLate || item.forecastStatus == .late
            guard late || item.forecastStatus == .atRisk else { continue }
            var when = "due \(Format.shortDate(item.due, today: state.today))"
            if let f = item.forecast { when += " · forecast \(Format.shortDate(f, today: state.today))" }
            if let slack = item.slackWorkingDays { when += slack < 0 ? " · \(-slack)d late" : " · \(slack)d slack" }
            else if item.due < state.today { when += " · " + Format.relative(item.due, today: state.today) }
            lines.append(TextLine([Span(id.description + " ", style: t[.taskID]), Span(item.title + " "),
                                   Span(when, style: late ? t[.late] : t[.atRisk])]))
        }
        pane(state, title: "Deadlines at risk", lines: lines,
             empty: state.forecast == nil ? "nothing late (forecasting…)" : "nothing late or at risk", into: &canvas, area: area)
    }

    static func renderNotes(_ state: AppState, _ session: StandupSession, _ speaker: String, into canvas: inout Canvas, area: Rect) {
        let lines = session.notes.filter { $0.handle == speaker }.map { noteLine($0, state.theme) }
        pane(state, title: "Notes", lines: lines, empty: state.isStandupFacilitator ? "t note · b blocker · f follow-up" : "none yet",
             into: &canvas, area: area)
    }

    static func noteLine(_ n: StandupNote, _ t: Theme) -> TextLine {
        let style: Style = switch n.kind {
        case .blocker: t[.statusBlocked]
        case .followUp: t[.accent]
        default: t[.muted]
        }
        var spans = [Span(n.kind.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0), style: style), Span(n.text)]
        if let who = n.unblocker { spans.append(Span(" → @" + who, style: t[.person])) }
        if let task = n.task { spans.append(Span(" " + task.description, style: t[.taskID])) }
        return TextLine(spans)
    }
}
