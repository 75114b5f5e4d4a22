/// Hands out ncurses colour pair numbers on demand, one per (foreground, background),
/// so a theme can use any number of colours without declaring pairs up front.
///
/// ncurses' own `alloc_pair` would recycle the least recently used pair when it runs
/// out, silently recolouring cells already on screen; here running out is reported,
/// so the backend can start over and repaint the whole frame with fresh pairs.
struct ColorPairCache {
    enum Lookup: Equatable {
        /// A pair defined earlier.
        case cached(Int32)
        /// A pair number just taken: the caller must define it (init_extended_pair).
        case new(Int32)
        /// No pair number left.
        case exhausted
    }

    /// Pair numbers usable: 1..<limit (COLOR_PAIRS). Pair 0 is the terminal's
    /// default colours and cannot be redefined.
    let limit: Int32
    private var pairs: [Key: Int32] = [:]
    private var next: Int32 = 1

    private struct Key: Hashable {
        var foreground: Int32
        var background: Int32
    }

    init(limit: Int32) {
        self.limit = max(1, limit)
    }

    var count: Int { pairs.count }

    mutating func pair(foreground: Int32, background: Int32) -> Lookup {
        // Default on default is pair 0, which needs no definition.
        if foreground == ResolvedStyle.terminalDefault, background == ResolvedStyle.terminalDefault {
            return .cached(0)
        }
        let key = Key(foreground: foreground, background: background)
        if let pair = pairs[key] { return .cached(pair) }
        guard next < limit else { return .exhausted }
        let pair = next
        next += 1
        pairs[key] = pair
        return .new(pair)
    }

    /// Forgets every pair, so numbers are handed out from 1 again.
    mutating func reset() {
        pairs.removeAll(keepingCapacity: true)
        next = 1
    }
}
