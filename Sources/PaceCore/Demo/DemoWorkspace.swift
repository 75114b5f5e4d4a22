import Foundation

/// One step of building a sample workspace: a command, who does it and when, so the
/// activity log of the demo reads like two real weeks of a team's work.
public struct ScriptedCommand: Sendable {
    public var command: Command
    public var actor: String
    public var at: Date

    public init(_ command: Command, actor: String, at: Date) {
        self.command = command
        self.actor = actor
        self.at = at
    }
}

/// The sample workspaces of `pace demo`: a realistic client project, and synthetic
/// workspaces of any size for benchmarks. Pure: everything is derived from `now`.
public enum DemoWorkspace {
    struct Person {
        let handle, name, role: String
        let hours: Int
        let days: Set<Weekday>
        let rate: Int64
    }

    static let people: [Person] = [
        Person(handle: "alice", name: "Alice Martin", role: "tech lead", hours: 32,
               days: [.monday, .tuesday, .wednesday, .thursday], rate: 110),
        Person(handle: "bob", name: "Bob Okafor", role: "backend", hours: 40, days: Weekday.workWeek, rate: 95),
        Person(handle: "carol", name: "Carol Chen", role: "frontend", hours: 40, days: Weekday.workWeek, rate: 90),
        Person(handle: "dave", name: "Dave Schmidt", role: "devops", hours: 24, days: [.monday, .tuesday, .wednesday], rate: 100),
        Person(handle: "erin", name: "Erin Rossi", role: "qa", hours: 40, days: Weekday.workWeek, rate: 80),
        Person(handle: "farid", name: "Farid Haddad", role: "design", hours: 40, days: Weekday.workWeek, rate: 85),
    ]

    /// (title, assignee, status, priority, estimate hours, due offset in days, milestone, tags, deps by index)
    typealias Row = (String, String?, TaskStatus, Priority, Double?, Int?, String, [String], [Int])

