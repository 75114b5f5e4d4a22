import Foundation

/// Reads the JSON array `task export` writes. Everything is checked before anything is
/// returned, so a broken file is refused whole, with the record and field at fault.
public enum TaskwarriorImport {
    /// Fields Taskwarrior computes or uses for its own bookkeeping: meaningless here.
    static let dropped: Set<String> = ["id", "urgency", "modified", "mask", "imask"]
    /// Fields that map to a task field.
    static let mapped: Set<String> = ["uuid", "description", "status", "project", "due", "priority", "tags",
                                      "depends", "annotations", "entry", "end", "start"]

    public static func parse(_ data: Data, timeZone: TimeZone) throws(UserError) -> [ImportedTask] {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw UserError(ExchangeErrorText.malformedJSON(data) + "; expected the array `task export` writes")
        }
        guard let records = json as? [Any] else {
            throw UserError("expected a JSON array of tasks (the output of `task export`), found \(kind(json))")
        }
        var objects: [[String: Any]] = []
        var indexByUUID: [String: Int] = [:]
        for (i, record) in records.enumerated() {
            guard let object = record as? [String: Any] else {
                throw UserError("record \(i + 1): expected an object, found \(kind(record))")
            }
            let uuid = try string(object, "uuid", record: i, required: true)!.lowercased()
            if indexByUUID[uuid] != nil {
                throw UserError("record \(i + 1): uuid \(uuid) appears twice in the file")
            }
            indexByUUID[uuid] = i
            objects.append(object)
        }
        var tasks: [ImportedTask] = []
        for (i, object) in objects.enumerated() {
            tasks.append(try task(object, record: i, indexByUUID: indexByUUID, timeZone: timeZone))
        }
        return tasks
    }

    static func task(_ o: [String: Any], record i: Int, indexByUUID: [String: Int], timeZone: TimeZone) throws(UserError) -> ImportedTask {
        let title = try string(o, "description", record: i, required: true)!
        guard !title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw UserError("record \(i + 1), field description: empty; expected the task's text")
        }
        var draft = TaskDraft(title: title)
        let status = try string(o, "status", record: i, required: true)!
        switch status {
        case "pending": draft.status = o["start"] != nil ? .inProgress : .todo
        case "waiting": draft.status = .backlog
        case "completed": draft.status = .done
        case "deleted": draft.status = .cancelled
        default:
            throw UserError("record \(i + 1), field status: '\(status)'; expected pending, waiting, completed or deleted (recurring templates are not imported)")
        }
        if let p = try string(o, "priority", record: i) {
            switch p.uppercased() {
            case "H": draft.priority = .high
            case "M": draft.priority = .medium
            case "L": draft.priority = .low
            default: throw UserError("record \(i + 1), field priority: '\(p)'; expected H, M or L")
            }
        }
        if let due = try string(o, "due", record: i) {
            draft.due = Day(try date(due, field: "due", record: i), in: timeZone)
        }
        var tags: [String] = []
        if let raw = o["tags"] {
            guard let list = raw as? [Any], let strings = list as? [String] else {
                throw UserError("record \(i + 1), field tags: expected an array of strings, found \(kind(raw))")
            }
            tags = strings
        }
        // The task lands in the current project (or one made from this name, in an
        // empty workspace); the project it had in Taskwarrior stays findable as a tag.
        let project = try string(o, "project", record: i)
        if let project, !project.isEmpty {
            tags.append(project)
        }
        draft.tags = tags.map(tag).filter { !$0.isEmpty }
        var dependsOn: [Int] = []
        if let raw = o["depends"] {
            // Taskwarrior 2.6+ writes an array, older versions one comma-separated string.
            let uuids: [String]
            if let list = raw as? [Any], let strings = list as? [String] {
                uuids = strings
            } else if let joined = raw as? String {
                uuids = joined.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            } else {
                throw UserError("record \(i + 1), field depends: expected an array of task UUIDs, found \(kind(raw))")
            }
            for uuid in uuids {
                guard let target = indexByUUID[uuid.lowercased()] else {
                    throw UserError("record \(i + 1), field depends: unknown task \(uuid); expected the uuid of a task in the same file")
                }
                dependsOn.append(target)
            }
        }
        var notes: [String] = []
        if let raw = o["annotations"] {
            guard let list = raw as? [Any] else {
                throw UserError("record \(i + 1), field annotations: expected an array, found \(kind(raw))")
            }
            for (n, item) in list.enumerated() {
                guard let a = item as? [String: Any], let text = a["description"] as? String else {
                    throw UserError("record \(i + 1), field annotations[\(n)]: expected an object with a description")
                }
                if let entry = a["entry"] as? String {
                    let at = try date(entry, field: "annotations[\(n)].entry", record: i)
                    notes.append("\(Day(at, in: timeZone).iso) \(text)")
                } else {
                    notes.append(text)
                }
            }
        }
        // Anything this importer does not understand is kept where a person can read it.
        let unknown = o.keys.filter { !mapped.contains($0) && !dropped.contains($0) }.sorted()
        for key in unknown {
            notes.append("taskwarrior \(key): \(render(o[key]!))")
        }
        draft.notes = notes.joined(separator: "\n")
        var created: Date?
        if let entry = try string(o, "entry", record: i) { created = try date(entry, field: "entry", record: i) }
        var completed: Date?
        if let end = try string(o, "end", record: i) { completed = try date(end, field: "end", record: i) }
        return ImportedTask(draft: draft, dependsOn: dependsOn, created: created,
                            completed: draft.status.isClosed ? completed : nil, sourceProject: project)
    }

    /// Taskwarrior's date form, `20261204T120000Z` (UTC, basic ISO 8601).
    public static func date(_ text: String, field: String, record i: Int) throws(UserError) -> Date {
        let s = Array(text.utf8)
        func digits(_ from: Int, _ count: Int) -> Int? {
            var v = 0
            for k in from..<(from + count) {
                guard s[k] >= 48, s[k] <= 57 else { return nil }
                v = v * 10 + Int(s[k] - 48)
            }
            return v
        }
        guard s.count == 16, s[8] == UInt8(ascii: "T"), s[15] == UInt8(ascii: "Z"),
              let y = digits(0, 4), let mo = digits(4, 2), let d = digits(6, 2),
              let h = digits(9, 2), let mi = digits(11, 2), let sec = digits(13, 2),
              (1...12).contains(mo), h < 24, mi < 60, sec < 60,
              let day = Day(year: y, month: mo, day: d) else {
            throw UserError("record \(i + 1), field \(field): '\(text)'; expected a Taskwarrior date like 20261204T120000Z")
        }
        return Date(timeIntervalSince1970: Double(day.ordinal) * 86_400 + Double(h * 3600 + mi * 60 + sec))
    }

    static func string(_ o: [String: Any], _ key: String, record i: Int, required: Bool = false) throws(UserError) -> String? {
        guard let raw = o[key] else {
            if required { throw UserError("record \(i + 1): field \(key) is missing; every task needs one") }
            return nil
        }
        guard let s = raw as? String else {
            throw UserError("record \(i + 1), field \(key): expected a string, found \(kind(raw))")
        }
        return s
    }

    /// Tags here cannot hold spaces or commas; Taskwarrior project names can (`Home.Garden`
    /// is fine, `Big Move` is not).
    static func tag(_ text: String) -> String {
        String(text.map { $0 == " " || $0 == "," ? "-" : $0 })
    }

    static func kind(_ value: Any) -> String {
        switch value {
        case is String: "a string"
        case is [Any]: "an array"
        case is [String: Any]: "an object"
        case is NSNull: "null"
        case is NSNumber: "a number"
        default: "\(type(of: value))"
        }
    }

    static func render(_ value: Any) -> String {
        if let s = value as? String { return s }
        if JSONSerialization.isValidJSONObject(value),
           let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]) {
            return String(decoding: data, as: UTF8.self)
        }
        return "\(value)"
    }
}
