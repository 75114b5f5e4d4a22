/// Turns what `wget_wch` returns into keys, one read at a time.
///
/// ncurses (keypad mode) already turns the escape sequences its terminfo entry knows
/// into KEY_* numbers, waiting ESCDELAY for the rest of a sequence. What it hands back
/// as plain characters is decided here:
///
/// - ESC with nothing after it is `.escape`;
/// - ESC followed at once by a printable character is Alt+character (terminals send
///   Alt-x as ESC x in one write, so it is already buffered when ESC is read);
/// - ESC followed by anything else is `.escape`, then that input on its own;
/// - `ESC [ …` and `ESC O x` sequences ncurses did not know (a key this terminfo entry
///   lacks) are swallowed whole, so they never type stray characters such as `A` into
///   the app. Alt-[ and Alt-O still work when nothing follows them.
struct InputDecoder {
    enum State: Equatable {
        case ground
        case escape
        /// Inside `ESC [`, with how many bytes of the sequence came after the `[`.
        case controlSequence(length: Int)
        /// After `ESC O`, which one more character ends.
        case singleShift
    }

    private(set) var state: State = .ground

    /// Whether an input is half decoded: the caller should read again with
    /// `continuationTimeoutMs`, and call `flush()` if nothing comes.
    var isPending: Bool { state != .ground }

    /// How long to wait for the rest. After a lone ESC, ncurses has already waited
    /// ESCDELAY, so anything that belongs to it is buffered: no second wait. The rest of
    /// an unknown sequence may come in a later packet over a slow link, so it gets one.
    var continuationTimeoutMs: Int {
        switch state {
        case .ground, .escape: 0
        case .controlSequence, .singleShift: 25
        }
    }

    /// Longest unknown control sequence swallowed before giving up on it.
    static let maxSequenceLength = 32

    mutating func feed(_ raw: RawInput) -> [DecodedInput] {
        switch state {
        case .ground:
            if raw == .character(KeyMapping.escape) {
                state = .escape
                return []
            }
            return KeyMapping.decode(raw).map { [$0] } ?? []

        case .escape:
            guard case .character(let code) = raw else {
                state = .ground
                return [.key(.escape)] + feed(raw)
            }
            switch code {
            case 0x5B: // [
                state = .controlSequence(length: 0)
                return []
            case 0x4F: // O
                state = .singleShift
                return []
            case KeyMapping.escape:
                // Two ESCs: the first stands alone; the second may start something.
                return [.key(.escape)]
            default:
                state = .ground
                if case .char(let c)? = KeyMapping.character(code) {
                    return [.key(.alt(c))]
                }
                return [.key(.escape)] + feed(raw)
            }

        case .controlSequence(let length):
            // ECMA-48: parameter and intermediate bytes are 0x20–0x3F, the final byte
            // 0x40–0x7E. Anything else means this was not a sequence after all.
            guard case .character(let code) = raw, (0x20...0x7E).contains(code),
                  length < Self.maxSequenceLength else {
                state = .ground
                return feed(raw)
            }
            state = code >= 0x40 ? .ground : .controlSequence(length: length + 1)
            return []

        case .singleShift:
            state = .ground
            if case .character(let code) = raw, (0x40...0x7E).contains(code) {
                return []
            }
            return feed(raw)
        }
    }

    /// Nothing more arrived within the continuation timeout: finish what is pending.
    mutating func flush() -> [DecodedInput] {
        defer { state = .ground }
        switch state {
        case .ground: return []
        case .escape: return [.key(.escape)]
        case .controlSequence(let length): return length == 0 ? [.key(.alt("["))] : []
        case .singleShift: return [.key(.alt("O"))]
        }
    }
}
