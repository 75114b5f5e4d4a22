import ArgumentParser
import Foundation
import PaceCore
import PaceStore

struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project", abstract: "Add, list, show and edit projects.",
        subcommands: [Add.self, List.self, Show.self, Edit.self, Default.self, HolidayCommand.self])

    struct Fields: ParsableArguments {
        @Option(help: "The client.") var client: String?
        @Option(help: "Start date.") var start: String?
        @Option(help: "Target date.") var target: String?
        @Option(help: "Budget, e.g. 80000 EUR (or none).") var budget: String?
        @Option(name: .customLong("hours-budget"), help: "Hours budget, e.g. 600h (or none).") var hoursBudget: String?
        @Option(name: .customLong("hours-per-day"), help: "Working hours per day, used for est:2d (default 8).") var hoursPerDay: Double?
        @Option(help: "Status: \(ProjectStatus.acceptedNames).") var status: String?
        @Option(name: .customLong("default-estimate"), help: "What the forecast assumes for unestimated tasks (default 4h).") var defaultEstimate: String?
        @Option(help: "Working days of slack below which a milestone is at risk (default 2).") var buffer: Int?

        func parsedStatus() throws -> ProjectStatus? {
            guard let status else { return nil }
            guard let s = ProjectStatus(name: status) else { throw UserError("unknown project status '\(status)': use \(ProjectStatus.acceptedNames)") }
            return s
        }

    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a project.")
        @OptionGroup var workspace: WorkspaceOptions
        @Argument(help: "Key: \(ProjectKey.rule).") var key: String
        @Argument(help: "Name.") var name: String
        @OptionGroup var fields: Fields

        func run() throws {
            let ctx = try CLIContext()
            let ws = try ctx.openWorkspace(workspace)
            var p = Project(key: key.uppercased(), name: name, client: fields.client ?? "")
            p.startDate = try fields.start.map(ctx.date)
            p.targetDate = try fields.target.map(ctx.date)
            p.budget = try fields.budget.map(ctx.money)
            p.hoursBudgetMinutes = try fields.hoursBudget.map { try DurationExpression.parseMinutes($0, hoursPerDay: fields.hoursPerDay ?? 8) }
            if let h = fields.hoursPerDay { p.hoursPerDay = h }
            if let s = try fields.parsedStatus() { p.status = s }
            if let e = fields.defaultEstimate { p.defaultEstimateMinutes = try DurationExpression.parseMinutes(e, hoursPerDay: p.hoursPerDay) }
            if let b = fields.buffer { p.milestoneBufferDays = b }
            let outcome = try ctx.apply(.addProject(p), in: ws)
            ctx.output.line(CLIText.safe(outcome.summary))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "ls", abstract: "List projects.")
        @OptionGroup var workspace: WorkspaceOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let ctx = try CLIContext()
            let ws = try ctx.openWorkspace(workspace, readOnly: true)
            let (projects, def) = try ws.projects()
            if json { try ctx.output.json(projects.map { ProjectJSON(project: $0, isDefault: $0.key == def) }); return }
            if projects.isEmpty { ctx.output.line("no projects yet — add one with: pace project add KEY \"Name\""); return }
            ctx.output.table(
                [.init(""), .init("KEY"), .init("NAME", flexible: true), .init("CLIENT"), .init("STATUS"), .init("TARGET")],
                projects.map { p in
                    [.init(p.key == def ? "*" : ""), .init(p.key, .bold), .init(p.name), .init(p.client), .init(p.status.rawValue),
                     .init(p.targetDate?.iso ?? "—")]
                })
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a project with its progress.")
        @OptionGroup var workspace: WorkspaceOptions
        @Flag(help: "Print JSON.") var json = false
        @Argument(help: "Key (default: the current project).") var key: String?

        func run() throws {
            let ctx = try CLIContext()
            let ws = try ctx.openWorkspace(workspace, readOnly: true)
            let snap = try ws.snapshot(projectKey: key ?? workspace.project)
            let p = snap.project
            let def = try ws.projects().defaultKey
            if json { try ctx.output.json(ProjectJSON(project: p, isDefault: p.key == def)); return }
            let done = snap.tasks.filter { $0.status == .done }.count
            let open = snap.tasks.filter { $0.status.isOpen }
            ctx.output.line(ctx.output.paint("\(p.key)  \(CLIText.safe(p.name))", .bold))
            ctx.output.fields([
                ("client", p.client.isEmpty ? "—" : p.client),
                ("status", p.status.rawValue),
                ("start", p.startDate?.iso ?? "—"),
                ("target", p.targetDate.map { "\($0.iso) (\(Format.relative($0, today: ctx.today)))" } ?? "—"),
                ("budget", p.budget?.description ?? "—"),
                ("hours budget", Format.hours(p.hoursBudgetMinutes)),
                ("hours per day", Format.hoursValue(Int(p.hoursPerDay * 60))),
                ("default estimate", Format.hours(p.defaultEstimateMinutes)),
                ("milestone buffer", "\(p.milestoneBufferDays) working days"),
                ("holidays", snap.holidays.isEmpty ? "—" : snap.holidays.map { $0.date.iso + ($0.name.isEmpty ? "" : " \($0.name)") }.joined(separator: ", ")),
                ("tasks", "\(done) done of \(snap.tasks.filter { $0.status != .cancelled }.count), \(open.filter { $0.isOverdue(today: ctx.today) }.count) overdue, \(open.filter { $0.status == .blocked }.count) blocked"),
                ("remaining", Format.hours(open.reduce(0) { $0 + $1.effectiveRemainingMinutes })),
                ("logged", Format.hours(snap.tasks.reduce(0) { $0 + $1.spentMinutes })),
                ("milestones", snap.milestones.isEmpty ? "—" : snap.milestones.map(\.name).joined(separator: ", ")),
            ])
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a project's fields ('none' clears one).")
        @OptionGroup var workspace: WorkspaceOptions
        @Argument(help: "Key.") var key: String
        @Option(help: "Name.") var name: String?
        @OptionGroup var fields: Fields

        func run() throws {
            let ctx = try CLIContext()
            let ws = try ctx.openWorkspace(workspace)
            var e = ProjectEdit()
            e.name = name
            e.client = fields.client
            e.startDate = try ctx.update(fields.start, parse: ctx.date)
            e.targetDate = try ctx.update(fields.target, parse: ctx.date)
            e.budget = try ctx.update(fields.budget, parse: ctx.money)
            e.hoursBudgetMinutes = try ctx.update(fields.hoursBudget) { try DurationExpression.parseMinutes($0, hoursPerDay: 8) }
            e.hoursPerDay = fields.hoursPerDay
            e.status = try fields.parsedStatus()
            e.defaultEstimateMinutes = try fields.defaultEstimate.map { try DurationExpression.parseMinutes($0, hoursPerDay: 8) }
            e.milestoneBufferDays = fields.buffer
            let outcome = try ctx.apply(.editProject(key: key, e), in: ws)
            ctx.output.line(CLIText.safe(outcome.summary))
        }
    }

    struct Default: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set the default project.")
        @OptionGroup var workspace: WorkspaceOptions
        @Argument(help: "Key.") var key: String

        func run() throws {
            let ctx = try CLIContext()
            let ws = try ctx.openWorkspace(workspace)
            let outcome = try ctx.apply(.setDefaultProject(key: key), in: ws)
            ctx.output.line(outcome.summary)
        }
    }
}

