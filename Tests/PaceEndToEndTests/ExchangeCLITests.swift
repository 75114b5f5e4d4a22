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
}
