/// A one-row chart of a series (activity per day, points burned per sprint). When
/// there are more values than cells, the most recent ones — the last values — are
/// shown; fewer values are drawn from the left.
///
/// ```
/// ▁▂▄█▅▁
/// ```
public struct Sparkline: Sendable {
    public var values: [Double]
    /// The value drawn as the highest level; `nil` uses the largest value shown.
    public var maximum: Double?
    public var style: Style
    public var glyphs: Glyphs

    public init(values: [Double], maximum: Double? = nil, style: Style = .plain, glyphs: Glyphs) {
        self.values = values
        self.maximum = maximum
        self.style = style
        self.glyphs = glyphs
    }

    /// The level index (into `glyphs.sparkLevels`) of each value that fits in `width`.
    /// Zero shows as the lowest level rather than nothing, so a quiet day still reads
    /// as part of the series. Negative and NaN values count as zero.
    public func levels(width: Int) -> [Int] {
        let count = glyphs.sparkLevels.count
        guard width > 0, count > 0 else { return [] }
        let shown = values.suffix(width).map { $0.isNaN ? 0 : max(0, $0) }
        let top = maximum ?? shown.max() ?? 0
        return shown.map { v in
            guard top > 0, top.isFinite else { return v.isInfinite ? count - 1 : 0 }
            let ratio = min(1, v / top)
            return Int((ratio * Double(count - 1)).rounded())
        }
    }

    /// Draws on the first row of `area`.
    public func render(into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        let text = String(levels(width: area.width).map { glyphs.sparkLevels[$0] })
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        canvas.put(text, x: area.x, y: area.y, style: style, clip: row)
    }
}