struct MilestoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "milestone", abstract: "Add, list and edit milestones of the current project.",
        subcommands: [Add.self, List.self, Edit.self])

    struct Add: EditingCommand {
        static let configuration = CommandConfiguration(abstract: "Add a milestone.")
        @OptionGroup var workspace: WorkspaceOptions
        @Argument(help: "Name, e.g. beta.") var name: String
        @Option(help: "Due date.") var due: String?
        @Option(help: "What it means.") var description: String = ""

        func makeCommand(_ ctx: CLIContext, _ ws: SQLiteWorkspace) throws -> Command {
            let key = try ws.project(workspace.project).key
            return .addMilestone(projectKey: key, name: name, due: try due.map(ctx.date), description: description)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "ls", abstract: "List milestones with progress.")
        @OptionGroup var workspace: WorkspaceOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let ctx = try CLIContext()
            let ws = try ctx.openWorkspace(workspace, readOnly: true)
            let snap = try ws.snapshot(projectKey: workspace.project)
            let shapes = snap.milestones.map { m -> MilestoneJSON in
                let tasks = snap.tasks.filter { $0.milestoneID == m.id && $0.status != .cancelled }
                let total = tasks.reduce(0) { $0 + ($1.estimateMinutes ?? 0) }
                let done = tasks.filter { $0.status == .done }.reduce(0) { $0 + ($1.estimateMinutes ?? 0) }
                return MilestoneJSON(milestone: m, taskCount: tasks.count, openCount: tasks.filter { $0.status.isOpen }.count,
                                     doneEstimateHours: Double(done) / 60, totalEstimateHours: Double(total) / 60)
            }
            if json { try ctx.output.json(shapes); return }
            if shapes.isEmpty { ctx.output.line("no milestones yet — add one with: pace milestone add NAME --due DATE"); return }
            ctx.output.table(
                [.init("NAME", flexible: true), .init("DUE"), .init("IN"), .init("TASKS", alignRight: true), .init("DONE", alignRight: true)],
                shapes.map { s in
                    let late = (s.milestone.due.map { $0 < ctx.today } ?? false) && s.openCount > 0
                    return [
                        .init(s.milestone.name, .bold), .init(s.milestone.due?.iso ?? "—"),
                        .init(s.milestone.due.map { Format.relative($0, today: ctx.today) } ?? "", late ? .red : .plain),
                        .init("\(s.taskCount - s.openCount)/\(s.taskCount)"),
                        .init(s.totalEstimateHours > 0 ? Format.percent(s.doneEstimateHours / s.totalEstimateHours) : "—"),
                    ]
                })
        }
    }

    struct Edit: EditingCommand {
        static let configuration = CommandConfiguration(abstract: "Change a milestone ('none' clears the due date).")
        @OptionGroup var workspace: WorkspaceOptions
        @Argument(help: "Current name.") var name: String
        @Option(name: .customLong("name"), help: "New name.") var newName: String?
        @Option(help: "Due date, or none.") var due: String?
        @Option(help: "Description.") var description: String?

        func makeCommand(_ ctx: CLIContext, _ ws: SQLiteWorkspace) throws -> Command {
            let key = try ws.project(workspace.project).key
            var e = MilestoneEdit()
            e.name = newName
            e.due = try ctx.update(due, parse: ctx.date)
            e.description = description
            return .editMilestone(projectKey: key, name: name, e)
        }
    }
}

