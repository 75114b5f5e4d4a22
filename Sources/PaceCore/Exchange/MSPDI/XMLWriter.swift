/// Writes indented XML, escaping text. Only what the exports need: elements, text and
/// one attribute on the root.
struct XMLWriter {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private var open: [String] = []

    mutating func start(_ name: String, attributes: [(String, String)] = []) {
        let attrs = attributes.map { " \($0.0)=\"\(Self.escape($0.1))\"" }.joined()
        text += indent + "<\(name)\(attrs)>\n"
        open.append(name)
    }

    mutating func end() {
        let name = open.removeLast()
        text += indent + "</\(name)>\n"
    }

    mutating func element(_ name: String, _ value: String) {
        text += indent + "<\(name)>\(Self.escape(value))</\(name)>\n"
    }

    mutating func element(_ name: String, _ value: Int) { element(name, String(value)) }

    mutating func element(_ name: String, _ value: Bool) { element(name, value ? "1" : "0") }

    private var indent: String { String(repeating: "  ", count: open.count) }

    /// Markup characters as entities; characters XML 1.0 cannot hold at all (most C0
    /// controls) are dropped rather than making the whole file unreadable.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
