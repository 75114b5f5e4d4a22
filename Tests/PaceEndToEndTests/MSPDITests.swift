import Foundation
import Testing

/// Plans that travel to and from Microsoft Project, checked with a real reader and
/// writer: MPXJ (through scripts/mpxj/*.py; `pip install mpxj jpype1` and a Java
/// runtime, which .ci/run installs). These never skip: a machine without MPXJ fails
/// them with how to install it.
@Suite struct MSPDITests {
    static let scripts = InstallTests.root.appendingPathComponent("scripts/mpxj")

    static func mpxj(_ script: String, _ arguments: [String]) throws -> String {
        let r = try Shell.run("python3", [scripts.appendingPathComponent(script).path] + arguments)
        try #require(r.status == 0, """
            MPXJ could not run \(script) (install it with: pip install mpxj jpype1, and a Java \
            runtime such as apt-get install default-jre-headless; .ci/run does both): \(r.stderr)
            """)
        return r.stdout
    }

    static func json(_ pace: PaceRunner, _ arguments: String...) throws -> Any {
        let r = try pace.run(arguments)
        try #require(r.status == 0, "pace \(arguments.joined(separator: " ")): \(r.stderr)")
        return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
    }

    /// `2026-11-30T09:00:00.000Z` (TZ=UTC in the runner) as MPXJ prints local times.
    static func local(_ instant: Any?) -> String? {
        (instant as? String).map { String($0.prefix(16)) }
    }

    @Test func ourExportReadByMPXJHasEveryTaskWithItsWorkDatesLinksAndTheBaseline() throws {
        let pace = try PaceRunner.demo()
        defer { pace.cleanUp() }
        for args in [["project", "holiday", "add", "2026-12-24", "Christmas Eve"],
                     ["member", "edit", "bob", "--rate", "105 EUR", "--from", "2026-12-01"],
                     ["baseline", "save", "plan"]] {
            let r = try pace.run(args)
            try #require(r.status == 0, "\(args): \(r.stderr)")
        }
        let file = pace.dataDir.appendingPathComponent("WEB.xml")
        let export = try pace.run("export", "--format", "mspdi", "--out", file.path)
        try #require(export.status == 0, "\(export.stderr)")
        let read = try #require(try JSONSerialization.jsonObject(with: Data(try Self.mpxj("read_plan.py", [file.path]).utf8)) as? [String: Any])

        let tasks = try pace.tasksJSON()
        let forecast = try #require(try Self.json(pace, "forecast", "--json") as? [String: Any])
        let scheduled = Dictionary(uniqueKeysWithValues: (forecast["tasks"] as! [[String: Any]]).map { ($0["id"] as! String, $0) })
        let milestones = try #require(try Self.json(pace, "milestone", "ls", "--json") as? [[String: Any]])
        let members = try #require(try Self.json(pace, "member", "ls", "--json") as? [[String: Any]])
        let baselines = try #require(try Self.json(pace, "baseline", "ls", "--json") as? [[String: Any]])
        let planned = Dictionary(uniqueKeysWithValues: (baselines.last!["tasks"] as! [[String: Any]]).map { ($0["id"] as! String, $0) })

        #expect(read["title"] as? String == "Client portal relaunch")
        #expect(read["company"] as? String == "Northwind Logistics")
        let calendar = try #require(read["calendar"] as? [String: Any])
        #expect((calendar["minutes"] as? [String: Int])?["MONDAY"] == 480)
        #expect((calendar["minutes"] as? [String: Int])?["SATURDAY"] == 0)
        let holidays = calendar["exceptions"] as! [[String: Any]]
        #expect(holidays.contains { $0["from"] as? String == "2026-12-24" && $0["name"] as? String == "Christmas Eve" && $0["working"] as? Bool == false })

        // Counts: every task and milestone, every member, every assignment and link.
        let readTasks = read["tasks"] as! [[String: Any]]
        let readMilestones = readTasks.filter { $0["milestone"] as? Bool == true }
        let readWork = readTasks.filter { $0["milestone"] as? Bool == false }
        #expect(readWork.count == tasks.count)
        #expect(Set(readMilestones.compactMap { $0["name"] as? String }) == Set(milestones.map { $0["name"] as! String }))
        #expect(readMilestones.count == milestones.count)
        #expect(readMilestones.allSatisfy { $0["work"] as? Int == 0 })
        #expect((read["resources"] as! [[String: Any]]).count == members.count)
        let assigned = tasks.filter { !($0["assignee"] is NSNull) }
        #expect((read["assignments"] as! [[String: Any]]).count == assigned.count)
        let dependencyCount = tasks.reduce(0) { $0 + ($1["dependencies"] as! [String]).count }
        let milestoneLinks = tasks.filter { !($0["milestone"] is NSNull) && $0["status"] as? String != "cancelled" }.count
        #expect(readTasks.reduce(0) { $0 + ($1["predecessors"] as! [Int]).count } == dependencyCount + milestoneLinks)

        let readByUID = Dictionary(uniqueKeysWithValues: readWork.map { ($0["uid"] as! Int, $0) })
        let resourceName = Dictionary(uniqueKeysWithValues: (read["resources"] as! [[String: Any]]).map { ($0["uid"] as! Int, $0["name"] as! String) })
        let memberName = Dictionary(uniqueKeysWithValues: members.map { ($0["handle"] as! String, $0["name"] as! String) })
        for a in read["assignments"] as! [[String: Any]] {
            let task = try #require(tasks.first { $0["number"] as? Int == a["task"] as? Int })
            #expect(resourceName[a["resource"] as! Int] == memberName[task["assignee"] as! String], "assignment of \(task["id"]!)")
        }

        // Every task's work, dates, links, percent complete and baseline.
        for t in tasks {
            let id = t["id"] as! String
            let r = try #require(readByUID[t["number"] as! Int], "\(id) is not in the file")
            #expect(r["name"] as? String == t["title"] as? String)
            let status = t["status"] as! String
            let spent = Int(((t["spentHours"] as! Double) * 60).rounded())
            let estimate = (t["estimateHours"] as? Double).map { Int(($0 * 60).rounded()) }
            let expectedWork: Int
            if status == "done" || status == "cancelled" {
                expectedWork = spent > 0 ? spent : (status == "done" ? estimate ?? 0 : 0)
                #expect(r["finish"] as? String == Self.local(t["completed"]), "\(id) finish")
                #expect(r["percentComplete"] as? Double == (status == "done" ? 100 : 0), "\(id) percent")
                #expect(r["active"] as? Bool == (status != "cancelled"), "\(id) active")
            } else {
                let s = try #require(scheduled[id], "\(id) not in the forecast")
                expectedWork = spent + Int(((s["workHours"] as! Double) * 60).rounded())
                #expect(r["finish"] as? String == Self.local(s["finish"]), "\(id) finish")
                let start = t["started"] is NSNull ? Self.local(s["start"]) : min(Self.local(t["started"])!, Self.local(s["start"])!)
                #expect(r["start"] as? String == start, "\(id) start")
                #expect(r["remainingWork"] as? Int == Int(((s["workHours"] as! Double) * 60).rounded()), "\(id) remaining")
            }
            #expect(r["work"] as? Int == expectedWork, "\(id) work")
            #expect(r["actualWork"] as? Int == (status == "done" || status == "cancelled" ? expectedWork : spent), "\(id) actual work")
            let deps = (t["dependencies"] as! [String]).map { Int($0.split(separator: "-").last!)! }.sorted()
            #expect(r["predecessors"] as? [Int] == deps, "\(id) links")
            if let due = t["due"] as? String { #expect((r["deadline"] as? String)?.hasPrefix(due) == true, "\(id) deadline") }
            if let p = planned[id] {
                let b = try #require(r["baseline"] as? [String: Any], "\(id) has no baseline")
                #expect(b["work"] as? Int == Int(((p["estimateHours"] as! Double) * 60).rounded()), "\(id) baseline work")
                if let start = p["plannedStart"] as? String { #expect((b["start"] as? String)?.hasPrefix(start) == true, "\(id) baseline start") }
                if let finish = p["plannedFinish"] as? String { #expect((b["finish"] as? String)?.hasPrefix(finish) == true, "\(id) baseline finish") }
                if let cost = (p["plannedCost"] as? [String: Any])?["amount"] as? Double { #expect(b["cost"] as? Double == cost, "\(id) baseline cost") }
            } else {
                #expect(r["baseline"] is NSNull, "\(id) has a baseline it should not")
            }
        }
        // Each milestone leads from its tasks, at its forecast.
        let forecastMilestones = forecast["milestones"] as! [[String: Any]]
        for m in readMilestones {
            let name = m["name"] as! String
            let numbers = tasks.filter { $0["milestone"] as? String == name && $0["status"] as? String != "cancelled" }.map { $0["number"] as! Int }
            #expect(m["predecessors"] as? [Int] == numbers.sorted(), "\(name) links")
            if let f = forecastMilestones.first(where: { $0["name"] as? String == name }), let at = f["forecast"] as? String {
                #expect((m["finish"] as? String)?.hasPrefix(at) == true, "\(name) at \(m["finish"] ?? "nil"), forecast \(at)")
            }
        }

        // Resources: rates over time and time off.
        let resources = read["resources"] as! [[String: Any]]
        let bob = try #require(resources.first { $0["initials"] as? String == "bob" })
        let bobRates = (bob["rates"] as! [[String: Any]]).map { ($0["from"] as! String, $0["rate"] as! Double) }
        #expect(bobRates.map(\.1) == [95, 105])
        #expect(bobRates.last?.0 == "2026-12-01T00:00")
        let farid = try #require(resources.first { $0["initials"] as? String == "farid" })
        let off = (farid["calendar"] as! [String: Any])["exceptions"] as! [[String: Any]]
        #expect(off.contains { $0["from"] as? String == "2026-12-07" && $0["to"] as? String == "2026-12-11" })
        let alice = try #require(resources.first { $0["initials"] as? String == "alice" })
        let aliceDays = (alice["calendar"] as! [String: Any])["minutes"] as! [String: Int]
        #expect(aliceDays["MONDAY"] == 480 && aliceDays["FRIDAY"] == 0, "alice works 32h over mon-thu: \(aliceDays)")
    }

    @Test func aPlanWrittenByMPXJImportsAsANewProject() throws {
        let pace = try PaceRunner()
        defer { pace.cleanUp() }
        try #require(pace.run("init").status == 0)
        try FileManager.default.createDirectory(at: pace.dataDir, withIntermediateDirectories: true)
        let file = pace.dataDir.appendingPathComponent("warehouse.xml")
        _ = try Self.mpxj("write_plan.py", [file.path])

        let r = try pace.run("import", "--from", "mspdi", file.path, "--project", "WH")
        try #require(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("created project WH (Warehouse app): 5 tasks, 1 milestone, 3 holidays, baseline 'MS Project'"), "\(r.stdout)")
        #expect(r.stdout.contains("added member nina (Nina Patel)"))
        #expect(r.stdout.contains("added member omar (Omar Said)"))

        let project = try #require(try Self.json(pace, "project", "show", "WH", "--json") as? [String: Any])
        #expect(project["name"] as? String == "Warehouse app")
        #expect(project["client"] as? String == "Acme")
        let holidays = try #require(try Self.json(pace, "project", "holiday", "ls", "--json", "--project", "WH") as? [[String: Any]])
        #expect(holidays.map { "\($0["date"]!) \($0["name"]!)" } == ["2026-12-24 Christmas Eve", "2026-12-25 Christmas", "2026-12-26 Christmas"])

        let members = try #require(try Self.json(pace, "member", "ls", "--json", "--project", "WH") as? [[String: Any]])
        let nina = try #require(members.first { $0["handle"] as? String == "nina" })
        #expect(nina["weeklyCapacityHours"] as? Double == 40)
        #expect(nina["workingDays"] as? [String] == ["mon", "tue", "wed", "thu", "fri"])
        let rates = (nina["rateHistory"] as! [[String: Any]]).map { "\($0["from"]!) \((($0["rate"] as! [String: Any])["amount"] as! Double))" }
        #expect(rates == ["1970-01-01 90.0", "2026-12-01 100.0"], "\(rates)")
        let off = nina["timeOff"] as! [[String: Any]]
        #expect(off.map { "\($0["start"]!)..\($0["end"]!) \($0["note"]!)" } == ["2026-12-14..2026-12-16 conference"])
        let omar = try #require(members.first { $0["handle"] as? String == "omar" })
        #expect(omar["weeklyCapacityHours"] as? Double == 16)
        #expect(omar["workingDays"] as? [String] == ["mon", "tue", "wed", "thu"])
        #expect((omar["hourlyRate"] as? [String: Any])?["amount"] as? Double == 80)

        let tasks = try #require(try Self.json(pace, "ls", "--json", "--all", "--project", "WH") as? [[String: Any]])
        let byTitle = Dictionary(uniqueKeysWithValues: tasks.map { ($0["title"] as! String, $0) })
        func field(_ title: String, _ key: String) -> Any? { byTitle[title]?[key] }
        // In MS Project's order of creation, so the numbers follow the plan.
        #expect(tasks.sorted { ($0["number"] as! Int) < ($1["number"] as! Int) }.map { $0["title"] as! String }
                == ["Interviews", "Requirements doc", "Build scanner screen", "Pilot in warehouse", "Cancelled idea"])
        #expect(field("Interviews", "status") as? String == "done")
        #expect(field("Interviews", "estimateHours") as? Double == 16)
        #expect(field("Interviews", "spentHours") as? Double == 16)
        #expect(field("Interviews", "assignee") as? String == "nina")
        #expect((field("Interviews", "completed") as? String)?.hasPrefix("2026-11-24T17:00") == true)
        #expect(field("Requirements doc", "status") as? String == "in-progress")
        #expect(field("Requirements doc", "spentHours") as? Double == 12)
        #expect(field("Requirements doc", "remainingHours") as? Double == 12)
        #expect((field("Requirements doc", "started") as? String)?.hasPrefix("2026-11-25T08:00") == true)
        #expect(field("Requirements doc", "dependencies") as? [String] == ["WH-1"])
        #expect(field("Build scanner screen", "assignee") as? String == "omar")
        #expect(field("Build scanner screen", "priority") as? String == "high")
        #expect(field("Build scanner screen", "due") as? String == "2026-12-18")
        #expect(field("Build scanner screen", "estimateHours") as? Double == 40)
        #expect(field("Build scanner screen", "dependencies") as? [String] == ["WH-2"])
        // A link to the Discovery summary means its tasks.
        #expect(field("Pilot in warehouse", "dependencies") as? [String] == ["WH-1", "WH-2", "WH-3"])
        #expect(field("Pilot in warehouse", "assignee") is NSNull)
        #expect(field("Pilot in warehouse", "milestone") as? String == "Pilot done")
        #expect(field("Cancelled idea", "status") as? String == "cancelled")

        let milestones = try #require(try Self.json(pace, "milestone", "ls", "--json", "--project", "WH") as? [[String: Any]])
        #expect(milestones.map { "\($0["name"]!) \($0["due"]!)" } == ["Pilot done 2026-12-21"])
        let baselines = try #require(try Self.json(pace, "baseline", "ls", "--json", "--project", "WH") as? [[String: Any]])
        let b = try #require(baselines.first)
        #expect(b["name"] as? String == "MS Project")
        let planned = try #require((b["tasks"] as? [[String: Any]])?.first)
        #expect(planned["id"] as? String == "WH-1")
        #expect(planned["plannedStart"] as? String == "2026-11-23")
        #expect(planned["plannedFinish"] as? String == "2026-11-24")
        #expect(planned["estimateHours"] as? Double == 12)
        #expect((planned["plannedCost"] as? [String: Any])?["amount"] as? Double == 1080)

        // The same file again: the key is taken, refused whole, nothing written.
        let before = try pace.writtenState()
        let again = try pace.run("import", "--from", "mspdi", file.path, "--project", "WH")
        #expect(again.status == 1)
        #expect(again.stderr.contains("project WH already exists"), "\(again.stderr)")
        #expect(try pace.writtenState() == before)
    }
}
