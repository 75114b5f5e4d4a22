import Foundation
import PaceCore

/// The `e` prompt's language: a field name and a value, e.g. `due fri`, `est 4h`,
/// `title Better title`, `tag +api`, `after WEB-3`, `milestone none`.
public enum FieldEdit {
    public static let hint = "title … · notes … · due fri · est 4h · remaining 2h · prio high · milestone beta · tag +x/-x · after WEB-3 · status review · assignee @bob ('none' clears)"

    public static func parse(_ text: String, today: Day, hoursPerDay: Double) throws -> TaskEdit {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1)
        guard let name = parts.first?.lowercased(), parts.count == 2 else {
            throw UserError("write a field and a value: \(hint)")
        }
        let value = String(parts[1]).trimmingCharacters(in: .whitespaces)
        let clears = ["none", "-"].contains(value.lowercased())
        var e = TaskEdit()
        switch name {
        case "title": e.title = value
        case "notes", "note": e.notes = value
        case "due": e.due = clears ? .clear : .set(try DateExpression.parse(value, today: today))
        case "est", "estimate":
            e.estimateMinutes = clears ? .clear : .set(try DurationExpression.parseMinutes(value, hoursPerDay: hoursPerDay))
        case "remaining", "rem":
            e.remainingMinutes = clears ? .clear : .set(try DurationExpression.parseMinutes(value, hoursPerDay: hoursPerDay))
        case "prio", "priority":
            guard let p = Priority(name: value) else { throw UserError("unknown priority '\(value)': use \(Priority.acceptedNames)") }
            e.priority = p
        case "milestone", "ms": e.milestone = clears ? .clear : .set(value.hasPrefix("^") ? String(value.dropFirst()) : value)
        case "assignee", "assign", "who": e.assignee = clears ? .clear : .set(Handle.normalize(value))
        case "status":
            guard let st = TaskStatus(name: value) else { throw UserError("unknown status '\(value)': use \(TaskStatus.acceptedNames)") }
            e.status = st
        case "tag", "tags":
            for t in value.split(separator: " ") {
                if t.hasPrefix("-") { e.removeTags.append(String(t.dropFirst())) }
                else { e.addTags.append(String(t.hasPrefix("+") ? t.dropFirst() : t[...]).replacingOccurrences(of: "#", with: "")) }
            }
        case "after", "dep", "depends":
            for d in value.split(whereSeparator: { $0 == " " || $0 == "," }) {
                let remove = d.hasPrefix("-")
                let raw = remove || d.hasPrefix("+") ? d.dropFirst() : d
                guard let id = TaskID(parsing: raw, defaultProject: nil) else {
                    throw UserError("'\(d)' is not a task ID: use KEY-N like WEB-3 (prefix - to remove)")
                }
                if remove { e.removeDependencies.append(id) } else { e.addDependencies.append(id) }
            }
        default:
            throw UserError("unknown field '\(name)': \(hint)")
        }
        return e
    }
}
