/// The countdown in three-row digits, readable from the back of the room on a shared
/// screen. Box-drawing strokes, or `+ - |` where the terminal has no UTF-8.
enum BigText {
    static let height = 3

    private static let font: [Character: [String]] = [
        "0": ["┌─┐", "│ │", "└─┘"],
        "1": ["  ╷", "  │", "  ╵"],
        "2": ["╶─┐", "┌─┘", "└─╴"],
        "3": ["╶─┐", " ─┤", "╶─┘"],
        "4": ["╷ ╷", "└─┤", "  ╵"],
        "5": ["┌─╴", "└─┐", "╶─┘"],
        "6": ["┌─╴", "├─┐", "└─┘"],
        "7": ["╶─┐", "  │", "  ╵"],
        "8": ["┌─┐", "├─┤", "└─┘"],
        "9": ["┌─┐", "└─┤", "╶─┘"],
        ":": [" ", "·", " "],
        "+": ["   ", "╶┼╴", "   "],
    ]

    private static let ascii: [Character: Character] = [
        "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+", "┼": "+",
        "─": "-", "╴": "-", "╶": "-", "│": "|", "╷": "|", "╵": "|", "·": ":",
    ]

    /// Three lines for `text` (digits, `:` and `+`; anything else is left out), one
    /// blank column between characters.
    static func lines(_ text: String, ascii useASCII: Bool) -> [String] {
        (0..<height).map { row in
            text.compactMap { font[$0]?[row] }.joined(separator: " ").map { c in
                useASCII ? (ascii[c] ?? c) : c
            }.reduce(into: "") { $0.append($1) }
        }
    }

    static func width(_ text: String) -> Int {
        let glyphs = text.compactMap { font[$0]?[0] }
        return glyphs.reduce(0) { $0 + $1.count } + max(0, glyphs.count - 1)
    }
}
