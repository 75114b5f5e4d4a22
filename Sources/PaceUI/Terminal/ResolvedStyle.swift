/// A `Style` reduced to what one terminal can show: ncurses colour numbers (-1 for the
/// terminal's default colour) and attributes. Two styles that resolve alike share one
/// colour pair.
public struct ResolvedStyle: Hashable, Sendable {
    public static let terminalDefault: Int32 = -1

    public var foreground: Int32
    public var background: Int32
    public var attributes: Attributes

    public init(foreground: Int32, background: Int32, attributes: Attributes) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// Resolves `style` for a terminal with `capability`.
    ///
    /// Below 256 colours the style's 16-colour fallbacks (`foreground16`,
    /// `background16`) are used: a theme chooses those by hand, which beats any
    /// nearest-colour guess. On 8 colours a bright foreground becomes normal + bold;
    /// a bright background just loses its brightness (bold does not touch the background).
    public static func resolve(_ style: Style, for capability: ColorCapability) -> ResolvedStyle {
        var attributes = style.attributes
        switch capability {
        case .none:
            return ResolvedStyle(foreground: terminalDefault, background: terminalDefault, attributes: attributes)
        case .ansi8:
            let fg = ansi8(style.foreground16)
            let bg = ansi8(style.background16)
            if fg.bright { attributes.insert(.bold) }
            return ResolvedStyle(foreground: fg.number, background: bg.number, attributes: attributes)
        case .ansi16:
            return ResolvedStyle(foreground: ansi16(style.foreground16), background: ansi16(style.background16),
                                 attributes: attributes)
        case .indexed256:
            return ResolvedStyle(foreground: indexed(style.foreground), background: indexed(style.background),
                                 attributes: attributes)
        case .direct:
            return ResolvedStyle(foreground: direct(style.foreground), background: direct(style.background),
                                 attributes: attributes)
        }
    }

    static func ansi16(_ color: Color) -> Int32 {
        switch color {
        case .terminalDefault: terminalDefault
        case .ansi(let n): Int32(n & 0x0F)
        case .indexed(let n): Int32(ColorDegrade.ansi16(fromIndexed: n))
        case .rgb(let r, let g, let b):
            Int32(ColorDegrade.ansi16(fromIndexed: ColorDegrade.indexed(fromRGB: .init(r, g, b))))
        }
    }

    static func ansi8(_ color: Color) -> (number: Int32, bright: Bool) {
        let n = ansi16(color)
        if n == terminalDefault { return (terminalDefault, false) }
        let degraded = ColorDegrade.ansi8(fromAnsi16: UInt8(n))
        return (Int32(degraded.color), degraded.bright)
    }

    static func indexed(_ color: Color) -> Int32 {
        switch color {
        case .terminalDefault: terminalDefault
        case .ansi(let n): Int32(n & 0x0F)
        case .indexed(let n): Int32(n)
        case .rgb(let r, let g, let b): Int32(ColorDegrade.indexed(fromRGB: .init(r, g, b)))
        }
    }

    /// In direct-colour mode only the numbers 0–7 still mean palette colours; every
    /// other number is a packed RGB value, so bright ANSI and 256-palette colours are
    /// sent as the RGB xterm shows for them.
    static func direct(_ color: Color) -> Int32 {
        switch color {
        case .terminalDefault: terminalDefault
        case .ansi(let n): paletteInDirectMode(n & 0x0F)
        case .indexed(let n): paletteInDirectMode(n)
        case .rgb(let r, let g, let b): ColorDegrade.directColorNumber(.init(r, g, b))
        }
    }

    static func paletteInDirectMode(_ n: UInt8) -> Int32 {
        n < 8 ? Int32(n) : ColorDegrade.directColorNumber(ColorDegrade.rgb(ofIndexed: n))
    }
}
