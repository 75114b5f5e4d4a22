import PaceCore

/// Key specs: how a key is written in config.toml and shown in the help overlay
/// (`"j"`, `"G"`, `"ctrl-d"`, `"alt-x"`, `"shift-tab"`, `"pgdn"`, `"f5"`, `"space"`).
/// Named keys and modifiers are case-insensitive; a single character is not, because
/// `g` and `G` are different keys.
extension Keymap {
    /// Canonical name first: `spec(for:)` writes the first name of a key.
    static let namedKeys: [(String, Key)] = [
        ("enter", .enter), ("return", .enter),
        ("esc", .escape), ("escape", .escape),
        ("tab", .tab),
        ("shift-tab", .backTab), ("backtab", .backTab),
        ("backspace", .backspace),
        ("delete", .delete), ("del", .delete),
        ("insert", .insert), ("ins", .insert),
        ("up", .up), ("down", .down), ("left", .left), ("right", .right),
        ("home", .home), ("end", .end),
        ("pgup", .pageUp), ("pageup", .pageUp), ("page-up", .pageUp),
        ("pgdn", .pageDown), ("pagedown", .pageDown), ("page-down", .pageDown), ("pgdown", .pageDown),
        ("space", .char(" ")),
    ]

    /// ncurses numbers function keys up to 63.
    static let functionKeys = 1...63

    public static let acceptedKeys = """
        accepted: a single character ("j", "G", "?"), space, enter, esc, tab, shift-tab, \
        backspace, delete, insert, up, down, left, right, home, end, pgup, pgdn, f1–f63, \
        ctrl-LETTER ("ctrl-d"), alt-CHARACTER ("alt-x")
        """

    public static func parseKey(_ spec: String) throws -> Key {
        if spec.count == 1, let character = spec.first {
            guard isBindable(character) else {
                throw KeymapError.unknownKey(spec: spec, reason: "write invisible keys by name, like \"tab\" or \"space\"")
            }
            return .char(character)
        }
        let lower = spec.lowercased()
        if let named = namedKeys.first(where: { $0.0 == lower }) { return named.1 }
        let digits = lower.dropFirst()
        if lower.hasPrefix("f"), !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(digits) {
            guard functionKeys.contains(n) else {
                throw KeymapError.unknownKey(spec: spec, reason: "function keys go from f1 to f63")
            }
            return .function(n)
        }
        if lower.hasPrefix("ctrl-") {
            let rest = spec.dropFirst("ctrl-".count)
            guard rest.count == 1, let letter = rest.lowercased().first, letter.isASCII, letter.isLetter else {
                // Terminals only send distinct codes for Ctrl with a letter.
                throw KeymapError.unknownKey(spec: spec, reason: "ctrl- goes with a letter a–z")
            }
            return .ctrl(letter)
        }
        for prefix in ["alt-", "meta-"] where lower.hasPrefix(prefix) {
            let rest = spec.dropFirst(prefix.count)
            if rest.lowercased() == "space" { return .alt(" ") }
            guard rest.count == 1, let character = rest.first, isBindable(character) else {
                throw KeymapError.unknownKey(spec: spec, reason: "alt- goes with a single character")
            }
            return .alt(character)
        }
        if lower.hasPrefix("shift-") {
            // Terminals send Shift+letter as the capital letter; there is no other code.
            throw KeymapError.unknownKey(spec: spec, reason: "for shift with a letter write the capital letter, like \"G\"")
        }
        if spec.isEmpty { throw KeymapError.unknownKey(spec: spec, reason: "it is empty") }
        // Short specs like "jk" are nearly every name's neighbour; only suggest for longer ones.
        let names = namedKeys.map(\.0)
        let hint = lower.count >= 4 ? Suggest.closest(to: lower, in: names).map { "did you mean \"\($0)\"?" } : nil
        throw KeymapError.unknownKey(spec: spec, reason: hint ?? "")
    }

    /// The canonical spec of `key`; `parseKey(spec(for: key)) == key`.
    public static func spec(for key: Key) -> String {
        switch key {
        case .char(" "): return "space"
        case .char(let c): return String(c)
        case .alt(" "): return "alt-space"
        case .alt(let c): return "alt-\(c)"
        case .ctrl(let c): return "ctrl-\(c.lowercased())"
        case .function(let n): return "f\(n)"
        default:
            return namedKeys.first(where: { $0.1 == key })?.0 ?? "\(key)"
        }
    }

    /// Printable, visible characters (and not a space, which is written "space").
    private static func isBindable(_ character: Character) -> Bool {
        !character.isWhitespace && !character.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}