    static let rows: [Row] = [
        // alpha — due five days ago; nearly done
        ("Kick-off workshop with Northwind", "alice", .done, .high, 6, -20, "alpha", ["meeting"], []),
        ("Set up repository and CI pipeline", "dave", .done, .high, 8, -18, "alpha", ["devops"], []),
        ("Provision staging environment", "dave", .done, .high, 10, -14, "alpha", ["devops", "infra"], [1]),
        ("Design system: colours, type, spacing", "farid", .done, .medium, 16, -12, "alpha", ["design"], []),
        ("Wireframes for login and dashboard", "farid", .done, .high, 12, -13, "alpha", ["design"], [0]),
        ("Auth service: login with SSO", "bob", .done, .urgent, 20, -8, "alpha", ["backend", "auth"], [2]),
        ("Login page", "carol", .done, .high, 10, -7, "alpha", ["frontend", "auth"], [4, 5]),
        ("Shipment list API", "bob", .done, .high, 14, -6, "alpha", ["backend", "api"], [2]),
        ("Shipment list page", "carol", .review, .high, 14, -5, "alpha", ["frontend"], [7, 3]),
        ("Alpha smoke tests", "erin", .inProgress, .high, 8, -5, "alpha", ["qa"], [6]),
        ("Alpha demo to client", "alice", .todo, .high, 3, -4, "alpha", ["meeting"], [8, 9]),
        // beta — in twelve days; the bulk of the work
        ("Shipment detail API", "bob", .inProgress, .high, 16, 4, "beta", ["backend", "api"], [7]),
        ("Shipment detail page", "carol", .todo, .high, 16, 8, "beta", ["frontend"], [11]),
        ("Tracking map component", "carol", .inProgress, .medium, 14, 9, "beta", ["frontend", "maps"], [3]),
        ("Carrier webhook ingestion", "bob", .blocked, .urgent, 18, 5, "beta", ["backend", "integration"], []),
        ("Notifications: e-mail on delay", "bob", .todo, .medium, 12, 10, "beta", ["backend"], [14]),
        ("Notification settings page", "carol", .todo, .low, 8, 11, "beta", ["frontend"], [15]),
        ("Invoice download (PDF)", "bob", .todo, .medium, 10, 11, "beta", ["backend", "billing"], []),
        ("Invoices page", "carol", .backlog, .medium, 10, 12, "beta", ["frontend", "billing"], [17]),
        ("User roles and permissions", "bob", .review, .high, 14, 3, "beta", ["backend", "auth"], [5]),
        ("Admin: manage users", "carol", .todo, .medium, 12, 10, "beta", ["frontend", "auth"], [19]),
        ("Visual design: detail and tracking", "farid", .inProgress, .high, 14, 2, "beta", ["design"], [3]),
        ("Visual design: invoices and settings", "farid", .todo, .medium, 10, 6, "beta", ["design"], [21]),
        ("Accessibility review of key flows", "farid", .todo, .medium, 8, 11, "beta", ["design", "a11y"], [12]),
        ("Load test shipment APIs", "dave", .todo, .medium, 10, 10, "beta", ["devops", "perf"], [11]),
        ("Production environment (terraform)", "dave", .inProgress, .high, 16, 7, "beta", ["devops", "infra"], [2]),
        ("Monitoring and alerting", "dave", .todo, .medium, 10, 12, "beta", ["devops"], [25]),
        ("Backups and restore drill", "dave", .backlog, .medium, 6, 12, "beta", ["devops"], [25]),
        ("Beta test plan", "erin", .done, .high, 6, -1, "beta", ["qa"], []),
        ("Automated end-to-end tests: login, list", "erin", .inProgress, .high, 16, 6, "beta", ["qa"], [6]),
        ("Automated end-to-end tests: detail, tracking", "erin", .todo, .medium, 14, 11, "beta", ["qa"], [12, 13]),
        ("Security review: auth and roles", "alice", .todo, .urgent, 8, 9, "beta", ["security", "auth"], [19]),
        ("Data migration from legacy portal", "dave", .todo, .high, 24, 10, "beta", ["backend", "data"], []),
        ("Migration dry run with client data", "dave", .backlog, .high, 8, 12, "beta", ["data"], [32]),
        ("Client sign-off on designs", "alice", .blocked, .high, 2, 1, "beta", ["client"], [21]),
        ("Beta release notes", "alice", .backlog, .low, 3, 12, "beta", ["docs"], []),
        ("Performance budget for pages", "carol", .backlog, .low, 6, nil, "beta", ["frontend", "perf"], []),
        ("Error pages and empty states", "carol", .todo, .low, 6, nil, "beta", ["frontend"], []),
        ("API documentation (OpenAPI)", "bob", .todo, .low, 8, nil, "beta", ["backend", "docs"], [11]),
        ("Fix: session expires during upload", "bob", .todo, .urgent, 4, 2, "beta", ["bug", "auth"], [5]),
        ("Fix: date filter off by one day", "carol", .done, .high, 3, -2, "beta", ["bug"], []),
        ("Fix: CSV export drops accents", nil, .todo, .medium, 3, 8, "beta", ["bug", "i18n"], []),
        ("Cookie consent banner", nil, .backlog, .low, 4, nil, "beta", ["frontend", "legal"], []),
        // launch — in six weeks
        ("Launch checklist", "alice", .backlog, .medium, 4, 35, "launch", ["release"], []),
        ("Training session for Northwind support", "alice", .backlog, .medium, 6, 38, "launch", ["client", "meeting"], []),
        ("User guide", "erin", .backlog, .medium, 12, 36, "launch", ["docs"], []),
        ("Final regression pass", "erin", .backlog, .high, 16, 38, "launch", ["qa"], [30]),
        ("Penetration test fixes", "bob", .backlog, .high, 16, 34, "launch", ["security"], [31]),
        ("DNS cut-over plan", "dave", .backlog, .high, 4, 37, "launch", ["devops", "release"], [26]),
        ("Legacy portal redirect rules", "dave", .backlog, .medium, 4, 39, "launch", ["devops"], [48]),
        ("Go-live and hypercare rota", "alice", .backlog, .high, 4, 40, "launch", ["release"], [43]),
        ("Marketing site banner", "farid", .backlog, .low, 4, 36, "launch", ["design"], []),
        ("Mobile layout polish", "carol", .backlog, .medium, 12, 30, "launch", ["frontend"], [12, 13]),
        ("Analytics events", "carol", .backlog, .low, 8, 32, "launch", ["frontend"], []),
        ("Rate limiting on public API", "bob", .backlog, .medium, 6, 30, "launch", ["backend", "security"], []),
        ("Cancelled: chat widget", nil, .cancelled, .low, 10, nil, "launch", ["frontend"], []),
        ("Archive old shipments job", "bob", .backlog, .low, 6, nil, "launch", ["backend"], []),
        ("Status page", "dave", .backlog, .low, 4, 38, "launch", ["devops"], [26]),
        ("Debrief with the client", "alice", .backlog, .medium, 2, 45, "launch", ["meeting"], [50]),
        ("Translate UI to German", nil, .backlog, .medium, 12, 33, "launch", ["i18n"], []),
    ]

