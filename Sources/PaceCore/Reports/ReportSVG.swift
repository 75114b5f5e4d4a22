import Foundation

/// The charts of the HTML reports as inline SVG: fixed view boxes that scale to the
/// page, plain shapes and text, colours as attributes so they print without the
/// stylesheet. Every label is escaped like the rest of the page.
enum ReportSVG {
    static let ink = "#1d2330", muted = "#5b6472", grid = "#dde1e7"
    static let scope = "#5b6472", done = "#2f7d4a", doneFill = "#cfe8d6", remaining = "#2f5aa8", second = "#2f5aa8", first = "#b8c0cc"

    static func title(of chart: ReportDocument.Chart) -> String {
        switch chart {
        case .burnup(let title, _), .bars(let title, _, _, _, _), .pairs(let title, _, _, _): title
        }
    }

    static func render(_ chart: ReportDocument.Chart) -> String {
        switch chart {
        case .burnup(let title, let days): burnup(title, days)
        case .bars(let title, let labels, let values, let unit, let texts): bars(title, labels, values, unit, texts)
        case .pairs(let title, let first, let second, let rows): pairs(title, first, second, rows)
        }
    }

    /// A coordinate with at most one decimal.
    static func n(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : (tenths < 0 && tenths > -10 ? "-" : "") + "\(tenths / 10).\(abs(tenths % 10))"
    }

    /// The smallest round number at or above `v` whose quarters are round too (for
    /// the four grid lines): 1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6, 8 × 10^k.
    static func niceCeiling(_ v: Double) -> Double {
        guard v > 0, v.isFinite else { return 1 }
        let magnitude = pow(10, floor(log10(v)))
        for m in [1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6, 8, 10] where m * magnitude >= v * (1 - 1e-9) { return m * magnitude }
        return 10 * magnitude
    }

    static func text(_ x: Double, _ y: Double, _ s: String, anchor: String = "start", size: Int = 10, fill: String = muted,
                     weight: String? = nil) -> String {
        "<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(size)\" fill=\"\(fill)\" text-anchor=\"\(anchor)\""
            + (weight.map { " font-weight=\"\($0)\"" } ?? "") + ">\(ReportHTML.escape(s))</text>\n"
    }

    static func open(_ title: String, width: Int, height: Int) -> String {
        "<svg viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"\(ReportHTML.escape(title))\" font-family=\"Helvetica, Arial, sans-serif\">\n"
            + "<title>\(ReportHTML.escape(title))</title>\n"
    }

    /// Horizontal grid lines with their values, from 0 to `top`.
    static func yGrid(top: Double, unit: String, x0: Double, x1: Double, y0: Double, y1: Double) -> String {
        var out = ""
        for i in 0...4 {
            let v = top * Double(i) / 4
            let y = y1 - (y1 - y0) * Double(i) / 4
            out += "<line x1=\"\(n(x0))\" y1=\"\(n(y))\" x2=\"\(n(x1))\" y2=\"\(n(y))\" stroke=\"\(i == 0 ? muted : grid)\" stroke-width=\"1\" />\n"
            out += text(x0 - 4, y + 3.5, number(v) + unit, anchor: "end", size: 9)
        }
        return out
    }

    /// `12`, `2.5`, `12k`, `1.2M`: an axis value.
    static func number(_ v: Double) -> String {
        if v >= 1_000_000 { return n(v / 1_000_000) + "M" }
        if v >= 10_000 { return n(v / 1000) + "k" }
        return n(v)
    }

