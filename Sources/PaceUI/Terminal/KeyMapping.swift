import CNcurses

/// One read from ncurses' `wget_wch`, in Swift terms.
enum RawInput: Hashable, Sendable {
    /// A character (`OK`): its Unicode scalar value, control characters included.
    case character(UInt32)
    /// A function key (`KEY_CODE_YES`): an ncurses KEY_* number.
    case keyCode(Int32)
}

/// What a raw input means before the backend has asked ncurses anything more: a key,
/// or "go and fetch the mouse event / the new size".
enum DecodedInput: Hashable, Sendable {
    case key(Key)
    case mouse
    case resize
}

/// The table from ncurses key numbers and control characters to `Key`.
enum KeyMapping {
    static let escape: UInt32 = 0x1B

    /// nil for inputs the app has no use for (unknown function keys, C1 controls).
    static func decode(_ raw: RawInput) -> DecodedInput? {
        switch raw {
        case .character(let code): character(code).map(DecodedInput.key)
        case .keyCode(let code): keyCode(code)
        }
    }

    static func character(_ code: UInt32) -> Key? {
        switch code {
        // nonl() makes Enter arrive as \r; \n is Ctrl-J, which terminals also send for
        // Enter in some modes.
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        // Backspace sends DEL (127) on most terminals and ^H (8) on some.
        case 0x7F, 0x08: return .backspace
        case escape: return .escape
        // Ctrl-Space and Ctrl-@ both send NUL.
        case 0x00: return .ctrl(" ")
        case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(UInt8(0x60 + code))))
        case 0x1C: return .ctrl("\\")
        case 0x1D: return .ctrl("]")
        case 0x1E: return .ctrl("^")
        case 0x1F: return .ctrl("_")
        // C1 controls never come from a key; showing them would be wrong.
        case 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .char(Character(scalar))
        }
    }

    static func keyCode(_ code: Int32) -> DecodedInput? {
        if let key = functionKeys[code] { return .key(key) }
        switch code {
        case Int32(PACE_KEY_MOUSE): return .mouse
        case Int32(PACE_KEY_RESIZE): return .resize
        default: return nil
        }
    }

    /// Highest function key number reported: ncurses names F1–F63; terminals report
    /// Shift-F1 as F13, Ctrl-F1 as F25 and so on, which is passed on as is.
    static let maxFunctionKey: Int32 = 63

    static let functionKeys: [Int32: Key] = {
        var table: [Int32: Key] = [
            Int32(PACE_KEY_UP): .up,
            Int32(PACE_KEY_DOWN): .down,
            Int32(PACE_KEY_LEFT): .left,
            Int32(PACE_KEY_RIGHT): .right,
            Int32(PACE_KEY_HOME): .home,
            Int32(PACE_KEY_END): .end,
            Int32(PACE_KEY_PPAGE): .pageUp,
            Int32(PACE_KEY_NPAGE): .pageDown,
            Int32(PACE_KEY_DC): .delete,
            Int32(PACE_KEY_IC): .insert,
            Int32(PACE_KEY_BACKSPACE): .backspace,
            Int32(PACE_KEY_ENTER): .enter,
            Int32(PACE_KEY_BTAB): .backTab,
            // The keypad's corner keys, with numlock off, and the Find/Select keys that
            // the Linux console and rxvt send for Home/End.
            Int32(PACE_KEY_A1): .home,
            Int32(PACE_KEY_A3): .pageUp,
            Int32(PACE_KEY_C1): .end,
            Int32(PACE_KEY_C3): .pageDown,
            Int32(PACE_KEY_BEG): .home,
            Int32(PACE_KEY_FIND): .home,
            Int32(PACE_KEY_SELECT): .end,
        ]
        for n in 1...maxFunctionKey {
            table[pace_key_f(n)] = .function(Int(n))
        }
        return table
    }()
}
