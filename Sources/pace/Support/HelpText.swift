import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Help and usage text as the parser writes it, with its usage lines wrapped: the parser
/// wraps descriptions at the terminal's width but leaves a usage line whole, and `pace
/// member edit` needs 190 columns.
enum HelpText {
    /// The width the parser wraps at: `COLUMNS`, else the terminal's, else 80.
    static func width(environment: [String: String]) -> Int {
        if let c = environment["COLUMNS"].flatMap(Int.init), c > 0 { return c }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    /// Breaks each over-long `USAGE:` / `Usage:` line between its parts (never inside a
    /// `[--option <value>]` group), continuing under the command's first argument.
    static func wrappingUsage(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let line = String(line)
            guard line.count > width, let prefix = ["USAGE: ", "Usage: "].first(where: { line.hasPrefix($0) }) else { return line }
            let parts = topLevelParts(String(line.dropFirst(prefix.count)))
            // Continue under the first thing after the command's name (`pace member edit `).
            let commandWords = parts.prefix { !$0.hasPrefix("[") && !$0.hasPrefix("<") }
            let indent = String(repeating: " ", count: min(prefix.count + commandWords.map(\.count).reduce(0) { $0 + $1 + 1 }, width / 2))
            var lines: [String] = []
            var current = prefix
            var empty = true
            for part in parts {
                if !empty, current.count + 1 + part.count > width {
                    lines.append(current)
                    current = indent
                    empty = true
                }
                current += (empty ? "" : " ") + part
                empty = false
            }
            lines.append(current)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// Space-separated parts, keeping brackets together: `[--date <date>]` is one part.
    static func topLevelParts(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for ch in text {
            switch ch {
            case "[", "<", "(": depth += 1
            case "]", ">", ")": depth = max(0, depth - 1)
            default: break
            }
            if ch == " " && depth == 0 {
                if !current.isEmpty { parts.append(current) }
                current = ""
            } else {
                current.append(ch)
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }
}
