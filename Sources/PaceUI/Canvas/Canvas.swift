import PaceCore

/// One cell of the canvas: a grapheme and its style. A wide character (CJK, most
/// emoji) occupies its own cell plus the next one, which holds an empty `text` and is
/// marked `isContinuation`.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style
    public var isContinuation: Bool

    public init(text: String = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.text = text
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}

/// A grid of cells that views draw into. It never touches the terminal: the backend
/// copies it to ncurses, and tests compare its text with expected snapshots.
public struct Canvas: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Fills a rectangle (clipped to the canvas) with blanks of a style.
    public mutating func fill(_ rect: Rect, style: Style = .plain, with character: Character = " ") {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            // A wide character straddling either edge loses its other half; blank the
            // half outside the rectangle so no row ends up one column too long
            // (overlays clear boxes over arbitrary content).
            if r.x > 0, self[r.x, y].isContinuation {
                self[r.x - 1, y] = Cell(text: " ", style: self[r.x - 1, y].style)
            }
            if r.maxX < width, self[r.maxX, y].isContinuation {
                self[r.maxX, y] = Cell(text: " ", style: self[r.maxX, y].style)
            }
            for x in r.x..<r.maxX {
                self[x, y] = Cell(text: String(character), style: style)
            }
        }
    }

    /// Writes `text` starting at (x, y), clipped to `clip` (default: the whole canvas)
    /// and cut on display width. Control characters are never written raw: they are
    /// shown made visible (see `TextSanitizer`). Returns the column after the last cell written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard y >= area.y, y < area.maxY else { return x }
        var col = x
        for grapheme in TextSanitizer.visible(text) {
            let w = TextWidth.of(grapheme)
            if w == 0 {
                continue
            }
            if col + w > area.maxX { break }
            if col >= area.x {
                setCell(x: col, y: y, text: String(grapheme), width: w, style: style)
            }
            col += w
        }
        return col
    }

    /// Applies a style to existing cells of a rectangle, keeping their text (used for
    /// selection highlight).
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX {
                cells[y * width + x].style = transform(cells[y * width + x].style)
            }
        }
    }

    private mutating func setCell(x: Int, y: Int, text: String, width w: Int, style: Style) {
        // Overwriting half of a wide character leaves the other half blank, never a
        // dangling continuation cell.
        if self[x, y].isContinuation, x > 0 {
            self[x - 1, y] = Cell(text: " ", style: self[x - 1, y].style)
        }
        if w == 2 {
            if x + 1 < width {
                if x + 2 < width, self[x + 2, y].isContinuation {
                    self[x + 2, y] = Cell(text: " ", style: self[x + 2, y].style)
                }
                self[x, y] = Cell(text: text, style: style)
                self[x + 1, y] = Cell(text: "", style: style, isContinuation: true)
            } else {
                self[x, y] = Cell(text: " ", style: style)
            }
        } else {
            if x + 1 < width, self[x + 1, y].isContinuation {
                self[x + 1, y] = Cell(text: " ", style: self[x + 1, y].style)
            }
            self[x, y] = Cell(text: text, style: style)
        }
    }

    /// Replaces the text of one single-width cell (used for character fallbacks).
    mutating func setText(at index: Int, _ text: String) {
        cells[index].text = text
    }

    /// The canvas as plain text, one line per row, trailing spaces kept so widths are
    /// visible in snapshots.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !self[x, y].isContinuation {
                line += self[x, y].text
            }
            return line
        }
    }

    /// The canvas as text with trailing spaces trimmed on each line: the form snapshot
    /// tests compare.
    public var text: String {
        lines.map { line in
            var l = Substring(line)
            while l.last == " " { l = l.dropLast() }
            return String(l)
        }.joined(separator: "\n")
    }
}
