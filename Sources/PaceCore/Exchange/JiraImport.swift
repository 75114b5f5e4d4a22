import Foundation

/// Reads the CSV Jira exports ("Export Excel CSV (all fields)") into an import plan for
/// one project: issues become tasks, assignees are matched to members (by handle or
/// full name), Fix Version/s become milestones (made when missing), "Blocks" links
/// become dependencies, and the issue key goes into the notes. Columns Jira writes that
/// have no place here are left out; the ones read are listed in `columns`. Everything
/// is checked before anything is returned, so a broken row refuses the whole file.
public enum JiraImport {
    /// What the import makes besides tasks, for the command to report.
    public struct Result: Hashable, Sendable {
        public var plan: ImportPlan
        public var newMembers: [Member]
        public var newMilestones: [String]
    }

    /// The columns read, as Jira names them (compared without case). Labels, Sprint,
    /// Fix Version/s and the link columns repeat once per value.
    public static let columns = ["Summary", "Issue key", "Status", "Status Category", "Resolution", "Priority",
                                 "Assignee", "Original Estimate", "Remaining Estimate", "Due date", "Labels",
                                 "Sprint", "Fix Version/s", "Inward issue link (Blocks)",
                                 "Outward issue link (Blocks)", "Description", "Created", "Resolved"]

    public static func parse(_ text: String, projectKey: String, members: [Member], milestones: [String],
                             addMembers: Bool, timeZone: TimeZone) throws(UserError) -> Result {
        let records: [[String]]
        do {
            records = try CSV.parse(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        } catch {
            throw UserError(error.description)
        }
        guard let header = records.first else {
            throw UserError("the file is empty; expected Jira's CSV export with a header row (Summary, Issue key, …)")
        }
        var columnsByName: [String: [Int]] = [:]
        for (i, name) in header.enumerated() {
            columnsByName[name.trimmingCharacters(in: .whitespaces).lowercased(), default: []].append(i)
        }
        for required in ["Summary", "Issue key"] where columnsByName[required.lowercased()] == nil {
            throw UserError("row 1: no '\(required)' column; expected Jira's CSV export (Issues → Export → CSV, all fields)")
        }

        var rows: [Row] = []
        var rowOfKey: [String: Int] = [:]
        for (r, record) in records.enumerated().dropFirst() {
            // Rows count records, as a spreadsheet numbers them; the header is row 1.
            let row = r + 1
            if record.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) { continue }
            guard record.count == header.count else {
                throw UserError("row \(row): \(record.count) field(s), expected \(header.count) like the header (is a quote left open on the row before?)")
            }
            func values(_ column: String) -> [String] {
                (columnsByName[column.lowercased()] ?? []).map { record[$0].trimmingCharacters(in: .whitespacesAndNewlines) }
                    .filter { !$0.isEmpty }
            }
            let key = values("Issue key").first ?? ""
            let at = key.isEmpty ? "row \(row)" : "row \(row) (\(key))"
            guard !key.isEmpty else { throw UserError("\(at), Issue key: empty; every issue has one, like WEB-12") }
            if let first = rowOfKey[key] {
                throw UserError("\(at), Issue key: \(key) appears twice (rows \(rows[first].row) and \(row))")
            }
            rowOfKey[key] = rows.count
            rows.append(try Row(row: row, at: at, key: key, values: values, timeZone: timeZone))
        }

        // Assignees: a member by handle or full name, else refused (or made).
        let handles = Set(members.map(\.handle))
        var handleOf: [String: String] = [:]
        for m in members {
            handleOf[m.handle] = m.handle
            handleOf[m.name.lowercased()] = handleOf[m.name.lowercased()] ?? m.handle
        }
        var unknown: [(name: String, rows: [Int])] = []
        for r in rows {
            guard let who = r.assignee, handleOf[Handle.normalize(who)] == nil, handleOf[who.lowercased()] == nil else { continue }
            if let i = unknown.firstIndex(where: { $0.name.lowercased() == who.lowercased() }) {
                unknown[i].rows.append(r.row)
            } else {
                unknown.append((who, [r.row]))
            }
        }
        var newMembers: [Member] = []
        if !unknown.isEmpty {
            guard addMembers else {
                let list = unknown.map { "\($0.name) (row\($0.rows.count == 1 ? "" : "s") \($0.rows.map(String.init).joined(separator: ", ")))" }
                throw UserError("unknown assignee\(unknown.count == 1 ? "" : "s"): \(list.joined(separator: "; ")); add them first (pace member add HANDLE \"Full Name\") or import with --add-members to create them")
            }
            var taken = handles
            for u in unknown {
                let handle = Handle.derived(fromName: u.name, taken: taken)
                taken.insert(handle)
                handleOf[u.name.lowercased()] = handle
                newMembers.append(Member(handle: handle, name: u.name))
            }
        }

        // Milestones from Fix Version/s, made when the project has none of that name.
        let known = Set(milestones.map { $0.lowercased() })
        var newMilestones: [String] = []
        for r in rows {
            guard let m = r.milestone, !known.contains(m.lowercased()),
                  !newMilestones.contains(where: { $0.lowercased() == m.lowercased() }) else { continue }
            newMilestones.append(m)
        }

        var tasks: [ImportedTask] = []
        for (i, r) in rows.enumerated() {
            var draft = r.draft
            draft.assignee = r.assignee.map { handleOf[Handle.normalize($0)] ?? handleOf[$0.lowercased()]! }
            var dependsOn = try r.blockedBy.map { k throws(UserError) in
                guard let j = rowOfKey[k] else { throw UserError("\(r.at), Inward issue link (Blocks): \(k) is not in the file; export it too, or remove the link") }
                return j
            }
            for (j, other) in rows.enumerated() where other.blocks.contains(r.key) { dependsOn.append(j) }
            for k in r.blocks where rowOfKey[k] == nil {
                throw UserError("\(r.at), Outward issue link (Blocks): \(k) is not in the file; export it too, or remove the link")
            }
            if dependsOn.contains(i) { throw UserError("\(r.at): the issue blocks itself") }
            tasks.append(ImportedTask(draft: draft, dependsOn: Array(Set(dependsOn)).sorted(), created: r.created,
                                      completed: draft.status.isClosed ? r.resolved : nil,
                                      remainingMinutes: r.remainingMinutes,
                                      blockedReason: draft.status == .blocked ? "blocked in Jira (\(r.key))" : nil))
        }
        let setup = newMembers.map { ImportPlan.Step(.addMember($0), source: "assignee \($0.name)") }
            + newMilestones.map { ImportPlan.Step(.addMilestone(projectKey: projectKey, name: $0, due: nil, description: ""),
                                                  source: "Fix Version/s \($0)") }
        return Result(plan: ImportPlan(setup: setup, tasks: tasks), newMembers: newMembers, newMilestones: newMilestones)
    }

