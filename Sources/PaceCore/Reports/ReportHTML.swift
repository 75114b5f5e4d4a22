/// Reports as one self-contained HTML file: inline CSS, inline SVG charts, no scripts
/// and nothing fetched from anywhere, laid out to print on A4 (rows and charts never
/// split across pages, headers repeated). The markup is well-formed XML (every
/// element closed, void elements self-closed, attributes quoted, only XML's own
/// entities) so it can be checked with any XML parser. All text is escaped.
public enum ReportHTML {
    public static func status(_ report: StatusReport) -> String { render(.status(report)) }
    public static func debrief(_ report: DebriefReport) -> String { render(.debrief(report)) }

    /// Control characters made visible (see `ReportText.visible`, which also keeps out
    /// what XML forbids), then `&`, `<`, `>`, `"` and `'` as entities.
    public static func escape(_ text: String) -> String {
        let clean = ReportText.visible(text)
        guard clean.contains(where: { "&<>\"'".contains($0) }) else { return clean }
        var out = ""
        out.reserveCapacity(clean.count + 16)
        for ch in clean {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    public static func render(_ doc: ReportDocument) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>\(escape(doc.title))</title>
            <style>
            \(css)
            </style>
            </head>
            <body>
            <header>
            <h1>\(escape(doc.title))</h1>
            <p class="meta">\(inline(doc.meta))</p>

            """
        var inSection = false
        for block in doc.blocks {
            switch block {
            case .heading(let level, let text):
                if level <= 2 {
                    out += inSection ? "</section>\n" : "</header>\n"
                    out += "<section>\n<h2>\(escape(text))</h2>\n"
                    inSection = true
                } else {
                    out += "<h3>\(escape(text))</h3>\n"
                }
            case .paragraph(let inlines):
                out += "<p>\(inline(inlines))</p>\n"
            case .note(let inlines):
                out += "<p class=\"note\">\(inline(inlines))</p>\n"
            case .list(let items):
                out += "<ul>\n"
                for item in items {
                    out += "<li>\(inline(item.inlines))"
                    if !item.steps.isEmpty {
                        out += "\n<ol>\n" + item.steps.map { "<li>\(inline($0))</li>\n" }.joined() + "</ol>\n"
                    }
                    out += "</li>\n"
                }
                out += "</ul>\n"
            case .table(let table):
                out += self.table(table)
            case .chart(let chart):
                out += "<figure>\n\(ReportSVG.render(chart))<figcaption>\(escape(ReportSVG.title(of: chart)))</figcaption>\n</figure>\n"
            }
        }
        out += inSection ? "</section>\n" : "</header>\n"
        out += "<footer><p>Made with pace report.</p></footer>\n</body>\n</html>\n"
        return out
    }

    static func table(_ t: ReportDocument.Table) -> String {
        func cls(_ c: ReportDocument.Column) -> String { c.numeric ? " class=\"num\"" : "" }
        var out = "<table>\n<thead><tr>"
        for c in t.columns { out += "<th\(cls(c))>\(escape(c.header))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        func row(_ cells: [ReportDocument.Cell]) -> String {
            "<tr>" + zip(t.columns, cells).map { "<td\(cls($0))>\(inline($1.inlines))</td>" }.joined() + "</tr>\n"
        }
        for r in t.rows { out += row(r) }
        out += "</tbody>\n"
        if let f = t.footer { out += "<tfoot>\n" + row(f) + "</tfoot>\n" }
        return out + "</table>\n"
    }

    static func inline(_ parts: [ReportDocument.Inline]) -> String {
        parts.map { part -> String in
            switch part {
            case .text(let s): return escape(s)
            case .strong(let s): return "<strong>\(escape(s))</strong>"
            case .code(let s): return "<code>\(escape(s))</code>"
            case .toned(let s, let tone): return "<span class=\"\(tone.rawValue)\">\(escape(s))</span>"
            }
        }.joined()
    }

    /// Print first: A4 pages with margins, nothing split across a page that should
    /// not be, colours that survive a black-and-white printer as weight and labels.
    static let css = """
        @page { size: A4; margin: 16mm 14mm 18mm; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { font: 10.5pt/1.45 "Helvetica Neue", Helvetica, Arial, "Segoe UI", sans-serif; color: #1d2330;
               margin: 0 auto; max-width: 200mm; padding: 10mm 8mm; background: #fff; }
        h1 { font-size: 17pt; margin: 0 0 1.5mm; }
        h2 { font-size: 13pt; margin: 7mm 0 2mm; padding-bottom: 1mm; border-bottom: 1px solid #c9ced6;
             break-after: avoid; page-break-after: avoid; }
        h3 { font-size: 11pt; margin: 4mm 0 1.5mm; break-after: avoid; page-break-after: avoid; }
        p { margin: 1.5mm 0; }
        .meta { color: #5b6472; margin-bottom: 3mm; }
        table { width: 100%; border-collapse: collapse; margin: 2mm 0 3mm; font-size: 9pt; }
        thead { display: table-header-group; }
        tfoot { display: table-row-group; }
        th, td { text-align: left; vertical-align: top; padding: 1mm 1.6mm; border-bottom: 1px solid #dde1e7; }
        th { background: #eef1f5; font-weight: 600; }
        th.num, td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        tfoot td { font-weight: 600; border-top: 1.5px solid #1d2330; border-bottom: none; }
        tr, li, figure, .note { break-inside: avoid; page-break-inside: avoid; }
        ul, ol { margin: 1.5mm 0; padding-left: 6mm; }
        code { font-family: "SFMono-Regular", Menlo, Consolas, monospace; font-size: 9pt; background: #eef1f5;
               padding: 0 1mm; border-radius: 2px; }
        .good { color: #1f7a3a; }
        .warn { color: #8a5a00; font-weight: 600; }
        .bad { color: #b3261e; font-weight: 700; }
        .muted { color: #5b6472; font-size: 9pt; }
        .note { border-left: 3px solid #2f5aa8; background: #f2f6fc; padding: 2mm 3mm; }
        figure { margin: 2mm 0 4mm; }
        figcaption { color: #5b6472; font-size: 9pt; margin-top: 1mm; }
        svg { display: block; width: 100%; height: auto; max-width: 180mm; }
        footer { margin-top: 8mm; color: #5b6472; font-size: 8.5pt; border-top: 1px solid #dde1e7; }
        @media print {
          body { padding: 0; max-width: none; font-size: 10pt; }
          th, .note, code { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          section { break-before: auto; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
