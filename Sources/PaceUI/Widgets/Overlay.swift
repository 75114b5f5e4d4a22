import PaceCore

/// A box centred over an area that clears what is under it and shows a title and
/// lines of text, scrolled by `offset` (the `?` help screen, task details). Lines
/// longer than the box are cut with an ellipsis, not wrapped. When not everything
/// fits, the top border's right end shows which lines are visible (`3-10/40`).
public struct Overlay: Sendable {
    public struct Styles: Hashable, Sendable {
        public var frame: Frame.Styles
        /// Fills the box; lines without a style use it too.
        public var body: Style

        public init(frame: Frame.Styles = Frame.Styles(), body: Style = .plain) {
            self.frame = frame
            self.body = body
        }
    }

    public var title: String
    public var lines: [TextLine]
    /// Index of the first line shown; clamped when drawing.
    public var offset: Int
    /// Outer width limit; the box is otherwise as wide as its longest line needs.
    public var maxWidth: Int
    public var styles: Styles
    public var glyphs: Glyphs

    public init(title: String, lines: [TextLine], offset: Int = 0, maxWidth: Int = 76,
                styles: Styles = Styles(), glyphs: Glyphs) {
        self.title = title
        self.lines = lines
        self.offset = offset
        self.maxWidth = maxWidth
        self.styles = styles
        self.glyphs = glyphs
    }

    /// The box drawn for `area`: border and one cell of padding each side around the
    /// widest line, wide enough for the title (and the scroll position when not all
    /// lines fit), within `maxWidth` and the area.
    public func box(in area: Rect) -> Rect {
        let height = min(lines.count + 2, area.height)
        let content = lines.map(\.width).max() ?? 0
        // Frame shows "─ title " at the left and " position ─" at the right, with
        // at least one line cell between them.
        var titleNeed = TextWidth.of(TextSanitizer.visible(title)) + 3 + 2
        if lines.count > height - 2 {
            titleNeed += TextWidth.of(Overlay.position(first: lines.count, last: lines.count, count: lines.count)) + 4
        }
        let width = min(max(content + 4, titleNeed), maxWidth)
        return area.centered(width: width, height: height)
    }

    /// "3-10/40": lines first...last of count, counted from 1.
    private static func position(first: Int, last: Int, count: Int) -> String {
        "\(first)-\(last)/\(count)"
    }

    /// Rows of text the box shows in `area`.
    public func visibleRows(in area: Rect) -> Int {
        max(0, box(in: area).height - 2)
    }

    /// The largest useful `offset` for `area`, for `update` to clamp scrolling with.
    public func maxOffset(in area: Rect) -> Int {
        max(0, lines.count - visibleRows(in: area))
    }

    /// Draws the overlay and returns its box.
    @discardableResult
    public func render(into canvas: inout Canvas, area: Rect) -> Rect {
        let box = box(in: area)
        guard !box.isEmpty else { return box }
        canvas.fill(box, style: styles.body)
        let rows = max(0, box.height - 2)
        let first = min(max(0, offset), max(0, lines.count - rows))
        let last = min(lines.count, first + rows)
        let scrollable = lines.count > rows && rows > 0
        let position = scrollable ? Overlay.position(first: first + 1, last: last, count: lines.count) : ""
        let inner = Frame(title: title, rightTitle: position, styles: styles.frame, glyphs: glyphs)
            .render(into: &canvas, area: box)
        let content = inner.width >= 3 ? Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
                                       : inner
        guard !content.isEmpty else { return box }
        for (row, index) in (first..<last).enumerated() {
            lines[index].render(into: &canvas, x: content.x, y: content.y + row, width: content.width,
                                base: styles.body, glyphs: glyphs)
        }
        return box
    }
}
