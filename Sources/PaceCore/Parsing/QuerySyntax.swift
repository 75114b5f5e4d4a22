/// The pieces quick-add and the task filter share, so `@alice`, `!high` and `#backend`
/// read — and fail — the same way in both.
enum QuerySyntax {
    /// What `@none` and `^none` say in a filter: "not set".
    static let none = "none"

    /// `@alice` → `alice`. `@none` is the filter's "unassigned"; quick-add passes false.
    static func handle(_ value: String, in word: QueryWord, allowNone: Bool = false) throws(UserError) -> String {
        guard !value.isEmpty else {
            throw UserError("'@' needs a handle right after it, e.g. @alice\(allowNone ? " or @none" : "")"
                + " — \(literalHint("@"))")
        }
        let handle = Handle.normalize(value)
        if allowNone && handle == none { return handle }
        guard Handle.isValid(handle) else {
            throw UserError("'\(word.source)' is not a handle: \(Handle.rule) — \(literalHint("@"))")
        }
        return handle
    }

    /// `!high`, `!h`, `prio:urgent`; a near miss gets a suggestion.
    static func priority(_ value: String, in word: QueryWord) throws(UserError) -> Priority {
        guard !value.isEmpty else {
            throw UserError("'\(word.source)' needs a priority right after it, e.g. !high — accepted: "
                + "\(Priority.acceptedNames); \(literalHint("!"))")
        }
        if let priority = Priority(name: value) { return priority }
        var message = "unknown priority '\(word.source)'"
        if let guess = Suggest.closest(to: value, in: Priority.allCases.map(\.rawValue)) {
            message += " (did you mean '\(guess)'?)"
        }
        throw UserError(message + " — accepted: \(Priority.acceptedNames); \(literalHint("!"))")
    }

    /// `status:review`; a near miss gets a suggestion.
    static func status(_ value: String, in word: QueryWord) throws(UserError) -> TaskStatus {
        if let status = TaskStatus(name: value) { return status }
        var message = "unknown status '\(value)' in '\(word.source)'"
        if let guess = Suggest.closest(to: value, in: TaskStatus.allCases.map(\.rawValue)) {
            message += " (did you mean '\(guess)'?)"
        }
        throw UserError(message + " — accepted: \(TaskStatus.acceptedNames)")
    }

    /// `#backend` → `backend`. Tags are lower-cased so `#Backend` and `#backend` are one
    /// tag. A tag needs a letter: `#12` is far more likely an issue number than a tag,
    /// so it is refused rather than quietly turned into one.
    static func tag(_ value: String, in word: QueryWord) throws(UserError) -> String {
        guard !value.isEmpty else {
            throw UserError("'#' needs a tag right after it, e.g. #backend — \(literalHint("#"))")
        }
        guard value.allSatisfy({ $0.isLetter || ($0.isASCII && $0.isNumber) || "-_/".contains($0) }),
              value.contains(where: \.isLetter) else {
            throw UserError("'\(word.source)' is not a tag: letters, digits, '-', '_' or '/', with at least "
                + "one letter (e.g. #backend) — \(literalHint("#"))")
        }
        return value.lowercased()
    }

    /// `^beta`, `^"beta 2"` → the name with its outer spaces trimmed.
    static func milestone(_ value: String, in word: QueryWord) throws(UserError) -> String {
        let name = value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !name.isEmpty else {
            throw UserError("'\(word.source)' needs a milestone name right after it, e.g. ^beta or ^\"beta 2\" — "
                + literalHint("^"))
        }
        return name
    }

    /// `due:` written with a space before its value, the usual way to get here.
    static func missingValue(_ word: QueryWord, _ example: String) -> UserError {
        UserError("'\(word.source)' needs a value right after it, with no space, e.g. \(example) — "
            + "to keep '\(word.source)' as text, quote it or write \\\(word.source)")
    }

    static func unknownField(_ word: QueryWord, accepted: String, keepAs place: String) -> UserError {
        let name = word.fieldPrefix?.name ?? word.text
        return UserError("unknown field '\(name):' in '\(word.source)' — accepted: \(accepted); "
            + "to keep it in the \(place), quote it or write \\\(name):")
    }

    /// A field's date (`due:fri`, `due<"dec 5"`). When the value is the first half of a
    /// two-word form (`due:dec 5`, `due:next week`), the error says to quote it, since
    /// the second half has become a separate word.
    static func date(_ value: String, in word: QueryWord, today: Day) throws(UserError) -> Day {
        do {
            return try DateExpression.parse(value, today: today)
        } catch {
            let lowered = value.lowercased()
            var message = "in '\(word.source)': \(error.message)"
            if lowered == "next" || DateExpression.monthNumber(named: Substring(lowered)) != nil {
                let field = word.text.dropLast(value.count)
                let example = lowered == "next" ? "next week" : "\(value) 5"
                message += " — a date with a space needs quotes, e.g. \(field)\"\(example)\""
            }
            throw UserError(message)
        }
    }

    /// Runs `body`, putting the word a nested error came from in front of its message:
    /// "in 'due:fir': unknown date 'fir' …".
    static func within<T>(_ word: QueryWord, _ body: () throws(UserError) -> T) throws(UserError) -> T {
        do {
            return try body()
        } catch {
            throw UserError("in '\(word.source)': \(error.message)")
        }
    }

    /// Text as a filter or quick-add word that reads back as exactly this text: bare when
    /// that is safe, else in double quotes with `"` and `\` escaped.
    static func quotedIfNeeded(_ text: String) -> String {
        let plain = !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber || "-_.".contains($0) }
        return plain ? text : quoted(text)
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for c in text {
            if c == "\"" || c == "\\" { out.append("\\") }
            out.append(c)
        }
        return out + "\""
    }

    private static func literalHint(_ sigil: Character) -> String {
        "for a literal \(sigil) write \\\(sigil) or quote the text"
    }
}
