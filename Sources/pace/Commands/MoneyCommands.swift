import ArgumentParser
import Foundation
import PaceCore
import PaceStore

struct BudgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget",
        abstract: "Budget, spent, committed and forecast at completion, earned value (CPI, SPI) and cost per member.",
        discussion: """
            Spent is the time logged, each entry at the member's rate in force on its day. \
            Committed is the remaining estimate of open tasks at today's rates. Earned value \
            is measured against the latest baseline (or --baseline NAME); without one there \
            is no planned value, so no SPI. Projects without rates get the same figures in \
            hours.
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: "Measure against this baseline (default: the latest).") var baseline: String?
    @Option(name: .customLong("as-of"), help: "The day to take the figures on (default: today).") var asOf: String?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let ctx = try CLIContext()
        let ws = try ctx.openWorkspace(workspace, readOnly: true)
        let snap = try ws.snapshot(projectKey: workspace.project)
        let day = try asOf.map(ctx.date) ?? ctx.today
        var ledger = try ws.ledger(projectKey: snap.project.key)
        if baseline != nil { ledger.baseline = try ws.baseline(projectKey: snap.project.key, name: baseline) }
        let base = ledger.baseline
        let summary = BudgetSummary.compute(project: snap.project, members: snap.members, tasks: snap.tasks,
                                            entries: ledger.entries, rates: ledger.rates, baseline: base, asOf: day)
        if json {
            let milestones = BudgetOverview.milestoneValues(snap, ledger: ledger, asOf: day)
            try ctx.output.json(BudgetJSON(project: snap.project.key, asOf: day, baseline: base?.name, summary: summary,
                                           milestones: milestones.map { ($0.milestone.name, $0.money, $0.hours) }))
            return
        }
        let o = ctx.output
        let c = summary.currency
        func money(_ minor: Int64?) -> String { Format.money(minor, c) }
        let ratio = Format.ratio
        o.line(o.paint("Budget of \(snap.project.key) \(CLIText.safe(snap.project.name)) as of \(day.iso)", .bold)
               + (base.map { o.paint("  against baseline \(CLIText.safe($0.name))", .dim) } ?? ""))
        if !summary.otherCurrencies.isEmpty {
            o.line(o.paint("note: rates in \(summary.otherCurrencies.joined(separator: ", ")) are counted as \(c) "
                           + "(no currency conversion)", .yellow))
        }
        o.line()
        let over = (summary.forecastVariance ?? 0) < 0
        o.fields([
            ("budget", summary.budget?.description ?? "—"),
            ("hours budget", summary.hoursBudgetMinutes.map(Format.hours) ?? "—"),
            ("spent", "\(money(summary.spent))  (\(Format.hours(summary.spentMinutes)))"),
            ("committed", "\(money(summary.committed))  (\(Format.hours(summary.committedMinutes)) remaining)"),
            ("forecast", "\(money(summary.forecastAtCompletion))  (\(Format.hours(summary.forecastMinutes)))"
                + (summary.forecastVariance.map { over ? "  over by \(money(-$0))" : "  \(money($0)) to spare" } ?? "")),
        ])
        o.line()
        let m = summary.money, h = summary.hours
        o.table(
            [.init("EARNED VALUE"), .init("BAC", alignRight: true), .init("PV", alignRight: true), .init("EV", alignRight: true),
             .init("AC", alignRight: true), .init("EAC", alignRight: true), .init("CPI", alignRight: true), .init("SPI", alignRight: true)],
            [[.init("money"), .init(money(m.bac)), .init(money(m.pv)), .init(money(m.ev)), .init(money(m.ac)), .init(money(m.eac)),
              .init(ratio(m.cpi)), .init(ratio(m.spi))],
             [.init("hours"), .init(Format.hours(Int(h.bac))), .init(h.pv.map { Format.hours(Int($0)) } ?? "—"),
              .init(Format.hours(Int(h.ev))), .init(Format.hours(Int(h.ac))), .init(h.eac.map { Format.hours(Int($0)) } ?? "—"),
              .init(ratio(h.cpi)), .init(ratio(h.spi))]])
        if !summary.members.isEmpty {
            o.line()
            o.table(
                [.init("MEMBER", flexible: true), .init("RATE", alignRight: true), .init("LOGGED", alignRight: true),
                 .init("SPENT", alignRight: true), .init("REMAINING", alignRight: true), .init("COMMITTED", alignRight: true)],
                summary.members.map { r in
                    [.init(r.member), .init(r.rate?.description ?? "—"), .init(Format.hours(r.spentMinutes)), .init(money(r.spent)),
                     .init(Format.hours(r.remainingMinutes)), .init(money(r.committed))]
                })
        }
    }
}

struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline", abstract: "Freeze the current forecast as a baseline to measure earned value against; list them.",
        subcommands: [Save.self, List.self])

    struct Save: EditingCommand {
        static let configuration = CommandConfiguration(
            abstract: "Save the forecast (planned start and finish, estimate and planned cost of each task) under a name.")
        @OptionGroup var workspace: WorkspaceOptions
        @Argument(help: "Name (default: the date, e.g. 2026-12-01).") var name: String?

        func makeCommand(_ ctx: CLIContext, _ ws: SQLiteWorkspace) throws -> Command {
            let snap = try ws.snapshot(projectKey: workspace.project)
            let schedule = try forecast(snap, ctx: ctx)
            let tasks = BaselinePlan.tasks(snapshot: snap, schedule: schedule, rates: try ws.rateHistory(), timeZone: ctx.now.timeZone)
            return .saveBaseline(projectKey: snap.project.key, name: name ?? ctx.today.iso, tasks: tasks)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "ls", abstract: "List the project's baselines, oldest first.")
        @OptionGroup var workspace: WorkspaceOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let ctx = try CLIContext()
            let ws = try ctx.openWorkspace(workspace, readOnly: true)
            let snap = try ws.snapshot(projectKey: workspace.project)
            let all = try ws.baselines(projectKey: snap.project.key)
            if json {
                try ctx.output.json(all.map(BaselineJSON.init))
                return
            }
            guard !all.isEmpty else {
                ctx.output.line("No baselines in \(snap.project.key) yet (save one with: pace baseline save [NAME]).")
                return
            }
            ctx.output.table(
                [.init("NAME", flexible: true), .init("SAVED"), .init("BY"), .init("TASKS", alignRight: true),
                 .init("FINISH"), .init("HOURS", alignRight: true), .init("PLANNED COST", alignRight: true)],
                all.map { b in
                    [.init(CLIText.safe(b.name)), .init(Format.localDateTime(b.created, in: ctx.now.timeZone)), .init(b.createdBy),
                     .init(String(b.tasks.count)), .init(b.plannedFinish?.iso ?? "—"),
                     .init(Format.hours(b.tasks.reduce(0) { $0 + $1.estimateMinutes })), .init(b.plannedCost?.description ?? "—")]
                })
        }
    }
}

extension Baseline {
    var plannedFinish: Day? { tasks.compactMap(\.plannedFinish).max() }
    /// Sum of the tasks' planned cost, in the first task's currency; nil when none has one.
    var plannedCost: Money? {
        let costs = tasks.compactMap(\.plannedCost)
        guard let first = costs.first else { return nil }
        return Money(minorUnits: costs.reduce(0) { $0 + $1.minorUnits }, currency: first.currency)
    }
}
