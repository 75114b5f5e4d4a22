import Foundation
import PaceCore

/// Everything about one task: fields, dependencies, time entries and its history.
enum DetailOverlay {
    static func lines(_ state: AppState) -> (title: String, lines: [TextLine]) {
        let t = state.theme
        guard let d = state.detail, let snapshot = state.snapshot, let task = snapshot.task(d.task) else {
            return ("Task", [TextLine("this task is no longer in the workspace", style: t[.muted])])
        }
        let today = state.today
        var out: [TextLine] = []
        func field(_ name: String, _ value: [Span]) {
            out.append(TextLine([Span(name.padding(toLength: 11, withPad: " ", startingAt: 0), style: t[.muted])] + value))
        }
        out.append(TextLine(task.title, style: t[.title].with(.bold)))
        out.append("")
        var status: [Span] = [Span(task.status.label, style: PaneStyles.status(task.status, t))]
        if let r = task.blockedReason { status.append(Span(" — \(r)", style: t[.statusBlocked])) }
        field("status", status)
        field("priority", [Span(task.priority.rawValue, style: PaneStyles.priority(task.priority, t))])
        field("assignee", [Span(task.assignee.map { "@" + $0 } ?? "—", style: t[.person])])
        field("estimate", [Span(Format.hours(task.estimateMinutes))])
        field("spent", [Span(Format.hours(task.spentMinutes))])
        field("remaining", [Span(Format.hours(task.effectiveRemainingMinutes))])
        if let due = task.due {
            field("due", [Span("\(Format.weekdayDate(due)) (\(Format.relative(due, today: today)))",
                               style: PaneStyles.due(due, today: today, open: task.status.isOpen, t))])
        } else {
            field("due", ["—"])
        }
        field("milestone", [Span(snapshot.milestone(id: task.milestoneID)?.name ?? "—", style: t[.milestone])])
        field("tags", [Span(task.tags.isEmpty ? "—" : task.tags.map { "#" + $0 }.joined(separator: " "), style: t[.tag])])
        let zone = state.now.timeZone
        field("created", [Span(Format.localDateTime(task.created, in: zone))])
        if let s = task.started { field("started", [Span(Format.localDateTime(s, in: zone))]) }
        if let c = task.completed { field("completed", [Span(Format.localDateTime(c, in: zone))]) }
        if !task.dependencies.isEmpty {
            out.append("")
            out.append(TextLine("Waits for", style: t[.header]))
            for dep in task.dependencies {
                let other = snapshot.task(dep)
                out.append(TextLine([Span("  \(dep) ", style: t[.taskID]),
                                     Span(other?.status.label ?? "?", style: other.map { PaneStyles.status($0.status, t) } ?? t[.muted]),
                                     Span(" \(other?.title ?? "")")]))
            }
        }
        let blocking = snapshot.tasks.filter { $0.dependencies.contains(task.id) }
        if !blocking.isEmpty {
            out.append("")
            out.append(TextLine("Blocks", style: t[.header]))
            for b in blocking {
                out.append(TextLine([Span("  \(b.id) ", style: t[.taskID]), Span(b.title)]))
            }
        }
        if !task.notes.isEmpty {
            out.append("")
            out.append(TextLine("Notes", style: t[.header]))
            for l in task.notes.split(separator: "\n", omittingEmptySubsequences: false) { out.append(TextLine("  " + l)) }
        }
        out.append("")
        out.append(TextLine("Time", style: t[.header]))
        if !d.loaded {
            out.append(TextLine("  loading…", style: t[.muted]))
        } else if d.timeEntries.isEmpty {
            out.append(TextLine("  none logged", style: t[.muted]))
        } else {
            for e in d.timeEntries {
                out.append(TextLine([Span("  \(e.date.iso) "), Span("@\(e.member) ", style: t[.person]),
                                     Span(Format.hours(e.minutes)), Span(e.note.isEmpty ? "" : "  \(e.note)", style: t[.muted])]))
            }
        }
        out.append("")
        out.append(TextLine("History", style: t[.header]))
        for a in d.history.reversed() {
            out.append(TextLine([Span("  \(Format.localDateTime(a.at, in: zone)) ", style: t[.muted]),
                                 Span("@\(a.actor) ", style: t[.person]),
                                 Span(["created", "deleted"].contains(a.field) ? "" : "\(a.field): ", style: t[.muted]),
                                 Span(ActivityText.change(a))]))
        }
        return ("\(task.id)", out)
    }

    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect) {
        let (title, lines) = lines(state)
        let t = state.theme
        var overlay = Overlay(title: title, lines: lines, offset: state.detail?.offset ?? 0, maxWidth: 96,
                              styles: Overlay.Styles(frame: Frame.Styles(border: t[.borderFocused], title: t[.title].with(.bold),
                                                                         focusedBorder: t[.borderFocused], focusedTitle: t[.title].with(.bold)),
                                                     body: t[.text]),
                              glyphs: state.glyphs)
        overlay.offset = min(overlay.offset, overlay.maxOffset(in: area))
        _ = overlay.render(into: &canvas, area: area)
    }
}

enum HelpOverlay {
    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect) {
        let t = state.theme
        var lines: [TextLine] = []
        var group: String?
        for row in state.keymap.helpRows() {
            if row.group.title != group {
                if group != nil { lines.append("") }
                group = row.group.title
                lines.append(TextLine(row.group.title, style: t[.header]))
            }
            lines.append(TextLine([Span("  " + row.keys.padding(toLength: 16, withPad: " ", startingAt: 0), style: t[.accent]),
                                   Span(row.description)]))
        }
        if state.readOnly {
            lines.insert(TextLine("read-only view: keys that change tasks are off", style: t[.banner]), at: 0)
            lines.insert("", at: 1)
        }
        var overlay = Overlay(title: "Keys", lines: lines, offset: state.help?.offset ?? 0, maxWidth: 72,
                              styles: Overlay.Styles(frame: Frame.Styles(border: t[.borderFocused], title: t[.title].with(.bold),
                                                                         focusedBorder: t[.borderFocused], focusedTitle: t[.title].with(.bold)),
                                                     body: t[.text]),
                              glyphs: state.glyphs)
        overlay.offset = min(overlay.offset, overlay.maxOffset(in: area))
        _ = overlay.render(into: &canvas, area: area)
    }
}
