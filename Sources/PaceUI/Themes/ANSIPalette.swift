/// The xterm palette, used to pick a 16-colour fallback when a theme gives only a
/// 256-colour or `#rrggbb` value: a theme author should not have to write `fg16` for
/// every role, and the backend should not have to guess at draw time.
enum ANSIPalette {
    /// xterm's default RGB for the 16 ANSI colours.
    static let ansi: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
        (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
        (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    private static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The RGB of a 256-palette index.
    static func rgb(index: UInt8) -> (Int, Int, Int) {
        let n = Int(index)
        switch n {
        case 0..<16:
            let c = ansi[n]
            return (Int(c.0), Int(c.1), Int(c.2))
        case 16..<232:
            let i = n - 16
            return (cubeLevels[i / 36], cubeLevels[(i / 6) % 6], cubeLevels[i % 6])
        default:
            let v = 8 + 10 * (n - 232)
            return (v, v, v)
        }
    }

    /// The ANSI colour closest to `color`; ANSI colours and the terminal default stay as they are.
    static func nearest16(_ color: Color) -> Color {
        let target: (Int, Int, Int)
        switch color {
        case .terminalDefault, .ansi: return color
        case .indexed(let n) where n < 16: return .ansi(n)
        case .indexed(let n): target = rgb(index: n)
        case .rgb(let r, let g, let b): target = (Int(r), Int(g), Int(b))
        }
        var best = 0
        var bestDistance = Int.max
        for (i, c) in ansi.enumerated() {
            // Weighted like the eye's sensitivity (green most, blue least); plain RGB
            // distance turns too many colours grey.
            let dr = target.0 - Int(c.0), dg = target.1 - Int(c.1), db = target.2 - Int(c.2)
            let d = 3 * dr * dr + 4 * dg * dg + 2 * db * db
            if d < bestDistance { bestDistance = d; best = i }
        }
        return .ansi(UInt8(best))
    }
}