    /// One issue as read from its row, before names are resolved across the file.
    struct Row {
        var row: Int
        var at: String
        var key: String
        var draft: TaskDraft
        var assignee: String?
        var milestone: String?
        var remainingMinutes: Int?
        var blockedBy: [String]
        var blocks: [String]
        var created: Date?
        var resolved: Date?

        init(row: Int, at: String, key: String, values: (String) -> [String], timeZone: TimeZone) throws(UserError) {
            self.row = row
            self.at = at
            self.key = key
            func bad(_ column: String, _ value: String, _ expected: String) -> UserError {
                UserError("\(at), \(column): '\(value)'; expected \(expected)")
            }
            // A summary is one line here; a multi-line one keeps its words.
            let summary = (values("Summary").first ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard !summary.isEmpty else { throw UserError("\(at), Summary: empty; every issue needs one") }
            draft = TaskDraft(title: summary)
            let description = values("Description").first ?? ""
            draft.notes = "Jira \(key)" + (description.isEmpty ? "" : "\n\n\(description)")
            if let status = values("Status").first {
                guard var s = JiraFields.status(status, category: values("Status Category").first) else {
                    throw bad("Status", status, "a Jira status such as To Do, In Progress, In Review, Blocked or Done (others are read from the Status Category column when the export has it)")
                }
                if s == .done, let resolution = values("Resolution").first, JiraFields.undelivered.contains(resolution.lowercased()) {
                    s = .cancelled
                }
                draft.status = s
            }
            if let p = values("Priority").first {
                guard let priority = JiraFields.priorities[p.lowercased()] else { throw bad("Priority", p, JiraFields.priorityNames) }
                draft.priority = priority
            }
            assignee = values("Assignee").first
            if let e = values("Original Estimate").first {
                guard let s = JiraFields.seconds(e) else { throw bad("Original Estimate", e, "whole seconds, as Jira exports them (14400 for 4h)") }
                if s > 0 { draft.estimateMinutes = max(1, (s + 30) / 60) }
            }
            if let e = values("Remaining Estimate").first {
                guard let s = JiraFields.seconds(e) else { throw bad("Remaining Estimate", e, "whole seconds, as Jira exports them (7200 for 2h)") }
                remainingMinutes = (s + 30) / 60
            }
            if let d = values("Due date").first {
                guard let due = JiraFields.date(d, timeZone: timeZone) else { throw bad("Due date", d, "a date like 04/Dec/26 or 2026-12-04") }
                draft.due = due.day
            }
            func tag(_ text: String) -> String { String(text.map { $0 == " " || $0 == "," ? "-" : $0 }) }
            draft.tags = values("Labels").map(tag) + values("Sprint").map(tag)
            if let version = values("Fix Version/s").first {
                guard !version.contains(",") else { throw bad("Fix Version/s", version, "a version name without a comma (it becomes a milestone)") }
                milestone = version
                draft.milestone = version
            }
            blockedBy = values("Inward issue link (Blocks)")
            blocks = values("Outward issue link (Blocks)")
            if let c = values("Created").first {
                guard let d = JiraFields.date(c, timeZone: timeZone) else { throw bad("Created", c, "a date like 04/Dec/26 9:15 AM") }
                created = d.instant
            }
            if let c = values("Resolved").first {
                guard let d = JiraFields.date(c, timeZone: timeZone) else { throw bad("Resolved", c, "a date like 04/Dec/26 9:15 AM") }
                resolved = d.instant
            }
        }
    }
}
