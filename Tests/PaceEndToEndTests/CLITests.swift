import Foundation
import Testing

/// The command line as a user meets it: the real binary, a temporary data directory,
/// a fixed clock (Monday 2026-11-30 09:00 UTC).
@Suite struct CLITests {
    func seeded() throws -> PaceRunner {
        let pace = try PaceRunner()
        try #require(pace.run("init").status == 0)
        try #require(pace.run("project", "add", "WEB", "Client portal", "--client", "Northwind", "--target", "2027-01-29").status == 0)
        try #require(pace.run("member", "add", "alice", "Alice Martin", "--role", "lead", "--rate", "110 EUR").status == 0)
        try #require(pace.run("member", "add", "bob", "Bob Okafor", "--capacity", "32h", "--days", "mon-thu").status == 0)
        try #require(pace.run("milestone", "add", "beta", "--due", "2026-12-12").status == 0)
        return pace
    }

    func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    func tasks(_ pace: PaceRunner, _ args: String...) throws -> [[String: Any]] {
        let r = try pace.run(["ls", "--json"] + args)
        try #require(r.status == 0, "ls failed: \(r.stderr)")
        return try #require(try json(r.stdout) as? [[String: Any]])
    }

    @Test func initIsIdempotentAndPrivate() throws {
        let pace = try PaceRunner()
        defer { pace.cleanUp() }
        let first = try pace.run("init")
        #expect(first.status == 0)
        #expect(first.stdout.contains("created workspace"))
        let second = try pace.run("init")
        #expect(second.status == 0)
        #expect(second.stdout.contains("already exists"))
        let attrs = try FileManager.default.attributesOfItem(atPath: pace.dataDir.path)
        #expect((attrs[.posixPermissions] as? NSNumber)?.intValue == 0o700)
    }

