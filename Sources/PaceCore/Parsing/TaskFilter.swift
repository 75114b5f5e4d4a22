import Foundation

/// Which tasks to show: the language of `pace ls` and the dashboard's `/`.
///
///     @alice !high,urgent due<fri #backend "login page"
///
/// | Word | Keeps tasks that |
/// |---|---|
/// | *(nothing)* | are open (not done, not cancelled) |
/// | `status:todo,review`, `is:review` | have one of these statuses (closed ones included when named) |
/// | `status:any`, `status:all` | have any status, closed included |
/// | `@alice`, `@alice,bob`, `@none` | are assigned to one of these (`none`: unassigned) |
/// | `^beta`, `^"beta 2"`, `^none` | are in one of these milestones (by name, any case; `none`: no milestone) |
/// | `#backend` | carry this tag; several `#` words: all of them |
/// | `!high`, `!high,urgent`, `prio:high` | have one of these priorities |
/// | `due<fri`, `due<=fri`, `due>today`, `due>=+3d`, `due:fri` | have a due date in that range (any date form) |
/// | `overdue` | are open and past their due date |
/// | a word, `"a phrase"` | contain it in the title, notes or ID, ignoring case |
///
/// Different kinds of word must all hold; repeating `@`, `^`, `!` or `status:` widens
/// that kind (`@alice @bob` is either), repeating `#` or text narrows (both must be
/// there). To search for a word that means something here — `overdue`, `@home`,
/// `due<x` — quote it or escape its first character, exactly as in quick-add.
/// Mistakes are errors that name the word: `@`, `!hgih`, `due<someday`, `foo:bar`.
///
/// `description` writes a filter back in this language, with dates as ISO days, so
/// `TaskFilter.parse(filter.description, today:)` gives the same filter back.
public struct TaskFilter: Hashable, Sendable, CustomStringConvertible {
    /// Only these statuses; nil means every open status, or every status at all when
    /// `includeClosed` is set. Never empty: the language cannot say "no status".
    public var statuses: Set<TaskStatus>?
    /// With `statuses == nil`: closed tasks too. Ignored when `statuses` is set, since
    /// naming a closed status already asks for it.
    public var includeClosed: Bool
    /// Lower-case handles; `TaskFilter.unassigned` stands for "no one". Empty: anyone.
    public var assignees: Set<String>
    /// Milestone names as typed, compared ignoring case; `TaskFilter.unassigned` stands
    /// for "no milestone". Empty: any.
    public var milestones: Set<String>
    /// Lower-case tags a task must all carry.
    public var tags: Set<String>
    /// Empty: any priority.
    public var priorities: Set<Priority>
    /// Due strictly before this day (`due<=fri` is stored as `dueBefore` = Saturday).
    public var dueBefore: Day?
    /// Due strictly after this day.
    public var dueAfter: Day?
    public var overdue: Bool
    /// Each must appear in the title, notes or ID, ignoring case.
    public var terms: [String]

    /// The name `@none` and `^none` use for "not set".
    public static let unassigned = QuerySyntax.none

    /// The fields, for the "unknown field" message.
    public static let acceptedFields = "status: (or is:), @who, ^milestone, #tag, !priority (or prio:), "
        + "due<, due<=, due>, due>=, due:, overdue"

    public init(statuses: Set<TaskStatus>? = nil, includeClosed: Bool = false, assignees: Set<String> = [],
                milestones: Set<String> = [], tags: Set<String> = [], priorities: Set<Priority> = [],
                dueBefore: Day? = nil, dueAfter: Day? = nil, overdue: Bool = false, terms: [String] = []) {
        self.statuses = statuses
        self.includeClosed = includeClosed
        self.assignees = assignees
        self.milestones = milestones
        self.tags = tags
        self.priorities = priorities
        self.dueBefore = dueBefore
        self.dueAfter = dueAfter
        self.overdue = overdue
        self.terms = terms
    }

    /// The filter with no words: every open task.
    public static let openTasks = TaskFilter()

