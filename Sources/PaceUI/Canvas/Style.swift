/// A terminal colour as a theme names it. The backend degrades it to what the
/// terminal can show (direct colour → 256 → 16 → 8 → none).
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground/background.
    case terminalDefault
    /// One of the 16 ANSI colours (0–7 normal, 8–15 bright).
    case ansi(UInt8)
    /// An xterm 256-colour palette index.
    case indexed(UInt8)
    /// 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)
}

/// Text attributes that work on every terminal, including monochrome ones.
public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Attributes(rawValue: 1 << 0)
    public static let dim = Attributes(rawValue: 1 << 1)
    public static let underline = Attributes(rawValue: 1 << 2)
    public static let reverse = Attributes(rawValue: 1 << 3)
    public static let italic = Attributes(rawValue: 1 << 4)
    public static let standout = Attributes(rawValue: 1 << 5)
}

/// How one cell looks: foreground, background and attributes, already resolved from
/// the theme. A `Style` carries a 16-colour fallback next to its preferred colour so the
/// backend can degrade without asking the theme again.
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    /// Used where the terminal has fewer than 256 colours.
    public var foreground16: Color
    public var background16: Color
    public var attributes: Attributes

    public init(foreground: Color = .terminalDefault, background: Color = .terminalDefault,
                foreground16: Color? = nil, background16: Color? = nil, attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.foreground16 = foreground16 ?? foreground
        self.background16 = background16 ?? background
        self.attributes = attributes
    }

    public static let plain = Style()

    public func with(_ extra: Attributes) -> Style {
        var s = self
        s.attributes.formUnion(extra)
        return s
    }
}
