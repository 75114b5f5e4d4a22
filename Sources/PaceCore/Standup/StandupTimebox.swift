/// A speaker's timebox as people type it: `2m`, `90s`, `1m30s`, `1.5m`, or a bare
/// number of seconds (`120`).
public enum StandupTimebox {
    public static let acceptedForms = "2m, 90s, 1m30s, 1.5m or a number of seconds (120)"

    public static func parseSeconds(_ text: String) throws(UserError) -> Int {
        let t = text.lowercased().filter { !$0.isWhitespace }
        if let n = Double(t) { return try checked(n, text) }
        var total = 0.0
        var number = ""
        var units: [Character] = []
        for ch in t {
            if ch.isNumber || ch == "." { number.append(ch); continue }
            guard let n = Double(number), ch == "m" || ch == "s", !units.contains(ch), units.last != "s" else {
                throw UserError("unknown timebox '\(text)' — accepted: \(acceptedForms)")
            }
            total += ch == "m" ? n * 60 : n
            units.append(ch)
            number = ""
        }
        guard number.isEmpty, !units.isEmpty else {
            throw UserError("unknown timebox '\(text)' — accepted: \(acceptedForms)")
        }
        return try checked(total, text)
    }

    private static func checked(_ seconds: Double, _ text: String) throws(UserError) -> Int {
        let s = Int(seconds.rounded())
        guard (10...3600).contains(s) else {
            throw UserError("a timebox of '\(text)' is outside 10 seconds to 60 minutes")
        }
        return s
    }
}
