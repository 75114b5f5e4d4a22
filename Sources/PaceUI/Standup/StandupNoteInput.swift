import Foundation
import PaceCore

/// What the facilitator types into the standup prompts, read into a note.
enum StandupNoteInput {
    struct Parsed: Hashable, Sendable {
        var kind: StandupNote.Kind
        var text: String
        var unblocker: String?
    }

    /// A `t` note: `y:` yesterday, `t:` today, `b:` blocker, anything else a plain note.
    static func note(_ text: String) -> Parsed {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let prefixes: [(String, StandupNote.Kind)] = [("y:", .yesterday), ("t:", .today), ("b:", .blocker)]
        for (prefix, kind) in prefixes where trimmed.lowercased().hasPrefix(prefix) {
            let rest = String(trimmed.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            return kind == .blocker ? blocker(rest) : Parsed(kind: kind, text: rest)
        }
        return Parsed(kind: .note, text: trimmed)
    }

    /// A blocker: the reason, and a last word `@who` naming who can unblock it.
    static func blocker(_ text: String) -> Parsed {
        var words = text.trimmingCharacters(in: .whitespaces).split(separator: " ", omittingEmptySubsequences: true)
        var unblocker: String?
        if let last = words.last, last.hasPrefix("@"), last.count > 1, Handle.isValid(Handle.normalize(last)) {
            unblocker = Handle.normalize(last)
            words.removeLast()
        }
        return Parsed(kind: .blocker, text: words.joined(separator: " "), unblocker: unblocker)
    }
}
