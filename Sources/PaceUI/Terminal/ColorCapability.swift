/// How many colours the terminal can show, from none to 24-bit. Decides how a `Style`
/// is degraded before it reaches ncurses.
public enum ColorCapability: Int, Comparable, Hashable, Sendable, CustomStringConvertible {
    /// Monochrome, or the user asked for no colour (`NO_COLOR`): attributes only.
    case none
    /// The 8 ANSI colours; bright ones are shown as normal + bold.
    case ansi8
    /// The 16 ANSI colours.
    case ansi16
    /// The xterm 256-colour palette.
    case indexed256
    /// 24-bit colour, as ncurses does it: a terminfo entry with the `RGB` capability
    /// (e.g. `xterm-direct`) where colour numbers are packed 0xRRGGBB.
    case direct

    public static func < (a: ColorCapability, b: ColorCapability) -> Bool { a.rawValue < b.rawValue }

    public var description: String {
        switch self {
        case .none: "none"
        case .ansi8: "8 colours"
        case .ansi16: "16 colours"
        case .indexed256: "256 colours"
        case .direct: "24-bit colour"
        }
    }

    /// The colour number ncurses' direct-colour terminfo entries use: below this,
    /// COLORS counts palette entries; at it, colours are packed RGB values.
    static let directColorCount = 0x100_0000

    /// Decides the capability from what ncurses reports and the environment.
    ///
    /// - `NO_COLOR` set to anything non-empty wins (https://no-color.org).
    /// - Direct colour needs both the terminfo `RGB` capability and COLORS of 2^24:
    ///   that is the only way ncurses can send 24-bit colour. `COLORTERM=truecolor` on
    ///   a 256-colour terminfo entry therefore stays 256: ncurses would send colour
    ///   numbers above 255 through the entry's `38;5;N` sequence, which is wrong.
    ///   (Run with `TERM=xterm-direct` to get 24-bit colour.)
    /// - `colors` is COLORS after start_color; below 8 nothing colourful is usable.
    public static func detect(hasColors: Bool, colors: Int, terminfoHasRGB: Bool,
                              environment: [String: String]) -> ColorCapability {
        guard !colorDisabled(by: environment), hasColors else { return .none }
        if terminfoHasRGB, colors >= directColorCount { return .direct }
        if colors >= 256 { return .indexed256 }
        if colors >= 16 { return .ansi16 }
        if colors >= 8 { return .ansi8 }
        return .none
    }

    /// Whether the environment alone asks for no colour, before ncurses is asked
    /// anything (so start_color is never called and no colour sequence is ever sent).
    static func colorDisabled(by environment: [String: String]) -> Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return true }
        return false
    }
}
