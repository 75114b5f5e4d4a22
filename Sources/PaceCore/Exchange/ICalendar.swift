import Foundation

/// iCalendar (RFC 5545) text: content lines end in CRLF, are folded at 75 octets with
/// a leading space on each continuation, and TEXT values escape `\ ; ,` and newlines.
public enum ICalendar {
    /// The most octets a content line may hold, line break excluded (RFC 5545 §3.1).
    public static let maxLineOctets = 75

    public static func escapeText(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        // Unicode scalars so "\r\n" (one Character) is seen as its two parts.
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? scalars.next() {
            pending = nil
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r":
                out += "\\n"
                if let n = scalars.next(), n != "\n" { pending = n }
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Splits a line into pieces of at most 75 octets, continuation pieces starting with
    /// one space (which counts toward their 75). Splits only between Unicode scalars, so
    /// a multi-byte UTF-8 sequence is never cut; clients that decode each physical line
    /// would otherwise show replacement characters.
    public static func fold(_ line: String) -> String {
        guard line.utf8.count > maxLineOctets else { return line + "\r\n" }
        var out = ""
        var current = ""
        var octets = 0
        var limit = maxLineOctets
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > limit {
                out += current + "\r\n"
                current = " "
                octets = 1
                limit = maxLineOctets
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        return out + current + "\r\n"
    }

    /// Undoes `fold`: what a reader does before looking at a line.
    public static func unfold(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n\t", with: "")
    }

    /// `20261204`
    public static func date(_ day: Day) -> String {
        let c = day.components
        return String(format: "%04d%02d%02d", c.year, c.month, c.day)
    }

    /// `20261130T090000Z`: UTC, whole seconds.
    public static func dateTime(_ instant: Date) -> String {
        let iso = Format.timestamp(instant)  // 2026-11-30T09:00:00.000Z
        let digits = iso.prefix(19).filter { $0 != "-" && $0 != ":" }
        return digits + "Z"
    }
}

/// The calendar `pace export --format ics` writes: milestones as all-day events and
/// tasks with a due date as to-dos, for a team calendar or a phone.
public enum CalendarExport {
    /// Closed tasks with a due date are written too (COMPLETED/CANCELLED): a calendar
    /// that subscribed to an earlier export then marks them done instead of keeping a
    /// stale open to-do. Removed tasks are left out.
    public static func document(_ snapshot: ProjectSnapshot, stamp: Date) -> String {
        let dtstamp = ICalendar.dateTime(stamp)
        let key = snapshot.project.key
        var lines: [String] = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Paceline//pace//EN", "CALSCALE:GREGORIAN",
                               "X-WR-CALNAME:" + ICalendar.escapeText("\(key) · \(snapshot.project.name)")]
        let milestones = Dictionary(uniqueKeysWithValues: snapshot.milestones.map { ($0.id, $0.name) })
        for m in snapshot.milestones.sorted(by: { $0.id < $1.id }) {
            guard let due = m.due else { continue }
            lines += ["BEGIN:VEVENT",
                      "UID:\(key)-milestone-\(m.id)@paceline",
                      "DTSTAMP:\(dtstamp)",
                      "DTSTART;VALUE=DATE:\(ICalendar.date(due))",
                      "DTEND;VALUE=DATE:\(ICalendar.date(due + 1))",
                      "SUMMARY:" + ICalendar.escapeText("\(key) milestone: \(m.name)"),
                      "TRANSP:TRANSPARENT"]
            if !m.description.isEmpty { lines.append("DESCRIPTION:" + ICalendar.escapeText(m.description)) }
            lines.append("END:VEVENT")
        }
        for t in snapshot.tasks.sorted(by: { $0.id.number < $1.id.number }) {
            guard let due = t.due else { continue }
            lines += ["BEGIN:VTODO",
                      "UID:\(t.id)@paceline",
                      "DTSTAMP:\(dtstamp)",
                      "CREATED:\(ICalendar.dateTime(t.created))",
                      "LAST-MODIFIED:\(ICalendar.dateTime(t.updated))",
                      "DUE;VALUE=DATE:\(ICalendar.date(due))",
                      "SUMMARY:" + ICalendar.escapeText("\(t.id) \(t.title)"),
                      "STATUS:\(status(t.status))",
                      "PRIORITY:\(priority(t.priority))"]
            if let done = t.completed, t.status == .done { lines.append("COMPLETED:\(ICalendar.dateTime(done))") }
            if !t.tags.isEmpty { lines.append("CATEGORIES:" + t.tags.map(ICalendar.escapeText).joined(separator: ",")) }
            var description: [String] = []
            if let a = t.assignee { description.append("Assignee: @\(a)") }
            if let mid = t.milestoneID, let name = milestones[mid] { description.append("Milestone: \(name)") }
            if let reason = t.blockedReason, t.status == .blocked { description.append("Blocked: \(reason)") }
            if !t.notes.isEmpty { description.append(t.notes) }
            if !description.isEmpty { lines.append("DESCRIPTION:" + ICalendar.escapeText(description.joined(separator: "\n"))) }
            lines.append("END:VTODO")
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendar.fold).joined()
    }

    /// Blocked and in-review work is still in process for a calendar: someone holds it.
    public static func status(_ s: TaskStatus) -> String {
        switch s {
        case .backlog, .todo: "NEEDS-ACTION"
        case .inProgress, .review, .blocked: "IN-PROCESS"
        case .done: "COMPLETED"
        case .cancelled: "CANCELLED"
        }
    }

    /// RFC 5545: 1 highest, 5 medium, 9 lowest.
    public static func priority(_ p: Priority) -> Int {
        switch p {
        case .urgent: 1
        case .high: 3
        case .medium: 5
        case .low: 9
        }
    }
}
