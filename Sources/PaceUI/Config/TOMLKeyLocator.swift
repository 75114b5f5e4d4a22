import Foundation

/// Finds the line on which a TOML key is written.
///
/// TOMLKit reports positions for syntax errors only; the values it returns carry none.
/// Our semantic errors (`fg = "purpel"`, an unknown role) still have to name a line, so
/// this reads the text once and remembers where each table header and key appears.
/// It understands what our files use: `[tables]`, `[[arrays]]`, bare, quoted and dotted
/// keys, inline tables (a key inside one is on the line of the table's key), comments,
/// multi-line arrays and strings (skipped, so their content is never mistaken for keys).
struct TOMLKeyLocator: Sendable {
    private var lines: [[String]: Int] = [:]

    init(text: String) {
        var table: [String] = []
        var bracketDepth = 0          // inside a multi-line array or inline table
        var openString: String?       // inside a multi-line string: its delimiter
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = Substring(rawLine)
            if let delimiter = openString {
                guard let end = line.range(of: delimiter) else { continue }
                openString = nil
                line = line[end.upperBound...]
            }
            let code = Self.scan(line, depth: &bracketDepth, openString: &openString)
            // A line that starts inside brackets or a string continues a value.
            if code.startedInsideValue { continue }
            let trimmed = Substring(code.text.trimmingCharacters(in: .whitespaces))
            if trimmed.hasPrefix("[") {
                let inner = trimmed.drop(while: { $0 == "[" })
                let name = inner.prefix(while: { $0 != "]" })
                if let path = Self.keyPath(name) {
                    table = path
                    record(path, number)
                }
            } else if let eq = Self.assignment(in: trimmed), let path = Self.keyPath(trimmed[..<eq]) {
                record(table + path, number)
            }
        }
    }

    private mutating func record(_ path: [String], _ line: Int) {
        if lines[path] == nil { lines[path] = line }
    }

    /// The line of `path`; else, for a table only implied by its children
    /// (`[roles.late]` implies `roles`), the first child's line; else the line of the
    /// nearest written ancestor (a key inside an inline table).
    func line(of path: [String]) -> Int? {
        if let exact = lines[path] { return exact }
        let children = lines.filter { $0.key.starts(with: path) }.map(\.value)
        if let first = children.min() { return first }
        var prefix = path
        while !prefix.isEmpty {
            prefix.removeLast()
            if let line = lines[prefix] { return line }
        }
        return nil
    }

    // MARK: - Scanning

    private struct Scanned {
        var text: Substring
        var startedInsideValue: Bool
    }

    /// Strips the comment from `line` and tracks brackets and strings that continue onto
    /// the next line.
    private static func scan(_ line: Substring, depth: inout Int, openString: inout String?) -> Scanned {
        let startedInside = depth > 0
        var i = line.startIndex
        var end = line.endIndex
        while i < line.endIndex {
            let c = line[i]
            if c == "#" { end = i; break }
            if c == "\"" || c == "'" {
                let triple = String(repeating: c, count: 3)
                if line[i...].hasPrefix(triple) {
                    let after = line.index(i, offsetBy: 3)
                    if let close = line[after...].range(of: triple) {
                        i = close.upperBound
                        continue
                    }
                    openString = triple
                    end = i
                    break
                }
                i = skipString(line, from: i, quote: c)
                continue
            }
            // Only brackets in the value part matter; a table header's brackets close on its line.
            if c == "[" || c == "{" { depth += 1 }
            if c == "]" || c == "}" { depth = max(0, depth - 1) }
            i = line.index(after: i)
        }
        return Scanned(text: line[line.startIndex..<end], startedInsideValue: startedInside)
    }

    /// The index just past the string that starts at `start`.
    private static func skipString(_ line: Substring, from start: Substring.Index, quote: Character) -> Substring.Index {
        var i = line.index(after: start)
        while i < line.endIndex {
            if quote == "\"", line[i] == "\\" {
                i = line.index(after: i)
                if i < line.endIndex { i = line.index(after: i) }
                continue
            }
            if line[i] == quote { return line.index(after: i) }
            i = line.index(after: i)
        }
        return i
    }

    /// The position of the `=` that ends the key, ignoring any inside quoted keys.
    private static func assignment(in line: Substring) -> Substring.Index? {
        var i = line.startIndex
        while i < line.endIndex {
            let c = line[i]
            if c == "=" { return i }
            if c == "\"" || c == "'" { i = skipString(line, from: i, quote: c); continue }
            i = line.index(after: i)
        }
        return nil
    }

    /// `a.b."c d"` → `["a", "b", "c d"]`; nil for anything that is not a key.
    static func keyPath(_ text: Substring) -> [String]? {
        var parts: [String] = []
        var i = text.startIndex
        func skipSpaces() { while i < text.endIndex, text[i] == " " || text[i] == "\t" { i = text.index(after: i) } }
        while true {
            skipSpaces()
            guard i < text.endIndex else { return nil }
            let c = text[i]
            if c == "\"" || c == "'" {
                let end = skipString(text, from: i, quote: c)
                let body = text[text.index(after: i)..<text.index(before: end)]
                parts.append(c == "\"" ? body.replacingOccurrences(of: "\\\"", with: "\"") : String(body))
                i = end
            } else {
                let bare = text[i...].prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" })
                guard !bare.isEmpty else { return nil }
                parts.append(String(bare))
                i = bare.endIndex
            }
            skipSpaces()
            if i == text.endIndex { return parts }
            guard text[i] == "." else { return nil }
            i = text.index(after: i)
        }
    }
}