    @Test func quickAddThenListAsJSON() throws {
        let pace = try seeded()
        defer { pace.cleanUp() }
        let add = try pace.run("add", "Fix login timeout @bob !high due:fri est:4h #backend ^beta")
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.contains("WEB-1"))
        try pace.run("add", "Write release notes", "@alice", "due:+2w")
        let all = try tasks(pace)
        #expect(all.count == 2)
        let t = try #require(all.first { $0["id"] as? String == "WEB-1" })
        #expect(t["title"] as? String == "Fix login timeout")
        #expect(t["assignee"] as? String == "bob")
        #expect(t["priority"] as? String == "high")
        #expect(t["due"] as? String == "2026-12-04")
        #expect(t["estimateHours"] as? Double == 4)
        #expect(t["tags"] as? [String] == ["backend"])
        #expect(t["milestone"] as? String == "beta")
        #expect(t["status"] as? String == "todo")
        #expect(t.keys.contains("blockedReason"))  // null, but present: a stable shape
        // Sorted by priority first.
        #expect(all.map { $0["id"] as? String } == ["WEB-1", "WEB-2"])
        // Filters.
        #expect(try tasks(pace, "--assignee", "alice").map { $0["id"] as? String } == ["WEB-2"])
        #expect(try tasks(pace, "#backend").count == 1)
        #expect(try tasks(pace, "due<fri").isEmpty)
        #expect(try tasks(pace, "due<=fri").count == 1)
    }

    @Test func humanListIsAlignedAndFitsTheWidth() throws {
        let pace = try seeded()
        defer { pace.cleanUp() }
        try pace.run("add", "A task with a very long title that goes on and on and on and does not stop before the edge @bob")
        var narrow = pace
        narrow.environment["COLUMNS"] = "60"
        let r = try narrow.run("ls")
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("ID") == true)
        #expect(lines.allSatisfy { $0.count <= 60 }, "\(r.stdout)")
        #expect(r.stdout.contains("…"))
        #expect(!r.stdout.contains("\u{1B}["))  // NO_COLOR and not a terminal
    }

    @Test func editBlockLogAndUndo() throws {
        let pace = try seeded()
        defer { pace.cleanUp() }
        try pace.run("add", "Carrier webhook @bob est:8h")
        var r = try pace.run("edit", "WEB-1", "--title", "Carrier webhooks", "--priority", "urgent", "--due", "2026-12-08", "--tag", "+api")
        #expect(r.status == 0, "\(r.stderr)")
        r = try pace.run("block", "1", "--reason", "waiting for API keys")
        #expect(r.status == 0)
        #expect(r.stdout.contains("WEB-1 → blocked"))
        r = try pace.run("log", "WEB-1", "90m", "--note", "read the docs", "--member", "bob")
        #expect(r.status == 0, "\(r.stderr)")
        var t = try #require(try tasks(pace).first)
        #expect(t["title"] as? String == "Carrier webhooks")
        #expect(t["status"] as? String == "blocked")
        #expect(t["blockedReason"] as? String == "waiting for API keys")
        #expect(t["spentHours"] as? Double == 1.5)
        #expect(t["remainingHours"] as? Double == 6.5)
        // alice's last change was the log: undo it, then the block.
        r = try pace.run("undo")
        #expect(r.stdout.contains("undid: logged 1.5h on WEB-1"))
        r = try pace.run("undo")
        #expect(r.stdout.contains("undid: WEB-1 → blocked"))
        t = try #require(try tasks(pace).first)
        #expect(t["status"] as? String == "todo")
        #expect(t["spentHours"] as? Double == 0)
        let history = try pace.run("history", "WEB-1", "--json")
        let rows = try #require(try json(history.stdout) as? [[String: Any]])
        #expect(rows.contains { $0["field"] as? String == "status" && $0["new"] as? String == "blocked" })
        #expect(rows.last?["field"] as? String == "status")
        #expect(rows.last?["new"] as? String == "todo")
    }

    @Test func statusCommandsAndShow() throws {
        let pace = try seeded()
        defer { pace.cleanUp() }
        try pace.run("add", "Ship it @alice est:2h")
        #expect(try pace.run("start", "WEB-1").stdout.contains("in progress"))
        #expect(try pace.run("review", "WEB-1").status == 0)
        #expect(try pace.run("done", "WEB-1").status == 0)
        let again = try pace.run("start", "WEB-1")
        #expect(again.status == 1)
        #expect(again.stderr.contains("reopen it first"))
        #expect(try pace.run("reopen", "WEB-1").status == 0)
        let show = try pace.run("show", "WEB-1", "--json")
        let detail = try #require(try json(show.stdout) as? [String: Any])
        let task = try #require(detail["task"] as? [String: Any])
        #expect(task["status"] as? String == "todo")
        #expect((detail["history"] as? [[String: Any]])?.isEmpty == false)
        let human = try pace.run("show", "WEB-1")
        #expect(human.stdout.contains("WEB-1  Ship it"))
        #expect(human.stdout.contains("history"))
        #expect(try pace.run("rm", "WEB-1").stdout.contains("pace restore WEB-1"))
        #expect(try tasks(pace).isEmpty)
        #expect(try pace.run("restore", "WEB-1").status == 0)
        #expect(try tasks(pace).count == 1)
    }

    @Test func userErrorsExplainExitOneAndWriteNothing() throws {
        let pace = try seeded()
        defer { pace.cleanUp() }
        try pace.run("add", "Existing @alice")
        let before = try pace.run("history", "--json", "--limit", "1000").stdout
        let cases: [([String], String)] = [
            (["add", "Thing @alcie"], "no member 'alcie' — did you mean 'alice'?"),
            (["add", "Thing !hgih"], "hgih"),
            (["add", "Thing due:someday"], "someday"),
            (["add", "Thing ^bta"], "did you mean 'beta'?"),
            (["assign", "WEB-1", "@bbo"], "did you mean 'bob'?"),
            (["show", "WEB-9"], "no task 'WEB-9'"),
            (["start", "WBE-1"], "no task 'WBE-1' — did you mean 'WEB-1'?"),
            (["ls", "--project", "WBE"], "no project 'WBE' — did you mean 'WEB'?"),
            (["block", "WEB-1", "--reason", " "], "needs a reason"),
            (["log", "WEB-1", "abc"], "abc"),
            (["edit", "WEB-1", "--priority", "highest"], "unknown priority 'highest'"),
            (["member", "show", "carl"], "no member 'carl'"),
            (["unblock", "WEB-1"], "not blocked"),
        ]
        for (args, message) in cases {
            let r = try pace.run(args)
            #expect(r.status == 1, "\(args): status \(r.status), stderr \(r.stderr)")
            #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
            #expect(r.stdout.isEmpty, "\(args): \(r.stdout)")
        }
        #expect(try pace.run("history", "--json", "--limit", "1000").stdout == before)
    }

    @Test func usageErrorsExitTwo() throws {
        let pace = try seeded()
        defer { pace.cleanUp() }
        for args in [["ls", "--bogus"], ["add"], ["block", "WEB-1"], ["frobnicate"]] {
            let r = try pace.run(args)
            #expect(r.status == 2, "\(args): \(r.status) \(r.stderr)")
            #expect(!r.stderr.isEmpty)
        }
    }

    @Test func commandsBeforeInitSayWhatToDo() throws {
        let pace = try PaceRunner()
        defer { pace.cleanUp() }
        let r = try pace.run("ls")
        #expect(r.status == 1)
        #expect(r.stderr.contains("pace init"))
        #expect(!FileManager.default.fileExists(atPath: pace.dataDir.appendingPathComponent("workspace.sqlite").path))
    }

    @Test func controlCharactersInTitlesNeverReachTheTerminal() throws {
        let pace = try seeded()
        defer { pace.cleanUp() }
        let evil = "Evil \u{1B}]0;owned\u{07} title \u{1B}[2J"
        let r = try pace.run(["add", "\"\(evil)\""])
        #expect(r.status == 0, "\(r.stderr)")
        for args in [["ls"], ["show", "WEB-1"], ["history"]] {
            let out = try pace.run(args).stdout
            #expect(!out.contains("\u{1B}"), "\(args)")
            #expect(!out.contains("\u{07}"), "\(args)")
        }
        // JSON keeps the exact text, escaped by JSON itself.
        let t = try #require(try tasks(pace).first)
        #expect(t["title"] as? String == evil)
    }

    @Test func fourProcessesAddingAtOnceLoseNothing() throws {
        let pace = try seeded()
        defer { pace.cleanUp() }
        let perProcess = 15
        // Each writer is a shell loop of real `pace add` processes.
        var procs: [Process] = []
        for w in 0..<4 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = ["-c", "for i in $(seq 1 \(perProcess)); do \"$PACE\" add \"w\(w) task $i\" >/dev/null || exit 1; done"]
            var env = pace.environment
            env["PACE"] = PaceRunner.binary.path
            p.environment = env
            try p.run()
            procs.append(p)
        }
        for p in procs { p.waitUntilExit() }
        #expect(procs.allSatisfy { $0.terminationStatus == 0 })
        let all = try tasks(pace)
        #expect(all.count == 4 * perProcess)
        #expect(Set(all.compactMap { $0["number"] as? Int }) == Set(1...(4 * perProcess)))
    }

    @Test func demoBuildsASampleWorkspaceInItsOwnFolder() throws {
        let pace = try PaceRunner()
        defer { pace.cleanUp() }
        let r = try pace.run("demo", "--print")
        #expect(r.status == 0, "\(r.stderr)")
        let demoDir = pace.dataDir.appendingPathComponent("demo").path
        #expect(r.stdout.contains(demoDir))
        // The user's own workspace is untouched.
        #expect(!FileManager.default.fileExists(atPath: pace.dataDir.appendingPathComponent("workspace.sqlite").path))
        let list = try pace.run("ls", "--json", "--all", "--data-dir", demoDir)
        let all = try #require(try json(list.stdout) as? [[String: Any]])
        #expect((55...70).contains(all.count))
        let statuses = Set(all.compactMap { $0["status"] as? String })
        #expect(statuses == ["backlog", "todo", "in-progress", "review", "blocked", "done", "cancelled"])
        #expect(all.contains { !(($0["dependencies"] as? [String]) ?? []).isEmpty })
        #expect(all.contains { ($0["spentHours"] as? Double ?? 0) > 0 })
        let members = try #require(try json(try pace.run("member", "ls", "--json", "--data-dir", demoDir).stdout) as? [[String: Any]])
        #expect(members.count == 6)
        #expect(members.contains { !(($0["timeOff"] as? [Any]) ?? []).isEmpty })
        let milestones = try #require(try json(try pace.run("milestone", "ls", "--json", "--data-dir", demoDir).stdout) as? [[String: Any]])
        #expect(milestones.count == 3)
        // Running it again refreshes rather than duplicates.
        #expect(try pace.run("demo", "--print").status == 0)
        let again = try #require(try json(try pace.run("ls", "--json", "--all", "--data-dir", demoDir).stdout) as? [[String: Any]])
        #expect(again.count == all.count)
    }

    @Test func demoRefusesToOverwriteARealWorkspace() throws {
        let pace = try seeded()
        defer { pace.cleanUp() }
        let r = try pace.run("demo", "--print", "--data-dir", pace.dataDir.path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("not a demo"))
        #expect(try tasks(pace).isEmpty)
    }

    @Test func syntheticDemoForBenchmarks() throws {
        let pace = try PaceRunner()
        defer { pace.cleanUp() }
        let dir = pace.dataDir.appendingPathComponent("big").path
        let r = try pace.run("demo", "--print", "--tasks", "500", "--members", "10", "--projects", "2", "--data-dir", dir)
        #expect(r.status == 0, "\(r.stderr)")
        let projects = try #require(try json(try pace.run("project", "ls", "--json", "--data-dir", dir).stdout) as? [[String: Any]])
        #expect(projects.count == 2)
        let list = try #require(try json(try pace.run("ls", "--json", "--all", "--data-dir", dir).stdout) as? [[String: Any]])
        #expect(list.count == 250)
    }
}

