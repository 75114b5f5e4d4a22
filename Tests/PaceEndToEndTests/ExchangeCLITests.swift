import Foundation
import Testing

/// Export and import as a user runs them, on the real binary.
@Suite struct ExchangeCLITests {
    func seeded() throws -> PaceRunner {
        let pace = try PaceRunner()
        try #require(pace.run("init").status == 0)
        try #require(pace.run("project", "add", "WEB", "Client portal").status == 0)
        try #require(pace.run("member", "add", "alice", "Alice Martin", "--rate", "110 EUR").status == 0)
        try #require(pace.run("member", "add", "bob", "Bob Okafor").status == 0)
        try #require(pace.run("milestone", "add", "beta", "--due", "2026-12-12").status == 0)
        try #require(pace.run("add", "Fix login @bob !high due:fri est:4h #backend ^beta").status == 0)
        // Set with --title: quick-add reads double quotes as grouping, not as text.
        try #require(pace.run("edit", "1", "--title", "Fix login, \"timeout\"").status == 0)
        try #require(pace.run("add", "Übersetzung 東京 @alice due:2026-12-08 after:1").status == 0)
        try #require(pace.run("log", "1", "1h30m", "--note", "first, look").status == 0)
        try #require(pace.run("done", "2").status == 0)
        return pace
    }

    @Test func jsonExportImportsIntoANewDirectoryUnchanged() throws {
        let pace = try seeded()
        defer { pace.cleanUp() }
        let file = pace.dataDir.appendingPathComponent("export.json").path
        let export = try pace.run("export", "--format", "json", "--out", file)
        #expect(export.status == 0, "\(export.stderr)")
        let target = pace.dataDir.appendingPathComponent("copy").path
        let imported = try pace.run("import", file, "--data-dir", target)
        #expect(imported.status == 0, "\(imported.stderr)")
        for args in [["ls", "--json", "--all"], ["history", "--limit", "100"], ["member", "ls", "--json"], ["export", "--format", "json"]] {
            let a = try pace.run(args), b = try pace.run(args + ["--data-dir", target])
            #expect(a.status == 0 && a.stdout == b.stdout, "\(args) differs")
        }
        // Into a workspace that holds data: refused, exit 1, nothing changed.
        let before = try pace.run("history", "--limit", "100").stdout
        let again = try pace.run("import", file)
        #expect(again.status == 1)
        #expect(again.stderr.contains("not empty"))
        #expect(try pace.run("history", "--limit", "100").stdout == before)
    }

    @Test func brokenJSONLeavesNoWorkspaceBehind() throws {
        let pace = try seeded()
        defer { pace.cleanUp() }
        let text = try pace.run("export").stdout
        let file = pace.dataDir.appendingPathComponent("broken.json")
        try Data(text.prefix(text.count - 40).utf8).write(to: file)
        let target = pace.dataDir.appendingPathComponent("copy")
        let r = try pace.run("import", file.path, "--data-dir", target.path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("malformed JSON"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: target.path))
        // Valid JSON that the schema refuses is only found once the directory exists:
        // it goes again too.
        let wrong = text.replacingOccurrences(of: "\"columns\": [\"key\",\"value\"]", with: "\"columns\": [\"key\",\"valeu\"]")
        try Data(wrong.utf8).write(to: file)
        let r2 = try pace.run("import", file.path, "--data-dir", target.path)
        #expect(r2.status == 1)
        #expect(r2.stderr.contains("tables.meta.columns: unknown column 'valeu'"), "\(r2.stderr)")
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test func csvExportOfTasksTimeAndMembers() throws {
        let pace = try seeded()
        defer { pace.cleanUp() }
        let tasks = try pace.run("export", "--format", "csv", "--what", "tasks")
        #expect(tasks.status == 0, "\(tasks.stderr)")
        let lines = tasks.stdout.components(separatedBy: "\r\n")
        #expect(lines[0] == "id,title,status,priority,assignee,estimate_hours,spent_hours,remaining_hours,due,milestone,tags,dependencies,created,completed")
        #expect(lines[1].hasPrefix("WEB-1,\"Fix login, \"\"timeout\"\"\",todo,high,bob,4,1.5,2.5,2026-12-04,beta,backend,,"))
        #expect(lines[2].hasPrefix("WEB-2,Übersetzung 東京,done,medium,alice,,0,0,2026-12-08,,,WEB-1,"))
        let time = try pace.run("export", "--format", "csv", "--what", "time")
        #expect(time.stdout == "date,task,title,member,hours,note\r\n2026-11-30,WEB-1,\"Fix login, \"\"timeout\"\"\",alice,1.5,\"first, look\"\r\n")
        let members = try pace.run("export", "--format", "csv", "--what", "members")
        #expect(members.stdout.contains("alice,Alice Martin,,40,mon-fri,110.00,EUR,\r\n"))
        let missing = try pace.run("export", "--format", "csv")
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("--what"))
    }

