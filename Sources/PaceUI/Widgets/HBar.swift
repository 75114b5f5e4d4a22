/// A one-row horizontal bar for a fraction such as load or progress. Values above 1
/// (an overbooked member) fill the bar and end it with the overflow marker; the label
/// still shows the true percentage. Unicode draws eighths of a cell, ASCII rounds to
/// half cells (`#` full, `=` half).
///
/// ```
/// █████▍     60%       (Unicode, width 14)
/// #########> 130%      (ASCII, width 15, overbooked)
/// ```
public struct HBar: Sendable {
    public enum Label: Hashable, Sendable {
        case none
        /// The fraction as a whole percentage, right-aligned in four cells.
        case percent
        case text(String)
    }

    public struct Styles: Hashable, Sendable {
        public var filled: Style
        public var empty: Style
        public var overflow: Style
        public var label: Style

        public init(filled: Style = .plain, empty: Style = .plain, overflow: Style? = nil, label: Style = .plain) {
            self.filled = filled
            self.empty = empty
            self.overflow = overflow ?? filled
            self.label = label
        }
    }

    public var fraction: Double
    public var label: Label
    public var styles: Styles
    public var glyphs: Glyphs

    public init(fraction: Double, label: Label = .none, styles: Styles = Styles(), glyphs: Glyphs) {
        self.fraction = fraction
        self.label = label
        self.styles = styles
        self.glyphs = glyphs
    }

    /// NaN and negative values draw as empty; infinity as overflowing.
    var safeFraction: Double {
        fraction.isNaN ? 0 : max(0, fraction)
    }

    /// The label's text; percentages beyond 999 are shown as `>999%` to keep the width.
    public var labelText: String {
        switch label {
        case .none:
            return ""
        case .text(let t):
            return t
        case .percent:
            let f = safeFraction
            if f > 9.99 { return ">999%" }
            let p = "\(Int((f * 100).rounded()))%"
            return String(repeating: " ", count: max(0, 4 - p.count)) + p
        }
    }

    /// Draws on the first row of `area`. The label goes right of the bar after one
    /// space, and is left out when it would leave no room for a bar cell.
    public func render(into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        let labelText = glyphs.fit(self.labelText, width: area.width)
        let labelWidth = TextWidth.of(labelText)
        var barWidth = area.width
        if labelWidth > 0, area.width >= labelWidth + 2 {
            barWidth = area.width - labelWidth - 1
            canvas.put(" ", x: area.x + barWidth, y: area.y, style: styles.label, clip: row)
            canvas.put(labelText, x: area.x + barWidth + 1, y: area.y, style: styles.label, clip: row)
        }
        drawBar(into: &canvas, x: area.x, y: area.y, width: barWidth)
    }

    private func drawBar(into canvas: inout Canvas, x: Int, y: Int, width: Int) {
        let clip = Rect(x: x, y: y, width: width, height: 1)
        let f = safeFraction
        let overflow = f > 1
        // Rounded to the nearest eighth of the whole bar, so 0.5 of 3 cells shows 1½.
        let eighths = overflow ? width * 8 : Int((f * Double(width * 8)).rounded())
        let full = eighths / 8, partial = eighths % 8
        var cells = String(repeating: String(glyphs.barFull), count: full)
        var used = full
        if partial > 0, used < width, !glyphs.barEighths.isEmpty {
            let index = min(partial, glyphs.barEighths.count) - 1
            cells.append(glyphs.barEighths[index])
            used += 1
        }
        canvas.put(String(repeating: String(glyphs.barEmpty), count: width), x: x, y: y, style: styles.empty,
                   clip: clip)
        canvas.put(cells, x: x, y: y, style: styles.filled, clip: clip)
        if overflow, width > 0 {
            canvas.put(String(glyphs.overflow), x: x + width - 1, y: y, style: styles.overflow, clip: clip)
        }
    }
}
