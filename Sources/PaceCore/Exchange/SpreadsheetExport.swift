import Foundation

/// The tables `pace export --format csv` writes for spreadsheets: one header row of
/// snake_case names and plain values (hours as decimal numbers, dates as ISO 8601), so
/// a spreadsheet can sum and sort them without reformatting.
public enum SpreadsheetExport {
    public enum Kind: String, CaseIterable, Sendable {
        case tasks, time, members
    }

    public static let taskColumns = ["id", "title", "status", "priority", "assignee", "estimate_hours", "spent_hours",
                                     "remaining_hours", "due", "milestone", "tags", "dependencies", "created", "completed"]
    public static let timeColumns = ["date", "task", "title", "member", "hours", "note"]
    public static let memberColumns = ["handle", "name", "role", "weekly_capacity_hours", "working_days", "hourly_rate",
                                       "currency", "time_off"]

    /// Tags and dependencies are space-separated within their cell: neither can hold a
    /// space, and a comma would only add quoting.
    public static func tasks(_ snapshot: ProjectSnapshot) -> String {
        let milestones = Dictionary(uniqueKeysWithValues: snapshot.milestones.map { ($0.id, $0.name) })
        let rows = snapshot.tasks.sorted { $0.id.number < $1.id.number }.map { t -> [String] in
            [t.id.description, t.title, t.status.rawValue, t.priority.rawValue, t.assignee ?? "",
             t.estimateMinutes.map(Format.hoursValue) ?? "", Format.hoursValue(t.spentMinutes),
             Format.hoursValue(t.effectiveRemainingMinutes), t.due?.iso ?? "",
             t.milestoneID.flatMap { milestones[$0] } ?? "", t.tags.joined(separator: " "),
             t.dependencies.map(\.description).joined(separator: " "),
             Format.timestamp(t.created), t.completed.map(Format.timestamp) ?? ""]
        }
        return CSV.document(header: taskColumns, rows: rows)
    }

    public static func time(_ entries: [TimeEntry], snapshot: ProjectSnapshot) -> String {
        let titles = Dictionary(snapshot.tasks.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let rows = entries.sorted { ($0.date, $0.id) < ($1.date, $1.id) }.map { e -> [String] in
            [e.date.iso, e.task.description, titles[e.task] ?? "", e.member, Format.hoursValue(e.minutes), e.note]
        }
        return CSV.document(header: timeColumns, rows: rows)
    }

    /// The rate as a plain decimal (`95.00`) with its currency in the next column, so
    /// the spreadsheet reads a number.
    public static func members(_ members: [Member]) -> String {
        let rows = members.sorted { $0.handle < $1.handle }.map { m -> [String] in
            let rate = m.hourlyRate.map { r in
                let v = abs(r.minorUnits)
                return (r.minorUnits < 0 ? "-" : "") + "\(v / 100)." + (v % 100 < 10 ? "0" : "") + "\(v % 100)"
            }
            let off = m.timeOff.map { o in
                o.range.start == o.range.end ? o.range.start.iso : "\(o.range.start.iso)..\(o.range.end.iso)"
            }
            return [m.handle, m.name, m.role, Format.hoursValue(m.weeklyCapacityMinutes),
                    WorkingDays.describe(m.workingDays), rate ?? "", m.hourlyRate?.currency ?? "",
                    off.joined(separator: " ")]
        }
        return CSV.document(header: memberColumns, rows: rows)
    }
}
