/// A whole task in one line, as typed into `pace add` or the dashboard's `a`:
///
///     Fix login timeout @alice !high due:fri est:4h #backend ^beta after:WEB-3
///
/// | Word | Sets |
/// |---|---|
/// | `@alice` | assignee (lower-cased; a handle is lower-case letters, digits, `.`, `_`, `-`) |
/// | `!high` | priority: `urgent`, `high`, `medium`, `low`, or `u`, `h`, `m`, `l` |
/// | `prio:high` | the same, without the `!` |
/// | `due:fri` | due date, any date form (`due:+3d`, `due:2026-12-05`, `due:next-week`, `due:"dec 5"`) |
/// | `est:4h` | estimate: `90m`, `4h`, `1.5h`, `2d` (project hours per day), `1h30m`, `4` |
/// | `#backend` | a tag: letters, digits, `-`, `_`, `/`, at least one letter; lower-cased; any number of them |
/// | `^beta`, `^"beta 2"` | milestone, by name |
/// | `after:WEB-3,WEB-7`, `after:3` | depends on these tasks (a bare number is in the default project) |
/// | `status:backlog` | status other than `todo`: `backlog`, `todo`, `in-progress`, `review`, `blocked`, `done`, `cancelled` |
///
/// Every other word is the title, in order, with runs of whitespace collapsed to one
/// space. Fields may appear anywhere, each at most once (tags and `after:` may repeat).
///
/// **Mistakes are errors, never title text.** A word that starts like a field but is
/// not a valid one stops the add with a message that names the word and what is
/// accepted: `@` or `!` alone, `!hgih` (did you mean `high`?), `due:someday`, `est:abc`,
/// `due:` followed by a space, a second `@…`, and `foo:bar` for any lower-case `foo`
/// that is not a field. Words that merely contain a colon stay in the title: `Note:`,
/// `10:30`, `https://example.com`, `Re:x`.
///
/// **Literal text.** A backslash makes the next character literal: `\@home`, `\#1`,
/// `\!`, `\^`, `\foo:bar`, `\"`, `\\`. Double quotes make everything inside literal and
/// keep spaces: `"email @ support"`, `"status: done"`; inside quotes write `\"` for a
/// quote and `\\` for a backslash. A quote joins the text touching it, so `^"beta 2"`
/// and `due:"next week"` are one word each. An unterminated quote is an error.
/// Apostrophes are ordinary characters.
public enum QuickAdd {
    /// The fields, for the "unknown field" message.
    public static let acceptedFields = "@who, !priority, prio:, due:, est:, #tag, ^milestone, after:, status:"

    public static func parse(_ text: String, today: Day, hoursPerDay: Double,
                             defaultProject: String) throws(UserError) -> TaskDraft {
        var draft = TaskDraft(title: "")
        var titleWords: [String] = []
        // The word that set each single-valued field, to name both in a duplicate error.
        var setBy: [String: String] = [:]

        func once(_ field: String, _ word: QueryWord) throws(UserError) {
            if let first = setBy[field] {
                throw UserError("'\(word.source)' sets \(field) again after '\(first)' — a task has one \(field)")
            }
            setBy[field] = word.source
        }

        for word in try QueryLexer.words(in: text) {
            if let value = word.afterPlainPrefix("@") {
                try once("assignee", word)
                draft.assignee = try QuerySyntax.handle(value, in: word)
            } else if let value = word.afterPlainPrefix("!") {
                try once("priority", word)
                draft.priority = try QuerySyntax.priority(value, in: word)
            } else if let value = word.afterPlainPrefix("#") {
                let tag = try QuerySyntax.tag(value, in: word)
                if !draft.tags.contains(tag) { draft.tags.append(tag) }
            } else if let value = word.afterPlainPrefix("^") {
                try once("milestone", word)
                draft.milestone = try QuerySyntax.milestone(value, in: word)
            } else if let (name, value) = word.fieldPrefix, knownFields.contains(name) {
                guard !value.isEmpty else { throw QuerySyntax.missingValue(word, examples[name]!) }
                switch name {
                case "due":
                    try once("due date", word)
                    draft.due = try QuerySyntax.date(value, in: word, today: today)
                case "est":
                    try once("estimate", word)
                    draft.estimateMinutes = try QuerySyntax.within(word) { () throws(UserError) in
                        try DurationExpression.parseMinutes(value, hoursPerDay: hoursPerDay)
                    }
                case "prio":
                    try once("priority", word)
                    draft.priority = try QuerySyntax.priority(value, in: word)
                case "status":
                    try once("status", word)
                    draft.status = try QuerySyntax.status(value, in: word)
                default: // "after"
                    for id in try dependencies(value, in: word, defaultProject: defaultProject)
                    where !draft.dependencies.contains(id) {
                        draft.dependencies.append(id)
                    }
                }
            } else if word.looksLikeUnknownField {
                throw QuerySyntax.unknownField(word, accepted: acceptedFields, keepAs: "title")
            } else {
                titleWords.append(word.text)
            }
        }

        draft.title = titleWords.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !draft.title.isEmpty else {
            throw UserError("a task needs a title — every word that is not a field (\(acceptedFields)) is the title")
        }
        return draft
    }

    private static let knownFields: Set<String> = ["due", "est", "prio", "status", "after"]

    private static let examples = [
        "due": "due:fri or due:\"next week\"", "est": "est:4h", "prio": "prio:high",
        "status": "status:backlog", "after": "after:WEB-3",
    ]

    /// `WEB-3,WEB-7`, `3` (in the default project), `#3`.
    private static func dependencies(_ value: String, in word: QueryWord,
                                     defaultProject: String) throws(UserError) -> [TaskID] {
        var ids: [TaskID] = []
        for piece in value.split(separator: ",", omittingEmptySubsequences: false) {
            guard !piece.isEmpty else {
                throw UserError("'\(word.source)' has an empty task ID — separate IDs with single commas, no spaces")
            }
            guard let id = TaskID(parsing: piece, defaultProject: defaultProject) else {
                throw UserError("'\(piece)' in '\(word.source)' is not a task ID — write WEB-12, or 12 for a task "
                    + "in \(defaultProject); separate several with commas (after:\(defaultProject)-3,7)")
            }
            ids.append(id)
        }
        return ids
    }
}
