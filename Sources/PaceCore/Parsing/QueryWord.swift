/// One whitespace-separated word of quick-add or filter text, with its quotes and
/// backslash escapes resolved.
///
/// Only characters that were typed plainly can give a word a meaning: `@alice` assigns,
/// `\@alice` and `"@alice"` are text. So besides the resolved text a word remembers how
/// much of its start was plain, and every "is this a field?" question asks about that
/// part only. A quoted value after a plain field name (`due:"next week"`, `^"beta 2"`)
/// still counts as that field's value.
struct QueryWord: Hashable, Sendable {
    /// The word as typed, quotes and backslashes included: what error messages quote back.
    var source: String
    /// The word with quotes and escapes resolved.
    var text: String
    /// How many leading characters of `text` were typed plainly (neither quoted nor escaped).
    var plainPrefixLength: Int

    init(source: String, text: String, plainPrefixLength: Int) {
        self.source = source
        self.text = text
        self.plainPrefixLength = plainPrefixLength
    }

    /// The rest of the word when it starts with `prefix` typed plainly, else nil.
    func afterPlainPrefix(_ prefix: String) -> String? {
        guard prefix.count <= plainPrefixLength, text.hasPrefix(prefix) else { return nil }
        return String(text.dropFirst(prefix.count))
    }

    /// `name` and `value` when the word starts with a plainly typed lower-case ASCII word
    /// and a colon (`due:fri`, `foo:`). Capitalised (`Note:`), numeric (`10:30`) and
    /// hyphenated prefixes are prose, not fields, so they return nil.
    var fieldPrefix: (name: String, value: String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let name = text[..<colon]
        guard !name.isEmpty, name.count < plainPrefixLength,
              name.allSatisfy({ $0.isASCII && $0.isLowercase && $0.isLetter }) else { return nil }
        return (String(name), String(text[text.index(after: colon)...]))
    }

    /// True when an unknown `name:value` should be refused rather than read as text: a
    /// lower-case word, a colon and something after it that is not a URL's `//`.
    var looksLikeUnknownField: Bool {
        guard let (_, value) = fieldPrefix else { return false }
        return !value.isEmpty && !value.hasPrefix("/")
    }
}