/// `pace forecast` and `pace load` against a small workspace worked out by hand:
/// alice (Mon–Fri, 8h a day) has two chained 8h tasks from Monday 2026-11-30 09:00.
@Suite struct ForecastCLITests {
    func seeded() throws -> PaceRunner {
        let pace = try PaceRunner()
        try #require(pace.run("init").status == 0)
        try #require(pace.run("project", "add", "WEB", "Portal").status == 0)
        try #require(pace.run("member", "add", "alice", "Alice").status == 0)
        try #require(pace.run("milestone", "add", "beta", "--due", "2026-12-01").status == 0)
        try #require(pace.run("add", "First @alice est:8h ^beta").status == 0)
        try #require(pace.run("add", "Second @alice est:8h ^beta after:1").status == 0)
        return pace
    }

    @Test func forecastJSONHasTheScheduleMilestonesAndChains() throws {
        let pace = try seeded()
        defer { pace.cleanUp() }
        let r = try pace.run("forecast", "--json")
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let tasks = try #require(json["tasks"] as? [[String: Any]])
        #expect(tasks.map { $0["id"] as? String } == ["WEB-1", "WEB-2"])
        #expect(tasks[0]["start"] as? String == "2026-11-30T09:00:00.000Z")
        #expect(tasks[0]["finish"] as? String == "2026-11-30T17:00:00.000Z")
        #expect(tasks[1]["start"] as? String == "2026-12-01T09:00:00.000Z")
        #expect(tasks[1]["finish"] as? String == "2026-12-01T17:00:00.000Z")
        #expect(tasks[1]["waitedFor"] as? String == "WEB-1")
        let beta = try #require((json["milestones"] as? [[String: Any]])?.first)
        #expect(beta["forecast"] as? String == "2026-12-01")
        #expect(beta["slackWorkingDays"] as? Int == 0)
        #expect(beta["status"] as? String == "at-risk")
        #expect((beta["drivingChain"] as? [[String: Any]])?.map { $0["id"] as? String } == ["WEB-1", "WEB-2"])
        let human = try pace.run("forecast")
        #expect(human.stdout.contains("Why beta is at risk"))
        #expect(human.stdout.contains("WEB-2 Second Dec 1→Dec 1, waits for WEB-1"))
    }

