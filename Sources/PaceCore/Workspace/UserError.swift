/// A mistake the user can fix: bad input, an unknown name, a change the rules refuse.
/// The message says what was wrong and what is accepted; the CLI prints it and exits 1,
/// the dashboard shows it in the footer. Nothing has been written when one is thrown.
public struct UserError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }

    /// "no member 'alcie' — did you mean 'alice'?"
    public static func notFound(_ kind: String, _ name: String, among candidates: [String]) -> UserError {
        var m = "no \(kind) '\(name)'"
        if let best = Suggest.closest(to: name, in: candidates) {
            m += " — did you mean '\(best)'?"
        } else if candidates.isEmpty {
            m += " (there are none yet)"
        }
        return UserError(m)
    }
}

public enum Suggest {
    /// The candidate nearest `name` by edit distance (case-insensitive), if it is close
    /// enough to be a plausible typo.
    public static func closest(to name: String, in candidates: [String]) -> String? {
        let target = Array(name.lowercased())
        var best: (String, Int)?
        for c in candidates {
            let d = distance(target, Array(c.lowercased()))
            if best == nil || d < best!.1 { best = (c, d) }
        }
        guard let (candidate, d) = best else { return nil }
        let limit = max(2, target.count / 3)
        return d <= limit ? candidate : nil
    }

    /// Damerau–Levenshtein (optimal string alignment) distance, so a swapped pair of
    /// letters ("alcie") counts as one edit.
    public static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
