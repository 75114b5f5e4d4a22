import Foundation

/// A speaker's brief as lines of plain text: what `pace standup --prep` prints and what
/// a screen can show under the speaker's name. Sections with nothing in them are left out.
public enum StandupBriefText {
    public static func lines(_ b: StandupBrief, today: Day, timeZone: TimeZone) -> [String] {
        var out: [String] = []
        var head = "@\(b.handle) \(b.name) — since \(Format.weekdayDate(Day(b.since, in: timeZone))) \(Format.timeOfDay(b.since, in: timeZone))"
        if b.absent { head += " — absent today (skipped)" }
        out.append(head)
        func section(_ title: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            out.append("")
            out.append(title)
            out += items.map { "  " + $0 }
        }
        func due(_ d: Day?) -> String { d.map { ", due \(Format.shortDate($0, today: today))" } ?? "" }
        section("Finished", b.finished.map { "\($0.task)  \($0.title)" })
        section("Started", b.started.map { "\($0.task)  \($0.title)" })
        section("Blocked", b.blocked.map { "\($0.task)  \($0.title)" + ($0.reason.map { " — \($0)" } ?? "") })
        section(b.logged.isEmpty ? "" : "Logged \(Format.hours(b.loggedMinutes))",
                b.logged.map { "\($0.task)  \($0.title)  \(Format.hours($0.minutes))" })
        section("Given to them", b.assignedIn.map { h in
            "\(h.task)  \(h.title)" + (h.from.map { " (from @\($0))" } ?? " (new)") + (h.by == b.handle ? "" : " by @\(h.by)")
        })
        section("Handed on", b.assignedOut.map { h in
            "\(h.task)  \(h.title)" + (h.to.map { " (to @\($0))" } ?? " (unassigned)")
        })
        section("In progress", b.inProgress.map { "\($0.task)  \($0.title)  \($0.status.label), \(Format.hours($0.remainingMinutes)) left\(due($0.due))" })
        section("Blocked now", b.blockedNow.map { "\($0.task)  \($0.title)" + ($0.blockedReason.map { " — \($0)" } ?? "") })
        if let booked = b.weekBookedMinutes, let capacity = b.weekCapacityMinutes {
            let pct = capacity > 0 ? " (\(Format.percent(Double(booked) / Double(capacity))))" : ""
            out.append("")
            out.append("This week: \(Format.hours(booked)) booked of \(Format.hours(capacity))\(pct)")
        }
        section("Deadlines at risk", b.risks.map { r in
            let name = r.kind == .task ? "\(r.name)  \(r.title)" : "milestone \(r.name)"
            var line = name + due(r.due)
            if let f = r.forecast { line += ", forecast \(Format.shortDate(f, today: today))" }
            line += r.late ? " (late)" : " (at risk)"
            if !r.tasks.isEmpty { line += " — " + r.tasks.map(\.description).joined(separator: ", ") }
            return line
        })
        if b.isEmpty { out += ["", "nothing moved and nothing open"] }
        return out
    }
}
