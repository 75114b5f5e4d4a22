import ArgumentParser
import Foundation
import PaceCore
import PaceStore

/// The formats a report is written in.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case md, html, json
}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Reports to share: project status for the client or management, and the post-project debrief.",
        discussion: """
            Markdown (the default) pastes into a wiki or chat. --format html is one \
            self-contained file with charts that prints on A4. --format json has the shape \
            documented in docs/json.md. Reports only read the workspace.
            """,
        subcommands: [Status.self, Debrief.self], defaultSubcommand: Status.self)

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Milestone health and forecasts, work done in the period, what's next, risks, budget and earned value.")

        @OptionGroup var workspace: WorkspaceOptions
        @Option(help: ArgumentHelp("First day of the period the report covers (default: 7 days ago).", valueName: "date"))
        var since: String?
        @OptionGroup var report: ReportOptions

        func run() throws {
            let ctx = try CLIContext()
            let from: Day
            do {
                from = try since.map(ctx.date) ?? ctx.today - 7
            } catch let error as UserError {
                throw UserError("--since: \(error.message)")
            }
            guard from <= ctx.today else {
                throw UserError("--since \(from.iso) is after today (\(ctx.today.iso)): the period runs from a day on or before today")
            }
            let status = StatusReport.make(try ReportSource.read(ctx, workspace, baseline: report.baseline), since: from)
            let text: String
            switch report.format {
            case .md: text = ReportMarkdown.status(status)
            case .html: text = ReportHTML.status(status)
            case .json: text = JSONText.of(StatusReportJSON(report: status))
            }
            try ReportSource.write(text, to: report.output, what: "status report")
        }
    }

    struct Debrief: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Post-project review: planned vs actual, estimate accuracy, slips and their causes, throughput, blockers, scope changes.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var report: ReportOptions

        func run() throws {
            let ctx = try CLIContext()
            let debrief = DebriefReport.make(try ReportSource.read(ctx, workspace, baseline: report.baseline))
            let text: String
            switch report.format {
            case .md: text = ReportMarkdown.debrief(debrief)
            case .html: text = ReportHTML.debrief(debrief)
            case .json: text = JSONText.of(DebriefReportJSON(report: debrief))
            }
            try ReportSource.write(text, to: report.output, what: "debrief")
        }
    }
}

/// The options both reports take besides the workspace's.
struct ReportOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Measure against this baseline (default: the latest).", valueName: "name"))
    var baseline: String?
    @Option(help: "md, html or json.") var format: ReportFormat = .md
    @Option(name: [.customLong("out"), .customLong("output")],
            help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?
}

/// What a report is built from, read from the workspace (read-only), and where it goes.
enum ReportSource {
    static func read(_ ctx: CLIContext, _ options: WorkspaceOptions, baseline name: String?) throws -> ReportInput {
        let ws = try ctx.openWorkspace(options, readOnly: true)
        let snap = try ws.snapshot(projectKey: options.project)
        let key = snap.project.key
        // Time, rates and the baseline in one read, as the dashboard's budget takes them.
        var ledger = try ws.ledger(projectKey: key)
        if name != nil { ledger.baseline = try ws.baseline(projectKey: key, name: name) }
        return ReportInput(snapshot: snap, removedTasks: try ws.removedTasks(projectKey: key), schedule: try forecast(snap, ctx: ctx),
                           activity: try ws.taskActivity(projectKey: key),
                           entries: ledger.entries, rates: ledger.rates, baseline: ledger.baseline, now: ctx.now)
    }

    /// Standard output, or the file written whole (atomically: never half a report).
    static func write(_ text: String, to path: String?, what: String) throws {
        try ExchangeFiles.write(Data(text.utf8), to: path)
        if let path, path != "-" { FileHandle.standardError.write(Data("wrote the \(what) to \(path)\n".utf8)) }
    }
}

enum JSONText {
    static func of(_ value: some JSONWritable) -> String {
        var writer = JSONWriter(capacity: 1 << 16)
        value.write(&writer)
        return String(decoding: writer.bytes, as: UTF8.self) + "\n"
    }
}
