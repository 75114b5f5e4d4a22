/// Makes user text safe to show: nothing a user types into a task may move another
/// viewer's cursor, retitle their window or write to their clipboard. C0/C1 controls
/// and DEL become visible caret or hex forms; bidi overrides that can disguise text are
/// dropped; tabs and newlines become a single space; the two noncharacters XML refuses
/// become U+FFFD. The dashboard, the command line and the reports all use this one.
public enum TextSanitizer {
    public static func visible(_ text: String) -> String {
        // Fast path: nothing to do for ordinary text.
        if !text.unicodeScalars.contains(where: needsWork) { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            let v = s.value
            switch v {
            case 0x09, 0x0A, 0x0D:
                out.append(" ")
            case 0x00..<0x20:
                out.append("^")
                out.append(Unicode.Scalar(UInt8(v + 0x40)))
            case 0x7F:
                out.append(contentsOf: "^?".unicodeScalars)
            case 0x80..<0xA0:
                out.append(contentsOf: "<\(String(v, radix: 16, uppercase: true))>".unicodeScalars)
            case 0x202A...0x202E, 0x2066...0x2069:
                continue
            case 0xFFFE, 0xFFFF:
                out.append("\u{FFFD}")
            default:
                out.append(s)
            }
        }
        return String(out)
    }

    static func needsWork(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (0x7F..<0xA0).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0xFFFE || v == 0xFFFF
    }
}
