/// A one-line text editor as a plain value: `update` feeds it keys, `view` draws it.
/// The cursor counts grapheme clusters (0 … `text.count`), so editing never splits an
/// accented letter, a CJK character or an emoji.
public struct TextInput: Hashable, Sendable {
    public private(set) var text: String
    /// Grapheme index the cursor stands before; `text.count` is the end.
    public private(set) var cursor: Int

    /// Starts with `text` and the cursor at the end (or at `cursor`, clamped).
    public init(_ text: String = "", cursor: Int? = nil) {
        self.text = TextInput.singleLine(text)
        self.cursor = min(max(0, cursor ?? .max), self.text.count)
    }

    public var isEmpty: Bool { text.isEmpty }

    /// Inserts at the cursor. Line breaks and tabs become spaces; other control
    /// characters and bidi overrides are dropped: this is a one-line field whose text
    /// ends up on other people's screens.
    public mutating func insert(_ character: Character) {
        insert(contentsOf: String(character))
    }

    /// Inserts pasted text at the cursor, cleaned like `insert(_:)`.
    public mutating func insert(contentsOf string: String) {
        let clean = TextInput.singleLine(string)
        guard !clean.isEmpty else { return }
        let before = String(text.prefix(cursor)) + clean
        text = before + text.dropFirst(cursor)
        // Counting the joined prefix, not adding clean.count: a combining mark typed
        // after "e" merges into one grapheme "é" and moves the cursor by none.
        cursor = min(before.count, text.count)
    }

    /// Deletes the grapheme before the cursor.
    public mutating func backspace() {
        guard cursor > 0 else { return }
        let target = cursor - 1
        remove(from: target, to: cursor)
        cursor = min(target, text.count)
    }

    /// Deletes the grapheme under the cursor.
    public mutating func delete() {
        guard cursor < text.count else { return }
        remove(from: cursor, to: cursor + 1)
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(text.count, cursor + 1) }
    public mutating func home() { cursor = 0 }
    public mutating func end() { cursor = text.count }

    /// Ctrl-U: deletes everything before the cursor.
    public mutating func killToStart() {
        remove(from: 0, to: cursor)
        cursor = 0
    }

    /// Ctrl-K: deletes everything from the cursor on.
    public mutating func killToEnd() {
        remove(from: cursor, to: text.count)
    }

    /// Ctrl-W as in readline (`unix-word-rubout`): deletes the spaces before the
    /// cursor, then the word before them, a word being anything up to whitespace.
    public mutating func killWordBack() {
        let chars = Array(text.prefix(cursor))
        var start = chars.count
        while start > 0, chars[start - 1].isWhitespace { start -= 1 }
        while start > 0, !chars[start - 1].isWhitespace { start -= 1 }
        remove(from: start, to: cursor)
        cursor = min(start, text.count)
    }

    /// Applies an editing key and reports whether it was one. Besides the named keys it
    /// knows readline's Ctrl-A/E/B/F/D/H/U/K/W, which shell users type without thinking.
    /// Enter, Escape, Tab and arrows up/down are left to the caller (submit, cancel,
    /// complete, history).
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let c): insert(c)
        case .backspace, .ctrl("h"): backspace()
        case .delete, .ctrl("d"): delete()
        case .left, .ctrl("b"): moveLeft()
        case .right, .ctrl("f"): moveRight()
        case .home, .ctrl("a"): home()
        case .end, .ctrl("e"): end()
        case .ctrl("u"): killToStart()
        case .ctrl("k"): killToEnd()
        case .ctrl("w"): killWordBack()
        default: return false
        }
        return true
    }

    /// Draws the text on the first row of `area` and returns the cursor's screen
    /// column (`nil` when the area is empty).
    ///
    /// The view scrolls horizontally so the cursor is always visible: while the cursor
    /// is within the first screenful the text starts at its beginning, otherwise the
    /// cursor sits at the right edge. Scrolled text starts with the ellipsis so it is
    /// clear something is hidden. Derived from the value alone, so `view` stays pure.
    @discardableResult
    public func render(into canvas: inout Canvas, area: Rect, style: Style, glyphs: Glyphs) -> Int? {
        guard !area.isEmpty else { return nil }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        canvas.fill(row, style: style)
        let graphemes = Array(text)
        let widths = graphemes.map { TextWidth.of($0) }
        let cursorColumn = widths.prefix(cursor).reduce(0, +)

        var start = 0
        var x = area.x
        if cursorColumn + 1 > area.width {
            // Scrolled: keep one cell for the marker (when there is room for it) and
            // one for the cursor itself.
            let marker = area.width >= 3
            let room = area.width - 1 - (marker ? 1 : 0)
            var shown = cursorColumn
            while start < cursor, shown > room {
                shown -= widths[start]
                start += 1
            }
            if marker {
                canvas.put(String(glyphs.ellipsis), x: x, y: area.y, style: style, clip: row)
                x += 1
            }
        }
        let visible = String(graphemes[start...])
        canvas.put(visible, x: x, y: area.y, style: style, clip: row)
        let column = x + widths[start..<cursor].reduce(0, +)
        return min(column, area.maxX - 1)
    }

    /// Removes graphemes start..<end. The cursor is clamped afterwards because the
    /// two sides may join into one grapheme (a letter meeting a lone combining mark).
    private mutating func remove(from start: Int, to end: Int) {
        guard start < end else { return }
        text = String(text.prefix(start)) + text.dropFirst(end)
        cursor = min(cursor, text.count)
    }

    /// Keeps the text on one line (the editor cannot show a newline) and free of
    /// what `TextSanitizer` would alter on screen, so every grapheme of `text` is
    /// exactly what is drawn and cursor columns add up.
    private static func singleLine(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: out.append(" ")
            case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
