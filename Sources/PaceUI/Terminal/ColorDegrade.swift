/// Pure colour arithmetic for degrading a colour to what the terminal can show. The
/// reference values are xterm's defaults; a user's terminal may have another palette
/// for 0–15, which is why nothing is ever mapped *into* 0–15 from 24-bit colour.
public enum ColorDegrade {
    public struct RGB: Hashable, Sendable {
        public var r: UInt8, g: UInt8, b: UInt8
        public init(_ r: UInt8, _ g: UInt8, _ b: UInt8) {
            self.r = r
            self.g = g
            self.b = b
        }
    }

    /// xterm's default 16 colours.
    static let ansiPalette: [RGB] = [
        RGB(0, 0, 0), RGB(205, 0, 0), RGB(0, 205, 0), RGB(205, 205, 0),
        RGB(0, 0, 238), RGB(205, 0, 205), RGB(0, 205, 205), RGB(229, 229, 229),
        RGB(127, 127, 127), RGB(255, 0, 0), RGB(0, 255, 0), RGB(255, 255, 0),
        RGB(92, 92, 255), RGB(255, 0, 255), RGB(0, 255, 255), RGB(255, 255, 255),
    ]

    /// The six levels of each axis of the 6×6×6 colour cube (indexes 16–231).
    static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    /// The RGB value xterm shows for a 256-palette index by default.
    public static func rgb(ofIndexed index: UInt8) -> RGB {
        let i = Int(index)
        if i < 16 { return ansiPalette[i] }
        if i < 232 {
            let c = i - 16
            return RGB(cubeLevels[c / 36], cubeLevels[(c / 6) % 6], cubeLevels[c % 6])
        }
        let grey = UInt8(8 + 10 * (i - 232))
        return RGB(grey, grey, grey)
    }

    /// The nearest xterm-256 index (16–255) to a 24-bit colour: the nearest cube
    /// entry or the nearest grey, whichever is closer (the method tmux uses).
    public static func indexed(fromRGB c: RGB) -> UInt8 {
        let r = Int(c.r), g = Int(c.g), b = Int(c.b)
        // Axis value → nearest cube level. The levels are not evenly spaced: 0, then
        // 95 and every 40 after, so the thresholds are the midpoints 48 and 115.
        func level(_ v: Int) -> Int { v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40 }
        let qr = level(r), qg = level(g), qb = level(b)
        let cr = Int(cubeLevels[qr]), cg = Int(cubeLevels[qg]), cb = Int(cubeLevels[qb])
        let cubeIndex = 16 + 36 * qr + 6 * qg + qb
        if cr == r, cg == g, cb == b { return UInt8(cubeIndex) }

        let average = (r + g + b) / 3
        let greyIndex = average > 238 ? 23 : max(0, (average - 3) / 10)
        let grey = 8 + 10 * greyIndex
        let cubeDistance = distance(cr, cg, cb, r, g, b)
        let greyDistance = distance(grey, grey, grey, r, g, b)
        return greyDistance < cubeDistance ? UInt8(232 + greyIndex) : UInt8(cubeIndex)
    }

    /// The nearest of the 16 ANSI colours to a 256-palette index (0–15 map to themselves).
    public static func ansi16(fromIndexed index: UInt8) -> UInt8 {
        if index < 16 { return index }
        let c = rgb(ofIndexed: index)
        var best = 0
        var bestDistance = Int.max
        for (i, p) in ansiPalette.enumerated() {
            let d = distance(Int(p.r), Int(p.g), Int(p.b), Int(c.r), Int(c.g), Int(c.b))
            if d < bestDistance {
                best = i
                bestDistance = d
            }
        }
        return UInt8(best)
    }

    /// An ANSI colour on an 8-colour terminal: bright colours (8–15) become their
    /// normal colour, and the caller shows them bold (which most 8-colour terminals
    /// render bright).
    public static func ansi8(fromAnsi16 index: UInt8) -> (color: UInt8, bright: Bool) {
        let i = index & 0x0F
        return i >= 8 ? (i - 8, true) : (i, false)
    }

    /// A 24-bit colour as a colour number for ncurses' direct-colour mode (0xRRGGBB).
    /// Direct-colour terminfo entries send numbers below 8 as the ANSI colours
    /// (`setaf` branches on `p1 < 8`), so near-black values 0–7 — blue 0–7, which is
    /// black to the eye — are sent as 8 instead of becoming ANSI red or magenta.
    public static func directColorNumber(_ c: RGB) -> Int32 {
        let packed = Int32(c.r) << 16 | Int32(c.g) << 8 | Int32(c.b)
        return packed < 8 ? 8 : packed
    }

    static func distance(_ r1: Int, _ g1: Int, _ b1: Int, _ r2: Int, _ g2: Int, _ b2: Int) -> Int {
        let dr = r1 - r2, dg = g1 - g2, db = b1 - b2
        return dr * dr + dg * dg + db * db
    }
}
