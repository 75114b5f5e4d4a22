import Foundation
import Testing

/// `pace budget` on a small hand-made workspace, worked out by hand (the same project as
/// PaceCoreTests' MoneyEarnedValueTests): alice 100 EUR/h; bob 60 EUR/h, 80 from Dec 3.
/// Figures taken on Friday 2026-12-04.
@Suite struct BudgetCLITests {
    func workspace() throws -> PaceRunner {
        let pace = try PaceRunner(now: "2026-12-04T17:00:00Z")
        func ok(_ args: String...) throws {
            let r = try pace.run(args)
            try #require(r.status == 0, "\(args.joined(separator: " ")): \(r.stderr)")
        }
        try ok("init")
        try ok("project", "add", "WEB", "Portal")
        try ok("project", "edit", "WEB", "--budget", "4000 EUR")
        try ok("member", "add", "alice", "Alice", "--rate", "100 EUR")
        try ok("member", "add", "bob", "Bob", "--rate", "60 EUR")
        try ok("add", "login @alice est:10h")
        try ok("add", "api @bob est:20h")
        try ok("add", "docs @alice est:8h")
        try ok("log", "WEB-1", "6h", "--date", "2026-12-01")
        try ok("log", "WEB-1", "6h", "--date", "2026-12-02")
        try ok("log", "WEB-2", "8h", "--member", "bob", "--date", "2026-12-02")
        try ok("member", "edit", "bob", "--rate", "80 EUR", "--from", "2026-12-03")
        try ok("log", "WEB-2", "8h", "--member", "bob", "--date", "2026-12-03")
        try ok("done", "WEB-1")
        try ok("start", "WEB-2")
        try ok("edit", "WEB-2", "--remaining", "5h")
        return pace
    }

    func amount(_ any: Any?) -> Double? { (any as? [String: Any])?["amount"] as? Double }

    @Test func budgetAsJSON() throws {
        let pace = try workspace()
        defer { pace.cleanUp() }
        let r = try pace.run("budget", "--json")
        try #require(r.status == 0, "\(r.stderr)")
        let o = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(o["asOf"] as? String == "2026-12-04")
        #expect(o["baseline"] is NSNull)
        #expect(o["currency"] as? String == "EUR")
        // Spent: alice 12h × 100 = 1200; bob 8h × 60 (Dec 2, before his raise) + 8h × 80 = 1120.
        #expect(amount(o["spent"]) == 2320)
        #expect(o["spentHours"] as? Double == 28)
        // Committed: WEB-2 5h × 80 = 400 + WEB-3 8h × 100 = 800.
        #expect(amount(o["committed"]) == 1200)
        #expect(amount(o["forecastAtCompletion"]) == 3520)
        #expect(amount(o["forecastVariance"]) == 480)
        let ev = try #require((o["earnedValue"] as? [String: Any])?["money"] as? [String: Any])
        // BAC 1000 + 1600 + 800; EV 1000 + 1600 × 15/20; no baseline, no PV.
        #expect(ev["bac"] as? Double == 3400)
        #expect(ev["ev"] as? Double == 2200)
        #expect(ev["ac"] as? Double == 2320)
        #expect(ev["pv"] is NSNull && ev["spi"] is NSNull)
        #expect(ev["eac"] as? Double == 3585.45)
        let members = try #require(o["members"] as? [[String: Any]])
        #expect(members.map { $0["handle"] as? String } == ["alice", "bob"])
        #expect(amount(members[1]["spent"]) == 1120)
        #expect(amount(members[1]["hourlyRate"]) == 80)

        // The member JSON carries the rate history the figures were priced with.
        let bob = try pace.run("member", "show", "bob", "--json")
        let shown = try #require(try JSONSerialization.jsonObject(with: Data(bob.stdout.utf8)) as? [String: Any])
        let history = try #require(shown["rateHistory"] as? [[String: Any]])
        #expect(history.map { $0["from"] as? String } == ["1970-01-01", "2026-12-03"], "the rate given when bob was added applies to all time before the raise")
        #expect(history.map { amount($0["rate"]) } == [60, 80])
        let listed = try pace.run("member", "ls", "--json")
        let all = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect((all[0]["rateHistory"] as? [[String: Any]])?.count == 1, "alice: one rate since she was added")

        #expect((o["otherCurrencies"] as? [String]) == [])

        // A member paid in another currency is counted as EUR, and the budget says so.
        try #require(try pace.run("member", "add", "carol", "Carol", "--rate", "70 USD").status == 0)
        let mixed = try pace.run("budget", "--json")
        let m = try #require(try JSONSerialization.jsonObject(with: Data(mixed.stdout.utf8)) as? [String: Any])
        #expect((m["otherCurrencies"] as? [String]) == ["USD"])
        #expect(try pace.run("budget").stdout.contains("note: rates in USD are counted as EUR (no currency conversion)"))

        // The past keeps its price: looking back from Dec 2, bob's rate was 60.
        let back = try pace.run("budget", "--json", "--as-of", "2026-12-02")
        let b = try #require(try JSONSerialization.jsonObject(with: Data(back.stdout.utf8)) as? [String: Any])
        #expect(amount(b["spent"]) == 1680)
    }

    @Test func baselineThenBudgetText() throws {
        let pace = try workspace()
        defer { pace.cleanUp() }
        let saved = try pace.run("baseline", "save", "kickoff")
        #expect(saved.status == 0)
        #expect(saved.stdout.contains("saved baseline kickoff of WEB (3 tasks)"))
        #expect(try pace.run("baseline", "save", "kickoff").status == 1)
        let ls = try pace.run("baseline", "ls")
        #expect(ls.stdout.contains("kickoff"))
        let text = try pace.run("budget")
        #expect(text.status == 0)
        #expect(text.stdout.contains("against baseline kickoff"))
        #expect(text.stdout.contains("2,320.00 EUR"))
        #expect(try pace.run("budget", "--baseline", "nope").status == 1)
        #expect(try pace.run("member", "edit", "bob", "--from", "2026-12-01").status == 1)
        #expect(try pace.run("member", "show", "bob").stdout.contains("60.00 EUR, 80.00 EUR from 2026-12-03"))
    }

    @Test func burndownAsJSONAndText() throws {
        let pace = try workspace()
        defer { pace.cleanUp() }
        let r = try pace.run("burndown", "--json", "--since", "2026-12-03")
        try #require(r.status == 0, "\(r.stderr)")
        let o = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let days = try #require(o["days"] as? [[String: Any]])
        #expect(days.map { $0["day"] as? String } == ["2026-12-03", "2026-12-04"])
        // Everything was entered on Dec 4 (the runner's clock): Dec 3 is empty, and on Dec 4
        // the 10h + 20h + 8h arrive as scope; 5h (WEB-2) + 8h (WEB-3) remain.
        #expect(days[0]["scopeHours"] as? Double == 0)
        #expect(days[1]["scopeHours"] as? Double == 38 && days[1]["scopeAddedHours"] as? Double == 38)
        #expect(days[1]["remainingHours"] as? Double == 13 && days[1]["doneHours"] as? Double == 25)
        let text = try pace.run("burndown", "--since", "2026-12-03")
        #expect(text.status == 0)
        #expect(text.stdout.contains("█") && text.stdout.contains("+38h"))
        #expect(try pace.run("burndown", "--milestone", "nope").status == 1)
    }
}
