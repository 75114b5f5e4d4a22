import ArgumentParser
import Foundation
import PaceCore
import PaceStore

/// The formats `pace export` writes.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case json, csv, ics, mspdi
}

extension SpreadsheetExport.Kind: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the workspace out: all of it as JSON, a table as CSV, deadlines as iCalendar, or the plan for MS Project.",
        discussion: """
            --format json writes every table of the workspace (projects, members, time off, \
            milestones, tasks, time entries, holidays, standups, history) with the schema's \
            migrations; `pace import FILE` into an empty data directory gives it back \
            unchanged. Shape in docs/json.md.

            --format csv --what tasks|time|members writes one table of the project for a \
            spreadsheet (RFC 4180, UTF-8, header row).

            --format ics writes the project's milestones as all-day events and its tasks \
            with a due date as to-dos (RFC 5545), for a calendar.

            --format mspdi writes the project as Microsoft Project XML: the calendar with \
            working hours and holidays, resources with rates and time off, tasks with work, \
            remaining work, the forecast's start and finish, percent complete, milestones, \
            links, assignments and the latest baseline.
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: "What to write: json, csv, ics or mspdi.") var format: ExportFormat = .json
    @Option(help: "With --format csv: tasks, time or members.") var what: SpreadsheetExport.Kind?
    @Option(name: [.customLong("out"), .customLong("output")],
            help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var out: String?

    func run() throws {
        let ctx = try CLIContext()
        if what != nil && format != .csv {
            throw UserError("--what chooses the table of a CSV export; add --format csv")
        }
        let ws = try ctx.openWorkspace(workspace, readOnly: true)
        let data: Data
        switch format {
        case .json:
            data = try ws.exportJSON()
        case .csv:
            guard let what else {
                throw UserError("--format csv needs --what: tasks, time or members")
            }
            let snapshot = try ws.snapshot(projectKey: workspace.project)
            switch what {
            case .tasks: data = Data(SpreadsheetExport.tasks(snapshot).utf8)
            case .time: data = Data(SpreadsheetExport.time(try ws.timeEntries(projectKey: snapshot.project.key), snapshot: snapshot).utf8)
            case .members: data = Data(SpreadsheetExport.members(snapshot.members).utf8)
            }
        case .ics:
            let snapshot = try ws.snapshot(projectKey: workspace.project)
            data = Data(CalendarExport.document(snapshot, stamp: ctx.now.instant).utf8)
        case .mspdi:
            data = try mspdiDocument(ws, ctx: ctx)
        }
        try ExchangeFiles.write(data, to: out)
        if let out { FileHandle.standardError.write(Data("exported to \(out)\n".utf8)) }
    }
}

/// The formats `pace import` reads.
enum ImportFormat: String, ExpressibleByArgument, CaseIterable {
    case json, taskwarrior, csv, jira, mspdi
}

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a whole workspace (JSON from pace export), tasks from Taskwarrior, CSV or Jira, or a plan from MS Project.",
        discussion: """
            pace import FILE
                a `pace export --format json` file, into a new or empty data directory
            pace import --from taskwarrior FILE
                the JSON of `task export`, as tasks of the current project; into a
                workspace with no project, projects are made from Taskwarrior's (or one,
                with --project KEY)
            pace import --from csv FILE [--map column=field ...]
                a header row, then one task per row; fields: title, status, priority,
                assignee, estimate, due, milestone, tags (or skip)
            pace import --from jira FILE [--add-members]
                Jira's CSV export, as tasks of the current project; unknown assignees are
                refused unless --add-members makes them members
            pace import --from mspdi FILE [--project KEY]
                Microsoft Project XML, as a new project with its calendar, resources,
                milestones, tasks, links and baseline

            All or nothing: the file is checked completely before anything is written, \
            and a broken file is reported with the line or record and field at fault and \
            what was expected there. FILE may be - for standard input.
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: "What the file is: json (a pace export), taskwarrior, csv, jira (Jira's CSV export) or mspdi (Microsoft Project XML).")
    var from: ImportFormat = .json
    @Option(help: ArgumentHelp("With --from csv: read this column as this field (repeatable); field skip leaves it out.", valueName: "column=field"))
    var map: [String] = []
    @Flag(help: "With --from jira: create a member for each assignee the workspace does not have yet.")
    var addMembers = false
    @Argument(help: ArgumentHelp("The file to read.", valueName: "file")) var file: String

    func run() throws {
        let ctx = try CLIContext()
        if !map.isEmpty && from != .csv {
            throw UserError("--map names CSV columns; add --from csv")
        }
        if addMembers && from != .jira {
            throw UserError("--add-members creates Jira's assignees; add --from jira")
        }
        let data = try ExchangeFiles.read(file)
        switch from {
        case .json: try importWorkspace(data, ctx: ctx)
        case .taskwarrior:
            let tasks = try TaskwarriorImport.parse(data, timeZone: ctx.now.timeZone)
            try importTaskwarrior(tasks, ctx: ctx)
        case .csv:
            var mapping: [String: String] = [:]
            for pair in map {
                guard let eq = pair.lastIndex(of: "="), eq != pair.startIndex else {
                    throw UserError("--map '\(pair)': expected column=field, e.g. --map Summary=title")
                }
                mapping[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
            }
            let text = try Self.text(data, file: file, saveAs: "CSV UTF-8")
            let ws = try ctx.openWorkspace(workspace)
            let project = try ws.project(workspace.project)
            let tasks = try CSVTaskImport.parse(text, mapping: mapping, today: ctx.today, hoursPerDay: project.hoursPerDay)
            try importTasks(tasks, ctx: ctx, into: ws)
        case .jira:
            try importJira(try Self.text(data, file: file, saveAs: "CSV UTF-8"), ctx: ctx)
        case .mspdi:
            try importMSPDI(data, ctx: ctx)
        }
    }

    func importTasks(_ tasks: [ImportedTask], ctx: CLIContext, into open: SQLiteWorkspace? = nil) throws {
        let ws = try open ?? ctx.openWorkspace(workspace)
        let ids = try ws.importTasks(tasks, projectKey: workspace.project, actor: ctx.actor, at: ctx.now.instant)
        reportImported(ids, ctx: ctx)
    }

    private func importWorkspace(_ data: Data, ctx: CLIContext) throws {
        let dump = try SQLiteWorkspace.decodeDump(data)
        let dir = ctx.dataDirectory(workspace)
        let existed = FileManager.default.fileExists(atPath: dir.databaseURL.path)
        let dirExisted = FileManager.default.fileExists(atPath: dir.url.path)
        let ws = try SQLiteWorkspace.create(at: dir)
        do {
            try ws.importDump(dump)
        } catch {
            // A workspace made only to receive this import goes again, so a failed
            // import leaves the data directory as it found it.
            if !existed { try? SQLiteWorkspace.removeDatabase(in: dir) }
            if !dirExisted { try? FileManager.default.removeItem(at: dir.url) }
            throw error
        }
        let counts = dump.tables.keys.sorted().compactMap { name -> String? in
            let n = dump.tables[name]!.rows.count
            return n > 0 ? "\(n) \(name)" : nil
        }
        ctx.output.line("imported into \(dir.url.path): \(counts.joined(separator: ", "))")
    }
}

/// Reading and writing the files of imports and exports, with errors a person can act on.
enum ExchangeFiles {
    static func read(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UserError("cannot read \(path): no such file or not readable")
        }
        return data
    }

    /// Atomic, so an interrupted export never leaves half a file where a good one was.
    static func write(_ data: Data, to path: String?) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw UserError("cannot write \(path): it is a directory; give a file name")
        }
        let folder = url.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UserError("cannot write \(path): there is no directory \(folder)")
        }
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw UserError("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
