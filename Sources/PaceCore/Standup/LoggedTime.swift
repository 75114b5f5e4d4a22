/// Time a member logged, read from activity rows: what the standup's briefs show as
/// "logged since".
public enum LoggedTime {
    public struct Entry: Hashable, Sendable {
        public var task: TaskID
        public var minutes: Int
    }

    /// Minutes per task in the order first logged, from the `created` rows of time
    /// entries ("WEB-3 1.5h bob 2026-11-30", as the store writes them). An entry whose
    /// deletion is also in the rows (an undone log) counts nothing. With `projectKey`,
    /// only that project's tasks.
    public static func byTask(of handle: String, in rows: [Activity], projectKey: String? = nil) -> [Entry] {
        var deleted: Set<String> = []
        for r in rows where r.entity == .timeEntry && r.field == "deleted" { deleted.insert(r.entityID) }
        var minutes: [TaskID: Int] = [:]
        var order: [TaskID] = []
        for r in rows where r.entity == .timeEntry && r.field == "created" && !deleted.contains(r.entityID) {
            let parts = (r.newValue ?? "").split(separator: " ")
            guard parts.count >= 3, parts[2] == handle, parts[1].hasSuffix("h"), let hours = Double(parts[1].dropLast()),
                  let id = TaskID(parsing: String(parts[0])), projectKey.map({ $0 == id.projectKey }) ?? true else { continue }
            if minutes[id] == nil { order.append(id) }
            minutes[id, default: 0] += Int((hours * 60).rounded())
        }
        return order.map { Entry(task: $0, minutes: minutes[$0]!) }
    }
}