    @Test func loadShowsBookedHoursAgainstCapacity() throws {
        let pace = try seeded()
        defer { pace.cleanUp() }
        let r = try pace.run("load", "--json", "--weeks", "2")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let alice = try #require((json["members"] as? [[String: Any]])?.first)
        let weeks = try #require(alice["weeks"] as? [[String: Any]])
        #expect(weeks.map { $0["bookedHours"] as? Double } == [16, 0])
        #expect(weeks.map { $0["capacityHours"] as? Double } == [40, 40])
        #expect(try pace.run("load", "--weeks", "0").status == 2)
    }

    @Test func aDependencyCycleIsRefusedNamingIt() throws {
        let pace = try seeded()
        defer { pace.cleanUp() }
        let r = try pace.run("edit", "WEB-1", "--after", "WEB-2")
        #expect(r.status == 1)
        #expect(r.stderr.contains("WEB-1 → WEB-2 → WEB-1"))
        #expect(try pace.run("forecast").status == 0)
    }

    @Test func holidaysPushTheForecast() throws {
        let pace = try seeded()
        defer { pace.cleanUp() }
        #expect(try pace.run("project", "holiday", "add", "2026-12-01", "Founders", "Day").status == 0)
        let r = try pace.run("forecast", "--json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let tasks = try #require(json["tasks"] as? [[String: Any]])
        #expect(tasks[1]["finishDay"] as? String == "2026-12-02")
        let beta = try #require((json["milestones"] as? [[String: Any]])?.first)
        #expect(beta["status"] as? String == "late")
    }
}