    /// The sample project as of `now`: tasks created two weeks back and worked on day by day.
    public static func sample(now: Now) -> [ScriptedCommand] {
        let today = now.today
        let zone = now.timeZone
        var rng = SeededGenerator(seed: 20_261_128)
        var out: [ScriptedCommand] = []
        /// `days` ago at `hour` o'clock local time, never later than now.
        func at(_ dayOffset: Int, _ hour: Double) -> Date {
            let d = (today + dayOffset).start(in: zone).addingTimeInterval(hour * 3600)
            return min(d, now.instant.addingTimeInterval(-60))
        }
        let start = today - 28
        out.append(.init(.addProject(Project(key: "WEB", name: "Client portal relaunch", client: "Northwind Logistics",
                                             startDate: start, targetDate: today + 42,
                                             budget: Money(minorUnits: 56_000_00, currency: "EUR"),
                                             hoursBudgetMinutes: 600 * 60, status: .active)),
                         actor: "alice", at: at(-28, 9)))
        for p in people {
            out.append(.init(.addMember(Member(handle: p.handle, name: p.name, role: p.role, weeklyCapacityMinutes: p.hours * 60,
                                               workingDays: p.days, hourlyRate: Money(minorUnits: p.rate * 100, currency: "EUR"))),
                             actor: "alice", at: at(-28, 9.5)))
        }
        out.append(.init(.addTimeOff(handle: "farid", range: DayRange(start: nextMonday(after: today), end: nextMonday(after: today) + 4),
                                     note: "vacation"), actor: "farid", at: at(-10, 11)))
        out.append(.init(.addTimeOff(handle: "erin", range: DayRange(start: today - 9, end: today - 9), note: "dentist"),
                         actor: "erin", at: at(-12, 10)))
        for (name, offset, text) in [("alpha", -5, "Login, shipment list, staging"), ("beta", 12, "Feature complete for client testing"),
                                     ("launch", 40, "Go-live on the new portal")] {
            out.append(.init(.addMilestone(projectKey: "WEB", name: name, due: today + offset, description: text),
                             actor: "alice", at: at(-27, 10)))
        }
        // Tasks: most planned two weeks ago, some scope added since.
        for (i, r) in rows.enumerated() {
            var d = TaskDraft(title: r.0)
            d.assignee = r.1
            d.priority = r.3
            d.estimateMinutes = r.4.map { Int($0 * 60) }
            d.due = r.5.map { today + $0 }
            d.milestone = r.6
            d.tags = r.7
            d.dependencies = r.8.map { TaskID(projectKey: "WEB", number: $0 + 1) }
            d.status = r.2 == .backlog ? .backlog : .todo
            // Created in order (task numbers follow), most in the planning days, the rest
            // as scope added later.
            let created = i < 45 ? -18 + i / 15 : -10 + (i - 45) / 2
            let hour = i < 45 ? 9 + Double(i % 15) * 0.25 : 9 + Double((i - 45) % 2) * 2
            out.append(.init(.addTask(projectKey: "WEB", d), actor: i % 3 == 0 ? "alice" : (r.1 ?? "alice"), at: at(created, hour)))
        }
        // Work: start, log, review, finish — spread over the past two weeks.
        for (i, r) in rows.enumerated() {
            let id = TaskID(projectKey: "WEB", number: i + 1)
            let who = r.1 ?? "alice"
            let estimate = r.4 ?? 4
            switch r.2 {
            case .done, .review, .inProgress, .blocked:
                let startDay = -12 + (i % 7)
                let finishDay = min(-1, startDay + 2 + Int(estimate / 6))
                out.append(.init(.setStatus(id, .inProgress, reason: nil), actor: who, at: at(startDay, 9.25)))
                let fraction = r.2 == .done || r.2 == .review ? Double.random(in: 0.8...1.3, using: &rng) : Double.random(in: 0.3...0.6, using: &rng)
                var left = Int(estimate * fraction * 60 / 30) * 30
                var day = startDay
                while left > 0 && day <= -1 {
                    let d = today + day
                    if d.weekday.rawValue < 5 {
                        let chunk = min(left, [120, 180, 240, 300][Int.random(in: 0..<4, using: &rng)])
                        out.append(.init(.logTime(id, member: who, date: d, minutes: chunk, note: ""), actor: who, at: at(day, 17.5)))
                        left -= chunk
                    }
                    day += 1
                }
                if r.2 == .review || r.2 == .done {
                    out.append(.init(.setStatus(id, .review, reason: nil), actor: who, at: at(finishDay, 15)))
                }
                if r.2 == .done {
                    out.append(.init(.setStatus(id, .done, reason: nil), actor: i % 2 == 0 ? "erin" : who, at: at(finishDay, 16.5)))
                }
                if r.2 == .blocked {
                    let reason = i == 14 ? "waiting for carrier API keys from Northwind" : "client has not answered the design review"
                    out.append(.init(.setStatus(id, .blocked, reason: reason), actor: who, at: at(-2, 11)))
                }
            case .cancelled:
                out.append(.init(.setStatus(id, .cancelled, reason: nil), actor: "alice", at: at(-2, 14)))
            default:
                break
            }
        }
        // A couple of re-plans, as happen in every real project.
        var replan = TaskEdit()
        replan.estimateMinutes = .set(20 * 60)
        out.append(.init(.editTask(TaskID(projectKey: "WEB", number: 14), replan), actor: "carol", at: at(-4, 10)))
        var reassign = TaskEdit()
        reassign.assignee = .set("bob")
        out.append(.init(.editTask(TaskID(projectKey: "WEB", number: 33), reassign), actor: "alice", at: at(-3, 9.5)))
        // The plan the team agreed at kick-off: the tasks of the planning days, saved as
        // a baseline once they were in, so earned value has planned value to compare with.
        out.append(.init(.saveBaseline(projectKey: "WEB", name: "kickoff", tasks: kickoffBaseline(today: today)),
                         actor: "alice", at: at(-16, 17)))
        // A stable sort by time: commands at the same instant keep their order.
        return out.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
    }

