import Foundation
import GRDB
import PaceCore

extension CommandApplier {
    func addTask(_ projectKey: String, _ draft: TaskDraft) throws -> ChangeOutcome {
        let project = try project(projectKey)
        let title = draft.title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { throw UserError("a task needs a title") }
        let assignee = try draft.assignee.map(requireMember)
        let milestone = try draft.milestone.map { try milestoneID(project: project.key, name: $0) }
        for dep in draft.dependencies { _ = try task(dep) }
        if let e = draft.estimateMinutes, e <= 0 { throw UserError("an estimate must be more than 0 hours") }
        guard let number = try Int.fetchOne(db.cachedStatement(sql: "SELECT next_number FROM projects WHERE key = ?"), arguments: [project.key]) else {
            throw UserError.notFound("project", projectKey, among: [])
        }
        try db.cachedStatement(sql: "UPDATE projects SET next_number = next_number + 1 WHERE key = ?").execute(arguments: [project.key])
        let id = TaskID(projectKey: project.key, number: number)
        var t = ProjectTask(id: id, title: title, notes: draft.notes, status: draft.status, priority: draft.priority,
                            assignee: assignee, estimateMinutes: draft.estimateMinutes, due: draft.due,
                            milestoneID: milestone, tags: normalizedTags(draft.tags), dependencies: unique(draft.dependencies),
                            created: now)
        if t.status == .inProgress || t.status == .review { t.started = now }
        if t.status.isClosed { t.completed = now }
        if t.status == .blocked { t.status = .todo }
        let f = Dictionary(uniqueKeysWithValues: RowCodec.taskFields(t))
        try db.cachedStatement(sql: """
            INSERT INTO tasks (project_key, number, title, notes, status, blocked_reason, priority, assignee,
                estimate_minutes, remaining_minutes, due_date, milestone_id, tags, dependencies,
                created_at, updated_at, started_at, completed_at, deleted_at)
            VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, NULL)
            """).execute(arguments: [id.projectKey, id.number, t.title, t.notes, t.status.rawValue, t.priority.rawValue,
                             t.assignee, t.estimateMinutes, f["due"] ?? nil, t.milestoneID, f["tags"] ?? "",
                             f["dependencies"] ?? "", Format.timestamp(now), Format.timestamp(now),
                             f["started"] ?? nil, f["completed"] ?? nil])
        recorder.record(.task, id.description, "created", old: nil, new: title)
        // The initial values are history too: a standup asks "who was it assigned to?".
        for (field, value) in RowCodec.taskFields(t) where field != "title" {
            let empty = value == nil || value == "" || (field == "status" && value == TaskStatus.todo.rawValue)
                || (field == "priority" && value == Priority.medium.rawValue)
            if !empty { recorder.record(.task, id.description, field, old: nil, new: value) }
        }
        return try finish("added \(id) \(title)", task: id)
    }

