/// One row with segments on the left (mode, pane, message) and segments flush right
/// (user, clock). When the row is too narrow the right side keeps its space and the
/// left side is cut; the two never overlap and stay at least one cell apart.
///
/// ```
/// NORMAL Tasks                alice 09:30
/// ```
public struct StatusLine: Sendable {
    public var left: [Span]
    public var right: [Span]
    /// Fills the whole row; spans without a style use it too.
    public var style: Style
    /// Cells between two segments of the same side.
    public var spacing: Int
    public var glyphs: Glyphs

    public init(left: [Span], right: [Span] = [], style: Style = .plain, spacing: Int = 1, glyphs: Glyphs) {
        self.left = left
        self.right = right
        self.style = style
        self.spacing = spacing
        self.glyphs = glyphs
    }

    /// Draws on the first row of `area`.
    public func render(into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        canvas.fill(row, style: style)

        // The right side is laid out first. If it is wider than the row its start is
        // kept (cut at the end, like any text); it then takes the whole row.
        let rightSegments = right.filter { $0.width > 0 }
        let rightWidth = rightSegments.reduce(0) { $0 + $1.width } + max(0, spacing) * max(0, rightSegments.count - 1)
        let rightShown = min(rightWidth, area.width)
        if rightShown > 0 {
            draw(rightSegments, into: &canvas, x: area.maxX - rightShown, y: area.y, width: rightShown)
        }
        // One cell keeps the sides apart.
        let leftRoom = rightShown > 0 ? area.width - rightShown - 1 : area.width
        if leftRoom > 0 {
            draw(left.filter { $0.width > 0 }, into: &canvas, x: area.x, y: area.y, width: leftRoom)
        }
    }

    /// Segments left to right within `width` cells; the one that does not fit is cut
    /// with an ellipsis and the rest are left out.
    private func draw(_ segments: [Span], into canvas: inout Canvas, x: Int, y: Int, width: Int) {
        var line: [Span] = []
        for (i, segment) in segments.enumerated() {
            if i > 0 { line.append(Span(String(repeating: " ", count: max(0, spacing)))) }
            line.append(segment)
        }
        TextLine(line).render(into: &canvas, x: x, y: y, width: width, base: style, glyphs: glyphs)
    }
}