    /// The kick-off plan of the sample project: the tasks planned in the first days (the
    /// scope added later is not in it), work already under way planned a day or so ahead
    /// of how it really went, the rest finishing by its due date or its milestone's.
    static func kickoffBaseline(today: Day) -> [BaselineTask] {
        let milestoneDue = ["alpha": (id: Int64(1), offset: -5), "beta": (id: Int64(2), offset: 12), "launch": (id: Int64(3), offset: 40)]
        let rates = Dictionary(uniqueKeysWithValues: people.map { ($0.handle, $0.rate * 100) })
        return rows.prefix(45).enumerated().map { i, r in
            let estimate = r.4 ?? 4
            let milestone = milestoneDue[r.6]
            let start: Int, finish: Int
            switch r.2 {
            case .done, .review, .inProgress, .blocked:
                start = -13 + (i % 7)
                finish = start + 1 + Int(estimate / 8)
            default:
                finish = r.5 ?? milestone?.offset ?? 0
                start = max(-16, finish - max(1, Int(estimate / 6)))
            }
            let cost = r.1.flatMap { rates[$0] }.map {
                Money(minorUnits: Costing.price(minutes: Int(estimate * 60), at: Money(minorUnits: $0, currency: "EUR")), currency: "EUR")
            }
            return BaselineTask(task: TaskID(projectKey: "WEB", number: i + 1), milestoneID: milestone?.id,
                                plannedStart: today + start, plannedFinish: today + finish,
                                estimateMinutes: Int(estimate * 60), plannedCost: cost)
        }
    }

    static func nextMonday(after day: Day) -> Day {
        day.startOfWeek + 7
    }

