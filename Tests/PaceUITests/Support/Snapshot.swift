import Testing
@testable import PaceUI

/// Compares a canvas with a multi-line string literal, line by line. Trailing spaces
/// are ignored on both sides (`Canvas.text` trims them), so the literal stays readable.
/// On a mismatch the issue shows every line numbered, with `-` for the expected and
/// `+` for the actual version of the lines that differ.
func expectSnapshot(_ canvas: Canvas, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    if let diff = snapshotDiff(actual: canvas.text, expected: expected) {
        Issue.record(Comment(rawValue: diff), sourceLocation: sourceLocation)
    }
}

/// `nil` when equal, otherwise the readable diff `expectSnapshot` reports. Kept apart
/// so the diff format itself can be tested.
func snapshotDiff(actual: String, expected: String) -> String? {
    let a = trimmedLines(actual), e = trimmedLines(expected)
    guard a != e else { return nil }
    var out = ["Snapshot mismatch (\(e.count) lines expected, \(a.count) actual; - expected, + actual):"]
    let digits = String(max(a.count, e.count)).count
    for i in 0..<max(a.count, e.count) {
        let number = String(repeating: " ", count: digits - String(i + 1).count) + String(i + 1)
        let el = i < e.count ? e[i] : nil, al = i < a.count ? a[i] : nil
        if el == al {
            out.append("  \(number) |\(el ?? "")")
        } else {
            // `|` marks where the line starts, so leading spaces are visible.
            if let el { out.append("- \(number) |\(el)") }
            if let al { out.append("+ \(number) |\(al)") }
        }
    }
    return out.joined(separator: "\n")
}

private func trimmedLines(_ s: String) -> [String] {
    s.split(separator: "\n", omittingEmptySubsequences: false).map { line in
        var l = Substring(line)
        while l.last == " " { l = l.dropLast() }
        return String(l)
    }
}

/// Compares the styles of a canvas with a grid of letters, one per cell (a wide
/// character's continuation cell included), using `legend` to name styles. A cell
/// whose style is not in the legend shows as `?`. Lets a test say "this row is
/// highlighted" as readably as a text snapshot.
func expectStyles(_ canvas: Canvas, _ legend: [Character: Style], _ expected: String,
                  sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = styleMap(canvas, legend)
    if let diff = snapshotDiff(actual: actual, expected: expected) {
        Issue.record(Comment(rawValue: "Styles differ.\n" + diff), sourceLocation: sourceLocation)
    }
}

func styleMap(_ canvas: Canvas, _ legend: [Character: Style]) -> String {
    // Sorted so a style listed under two letters resolves the same way every run.
    let names = legend.sorted { $0.key < $1.key }
    return (0..<canvas.height).map { y in
        String((0..<canvas.width).map { x in
            names.first { $0.value == canvas[x, y].style }?.key ?? "?"
        })
    }.joined(separator: "\n")
}
