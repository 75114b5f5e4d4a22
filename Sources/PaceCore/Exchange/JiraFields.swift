import Foundation

/// Jira's words and formats, as its CSV export writes them, turned into ours.
enum JiraFields {
    /// Jira's default workflows and the common custom statuses. Anything else falls back
    /// to the export's "Status Category" column, when it is there.
    static let statuses: [String: TaskStatus] = [
        "backlog": .backlog, "icebox": .backlog,
        "to do": .todo, "todo": .todo, "open": .todo, "new": .todo, "reopened": .todo,
        "selected for development": .todo, "ready": .todo, "ready for development": .todo,
        "in progress": .inProgress, "in development": .inProgress, "doing": .inProgress,
        "in review": .review, "review": .review, "code review": .review, "in qa": .review,
        "qa": .review, "testing": .review, "in testing": .review,
        "blocked": .blocked, "on hold": .blocked, "impeded": .blocked,
        "done": .done, "closed": .done, "resolved": .done, "released": .done,
        "won't do": .cancelled, "won't fix": .cancelled, "cancelled": .cancelled,
        "canceled": .cancelled, "rejected": .cancelled, "declined": .cancelled,
    ]
    static let categories: [String: TaskStatus] = ["to do": .todo, "in progress": .inProgress, "done": .done]
    /// A done issue with one of these resolutions was not delivered.
    static let undelivered: Set<String> = ["won't do", "won't fix", "duplicate", "cannot reproduce", "declined", "rejected", "incomplete"]

    static let priorities: [String: Priority] = [
        "highest": .urgent, "blocker": .urgent, "critical": .urgent, "urgent": .urgent,
        "high": .high, "major": .high,
        "medium": .medium, "normal": .medium,
        "low": .low, "lowest": .low, "minor": .low, "trivial": .low,
    ]
    static let priorityNames = "Highest, High, Medium, Low, Lowest (or Blocker, Critical, Major, Minor, Trivial)"

    static func status(_ text: String, category: String?) -> TaskStatus? {
        let name = text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "’", with: "'")
        return statuses[name] ?? category.flatMap { categories[$0.trimmingCharacters(in: .whitespaces).lowercased()] }
    }

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Jira writes dates in the instance's format, by default `02/Dec/26 9:15 AM`;
    /// ISO `2026-12-02` and `2026-12-02 09:15` are read too. The time of day only
    /// matters for created and resolved, which are taken in `timeZone`.
    static func date(_ text: String, timeZone: TimeZone) -> (day: Day, instant: Date)? {
        let t = text.trimmingCharacters(in: .whitespaces)
        var day: Day?
        var rest = Substring("")
        let dateWord = t.prefix { $0 != " " && $0 != "T" }
        rest = t.dropFirst(dateWord.count).drop { $0 == " " || $0 == "T" }
        let slash = dateWord.split(separator: "/", omittingEmptySubsequences: false)
        let dash = dateWord.split(separator: "-", omittingEmptySubsequences: false)
        if slash.count == 3, let d = Int(slash[0]), let m = months.firstIndex(of: slash[1].lowercased()),
           let y = Int(slash[2]), slash[2].count == 2 || slash[2].count == 4 {
            day = Day(year: slash[2].count == 2 ? 2000 + y : y, month: m + 1, day: d)
        } else if dash.count == 3, dash[0].count == 4, let y = Int(dash[0]), let m = Int(dash[1]), let d = Int(dash[2]) {
            day = Day(year: y, month: m, day: d)
        }
        guard let day else { return nil }
        var minutes = 0
        if !rest.isEmpty {
            let words = rest.split(separator: " ")
            let clock = words[0].split(separator: ":")
            guard (2...3).contains(clock.count), var h = Int(clock[0]), let mi = Int(clock[1]), mi < 60 else { return nil }
            if words.count > 1 {
                switch words[1].uppercased() {
                case "AM": guard (1...12).contains(h) else { return nil }; if h == 12 { h = 0 }
                case "PM": guard (1...12).contains(h) else { return nil }; if h != 12 { h += 12 }
                default: return nil
                }
            }
            guard h < 24 else { return nil }
            minutes = h * 60 + mi
        }
        let start = day.start(in: timeZone)
        return (day, start.addingTimeInterval(Double(minutes * 60)))
    }

    /// Estimates are whole seconds in the export.
    static func seconds(_ text: String) -> Int? {
        guard let s = Int(text.trimmingCharacters(in: .whitespaces)), s >= 0 else { return nil }
        return s
    }
}
