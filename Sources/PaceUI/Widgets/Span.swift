import PaceCore

/// A piece of text with an optional style. `nil` means "whatever the container uses"
/// (the row, the status line, the overlay body), so callers only style what stands out.
public struct Span: Hashable, Sendable, ExpressibleByStringInterpolation {
    public var text: String
    public var style: Style?

    public init(_ text: String, style: Style? = nil) {
        self.text = text
        self.style = style
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// Display width after sanitizing, i.e. the cells it takes on screen.
    public var width: Int { TextWidth.of(TextSanitizer.visible(text)) }
}