    /// A synthetic workspace of the given size for benchmarks: `projects` projects with
    /// `tasks` tasks in all, `members` members, ~30% of tasks depending on an earlier
    /// one, a mix of statuses, and some logged time.
    public static func synthetic(tasks: Int, members: Int, projects: Int, now: Now, seed: UInt64 = 42) -> [ScriptedCommand] {
        var rng = SeededGenerator(seed: seed)
        let today = now.today
        let at = now.instant.addingTimeInterval(-3600)
        var out: [ScriptedCommand] = []
        let keys = (0..<max(1, projects)).map { syntheticKey($0) }
        for (i, key) in keys.enumerated() {
            out.append(.init(.addProject(Project(key: key, name: "Project \(i + 1)", client: "Client \(i % 7 + 1)",
                                                 startDate: today - 30, targetDate: today + 90)), actor: "admin", at: at))
            for m in 0..<3 {
                out.append(.init(.addMilestone(projectKey: key, name: "m\(m + 1)", due: today + 20 + m * 30, description: ""),
                                 actor: "admin", at: at))
            }
        }
        let handles = (0..<max(1, members)).map { "member\($0 + 1)" }
        for (i, h) in handles.enumerated() {
            out.append(.init(.addMember(Member(handle: h, name: "Member \(i + 1)", role: ["backend", "frontend", "qa", "devops"][i % 4],
                                               weeklyCapacityMinutes: [40, 40, 32, 24][i % 4] * 60,
                                               hourlyRate: Money(minorUnits: Int64(80 + i % 5 * 10) * 100, currency: "EUR"))),
                             actor: "admin", at: at))
        }
        let words = ["Build", "Fix", "Review", "Design", "Test", "Deploy", "Refactor", "Document"]
        let things = ["login", "search", "billing", "reports", "export", "cache", "API", "settings", "onboarding", "audit log"]
        let statuses: [TaskStatus] = [.backlog, .todo, .todo, .todo, .inProgress, .review, .blocked, .done, .done, .done]
        var counts = Array(repeating: 0, count: keys.count)
        for n in 0..<max(0, tasks) {
            let p = n % keys.count
            counts[p] += 1
            var d = TaskDraft(title: "\(words[n % words.count]) \(things[(n / 8) % things.count]) #\(n + 1)")
            d.assignee = Int.random(in: 0..<10, using: &rng) == 0 ? nil : handles[Int.random(in: 0..<handles.count, using: &rng)]
            d.priority = Priority.allCases[Int.random(in: 0..<4, using: &rng)]
            d.estimateMinutes = [60, 120, 240, 480, 960][Int.random(in: 0..<5, using: &rng)]
            d.due = Int.random(in: 0..<3, using: &rng) == 0 ? nil : today + Int.random(in: -10...80, using: &rng)
            d.milestone = "m\(Int.random(in: 1...3, using: &rng))"
            d.tags = [["backend"], ["frontend"], ["qa"], ["infra", "ops"]][n % 4]
            if counts[p] > 1, Int.random(in: 0..<10, using: &rng) < 3 {
                d.dependencies = [TaskID(projectKey: keys[p], number: Int.random(in: 1..<counts[p], using: &rng))]
            }
            let status = statuses[Int.random(in: 0..<statuses.count, using: &rng)]
            d.status = status == .blocked ? .todo : status
            out.append(.init(.addTask(projectKey: keys[p], d), actor: "admin", at: at))
            let id = TaskID(projectKey: keys[p], number: counts[p])
            if status == .blocked {
                out.append(.init(.setStatus(id, .blocked, reason: "waiting"), actor: "admin", at: at))
            }
            if (status == .inProgress || status == .done), let who = d.assignee {
                out.append(.init(.logTime(id, member: who, date: today - Int.random(in: 1...10, using: &rng),
                                          minutes: 60 * Int.random(in: 1...4, using: &rng), note: ""), actor: who, at: at))
            }
        }
        return out
    }

    /// AA, AB, … then three letters: valid project keys for any count.
    static func syntheticKey(_ i: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        if i < 26 * 26 { return String([letters[i / 26], letters[i % 26]]) }
        let j = i - 26 * 26
        return String([letters[(j / 676) % 26], letters[(j / 26) % 26], letters[j % 26]])
    }
}
