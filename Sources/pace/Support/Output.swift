import Foundation
import PaceCore
import PaceUI
#if canImport(Glibc)
import Glibc
#endif

/// Printing for the CLI: aligned tables cut to the terminal's width, colour only on a
/// terminal and never with `NO_COLOR`, user text always stripped of control characters.
struct Output {
    let colour: Bool
    let width: Int

    init(environment: [String: String]) {
        let tty = isatty(STDOUT_FILENO) == 1
        colour = tty && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
        var w = 0
        if tty {
            var size = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 { w = Int(size.ws_col) }
        }
        if w <= 0, let c = environment["COLUMNS"].flatMap(Int.init), c > 0 { w = c }
        width = w > 0 ? min(w, 1000) : 100
    }

    enum Tone { case plain, bold, dim, red, yellow, green, cyan, magenta }

    func paint(_ text: String, _ tone: Tone) -> String {
        guard colour, tone != .plain else { return text }
        let code: String
        switch tone {
        case .plain: return text
        case .bold: code = "1"
        case .dim: code = "2"
        case .red: code = "31"
        case .yellow: code = "33"
        case .green: code = "32"
        case .cyan: code = "36"
        case .magenta: code = "35"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    func line(_ text: String = "") {
        print(text)
    }

    /// A column of a table: header, alignment, and whether it absorbs the width that is
    /// left (titles) or is cut first when the terminal is narrow.
    struct Column {
        var header: String
        var alignRight = false
        var flexible = false
        /// When the terminal is too narrow even with the flexible column at its
        /// minimum, columns are dropped in ascending `dropOrder`; nil never drops.
        var dropOrder: Int?
        init(_ header: String, alignRight: Bool = false, flexible: Bool = false, dropOrder: Int? = nil) {
            self.header = header
            self.alignRight = alignRight
            self.flexible = flexible
            self.dropOrder = dropOrder
        }
    }

    struct Cell {
        var text: String
        var tone: Tone
        init(_ text: String, _ tone: Tone = .plain) {
            self.text = CLIText.safe(text)
            self.tone = tone
        }
    }

    func table(_ allColumns: [Column], _ allRows: [[Cell]]) {
        var keep = Array(allColumns.indices)
        let minFlex = 8
        func needed(_ idx: [Int]) -> Int {
            idx.reduce(0) { sum, i in
                let c = allColumns[i]
                let natural = allRows.reduce(CLIText.width(c.header)) { max($0, CLIText.width($1[i].text)) }
                return sum + (c.flexible ? min(natural, minFlex) : natural)
            } + 2 * (idx.count - 1)
        }
        for drop in allColumns.indices.filter({ allColumns[$0].dropOrder != nil }).sorted(by: { allColumns[$0].dropOrder! < allColumns[$1].dropOrder! }) {
            if needed(keep) <= width { break }
            keep.removeAll { $0 == drop }
        }
        let columns = keep.map { allColumns[$0] }
        let rows = allRows.map { r in keep.map { r[$0] } }
        var widths = columns.enumerated().map { i, c in
            rows.reduce(CLIText.width(c.header)) { max($0, CLIText.width($1[i].text)) }
        }
        let gaps = 2 * (columns.count - 1)
        let total = widths.reduce(0, +) + gaps
        if total > width, let flex = columns.firstIndex(where: \.flexible) {
            widths[flex] = max(8, widths[flex] - (total - width))
        }
        func render(_ cells: [Cell], header: Bool) -> String {
            var parts: [String] = []
            for (i, c) in columns.enumerated() {
                let isLast = i == columns.count - 1
                var text = CLIText.fit(cells[i].text, widths[i], alignRight: c.alignRight)
                if isLast && !c.alignRight { text = CLIText.trimTrailing(text) }
                parts.append(header ? paint(text, .bold) : paint(text, cells[i].tone))
            }
            return CLIText.trimTrailing(parts.joined(separator: "  "))
        }
        line(render(columns.map { Cell($0.header) }, header: true))
        for r in rows { line(render(r, header: false)) }
    }

    /// `label:  value` pairs, labels aligned.
    func fields(_ pairs: [(String, String)]) {
        let w = pairs.map { CLIText.width($0.0) }.max() ?? 0
        for (k, v) in pairs {
            line(paint(CLIText.fit(k + ":", w + 1), .dim) + " " + CLIText.safe(v))
        }
    }

    func json(_ value: some JSONWritable) throws {
        var writer = JSONWriter(capacity: 1 << 16)
        value.write(&writer)
        var bytes = writer.bytes
        bytes.append(0x0A)
        FileHandle.standardOutput.write(Data(bytes))
    }
}

/// Display-width text helpers for the CLI, on the view module's width and sanitizer
/// rules so the CLI and the dashboard cut and clean text the same way.
enum CLIText {
    static func safe(_ text: String) -> String { TextSanitizer.visible(text) }
    static func width(_ text: String) -> Int { TextWidth.of(text) }
    static func fit(_ text: String, _ w: Int, alignRight: Bool = false) -> String {
        TextWidth.pad(text, to: w, alignRight: alignRight)
    }
    static func trimTrailing(_ s: String) -> String {
        var t = Substring(s)
        while t.last == " " { t = t.dropLast() }
        return String(t)
    }
}