    public static func parse(_ text: String, today: Day) throws(UserError) -> TaskFilter {
        var filter = TaskFilter()
        // The words that asked for every status and for named statuses, so a filter that
        // does both can be refused naming them.
        var anyStatusWord: String?
        var namedStatusWord: String?

        for word in try QueryLexer.words(in: text) where !word.text.isEmpty {
            if let value = word.afterPlainPrefix("@") {
                for piece in try commaList(value, in: word, what: "handle") {
                    filter.assignees.insert(try QuerySyntax.handle(piece, in: word, allowNone: true))
                }
            } else if let value = word.afterPlainPrefix("!") {
                for piece in try commaList(value, in: word, what: "priority") {
                    filter.priorities.insert(try QuerySyntax.priority(piece, in: word))
                }
            } else if let value = word.afterPlainPrefix("#") {
                filter.tags.insert(try QuerySyntax.tag(value, in: word))
            } else if let value = word.afterPlainPrefix("^") {
                // Milestone names may hold commas, so alternatives are separate `^` words.
                filter.milestones.insert(try QuerySyntax.milestone(value, in: word))
            } else if let (op, value) = dueComparison(word) {
                guard !value.isEmpty else {
                    throw QuerySyntax.missingValue(word, "due\(op)fri")
                }
                let day = try QuerySyntax.date(value, in: word, today: today)
                switch op {
                case "<": filter.narrow(before: day)
                case "<=": filter.narrow(before: day + 1)
                case ">": filter.narrow(after: day)
                case ">=": filter.narrow(after: day - 1)
                default: // ":" — on that day
                    filter.narrow(before: day + 1)
                    filter.narrow(after: day - 1)
                }
            } else if let (name, value) = word.fieldPrefix, name == "status" || name == "is" || name == "prio" {
                guard !value.isEmpty else {
                    throw QuerySyntax.missingValue(word, name == "prio" ? "prio:high" : "\(name):todo,review")
                }
                if name == "prio" {
                    for piece in try commaList(value, in: word, what: "priority") {
                        filter.priorities.insert(try QuerySyntax.priority(piece, in: word))
                    }
                    continue
                }
                for piece in try commaList(value, in: word, what: "status") {
                    if piece.lowercased() == "any" || piece.lowercased() == "all" {
                        anyStatusWord = word.source
                        filter.includeClosed = true
                    } else {
                        namedStatusWord = namedStatusWord ?? word.source
                        filter.statuses = (filter.statuses ?? []).union([try QuerySyntax.status(piece, in: word)])
                    }
                }
            } else if word.looksLikeUnknownField {
                throw QuerySyntax.unknownField(word, accepted: acceptedFields, keepAs: "search")
            } else if word.plainPrefixLength == word.text.count, word.text.lowercased() == "overdue" {
                filter.overdue = true
            } else {
                filter.terms.append(word.text)
            }
        }
        if let anyStatusWord, let namedStatusWord {
            // Either reading would quietly drop half of what was asked.
            throw UserError("'\(anyStatusWord)' takes every status, '\(namedStatusWord)' only some — keep one of them")
        }
        return filter
    }

    /// `milestoneName` turns a task's milestone ID into its name (nil for none); the
    /// caller has the snapshot, the filter does not.
    public func matches(_ task: ProjectTask, milestoneName: (Int64?) -> String?, today: Day) -> Bool {
        if let statuses {
            guard statuses.contains(task.status) else { return false }
        } else if !includeClosed {
            guard task.status.isOpen else { return false }
        }
        if !assignees.isEmpty {
            guard assignees.contains(task.assignee?.lowercased() ?? TaskFilter.unassigned) else { return false }
        }
        if !milestones.isEmpty {
            let name = (milestoneName(task.milestoneID) ?? TaskFilter.unassigned).lowercased()
            guard milestones.contains(where: { $0.lowercased() == name }) else { return false }
        }
        if !tags.isEmpty {
            let taskTags = Set(task.tags.map { $0.lowercased() })
            guard tags.allSatisfy({ taskTags.contains($0.lowercased()) }) else { return false }
        }
        if !priorities.isEmpty {
            guard priorities.contains(task.priority) else { return false }
        }
        if dueBefore != nil || dueAfter != nil {
            guard let due = task.due else { return false }
            if let dueBefore, !(due < dueBefore) { return false }
            if let dueAfter, !(due > dueAfter) { return false }
        }
        if overdue {
            guard task.isOverdue(today: today) else { return false }
        }
        if !terms.isEmpty {
            let haystacks = [task.title, task.notes, task.id.description]
            for term in terms {
                guard haystacks.contains(where: { $0.range(of: term, options: .caseInsensitive) != nil }) else { return false }
            }
        }
        return true
    }

    /// The filter in its own language, in a fixed order, dates as ISO days: what the
    /// dashboard shows as the active filter and what `parse` reads back unchanged.
    public var description: String {
        var words: [String] = []
        if let statuses {
            let names = TaskStatus.allCases.filter(statuses.contains).map(\.rawValue)
            words.append("status:" + names.joined(separator: ","))
        } else if includeClosed {
            words.append("status:any")
        }
        words += assignees.sorted().map { "@" + $0 }
        words += milestones.sorted().map { "^" + QuerySyntax.quotedIfNeeded($0) }
        words += tags.sorted().map { "#" + $0 }
        if !priorities.isEmpty {
            words.append("!" + priorities.sorted().map(\.rawValue).joined(separator: ","))
        }
        if let dueAfter { words.append("due>" + dueAfter.iso) }
        if let dueBefore { words.append("due<" + dueBefore.iso) }
        if overdue { words.append("overdue") }
        words += terms.map { term in
            term.lowercased() == "overdue" ? QuerySyntax.quoted(term) : QuerySyntax.quotedIfNeeded(term)
        }
        return words.joined(separator: " ")
    }

    private mutating func narrow(before day: Day) {
        dueBefore = dueBefore.map { min($0, day) } ?? day
    }

    private mutating func narrow(after day: Day) {
        dueAfter = dueAfter.map { max($0, day) } ?? day
    }

    /// `due<fri`, `due<=fri`, `due>fri`, `due>=fri`, `due:fri` → the operator and the date
    /// text; the operator must be typed plainly like any field.
    private static func dueComparison(_ word: QueryWord) -> (op: String, value: String)? {
        // Longest first, so `due<=x` is not read as `due<` and `=x`.
        for op in ["<=", ">=", "<", ">", ":"] {
            if let value = word.afterPlainPrefix("due" + op) { return (op, value) }
        }
        return nil
    }

    /// `todo,review` → its pieces; an empty piece (`status:todo,`) is a mistake.
    private static func commaList(_ value: String, in word: QueryWord, what: String) throws(UserError) -> [String] {
        let pieces = value.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        if pieces.count > 1, pieces.contains(where: \.isEmpty) {
            throw UserError("'\(word.source)' has an empty \(what) — separate names with single commas, no spaces")
        }
        return pieces
    }
}
