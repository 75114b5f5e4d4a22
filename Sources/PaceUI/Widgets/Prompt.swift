/// A modal box centred over an area asking for one line of text: a label, the input,
/// and optionally a hint and an error. What is under the box is cleared.
///
/// ```
/// ┌─ New task ───────────────┐
/// │ Title                    │
/// │ Fix login                │   ← the terminal cursor goes after "login"
/// │ enter save · esc cancel  │
/// │ Title must not be empty  │
/// └──────────────────────────┘
/// ```
public struct Prompt: Sendable {
    public struct Styles: Hashable, Sendable {
        public var frame: Frame.Styles
        /// Fills the box before anything is drawn.
        public var background: Style
        public var label: Style
        public var input: Style
        public var hint: Style
        public var error: Style

        public init(frame: Frame.Styles = Frame.Styles(), background: Style = .plain, label: Style = .plain,
                    input: Style = .plain, hint: Style = .plain, error: Style = .plain) {
            self.frame = frame
            self.background = background
            self.label = label
            self.input = input
            self.hint = hint
            self.error = error
        }
    }

    public var title: String
    public var label: String
    public var input: TextInput
    public var hint: String?
    public var error: String?
    /// Outer width of the box when the area allows it.
    public var width: Int
    public var styles: Styles
    public var glyphs: Glyphs

    public init(title: String = "", label: String, input: TextInput, hint: String? = nil, error: String? = nil,
                width: Int = 50, styles: Styles = Styles(), glyphs: Glyphs) {
        self.title = title
        self.label = label
        self.input = input
        self.hint = hint
        self.error = error
        self.width = width
        self.styles = styles
        self.glyphs = glyphs
    }

    private enum Line: Int, Comparable {
        case label, input, hint, error
        static func < (a: Line, b: Line) -> Bool { a.rawValue < b.rawValue }
    }

    /// The lines that fit in `rows`, in display order. When the box is squeezed the
    /// input goes last, then the error (the user must see why Enter did nothing),
    /// then the label; the hint goes first.
    private func lines(fitting rows: Int) -> [Line] {
        var wanted: [Line] = [.input]
        if let error, !error.isEmpty { wanted.append(.error) }
        if !label.isEmpty { wanted.append(.label) }
        if let hint, !hint.isEmpty { wanted.append(.hint) }
        return Array(wanted.prefix(max(0, rows))).sorted()
    }

    /// The box drawn for `area`: centred, `width` wide at most, as high as its lines.
    public func box(in area: Rect) -> Rect {
        area.centered(width: width, height: lines(fitting: .max).count + 2)
    }

    /// Draws the box and returns where the terminal cursor goes (in the input line),
    /// or `nil` when the area is too small to show the input.
    @discardableResult
    public func render(into canvas: inout Canvas, area: Rect) -> CursorPosition? {
        let box = box(in: area)
        guard !box.isEmpty else { return nil }
        canvas.fill(box, style: styles.background)
        let inner = Frame(title: title, styles: styles.frame, glyphs: glyphs).render(into: &canvas, area: box)
        // One cell of padding on each side when there is room for it.
        let content = inner.width >= 3 ? Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
                                       : inner
        guard !content.isEmpty else { return nil }
        var cursor: CursorPosition?
        for (row, line) in lines(fitting: content.height).enumerated() {
            let y = content.y + row
            switch line {
            case .label:
                TextLine(label, style: styles.label).render(into: &canvas, x: content.x, y: y, width: content.width,
                                                            base: styles.label, glyphs: glyphs)
            case .input:
                let rowRect = Rect(x: content.x, y: y, width: content.width, height: 1)
                if let x = input.render(into: &canvas, area: rowRect, style: styles.input, glyphs: glyphs) {
                    cursor = CursorPosition(x: x, y: y)
                }
            case .hint:
                TextLine(hint ?? "").render(into: &canvas, x: content.x, y: y, width: content.width,
                                            base: styles.hint, glyphs: glyphs)
            case .error:
                TextLine(error ?? "").render(into: &canvas, x: content.x, y: y, width: content.width,
                                             base: styles.error, glyphs: glyphs)
            }
        }
        return cursor
    }
}
