import Foundation

// embed-themes OUTPUT.swift THEME.toml...
//
// Writes `BundledThemes.files`, a dictionary from theme name to the file's text, as raw
// string literals. Run by the EmbedThemes build plugin; not installed.

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: embed-themes OUTPUT.swift THEME.toml...\n".utf8))
    exit(2)
}

/// The number of `#` a raw string needs so nothing in `text` ends it early or reads as
/// an escape: one more than the longest run of `#` after a quote or a backslash.
func delimiter(for text: String) -> String {
    var longest = 0
    var run = -1  // -1: not after a quote or backslash
    for ch in text {
        if ch == "\"" || ch == "\\" {
            longest = max(longest, max(run, 0))
            run = 0
        } else if ch == "#", run >= 0 {
            run += 1
        } else {
            longest = max(longest, max(run, 0))
            run = -1
        }
    }
    longest = max(longest, max(run, 0))
    return String(repeating: "#", count: longest + 1)
}

var swift = """
    // Generated at build time by the EmbedThemes plugin from the repo-root themes/ folder.
    // Edit the .toml files there, never this file.

    extension BundledThemes {
        /// Theme name → the text of its file.
        static let files: [String: String] = [

    """
for path in arguments.dropFirst() {
    let url = URL(fileURLWithPath: path)
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("embed-themes: cannot read \(path) as UTF-8 text\n".utf8))
        exit(1)
    }
    let name = url.deletingPathExtension().lastPathComponent
    let hashes = delimiter(for: text)
    // A multi-line literal drops the newline before its closing quotes, so this is
    // exactly the file's text, closing newline included.
    swift += "        \"\(name)\": \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),\n"
}
swift += "    ]\n}\n"

do {
    try Data(swift.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
} catch {
    FileHandle.standardError.write(Data("embed-themes: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
