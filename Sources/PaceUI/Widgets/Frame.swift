import PaceCore

/// A box around a pane: a border, a title in the top border and an optional title at
/// its right end (counts, filters). Focus is shown by style only, so the theme decides
/// how loud it is (colour, bold, reverse on monochrome terminals).
///
/// ```
/// ┌─ Tasks ───── 3/12 ─┐
/// │                    │
/// └────────────────────┘
/// ```
public struct Frame: Sendable {
    public struct Styles: Hashable, Sendable {
        public var border: Style
        public var title: Style
        public var focusedBorder: Style
        public var focusedTitle: Style

        public init(border: Style = .plain, title: Style? = nil,
                    focusedBorder: Style? = nil, focusedTitle: Style? = nil) {
            self.border = border
            self.title = title ?? border
            self.focusedBorder = focusedBorder ?? border
            self.focusedTitle = focusedTitle ?? title ?? focusedBorder ?? border
        }
    }

    public var title: String
    public var rightTitle: String
    public var isFocused: Bool
    public var styles: Styles
    public var glyphs: Glyphs

    public init(title: String = "", rightTitle: String = "", isFocused: Bool = false,
                styles: Styles = Styles(), glyphs: Glyphs) {
        self.title = title
        self.rightTitle = rightTitle
        self.isFocused = isFocused
        self.styles = styles
        self.glyphs = glyphs
    }

    /// The area inside the border of a frame drawn over `area` (empty when too small).
    public static func inner(of area: Rect) -> Rect {
        area.inset(by: 1)
    }

    /// Draws the border and titles; the inside is left as it is, so a pane can draw
    /// its background first. Smaller than 2 columns it draws nothing; one row high it
    /// draws just the top border, like a collapsed pane. Returns `Frame.inner(of:)`.
    @discardableResult
    public func render(into canvas: inout Canvas, area: Rect) -> Rect {
        let inner = Frame.inner(of: area)
        guard area.width >= 2, area.height >= 1 else { return inner }
        let border = isFocused ? styles.focusedBorder : styles.border
        let titleStyle = isFocused ? styles.focusedTitle : styles.title
        let g = glyphs
        let h = String(g.horizontal), v = String(g.vertical)
        let line = String(repeating: h, count: area.width - 2)

        canvas.put(String(g.topLeft) + line + String(g.topRight), x: area.x, y: area.y, style: border, clip: area)
        if area.height >= 2 {
            canvas.put(String(g.bottomLeft) + line + String(g.bottomRight), x: area.x, y: area.maxY - 1,
                       style: border, clip: area)
        }
        for y in (area.y + 1)..<max(area.y + 1, area.maxY - 1) {
            canvas.put(v, x: area.x, y: y, style: border, clip: area)
            canvas.put(v, x: area.maxX - 1, y: y, style: border, clip: area)
        }
        drawTitles(into: &canvas, area: area, style: titleStyle)
        return inner
    }

    /// Titles sit as `─ Title ─` inside the top border. The left title is the pane's
    /// name and wins: the right one is shown only when both fit whole with at least one
    /// line cell between them; otherwise the left title is cut with an ellipsis.
    private func drawTitles(into canvas: inout Canvas, area: Rect, style: Style) {
        let room = area.width - 2            // cells between the corners
        let left = TextSanitizer.visible(title)
        let right = TextSanitizer.visible(rightTitle)
        let lw = TextWidth.of(left), rw = TextWidth.of(right)
        // Each title needs one line cell before it (left) or after it (right) and a space on each side.
        let leftNeed = lw > 0 ? lw + 3 : 0
        let rightNeed = rw > 0 ? rw + 3 : 0
        let bothFit = lw > 0 && rw > 0 && leftNeed + rightNeed + 1 <= room
        let clip = Rect(x: area.x + 1, y: area.y, width: room, height: 1)

        if lw > 0 {
            let shown = glyphs.fit(left, width: room - 3)
            if !shown.isEmpty {
                let end = canvas.put(" ", x: area.x + 2, y: area.y, style: style, clip: clip)
                let after = canvas.put(shown, x: end, y: area.y, style: style, clip: clip)
                canvas.put(" ", x: after, y: area.y, style: style, clip: clip)
            }
        }
        if rw > 0, lw == 0 || bothFit {
            let shown = glyphs.fit(right, width: room - 3)
            guard !shown.isEmpty else { return }
            let start = area.maxX - 2 - TextWidth.of(shown) - 2
            let end = canvas.put(" ", x: start, y: area.y, style: style, clip: clip)
            let after = canvas.put(shown, x: end, y: area.y, style: style, clip: clip)
            canvas.put(" ", x: after, y: area.y, style: style, clip: clip)
        }
    }
}
