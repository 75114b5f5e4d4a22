import ArgumentParser
import Foundation
import PaceCore
import PaceStore
#if canImport(Glibc)
import Glibc
#endif

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a sample workspace (in its own folder) and open it.",
        discussion: """
            Without --data-dir the demo lives in the 'demo' folder of the data home, never \
            in your real workspace; running it again refreshes it. \
            --tasks/--members/--projects build a large synthetic workspace instead, for \
            benchmarks.
            """)

    @Option(help: ArgumentHelp("Where to write the demo (default: <data home>/demo).", valueName: "dir"))
    var dataDir: String?
    @Option(help: "Build a synthetic workspace with this many tasks.") var tasks: Int?
    @Option(help: "Members of the synthetic workspace (default 20).") var members: Int?
    @Option(help: "Projects of the synthetic workspace (default 1).") var projects: Int?
    @Flag(help: "Only build it and print a summary; do not open the dashboard.") var print = false
    @OptionGroup var dashboard: DashboardOptions

    func validate() throws {
        if let t = tasks, !(1...1_000_000).contains(t) { throw ValidationError("--tasks must be between 1 and 1000000") }
        if let m = members, !(1...10_000).contains(m) { throw ValidationError("--members must be between 1 and 10000") }
        if let p = projects, !(1...1_000).contains(p) { throw ValidationError("--projects must be between 1 and 1000") }
        if tasks == nil && (members != nil || projects != nil) {
            throw ValidationError("--members and --projects go with --tasks N (a synthetic workspace)")
        }
    }

    func run() throws {
        let ctx = try CLIContext()
        let dir = dataDir.map { DataDirectory.resolve(explicit: $0, environment: ctx.environment) }
            ?? DataDirectory.demo(environment: ctx.environment)
        if FileManager.default.fileExists(atPath: dir.databaseURL.path) {
            let existing = try SQLiteWorkspace.open(at: dir)
            if try !existing.isDemo() && !existing.projects().projects.isEmpty {
                throw UserError("\(dir.url.path) holds a workspace that is not a demo; refusing to overwrite it (choose another --data-dir)")
            }
        }
        try dir.create()
        try SQLiteWorkspace.removeDatabase(in: dir)
        let ws = try SQLiteWorkspace.create(at: dir)
        let script: [ScriptedCommand]
        if let tasks {
            script = DemoWorkspace.synthetic(tasks: tasks, members: members ?? 20, projects: projects ?? 1, now: ctx.now)
        } else {
            script = DemoWorkspace.sample(now: ctx.now)
        }
        try ws.applyBatch(script)
        try ws.markAsDemo()
        let snap = try ws.snapshot(projectKey: nil)
        if !print && isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 {
            try Dashboard.open(ctx: ctx, directory: dir, projectKey: nil, readOnly: false, options: dashboard)
            return
        }
        let o = ctx.output
        o.line("demo workspace at \(dir.url.path): \(snap.project.key) \(snap.project.name) — \(snap.tasks.count) tasks, \(snap.members.count) members, \(snap.milestones.count) milestones")
        o.line("try: pace ls --data-dir \(dir.url.path)")
        if tasks == nil {
            o.line()
            let open = snap.tasks.filter { $0.status.isOpen }.sorted(by: TaskOrdering.standard.areInIncreasingOrder)
            TaskTable.print(Array(open.prefix(15)), milestones: Dictionary(uniqueKeysWithValues: snap.milestones.map { ($0.id, $0.name) }),
                            today: ctx.today, output: o)
            if open.count > 15 { o.line("… and \(open.count - 15) more open tasks") }
        }
    }
}
