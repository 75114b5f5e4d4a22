import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `pace report` on the real binary. The demo workspace at a fixed clock (Monday
/// 2026-11-30 09:00 UTC, with its kickoff baseline) gives Markdown snapshots kept in
/// Snapshots/; after a deliberate change, regenerate them with
/// `PACE_UPDATE_SNAPSHOTS=1 swift test --filter ReportCLITests` and read the diff.
@Suite struct ReportCLITests {
    static let now = "2026-11-30T09:00:00Z"

    func demo() throws -> PaceRunner {
        let pace = try PaceRunner(now: Self.now)
        let r = try pace.run("demo", "--print", "--data-dir", pace.dataDir.path)
        try #require(r.status == 0, "demo: \(r.stderr)")
        return pace
    }

    @Test func statusMarkdownSnapshot() throws {
        let pace = try demo()
        defer { pace.cleanUp() }
        let r = try pace.run("report", "status")
        try #require(r.status == 0, "\(r.stderr)")
        expectSnapshot(r.stdout, "status.md")
    }

    @Test func debriefMarkdownSnapshot() throws {
        let pace = try demo()
        defer { pace.cleanUp() }
        let r = try pace.run("report", "debrief")
        try #require(r.status == 0, "\(r.stderr)")
        expectSnapshot(r.stdout, "debrief.md")
    }

    @Test func htmlReportsAreWellFormedAndSelfContained() throws {
        let pace = try demo()
        defer { pace.cleanUp() }
        let file = pace.dataDir.appendingPathComponent("status.html")
        let written = try pace.run("report", "status", "--format", "html", "--output", file.path)
        try #require(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.isEmpty && written.stderr.contains("wrote the status report to \(file.path)"))
        let status = try String(contentsOf: file, encoding: .utf8)
        let debrief = try pace.run("report", "debrief", "--format", "html")
        try #require(debrief.status == 0, "\(debrief.stderr)")
        // Status: the burn-up and earned value; debrief: hours per milestone and two throughput charts.
        for (html, charts) in [(status, 2), (debrief.stdout, 3)] {
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
            let page = try #require(XMLPage.parse(html), "the HTML is not well-formed XML")
            #expect(page.elements.filter { $0 == "svg" }.count == charts)
            #expect(!page.elements.contains("script") && !page.elements.contains("link") && !page.elements.contains("img"))
            #expect(page.attributes.isDisjoint(with: ["src", "href", "xlink:href"]))
            #expect(!html.contains("url(") && !html.contains("@import"))
            #expect(html.contains("@page { size: A4;") && html.contains("break-inside: avoid") && html.contains("@media print"))
        }
        #expect(status.contains("<h2>Budget and earned value</h2>") && debrief.stdout.contains("<h2>Throughput per week</h2>"))
    }

    @Test func jsonHasTheDocumentedKeys() throws {
        let pace = try demo()
        defer { pace.cleanUp() }
        let s = try pace.run("report", "status", "--format", "json", "--since", "2026-11-16")
        try #require(s.status == 0, "\(s.stderr)")
        let status = try #require(try JSONSerialization.jsonObject(with: Data(s.stdout.utf8)) as? [String: Any])
        #expect(Set(status.keys) == ["baseline", "blocked", "budget", "burndown", "done", "generated", "kind", "milestones", "next",
                                     "nextDays", "overall", "overdue", "overloaded", "period", "project", "tasks"])
        #expect(status["kind"] as? String == "status" && status["baseline"] as? String == "kickoff")
        #expect((status["period"] as? [String: Any])?["from"] as? String == "2026-11-16")
        let milestones = try #require(status["milestones"] as? [[String: Any]])
        #expect(milestones.map { $0["name"] as? String } == ["alpha", "beta", "launch"])
        #expect(Set(milestones[0].keys) == ["doneEstimateHours", "doneTasks", "drivingChain", "due", "estimateHours", "finished",
                                            "forecast", "health", "name", "openTasks", "progress", "remainingHours", "slackWorkingDays"])
        let budget = try #require(status["budget"] as? [String: Any])
        let ev = try #require((budget["earnedValue"] as? [String: Any])?["money"] as? [String: Any])
        #expect(ev["pv"] is Double && ev["spi"] is Double)

        let d = try pace.run("report", "debrief", "--format", "json")
        try #require(d.status == 0, "\(d.stderr)")
        let debrief = try #require(try JSONSerialization.jsonObject(with: Data(d.stdout.utf8)) as? [String: Any])
        #expect(Set(debrief.keys) == ["accuracy", "baseline", "blockers", "currency", "generated", "hasMoney", "kind", "milestones",
                                      "otherCurrencies", "project", "scope", "slips", "throughput", "total"])
        let slips = try #require((debrief["slips"] as? [String: Any])?["tasks"] as? [[String: Any]])
        let cause = try #require((slips.first?["causes"] as? [[String: Any]])?.first)
        #expect(Set(cause.keys) == ["fromHours", "handles", "hours", "kind", "notStarted", "planned", "reasons", "started", "tasks",
                                    "text", "toHours", "workingDays"])
        #expect(Set(try #require(debrief["total"] as? [String: Any]).keys) == [
            "actualCost", "costAtCompletion", "due", "estimateHours", "finish", "finishIsForecast", "loggedHours", "name",
            "plannedCost", "plannedFinish", "plannedHours", "remainingHours", "slipVsDue", "slipVsPlan", "tasksDone", "tasksOpen"])
    }

    @Test func badInputExitsWithAMessageAndWritesNothing() throws {
        let pace = try demo()
        defer { pace.cleanUp() }
        let file = pace.dataDir.appendingPathComponent("report.md")
        let bad = try pace.run("report", "status", "--since", "someday", "--output", file.path)
        #expect(bad.status == 1 && bad.stdout.isEmpty)
        #expect(bad.stderr.contains("--since: unknown date 'someday' — accepted: today, tomorrow"))
        let future = try pace.run("report", "status", "--since", "2026-12-25", "--output", file.path)
        #expect(future.status == 1 && future.stderr.contains("after today"))
        let format = try pace.run("report", "debrief", "--format", "pdf", "--output", file.path)
        #expect(format.status == 2 && format.stderr.contains("'md', 'html' or 'json'"))
        let baseline = try pace.run("report", "debrief", "--baseline", "nope", "--output", file.path)
        #expect(baseline.status == 1 && baseline.stderr.contains("no baseline 'nope' in WEB — there are: kickoff"))
        let nowhere = try pace.run("report", "status", "--out", "/nonexistent-dir/report.md")
        #expect(nowhere.status == 1 && nowhere.stderr.contains("there is no directory /nonexistent-dir"))
        let folder = try pace.run("report", "status", "--out", pace.dataDir.path)
        #expect(folder.status == 1 && folder.stderr.contains("it is a directory; give a file name"))
        #expect(!FileManager.default.fileExists(atPath: file.path))

        // `pace report` alone is the status report; --out is --output, as for pace export.
        let plain = try pace.run("report", "--out", file.path)
        #expect(plain.status == 0 && plain.stderr.contains("wrote the status report to \(file.path)"))
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("# Status report: WEB Client portal relaunch"))
    }

    @Test func withoutABaselineTheReportsSayWhatIsMissing() throws {
        let pace = try PaceRunner(now: "2026-12-04T17:00:00Z")
        defer { pace.cleanUp() }
        for args in [["init"], ["project", "add", "APP", "App"], ["member", "add", "alice", "Alice"],
                     ["add", "login @alice est:10h due:2026-12-03"], ["log", "APP-1", "12h", "--date", "2026-12-02"], ["done", "APP-1"],
                     ["add", "api @alice est:6h"], ["block", "APP-2", "--reason", "waiting for keys"]] {
            let r = try pace.run(args)
            try #require(r.status == 0, "\(args): \(r.stderr)")
        }
        let status = try pace.run("report", "status")
        try #require(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("No baseline saved — planned value and SPI need `pace baseline save`"))
        // No rates and no budget: hours only.
        #expect(status.stdout.contains("|  | Hours |") && !status.stdout.contains("EUR"))
        let debrief = try pace.run("report", "debrief")
        #expect(debrief.stdout.contains("No baseline saved — planned dates, hours and cost need `pace baseline save`"))
        // Done a day after its due date, 12h against 10h.
        #expect(debrief.stdout.contains("| APP-1 | login | alice | Dec 3 | Dec 4 | **1d** | took 12h against 10h planned |"))
        #expect(debrief.stdout.contains("| APP-2 | api | Dec 4 | **still blocked** |"))
        let json = try pace.run("report", "status", "--format", "json")
        let o = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(o["baseline"] is NSNull)
        #expect((o["budget"] as? [String: Any])?["hasMoney"] as? Bool == false)
    }

    // MARK: Snapshots

    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    func expectSnapshot(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = Self.snapshots.appendingPathComponent(name)
        let env = ProcessInfo.processInfo.environment
        if env["PACE_PRINT_SNAPSHOTS"] != nil { print("=== \(name)\n\(actual)") }
        if env["PACE_UPDATE_SNAPSHOTS"] != nil {
            do { try Data(actual.utf8).write(to: url, options: .atomic) } catch { Issue.record("cannot write \(url.path): \(error)") }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no snapshot \(url.path); make it with PACE_UPDATE_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        if let diff = LineDiff.describe(expected: expected, actual: actual) {
            Issue.record(Comment(rawValue: "\(name) differs (- expected, + actual; PACE_UPDATE_SNAPSHOTS=1 rewrites it):\n\(diff)"),
                         sourceLocation: sourceLocation)
        }
    }
}

