import PaceCore

/// The characters widgets draw with. The app picks `.unicode` when the locale is UTF-8
/// and `.ascii` otherwise, and passes the choice to every widget, so no widget ever
/// writes a byte sequence the terminal cannot show.
///
/// Every glyph is one narrow grapheme (one cell). The Unicode set avoids East Asian
/// "wide" characters so that layouts computed with `TextWidth` hold on every terminal.
public struct Glyphs: Hashable, Sendable {
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    public var horizontal: Character
    public var vertical: Character
    /// `├`: a vertical line with a branch to the right (left edge of a separator).
    public var teeRight: Character
    /// `┤`: a vertical line with a branch to the left (right edge of a separator).
    public var teeLeft: Character
    /// `┬`
    public var teeDown: Character
    /// `┴`
    public var teeUp: Character
    /// A completely filled bar cell.
    public var barFull: Character
    /// Partial bar cells for 1/8 … 7/8 filled (index 0 is 1/8). ASCII can only round.
    public var barEighths: [Character]
    /// The unfilled part of a bar.
    public var barEmpty: Character
    /// Marks a bar whose value exceeds its maximum.
    public var overflow: Character
    /// Sparkline levels from lowest to highest; any count ≥ 1 works.
    public var sparkLevels: [Character]
    /// Marks text cut to fit.
    public var ellipsis: Character
    public var arrowUp: Character
    public var arrowDown: Character
    public var arrowLeft: Character
    public var arrowRight: Character
    public var check: Character
    public var bullet: Character
    /// Marks the selected item of a list.
    public var pointer: Character

    public init(topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character,
                horizontal: Character, vertical: Character,
                teeRight: Character, teeLeft: Character, teeDown: Character, teeUp: Character,
                barFull: Character, barEighths: [Character], barEmpty: Character, overflow: Character,
                sparkLevels: [Character], ellipsis: Character,
                arrowUp: Character, arrowDown: Character, arrowLeft: Character, arrowRight: Character,
                check: Character, bullet: Character, pointer: Character) {
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
        self.horizontal = horizontal
        self.vertical = vertical
        self.teeRight = teeRight
        self.teeLeft = teeLeft
        self.teeDown = teeDown
        self.teeUp = teeUp
        self.barFull = barFull
        self.barEighths = barEighths
        self.barEmpty = barEmpty
        self.overflow = overflow
        self.sparkLevels = sparkLevels
        self.ellipsis = ellipsis
        self.arrowUp = arrowUp
        self.arrowDown = arrowDown
        self.arrowLeft = arrowLeft
        self.arrowRight = arrowRight
        self.check = check
        self.bullet = bullet
        self.pointer = pointer
    }

    public static let unicode = Glyphs(
        topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        horizontal: "─", vertical: "│",
        teeRight: "├", teeLeft: "┤", teeDown: "┬", teeUp: "┴",
        barFull: "█", barEighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"], barEmpty: " ", overflow: "▸",
        sparkLevels: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], ellipsis: "…",
        arrowUp: "↑", arrowDown: "↓", arrowLeft: "←", arrowRight: "→",
        check: "✓", bullet: "•", pointer: "▸"
    )

    /// Plain 7-bit characters for terminals and locales without UTF-8. The ellipsis is
    /// `~`, matching `TextWidth.truncate(ascii:)`.
    public static let ascii = Glyphs(
        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        horizontal: "-", vertical: "|",
        teeRight: "+", teeLeft: "+", teeDown: "+", teeUp: "+",
        // Less than half a cell rounds down to nothing, half or more shows as `=`.
        barFull: "#", barEighths: [" ", " ", " ", "=", "=", "=", "="], barEmpty: " ", overflow: ">",
        sparkLevels: ["_", ".", "-", "=", "#"], ellipsis: "~",
        arrowUp: "^", arrowDown: "v", arrowLeft: "<", arrowRight: ">",
        check: "x", bullet: "*", pointer: ">"
    )

    /// `text` made safe to show (see `TextSanitizer`) and cut to `width` cells, ending in
    /// this set's ellipsis when cut. Sanitizing first matters: a control character
    /// is shown as two cells (`^[`), so measuring the raw text would under-count.
    public func fit(_ text: String, width: Int) -> String {
        TextWidth.truncate(TextSanitizer.visible(text), to: width, mark: String(ellipsis))
    }

    /// `fit` padded with spaces to exactly `width` cells.
    public func pad(_ text: String, width: Int, alignRight: Bool = false) -> String {
        let cut = fit(text, width: width)
        let fill = String(repeating: " ", count: max(0, width - TextWidth.of(cut)))
        return alignRight ? fill + cut : cut + fill
    }
}