    @Test func icsExportIsCRLFAndFolded() throws {
        let pace = try seeded()
        defer { pace.cleanUp() }
        let r = try pace.run("export", "--format", "ics")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("UID:WEB-1@paceline\r\n"))
        #expect(r.stdout.contains("DTSTART;VALUE=DATE:20261212\r\n"))
        #expect(r.stdout.contains("DTSTAMP:20261130T090000Z\r\n"))
        #expect(r.stdout.contains("SUMMARY:WEB-1 Fix login\\, \"timeout\"\r\n"))
        #expect(r.stdout.split(separator: "\r\n").allSatisfy { $0.utf8.count <= 75 })
    }

    @Test func taskwarriorAndCSVImportAreAllOrNothing() throws {
        let pace = try seeded()
        defer { pace.cleanUp() }
        let tw = pace.dataDir.appendingPathComponent("tw.json")
        try Data("""
            [{"uuid":"u1","description":"From TW","status":"pending","due":"20261210T120000Z","tags":["ops"]},
             {"uuid":"u2","description":"Later","status":"waiting","depends":["u1"]}]
            """.utf8).write(to: tw)
        let ok = try pace.run("import", "--from", "taskwarrior", tw.path)
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("imported 2 tasks: WEB-3…WEB-4"))
        let before = try pace.run("history", "--limit", "200").stdout
        try Data("""
            [{"uuid":"u1","description":"A","status":"pending"},{"uuid":"u2","description":"B","status":"pending","depends":["u9"]}]
            """.utf8).write(to: tw)
        let bad = try pace.run("import", "--from", "taskwarrior", tw.path)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("record 2, field depends: unknown task u9"), "\(bad.stderr)")
        let csv = pace.dataDir.appendingPathComponent("t.csv")
        try Data("Summary,who\r\nOne,alice\r\nTwo,nobody\r\n".utf8).write(to: csv)
        let badCSV = try pace.run("import", "--from", "csv", csv.path, "--map", "Summary=title", "--map", "who=assignee")
        #expect(badCSV.status == 1)
        #expect(badCSV.stderr.contains("task 2 (Two)"), "\(badCSV.stderr)")
        #expect(try pace.run("history", "--limit", "200").stdout == before)
        try Data("Summary,who\r\nOne,alice\r\n".utf8).write(to: csv)
        let goodCSV = try pace.run("import", "--from", "csv", csv.path, "--map", "Summary=title", "--map", "who=assignee")
        #expect(goodCSV.status == 0, "\(goodCSV.stderr)")
    }

    @Test func taskwarriorIntoAnEmptyWorkspaceMakesItsProjectsAndSaysSo() throws {
        let pace = try PaceRunner()
        defer { pace.cleanUp() }
        try #require(pace.run("init").status == 0)
        let tw = pace.dataDir.appendingPathComponent("export.json")
        try Data("""
            [{"uuid":"a1","description":"Plant tulips","status":"pending","project":"Home.Garden"},
             {"uuid":"a2","description":"Fix fence","status":"completed","project":"Home","end":"20261102T100000Z","depends":["a1"]},
             {"uuid":"a3","description":"Call bank","status":"pending"},
             {"uuid":"a4","description":"Water tulips","status":"pending","project":"Home.Garden"}]
            """.utf8).write(to: tw)
        let r = try pace.run("import", "--from", "taskwarrior", tw.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == """
            created project HOMEGA (Home.Garden) for 2 tasks
            created project HOME (Home) for 1 task
            created project INBOX (Inbox) for 1 task
            imported 4 tasks

            """, "\(r.stdout)")
        let projects = try pace.run("project", "ls", "--json")
        let keys = (try JSONSerialization.jsonObject(with: Data(projects.stdout.utf8)) as? [[String: Any]])?.map { $0["key"] as! String }
        #expect(keys == ["HOME", "HOMEGA", "INBOX"])
        // The dependency crosses into the other new project.
        let fence = try #require(try JSONSerialization.jsonObject(with: Data(pace.run("show", "HOME-1", "--json").stdout.utf8)) as? [String: Any])
        #expect((fence["task"] as? [String: Any])?["dependencies"] as? [String] == ["HOMEGA-1"])
        #expect((fence["task"] as? [String: Any])?["status"] as? String == "done")

        // With --project KEY everything goes into that one new project.
        let other = try PaceRunner()
        defer { other.cleanUp() }
        try #require(other.run("init").status == 0)
        let chosen = try other.run("import", "--from", "taskwarrior", tw.path, "--project", "CHORES")
        #expect(chosen.status == 0, "\(chosen.stderr)")
        #expect(chosen.stdout == "created project CHORES (CHORES) for 4 tasks\nimported 4 tasks: CHORES-1…CHORES-4\n", "\(chosen.stdout)")
    }

    @Test func jiraCSVImportsWithItsMembersAndRefusesUnknownOnesWholly() throws {
        let pace = try seeded()
        defer { pace.cleanUp() }
        let csv = pace.dataDir.appendingPathComponent("jira.csv")
        try Data("""
            Summary,Issue key,Status,Priority,Assignee,Original Estimate,Remaining Estimate,Due date,Labels,Sprint,Fix Version/s,Outward issue link (Blocks)
            "Checkout fails
            on Safari",SHOP-7,In Review,High,Carol King,28800,3600,12/Dec/26 12:00 AM,frontend,Sprint 4,beta,SHOP-8
            Release notes,SHOP-8,To Do,Lowest,Alice Martin,7200,,,docs,,1.0,

            """.utf8).write(to: csv)
        let before = try pace.writtenState()
        let refused = try pace.run("import", "--from", "jira", csv.path)
        #expect(refused.status == 1)
        #expect(refused.stderr == "pace: unknown assignee: Carol King (row 2); add them first (pace member add HANDLE \"Full Name\") or import with --add-members to create them\n", "\(refused.stderr)")
        #expect(try pace.writtenState() == before)

        let r = try pace.run("import", "--from", "jira", csv.path, "--add-members")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "added member carol (Carol King)\nadded milestone 1.0 to WEB\nimported 2 tasks: WEB-3…WEB-4\n", "\(r.stdout)")
        let tasks = try pace.tasksJSON()
        let checkout = try #require(tasks.first { $0["id"] as? String == "WEB-3" })
        #expect(checkout["title"] as? String == "Checkout fails on Safari")
        #expect(checkout["status"] as? String == "review")
        #expect(checkout["priority"] as? String == "high")
        #expect(checkout["assignee"] as? String == "carol")
        #expect(checkout["estimateHours"] as? Double == 8)
        #expect(checkout["remainingHours"] as? Double == 1)
        #expect(checkout["due"] as? String == "2026-12-12")
        #expect(checkout["milestone"] as? String == "beta")
        #expect(checkout["tags"] as? [String] == ["frontend", "sprint-4"], "\(checkout["tags"]!)")
        #expect((checkout["notes"] as? String)?.hasPrefix("Jira SHOP-7") == true)
        let notes = try #require(tasks.first { $0["id"] as? String == "WEB-4" })
        #expect(notes["dependencies"] as? [String] == ["WEB-3"])
        #expect(notes["priority"] as? String == "low")
        #expect(notes["milestone"] as? String == "1.0")

        // A malformed row refuses the whole file.
        let after = try pace.writtenState()
        try Data("Summary,Issue key,Status\r\nFine,X-1,To Do\r\nBroken,X-2\r\n".utf8).write(to: csv)
        let bad = try pace.run("import", "--from", "jira", csv.path)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("row 3: 2 field(s), expected 3 like the header"), "\(bad.stderr)")
        #expect(try pace.writtenState() == after)
        // --add-members belongs to Jira.
        let misplaced = try pace.run("import", "--from", "csv", csv.path, "--add-members")
        #expect(misplaced.status == 1)
        #expect(misplaced.stderr.contains("--add-members creates Jira's assignees; add --from jira"))
    }
}
