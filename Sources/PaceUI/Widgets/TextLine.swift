import PaceCore

/// One line of text made of spans, e.g. a key in bold followed by its description.
public struct TextLine: Hashable, Sendable, ExpressibleByStringInterpolation {
    public var spans: [Span]

    public init(_ spans: [Span]) {
        self.spans = spans
    }

    public init(_ text: String, style: Style? = nil) {
        spans = [Span(text, style: style)]
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public var width: Int { spans.reduce(0) { $0 + $1.width } }

    /// Draws the line at (x, y) within `width` cells; spans without a style use `base`.
    /// A line that does not fit ends in the ellipsis, styled like the text it cuts, and
    /// never splits a wide character. Returns the column after the last cell written.
    @discardableResult
    public func render(into canvas: inout Canvas, x: Int, y: Int, width: Int, base: Style,
                       glyphs: Glyphs) -> Int {
        guard width > 0 else { return x }
        let clip = Rect(x: x, y: y, width: width, height: 1)
        if self.width <= width {
            var col = x
            for span in spans {
                col = canvas.put(span.text, x: col, y: y, style: span.style ?? base, clip: clip)
            }
            return col
        }
        // Too long: keep whole graphemes up to width - 1, then the ellipsis.
        let budget = width - 1
        var col = x
        var lastStyle = spans.first?.style ?? base
        outer: for span in spans {
            let style = span.style ?? base
            for g in TextSanitizer.visible(span.text) {
                let w = TextWidth.of(g)
                if col - x + w > budget { lastStyle = style; break outer }
                col = canvas.put(String(g), x: col, y: y, style: style, clip: clip)
                lastStyle = style
            }
        }
        return canvas.put(String(glyphs.ellipsis), x: col, y: y, style: lastStyle, clip: clip)
    }
}
