import Foundation
import PaceCore

/// What the standup came to, once it ended: who spoke and for how long (overruns
/// marked), who was skipped, the new blockers and follow-ups, and the tasks that moved
/// while it ran. Side by side on a wide terminal, stacked on a narrow one.
enum StandupSummaryView {
    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect) {
        let t = state.theme
        guard let summary = state.standupSummary else {
            let inner = PaneStyles.frame(state, focused: true, title: "Standup summary").render(into: &canvas, area: area)
            canvas.put("no standup to sum up · Esc goes back", x: inner.x + 1, y: inner.y, style: t[.muted], clip: inner)
            return
        }
        let session = summary.session
        let zone = state.now.timeZone
        let from = StandupClock.timeOfDay(session.startedAt, in: zone)
        let to = StandupClock.timeOfDay(session.endedAt ?? state.now.instant, in: zone)
        let title = "Standup summary · \(Format.weekdayDate(Day(session.startedAt, in: zone))) \(from)–\(to)"
        let spoke = [TextLine("took \(StandupClock.text(seconds: summary.duration)) · facilitated by @\(session.facilitator)",
                              style: t[.muted])] + spokeLines(summary, t)
        let notes = noteLines(summary, t)
        let moved = movedLines(summary, t)
        if area.width >= 100 {
            let (left, rest) = area.splitLeft(area.width / 3)
            let (middle, right2) = rest.splitLeft(rest.width / 2)
            StandupView.pane(state, title: title, lines: spoke, empty: "nobody spoke", into: &canvas, area: left)
            StandupView.pane(state, title: "Blockers and follow-ups", lines: notes, empty: "none written down", into: &canvas, area: middle)
            StandupView.pane(state, title: "Moved during the meeting", lines: moved, empty: "no task moved", into: &canvas, area: right2)
        } else {
            let (top, rest) = area.splitTop(max(3, min(spoke.count + 2, area.height / 2)))
            let (middle, bottom) = rest.splitTop(rest.height / 2)
            StandupView.pane(state, title: title, lines: spoke, empty: "nobody spoke", into: &canvas, area: top)
            StandupView.pane(state, title: "Blockers and follow-ups", lines: notes, empty: "none written down", into: &canvas, area: middle)
            StandupView.pane(state, title: "Moved during the meeting", lines: moved, empty: "no task moved", into: &canvas, area: bottom)
        }
    }

    static func spokeLines(_ summary: StandupSummary, _ t: Theme) -> [TextLine] {
        var lines: [TextLine] = summary.turns.map { turn in
            var spans = [Span(("@" + turn.handle).padding(toLength: 12, withPad: " ", startingAt: 0), style: t[.person]),
                         Span(StandupClock.text(seconds: turn.seconds))]
            if turn.overrunSeconds >= 1 {
                spans.append(Span("  +" + StandupClock.text(seconds: turn.overrunSeconds) + " over", style: t[.late]))
            }
            return TextLine(spans)
        }
        let overruns = summary.turns.filter { $0.overrunSeconds >= 1 }.count
        if !summary.turns.isEmpty {
            lines.append(TextLine("\(summary.turns.count) spoke · \(overruns) over the timebox", style: t[.muted]))
        }
        if !summary.session.skipped.isEmpty {
            lines.append(TextLine([Span("skipped ", style: t[.muted]),
                                   Span(summary.session.skipped.map { "@" + $0 }.joined(separator: " "), style: t[.person])]))
        }
        let silent = summary.session.order.filter { h in
            !summary.session.skipped.contains(h) && !summary.turns.contains { $0.handle == h }
        }
        if !silent.isEmpty {
            lines.append(TextLine([Span("not reached ", style: t[.muted]), Span(silent.map { "@" + $0 }.joined(separator: " "), style: t[.person])]))
        }
        return lines
    }

    static func noteLines(_ summary: StandupSummary, _ t: Theme) -> [TextLine] {
        (summary.blockers + summary.followUps + summary.otherNotes).map { n in
            var line = StandupView.noteLine(n, t)
            line.spans.insert(Span(("@" + n.handle).padding(toLength: 8, withPad: " ", startingAt: 0), style: t[.person]), at: 0)
            return line
        }
    }

    static func movedLines(_ summary: StandupSummary, _ t: Theme) -> [TextLine] {
        summary.moved.map { m in
            TextLine([Span(m.task.description + " ", style: t[.taskID]), Span(m.change, style: t[.changeNew]), Span("  " + m.title, style: t[.muted])])
        }
    }
}
