import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import PaceCore

/// The Markdown and HTML renderers: figures spelled once, and user text that can never
/// turn into markup, a broken table, a script or a terminal escape.
@Suite struct ReportRenderingTests {
    typealias F = ReportFixture

    /// The fixture with everything a user can type made hostile.
    static func hostileInput(baseline: Baseline? = F.baseline) throws -> ReportInput {
        var project = F.project
        project.name = "Acme <b>&amp;</b> 'Q' \"R\"\u{0}"
        project.client = "Evil | Corp *inc*"
        var tasks = F.tasks
        tasks[0].title = "<script>alert('x')</script> & more"
        tasks[1].title = "pipe | star * under_score `tick` [link](http://x) $5 #1 ~s~ \\ \u{1B}[31mred\u{7}"
        tasks[2].title = "line one\nline two\r\t\u{202E}reversed"
        tasks[2].blockedReason = "]]> <!-- --> &#x41;"
        return try F.input(baseline: baseline, snapshot: F.snapshot(project: project, tasks: tasks))
    }

    @Test func spellings() {
        #expect(ReportText.duration(2 * 86_400) == "2d")
        #expect(ReportText.duration(2.5 * 86_400) == "2.5d")
        #expect(ReportText.duration(5 * 3600) == "5h")
        #expect(ReportText.duration(1800) == "30m")
        #expect(ReportText.amount(-165_427) == "-1,654.27")
        #expect(ReportText.slack(-2) == "2d late" && ReportText.slack(3) == "+3d")
        #expect(ReportText.lateness(2) == "2d late" && ReportText.lateness(-1) == "1d early" && ReportText.lateness(0) == "on time")
        #expect(ReportText.cause(.blocked(seconds: 2 * 86_400, reasons: ["keys", "legal"]), today: F.now.today) == "blocked 2d (keys; legal)")
        #expect(ReportText.cause(.startedLate(workingDays: 1, started: F.day("2026-12-01"), planned: F.day("2026-11-30"), notYet: false),
                                 today: F.now.today) == "started 1 working day late (Dec 1, planned Nov 30)")
        #expect(ReportText.cause(.reassigned(["alice", "bob"]), today: F.now.today) == "reassigned alice → bob")
    }

    @Test func longDrivingChainsKeepTheirEnds() {
        let chain = (1...20).map { n in
            StatusReport.ChainLink(task: F.id(n), title: "t\(n)", who: "bob", start: F.day("2026-12-07") + n,
                                   finish: F.day("2026-12-07") + n, reason: n == 1 ? .now : .busy(lane: .member("bob"), with: F.id(n - 1)))
        }
        let steps = ReportDocument.chainSteps(chain, today: F.now.today)
        #expect(steps.count == 10)
        #expect(steps[0] == [.text("WEB-1 t1 (bob), Dec 8 → Dec 8, starts now")])
        #expect(steps[3] == [.toned("… 11 more tasks in the chain …", .muted)])
        #expect(steps[9] == [.text("WEB-20 t20 (bob), Dec 27 → Dec 27, after WEB-19 (bob is busy)")])
        #expect(ReportDocument.chainSteps(Array(chain.prefix(10)), today: F.now.today).count == 10)
    }

    @Test func markdownEscaping() {
        #expect(ReportMarkdown.escape("plain words, 4h (ok).") == "plain words, 4h (ok).")
        #expect(ReportMarkdown.escape("*a* | <b> _c_ `d` [e](f) & $5 #1 ~x~ \\")
                == "\\*a\\* \\| \\<b\\> \\_c\\_ \\`d\\` \\[e\\](f) \\& \\$5 \\#1 \\~x\\~ \\\\")
        // Control characters shown, never sent; a line break cannot end a table row.
        #expect(ReportMarkdown.escape("\u{1B}[31mred\u{7}\nnext") == "^\\[\\[31mred^G next")
    }

    @Test func markdownOfAHostileReportKeepsItsTables() throws {
        let input = try Self.hostileInput()
        for md in [ReportMarkdown.status(StatusReport.make(input, since: F.day("2026-12-01"))), ReportMarkdown.debrief(DebriefReport.make(input))] {
            #expect(!md.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
            #expect(!md.contains("<script>") && !md.contains("\u{202E}"))
            #expect(md.contains("\\<script\\>alert('x')\\</script\\> \\& more"))
            // Every row of a table has as many cell separators as its header.
            var columns: Int?
            for line in md.split(separator: "\n", omittingEmptySubsequences: false) {
                guard line.hasPrefix("|") else { columns = nil; continue }
                let pipes = Self.unescapedPipes(line)
                if let columns { #expect(pipes == columns, "\(line)") } else { columns = pipes }
            }
        }
    }

    static func unescapedPipes(_ line: Substring) -> Int {
        var count = 0, escaped = false
        for ch in line {
            if escaped { escaped = false; continue }
            if ch == "\\" { escaped = true } else if ch == "|" { count += 1 }
        }
        return count
    }

    @Test func htmlEscaping() {
        #expect(ReportHTML.escape("<script>alert(\"x\")</script> & 'q'\u{7}\u{0}")
                == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;^G^@")
        // What XML refuses outright never gets through.
        #expect(ReportHTML.escape("a\u{FFFE}b\u{1}") == "a\u{FFFD}b^A")
    }

    @Test func statusHeadline() throws {
        let md = ReportMarkdown.status(StatusReport.make(try F.input(), since: F.day("2026-12-01")))
        #expect(md.contains("**Overall: late.** 1 of 1 milestone late, 0 at risk; 2 of 3 tasks done, 1 blocked, 1 overdue. "
                            + "Budget on track: spent 1,800.00 EUR of 5,000.00 EUR (36%), forecast at completion 2,200.00 EUR (44%), "
                            + "2,800.00 EUR to spare.\n"))
        // CPI 1.00 reads good, SPI 0.83 poor, as the budget view rates them.
        #expect(md.contains("| EUR | 2,160.00 | 2,160.00 | 1,800.00 | 1,800.00 | 1.00 | **0.83** |"))
    }

    @Test func withoutABaselineTheReportsSaySo() throws {
        let input = try F.input(baseline: nil)
        let status = ReportMarkdown.status(StatusReport.make(input, since: F.day("2026-12-01")))
        #expect(status.contains("> No baseline saved — planned value and SPI need `pace baseline save`"))
        #expect(status.contains("· no baseline"))
        let debrief = ReportMarkdown.debrief(DebriefReport.make(input))
        #expect(debrief.contains("> No baseline saved — planned dates, hours and cost need `pace baseline save`"))
        #expect(debrief.contains("1 task finished, or is forecast to finish, later than its due date, with what the log says held it up:"))
    }

    @Test func ratesInAnotherCurrencyAreNamedNotSilentlySummed() throws {
        var snap = F.snapshot()
        snap.members[1].hourlyRate = Money(minorUnits: 60_00, currency: "USD")
        let schedule = try Scheduler.schedule(.forProject(snap, now: F.now))
        let input = ReportInput(snapshot: snap, schedule: schedule, activity: F.activity, entries: F.entries,
                                rates: RateHistory(members: snap.members), baseline: F.baseline, now: F.now)
        let note = "> Rates in USD are counted as EUR (no currency conversion)."
        #expect(ReportMarkdown.status(StatusReport.make(input, since: F.day("2026-12-01"))).contains(note))
        let debrief = DebriefReport.make(input)
        #expect(debrief.otherCurrencies == ["USD"] && ReportMarkdown.debrief(debrief).contains(note))
        #expect(!ReportMarkdown.debrief(DebriefReport.make(try F.input())).contains("Rates in"))
    }

    @Test func htmlOfAHostileReportParsesAsXML() throws {
        // The checker itself refuses what is not well-formed.
        #expect(XMLOutline.parse("<p><b>x</p>") == nil)
        #expect(XMLOutline.parse("<p>a & b</p>") == nil)
        #expect(XMLOutline.parse("<p>x</p><q/>") == nil)
        #expect(XMLOutline.parse("<p>&nbsp;</p>") == nil)
        #expect(XMLOutline.parse("<!DOCTYPE html>\n<html><body><p>x<br /></p></body></html>") != nil)
        for baseline in [F.baseline, nil] {
            let input = try Self.hostileInput(baseline: baseline)
            let pages = [("Status report", ReportHTML.status(StatusReport.make(input, since: F.day("2026-12-01")))),
                         ("Debrief", ReportHTML.debrief(DebriefReport.make(input)))]
            for (kind, html) in pages {
                let doc = try #require(XMLOutline.parse(html), "not well-formed: \(kind)")
                #expect(doc.elements.first == "html")
                #expect(!doc.elements.contains("script"))
                #expect(doc.elements.contains("svg") && doc.elements.contains("table") && doc.elements.contains("style"))
                #expect(doc.text(of: "h1") == "\(kind): WEB Acme <b>&amp;</b> 'Q' \"R\"^@")
                #expect(doc.allText.contains("<script>alert('x')</script> & more"))
                // Self-contained: nothing to fetch.
                #expect(doc.attributes.isDisjoint(with: ["src", "href", "xlink:href"]))
                #expect(!html.contains("<link") && !html.contains("@import") && !html.contains("url("))
            }
        }
    }
}

/// What an XML parser makes of a page: element names in document order and the text
/// of each, or nil when the page is not well-formed.
final class XMLOutline: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var attributes: Set<String> = []
    var texts: [String: String] = [:]
    var allText = ""
    private var open: [String] = []

    private var failed = false

    /// On Linux `parse()` can return true after an error (a mismatched end tag), so the
    /// error callback, `parserError` and the balance of tags are checked as well.
    static func parse(_ text: String) -> XMLOutline? {
        let outline = XMLOutline()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = outline
        let ok = parser.parse()
        return ok && parser.parserError == nil && !outline.failed && outline.open.isEmpty && !outline.elements.isEmpty ? outline : nil
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { failed = true }

    func text(of element: String) -> String? { texts[element] }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(name)
        self.attributes.formUnion(attributes.keys)
        open.append(name)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if open.last == name { open.removeLast() } else { failed = true }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        allText += string
        for e in open { texts[e, default: ""] += string }
    }
}