struct HolidayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holiday", abstract: "Public holidays of the project (no one works; the forecast skips them).",
        subcommands: [Add.self, List.self, Remove.self])

    struct Add: EditingCommand {
        static let configuration = CommandConfiguration(abstract: "Add a holiday.")
        @OptionGroup var workspace: WorkspaceOptions
        @Argument(help: "The date.") var date: String
        @Argument(help: "Its name.") var name: [String] = []

        func makeCommand(_ ctx: CLIContext, _ ws: SQLiteWorkspace) throws -> Command {
            .addHoliday(projectKey: try ws.project(workspace.project).key,
                        Holiday(date: try ctx.date(date), name: name.joined(separator: " ")))
        }
    }

    struct Remove: EditingCommand {
        static let configuration = CommandConfiguration(commandName: "rm", abstract: "Remove a holiday.")
        @OptionGroup var workspace: WorkspaceOptions
        @Argument(help: "The date.") var date: String

        func makeCommand(_ ctx: CLIContext, _ ws: SQLiteWorkspace) throws -> Command {
            .removeHoliday(projectKey: try ws.project(workspace.project).key, date: try ctx.date(date))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "ls", abstract: "List holidays.")
        @OptionGroup var workspace: WorkspaceOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let ctx = try CLIContext()
            let ws = try ctx.openWorkspace(workspace, readOnly: true)
            let holidays = try ws.snapshot(projectKey: workspace.project).holidays
            if json { try ctx.output.json(holidays.map(HolidayJSON.init)); return }
            if holidays.isEmpty { ctx.output.line("no holidays — add one with: pace project holiday add 2026-12-25 Christmas Day"); return }
            ctx.output.table([.init("DATE"), .init("DAY"), .init("NAME", flexible: true)],
                             holidays.map { [.init($0.date.iso), .init($0.date.weekday.shortName), .init($0.name)] })
        }
    }
}
