import Foundation

extension Handle {
    /// A handle for someone known only by a display name (an import): a login-like name
    /// is kept (`alice`), else the first name (`Carol King` → `carol`), else first.last,
    /// else a number is added (`carol2`).
    public static func derived(fromName name: String, taken: Set<String>) -> String {
        let plain = normalize(name)
        if isValid(plain), !taken.contains(plain) { return plain }
        let words = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
            .lowercased().split(whereSeparator: { !$0.isASCII || !($0.isLetter || $0.isNumber) }).map(String.init)
        var first = String((words.first ?? "member").prefix(28))
        if !(first.first?.isLetter ?? false) { first = "m" + first }
        var candidates = [first]
        if words.count > 1 { candidates.append(([first] + words.dropFirst()).joined(separator: ".")) }
        if let free = candidates.first(where: { isValid($0) && !taken.contains($0) }) { return free }
        var n = 2
        while taken.contains("\(first)\(n)") { n += 1 }
        return "\(first)\(n)"
    }
}
