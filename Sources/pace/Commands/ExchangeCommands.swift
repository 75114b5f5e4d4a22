import ArgumentParser
import Foundation
import PaceCore
import PaceStore

/// The formats `pace export` writes.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case json, csv, ics
}

extension SpreadsheetExport.Kind: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the workspace out: all of it as JSON, a table as CSV, or deadlines as an iCalendar file.",
        discussion: """
            --format json writes every table of the workspace (projects, members, time off, \
            milestones, tasks, time entries, holidays, standups, history) with the schema's \
            migrations; `pace import FILE` into an empty data directory gives it back \
            unchanged. Shape in docs/json.md.

            --format csv --what tasks|time|members writes one table of the project for a \
            spreadsheet (RFC 4180, UTF-8, header row).

            --format ics writes the project's milestones as all-day events and its tasks \
            with a due date as to-dos (RFC 5545), for a calendar.
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: "What to write: json, csv or ics.") var format: ExportFormat = .json
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
        }
        try ExchangeFiles.write(data, to: out)
        if let out { FileHandle.standardError.write(Data("exported to \(out)\n".utf8)) }
    }
}

/// The formats `pace import` reads.
enum ImportFormat: String, ExpressibleByArgument, CaseIterable {
    case json, taskwarrior, csv
}

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a whole workspace (JSON from pace export) into an empty data directory, or tasks from Taskwarrior or CSV.",
        discussion: """
            pace import FILE
                a `pace export --format json` file, into a new or empty data directory
            pace import --from taskwarrior FILE
                the JSON of `task export`, as tasks of the current project
            pace import --from csv FILE [--map column=field ...]
                a header row, then one task per row; fields: title, status, priority,
                assignee, estimate, due, milestone, tags (or skip)

            All or nothing: the file is checked completely before anything is written, \
            and a broken file is reported with the line or record and field at fault and \
            what was expected there. FILE may be - for standard input.
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: "What the file is: json (a pace export), taskwarrior or csv.") var from: ImportFormat = .json
    @Option(help: ArgumentHelp("With --from csv: read this column as this field (repeatable); field skip leaves it out.", valueName: "column=field"))
    var map: [String] = []
    @Argument(help: ArgumentHelp("The file to read.", valueName: "file")) var file: String

    func run() throws {
        let ctx = try CLIContext()
        if !map.isEmpty && from != .csv {
            throw UserError("--map names CSV columns; add --from csv")
        }
        let data = try ExchangeFiles.read(file)
        switch from {
        case .json: try importWorkspace(data, ctx: ctx)
        case .taskwarrior:
            let tasks = try TaskwarriorImport.parse(data, timeZone: ctx.now.timeZone)
            try importTasks(tasks, ctx: ctx)
        case .csv:
            var mapping: [String: String] = [:]
            for pair in map {
                guard let eq = pair.lastIndex(of: "="), eq != pair.startIndex else {
                    throw UserError("--map '\(pair)': expected column=field, e.g. --map Summary=title")
                }
                mapping[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw UserError("\(file) is not UTF-8 text; save the spreadsheet as CSV UTF-8")
            }
            let ws = try ctx.openWorkspace(workspace)
            let project = try ws.project(workspace.project)
            let tasks = try CSVTaskImport.parse(text, mapping: mapping, today: ctx.today, hoursPerDay: project.hoursPerDay)
            try importTasks(tasks, ctx: ctx, into: ws)
        }
    }

    private func importTasks(_ tasks: [ImportedTask], ctx: CLIContext, into open: SQLiteWorkspace? = nil) throws {
        let ws = try open ?? ctx.openWorkspace(workspace)
        let ids = try ws.importTasks(tasks, projectKey: workspace.project, actor: ctx.actor, at: ctx.now.instant)
        if let first = ids.first, let last = ids.last {
            ctx.output.line("imported \(ids.count) task\(ids.count == 1 ? "" : "s"): \(first)…\(last)")
        } else {
            ctx.output.line("nothing to import: the file holds no tasks")
        }
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