    static func burnup(_ title: String, _ days: [BurndownDay]) -> String {
        let w = 680.0, h = 230.0, x0 = 52.0, x1 = w - 12, y0 = 28.0, y1 = h - 30
        let top = niceCeiling(Double(days.map(\.scopeMinutes).max() ?? 0) / 60)
        let count = max(1, days.count - 1)
        func x(_ i: Int) -> Double { x0 + (x1 - x0) * Double(i) / Double(count) }
        func y(_ minutes: Int) -> Double { y1 - (y1 - y0) * (Double(minutes) / 60 / top) }
        var out = open(title, width: Int(w), height: Int(h))
        out += yGrid(top: top, unit: "h", x0: x0, x1: x1, y0: y0, y1: y1)
        let done = days.enumerated().map { "\(n(x($0.offset))),\(n(y($0.element.doneMinutes)))" }
        out += "<polygon points=\"\(n(x0)),\(n(y1)) \(done.joined(separator: " ")) \(n(x(days.count - 1))),\(n(y1))\" fill=\"\(doneFill)\" stroke=\"none\" />\n"
        out += "<polyline points=\"\(done.joined(separator: " "))\" fill=\"none\" stroke=\"\(ReportSVG.done)\" stroke-width=\"2\" />\n"
        let scopeLine = days.enumerated().map { "\(n(x($0.offset))),\(n(y($0.element.scopeMinutes)))" }
        out += "<polyline points=\"\(scopeLine.joined(separator: " "))\" fill=\"none\" stroke=\"\(scope)\" stroke-width=\"2\" stroke-dasharray=\"5 3\" />\n"
        let rem = days.enumerated().map { "\(n(x($0.offset))),\(n(y($0.element.remainingMinutes)))" }
        out += "<polyline points=\"\(rem.joined(separator: " "))\" fill=\"none\" stroke=\"\(remaining)\" stroke-width=\"2\" />\n"
        // Dates under the axis: first, middle and last.
        if let first = days.first, let last = days.last {
            let today = last.day
            out += text(x0, y1 + 16, Format.shortDate(first.day, today: today), anchor: "start", size: 9)
            if days.count > 4 {
                let mid = days.count / 2
                out += text(x(mid), y1 + 16, Format.shortDate(days[mid].day, today: today), anchor: "middle", size: 9)
            }
            out += text(x1, y1 + 16, Format.shortDate(last.day, today: today), anchor: "end", size: 9)
        }
        // Legend, with the latest figures.
        let last = days.last
        let legend: [(String, String, Bool)] = [
            ("scope " + Format.hours(last?.scopeMinutes ?? 0), scope, true),
            ("done " + Format.hours(last?.doneMinutes ?? 0), ReportSVG.done, false),
            ("remaining " + Format.hours(last?.remainingMinutes ?? 0), remaining, false),
        ]
        var lx = x0
        for (label, colour, dashed) in legend {
            out += "<line x1=\"\(n(lx))\" y1=\"12\" x2=\"\(n(lx + 18))\" y2=\"12\" stroke=\"\(colour)\" stroke-width=\"2\""
                + (dashed ? " stroke-dasharray=\"5 3\"" : "") + " />\n"
            out += text(lx + 22, 15.5, label, size: 10, fill: ink)
            lx += 34 + Double(label.count) * 5.6
        }
        return out + "</svg>\n"
    }

    static func bars(_ title: String, _ labels: [String], _ values: [Double], _ unit: String, _ texts: [String]?) -> String {
        let w = 680.0, h = 200.0, x0 = 52.0, x1 = w - 12, y0 = 16.0, y1 = h - 26
        let top = niceCeiling(values.max() ?? 0)
        let slot = (x1 - x0) / Double(max(1, values.count))
        let barWidth = min(60, slot * 0.7)
        let longest = Double(labels.map(\.count).max() ?? 1)
        // Label every k-th bar so labels never run into each other.
        let every = max(1, Int((longest * 5.6 + 6) / slot) + 1)
        var out = open(title, width: Int(w), height: Int(h))
        out += yGrid(top: top, unit: unit == "h" ? "h" : "", x0: x0, x1: x1, y0: y0, y1: y1)
        for (i, v) in values.enumerated() {
            let cx = x0 + slot * (Double(i) + 0.5)
            let bh = (y1 - y0) * max(0, v) / top
            out += "<rect x=\"\(n(cx - barWidth / 2))\" y=\"\(n(y1 - bh))\" width=\"\(n(barWidth))\" height=\"\(n(bh))\" fill=\"\(second)\" />\n"
            if let texts, i < texts.count, slot >= Double(texts[i].count) * 5.6 + 4 {
                out += text(cx, y1 - bh - 3, texts[i], anchor: "middle", size: 9, fill: ink)
            }
            if i % every == 0 {
                out += text(cx, y1 + 14, labels[i], anchor: "middle", size: 9)
            }
        }
        return out + "</svg>\n"
    }

    static func pairs(_ title: String, _ firstName: String, _ secondName: String, _ rows: [ReportDocument.PairRow]) -> String {
        let w = 680.0, rowHeight = 34.0, x0 = 120.0, x1 = w - 150, top = 26.0
        let h = top + rowHeight * Double(rows.count) + 8
        let scale = niceCeiling(rows.flatMap { [$0.first, $0.second] }.max() ?? 0)
        func width(_ v: Double) -> Double { (x1 - x0) * max(0, v) / scale }
        var out = open(title, width: Int(w), height: Int(h))
        out += "<rect x=\"\(n(x0))\" y=\"6\" width=\"12\" height=\"8\" fill=\"\(first)\" />\n" + text(x0 + 16, 14, firstName, size: 10, fill: ink)
        let lx = x0 + 30 + Double(firstName.count) * 5.6
        out += "<rect x=\"\(n(lx))\" y=\"6\" width=\"12\" height=\"8\" fill=\"\(second)\" />\n" + text(lx + 16, 14, secondName, size: 10, fill: ink)
        for (i, r) in rows.enumerated() {
            let y = top + rowHeight * Double(i)
            out += text(x0 - 8, y + 16, r.label, anchor: "end", size: 10, fill: ink, weight: "600")
            out += "<rect x=\"\(n(x0))\" y=\"\(n(y + 3))\" width=\"\(n(width(r.first)))\" height=\"11\" fill=\"\(first)\" />\n"
            out += text(x0 + width(r.first) + 4, y + 12, r.firstText, size: 9)
            out += "<rect x=\"\(n(x0))\" y=\"\(n(y + 16))\" width=\"\(n(width(r.second)))\" height=\"11\" fill=\"\(second)\" />\n"
            out += text(x0 + width(r.second) + 4, y + 25, r.secondText, size: 9)
        }
        return out + "</svg>\n"
    }
}
