extension Canvas {
    /// Typographic characters the views use (separators, dashes, ellipses, arrows) and
    /// their ASCII stand-ins, for terminals whose locale is not UTF-8.
    static let asciiStandIns: [String: String] = [
        "·": "-", "—": "-", "–": "-", "…": "~", "•": "*", "→": ">", "←": "<", "↑": "^", "↓": "v",
        "∞": "!", "⚠": "!", "×": "x", "▸": ">", "✓": "+", "‼": "!",
    ]

    /// Replaces those characters in place. Glyph-drawn parts (borders, bars) already
    /// follow `Glyphs.ascii`; this catches the words of the views themselves.
    public mutating func replaceTypographyWithASCII() {
        for i in cells.indices {
            if let standIn = Canvas.asciiStandIns[cells[i].text] {
                setText(at: i, standIn)
            }
        }
    }
}
