/// Reports as GitHub-flavoured Markdown, to paste into a wiki, an issue or a chat:
/// headings, paragraphs, pipe tables and lists. Every piece of text is passed through
/// `escape`, so a task titled `*urgent* | <b>` stays that text and never becomes markup,
/// a broken table or a terminal escape. Charts are left out: their figures are in the
/// tables.
public enum ReportMarkdown {
    public static func status(_ report: StatusReport) -> String { render(.status(report)) }
    public static func debrief(_ report: DebriefReport) -> String { render(.debrief(report)) }

    /// Control characters made visible (see `ReportText.visible`), then a backslash
    /// before every character Markdown could read as markup: `\` `` ` `` `*` `_` `[`
    /// `]` `<` `>` `|` `~` `&` `$` `#`.
    public static func escape(_ text: String) -> String {
        let clean = ReportText.visible(text)
        guard clean.contains(where: { special.contains($0) }) else { return clean }
        var out = ""
        out.reserveCapacity(clean.count + 8)
        for ch in clean {
            if special.contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "$", "#"]

    public static func render(_ doc: ReportDocument) -> String {
        var out: [String] = ["# " + escape(doc.title), "", inline(doc.meta)]
        for block in doc.blocks {
            switch block {
            case .heading(let level, let text):
                out += ["", String(repeating: "#", count: max(2, level)) + " " + escape(text)]
            case .paragraph(let inlines):
                out += ["", inline(inlines)]
            case .note(let inlines):
                out += ["", "> " + inline(inlines)]
            case .list(let items):
                out.append("")
                for item in items {
                    out.append("- " + inline(item.inlines))
                    for (i, step) in item.steps.enumerated() { out.append("  \(i + 1). " + inline(step)) }
                }
            case .table(let table):
                out.append("")
                out += self.table(table)
            case .chart:
                continue
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func table(_ t: ReportDocument.Table) -> [String] {
        func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        var lines = [row(t.columns.map { escape($0.header) }),
                     "|" + t.columns.map { $0.numeric ? "---:|" : "---|" }.joined()]
        for r in t.rows { lines.append(row(r.map(cell))) }
        if let f = t.footer { lines.append(row(f.map(cell))) }
        return lines
    }

    static func cell(_ c: ReportDocument.Cell) -> String {
        c.inlines.isEmpty ? "" : inline(c.inlines)
    }

    static func inline(_ parts: [ReportDocument.Inline]) -> String {
        parts.map { part -> String in
            switch part {
            case .text(let s): return escape(s)
            case .strong(let s), .toned(let s, .bad): return s.isEmpty ? "" : "**" + escape(s) + "**"
            case .toned(let s, _): return escape(s)
            case .code(let s): return "`" + ReportText.visible(s).replacingOccurrences(of: "`", with: "'") + "`"
            }
        }.joined()
    }
}
