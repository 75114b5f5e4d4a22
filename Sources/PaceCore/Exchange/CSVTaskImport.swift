import Foundation

/// Reads tasks from a spreadsheet's CSV: a header row naming the columns, one task per
/// row. Columns are matched to fields by name, or by `--map column=field`; a column
/// that matches nothing is an error rather than quietly lost data (map it to `skip` to
/// leave it out on purpose).
public enum CSVTaskImport {
    public static let fields = ["title", "status", "priority", "assignee", "estimate", "due", "milestone", "tags"]

    /// `mapping` is column name → field (or `skip`), both compared without case.
    public static func parse(_ text: String, mapping: [String: String], today: Day, hoursPerDay: Double) throws(UserError) -> [ImportedTask] {
        let records: [[String]]
        do {
            records = try CSV.parse(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        } catch {
            throw UserError(error.description)
        }
        guard let header = records.first else { throw UserError("the file is empty; expected a header row naming the columns") }
        let map = Dictionary(mapping.map { ($0.key.lowercased(), $0.value.lowercased()) }, uniquingKeysWith: { _, b in b })
        for (column, field) in map where field != "skip" && !fields.contains(field) {
            throw UserError("--map \(column)=\(field): unknown field '\(field)'; expected one of \(fields.joined(separator: ", ")) or skip")
        }
        var fieldOfColumn: [Int: String] = [:]
        for (i, raw) in header.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces).lowercased()
            let field = map[name] ?? name
            if field == "skip" { continue }
            guard fields.contains(field) else {
                throw UserError("line 1, column \(i + 1): unknown column '\(raw)'; expected one of \(fields.joined(separator: ", ")), or map it with --map '\(raw)=FIELD' (or =skip)")
            }
            if fieldOfColumn.values.contains(field) {
                throw UserError("line 1, column \(i + 1): a second column for \(field) ('\(raw)')")
            }
            fieldOfColumn[i] = field
        }
        guard fieldOfColumn.values.contains("title") else {
            throw UserError("line 1: no title column; name one 'title' or map it with --map COLUMN=title")
        }
        var out: [ImportedTask] = []
        // Line numbers count records, which is what a spreadsheet shows as its rows.
        for (r, record) in records.dropFirst().enumerated() {
            let line = r + 2
            if record.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard record.count == header.count else {
                throw UserError("line \(line): \(record.count) field(s), expected \(header.count) like the header")
            }
            var draft = TaskDraft(title: "")
            for (i, field) in fieldOfColumn {
                let value = record[i].trimmingCharacters(in: .whitespacesAndNewlines)
                if value.isEmpty && field != "title" { continue }
                func bad(_ expected: String) -> UserError {
                    UserError("line \(line), column \(header[i]) (\(field)): '\(value)'; expected \(expected)")
                }
                switch field {
                case "title":
                    guard !value.isEmpty else { throw bad("the task's title") }
                    draft.title = value
                case "status":
                    guard let s = TaskStatus(name: value) else { throw bad(TaskStatus.allCases.map(\.rawValue).joined(separator: ", ")) }
                    draft.status = s
                case "priority":
                    guard let p = Priority(name: value) else { throw bad("urgent, high, medium or low") }
                    draft.priority = p
                case "assignee":
                    draft.assignee = Handle.normalize(value)
                case "estimate":
                    // A bare number in a spreadsheet is hours.
                    let text = Double(value) != nil ? value + "h" : value
                    do { draft.estimateMinutes = try DurationExpression.parseMinutes(text, hoursPerDay: hoursPerDay) } catch { throw bad("a duration like 4, 4h, 90m or 1.5d") }
                case "due":
                    do { draft.due = try DateExpression.parse(value, today: today) } catch { throw bad("a date like 2026-12-04") }
                case "milestone":
                    draft.milestone = value
                case "tags":
                    draft.tags = value.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
                default:
                    break
                }
            }
            out.append(ImportedTask(draft: draft))
        }
        return out
    }
}