    func editTask(_ id: TaskID, _ edit: TaskEdit) throws -> ChangeOutcome {
        guard !edit.isEmpty else { throw UserError("nothing to change: give at least one field to edit") }
        let old = try task(id)
        var t = old
        if let title = edit.title {
            let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw UserError("a task needs a title") }
            t.title = trimmed
        }
        if let notes = edit.notes { t.notes = notes }
        if let p = edit.priority { t.priority = p }
        switch edit.assignee {
        case .keep: break
        case .clear: t.assignee = nil
        case .set(let h): t.assignee = try requireMember(h)
        }
        if case .set(let e) = edit.estimateMinutes, e <= 0 { throw UserError("an estimate must be more than 0 hours") }
        if case .set(let r) = edit.remainingMinutes, r < 0 { throw UserError("remaining hours cannot be negative") }
        t.estimateMinutes = edit.estimateMinutes.applied(to: t.estimateMinutes)
        t.remainingMinutes = edit.remainingMinutes.applied(to: t.remainingMinutes)
        t.due = edit.due.applied(to: t.due)
        switch edit.milestone {
        case .keep: break
        case .clear: t.milestoneID = nil
        case .set(let name): t.milestoneID = try milestoneID(project: id.projectKey, name: name)
        }
        t.tags = normalizedTags(t.tags.filter { !edit.removeTags.map(normalizeTag).contains($0) } + edit.addTags)
        for dep in edit.addDependencies {
            if dep == id { throw UserError("\(id) cannot wait for itself") }
            _ = try task(dep)
        }
        t.dependencies = unique(t.dependencies.filter { !edit.removeDependencies.contains($0) } + edit.addDependencies)
        if !edit.addDependencies.isEmpty, let cycle = try dependencyCycle(from: id, dependencies: t.dependencies) {
            throw UserError("that would make a dependency cycle: \(cycle.map(\.description).joined(separator: " → ")); nothing was changed")
        }
        if let status = edit.status, status != t.status || edit.blockedReason != nil {
            t = try TaskRules.transition(t, to: status, reason: edit.blockedReason, at: now)
        }
        try writeTask(old: old, new: t)
        return try finish("edited \(id)", task: id)
    }

    func setStatus(_ id: TaskID, _ status: TaskStatus, _ reason: String?) throws -> ChangeOutcome {
        let old = try task(id)
        let new = try TaskRules.transition(old, to: status, reason: reason, at: now)
        try writeTask(old: old, new: new)
        var summary = "\(id) → \(status.label)"
        if status == .blocked, let r = new.blockedReason { summary += " (\(r))" }
        return try finish(summary, task: id)
    }

    func logTime(_ id: TaskID, _ member: String, _ date: Day, _ minutes: Int, _ note: String) throws -> ChangeOutcome {
        guard minutes > 0 else { throw UserError("logged time must be more than 0 minutes") }
        guard minutes <= 24 * 60 else { throw UserError("one entry cannot exceed 24h; log each day separately") }
        let old = try task(id)
        let handle = try requireMember(member)
        try db.cachedStatement(sql: "INSERT INTO time_entries (project_key, number, member, date, minutes, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)").execute(arguments: [id.projectKey, id.number, handle, date.iso, minutes, note, Format.timestamp(now)])
        let entryID = db.lastInsertedRowID
        recorder.record(.timeEntry, String(entryID), "created", old: nil,
                        new: "\(id) \(Format.hours(minutes)) \(handle) \(date.iso)")
        // An explicit remaining figure shrinks with logged work; without one, remaining
        // is derived from estimate minus time spent.
        if let r = old.remainingMinutes {
            var t = old
            t.remainingMinutes = max(0, r - minutes)
            try writeTask(old: old, new: t)
        } else {
            try touch(id)
        }
        return try finish("logged \(Format.hours(minutes)) on \(id) for \(handle)", task: id)
    }

    func setRemoved(_ id: TaskID, removed: Bool) throws -> ChangeOutcome {
        let old = try task(id, includingRemoved: true)
        if removed && old.deleted != nil { throw UserError("\(id) is already removed (bring it back with: pace restore \(id))") }
        if !removed && old.deleted == nil { throw UserError("\(id) is not removed") }
        var t = old
        t.deleted = removed ? now : nil
        try writeTask(old: old, new: t)
        return try finish(removed ? "removed \(id)" : "restored \(id)", task: id)
    }

    /// The path `task → … → task` if the task's new dependencies lead back to it.
    func dependencyCycle(from start: TaskID, dependencies: [TaskID]) throws -> [TaskID]? {
        var graph: [TaskID: [TaskID]] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT project_key, number, dependencies FROM tasks WHERE dependencies != '' AND deleted_at IS NULL"))
        while let row = try rows.next() {
            let id = TaskID(projectKey: row[0], number: row[1])
            graph[id] = (row[2] as String).split(separator: ",").compactMap { TaskID(parsing: $0) }
        }
        graph[start] = dependencies
        // Depth-first search for a path from start back to start.
        var visited: Set<TaskID> = []
        var path: [TaskID] = [start]
        func visit(_ node: TaskID) -> Bool {
            for next in graph[node] ?? [] {
                if next == start { path.append(next); return true }
                if visited.insert(next).inserted {
                    path.append(next)
                    if visit(next) { return true }
                    path.removeLast()
                }
            }
            return false
        }
        return visit(start) ? path : nil
    }

    func normalizeTag(_ tag: String) -> String {
        (tag.hasPrefix("#") ? String(tag.dropFirst()) : tag).lowercased()
    }

    func normalizedTags(_ tags: [String]) -> [String] {
        unique(tags.map(normalizeTag).filter { !$0.isEmpty && !$0.contains(",") })
    }

    func unique<T: Hashable>(_ items: [T]) -> [T] {
        var seen: Set<T> = []
        return items.filter { seen.insert($0).inserted }
    }
}