/// A line diff for snapshot failures: only the changed lines, each with its line
/// number and two lines of context, from a longest common subsequence so an inserted
/// line shows as one line and not as everything after it.
enum LineDiff {
    static func describe(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        // lcs[i][j]: the common length of e[i...] and a[j...].
        var lcs = Array(repeating: Array(repeating: 0, count: a.count + 1), count: e.count + 1)
        for i in stride(from: e.count - 1, through: 0, by: -1) {
            for j in stride(from: a.count - 1, through: 0, by: -1) {
                lcs[i][j] = e[i] == a[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var lines: [(mark: Character, number: Int, text: String)] = []
        var i = 0, j = 0
        while i < e.count || j < a.count {
            if i < e.count, j < a.count, e[i] == a[j] {
                lines.append((" ", j + 1, e[i])); i += 1; j += 1
            } else if i < e.count, j == a.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                lines.append(("-", i + 1, e[i])); i += 1
            } else {
                lines.append(("+", j + 1, a[j])); j += 1
            }
        }
        let changed = Set(lines.indices.filter { lines[$0].mark != " " })
        var out: [String] = []
        var last = -1
        for k in lines.indices where changed.contains(where: { abs($0 - k) <= 2 }) {
            if last >= 0 && k > last + 1 { out.append("  …") }
            out.append("\(lines[k].mark) \(lines[k].number) |\(lines[k].text)")
            last = k
        }
        return out.joined(separator: "\n")
    }
}

/// Element and attribute names of a page, or nil unless it is well-formed XML. On
/// Linux `XMLParser.parse()` can return true after an error (a mismatched end tag),
/// so the error callback, `parserError` and the balance of tags count too.
final class XMLPage: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var attributes: Set<String> = []
    private var open: [String] = []
    private var failed = false

    static func parse(_ text: String) -> XMLPage? {
        let page = XMLPage()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = page
        let ok = parser.parse()
        return ok && parser.parserError == nil && !page.failed && page.open.isEmpty && !page.elements.isEmpty ? page : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(name)
        self.attributes.formUnion(attributes.keys)
        open.append(name)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if open.last == name { open.removeLast() } else { failed = true }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { failed = true }
}
