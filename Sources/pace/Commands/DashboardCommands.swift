import ArgumentParser
import Foundation
import PaceCore
import PaceStore
import PaceUI
#if canImport(Glibc)
import Glibc
#endif

struct DashboardOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Colour theme: a name (see 'pace themes') or a .toml path.", valueName: "name|path"))
    var theme: String?
}

/// Opens the live dashboard on a workspace: the same code for `pace`, `pace watch`
/// and `pace demo`.
enum Dashboard {
    static func open(ctx: CLIContext, directory: DataDirectory, projectKey: String?, readOnly: Bool,
                     options: DashboardOptions, openStandup: Bool = false) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw UserError("the dashboard needs a terminal; for scripts use 'pace ls' (or 'pace ls --json')")
        }
        let workspace = try SQLiteWorkspace.open(at: directory, readOnly: readOnly)
        let (config, configError) = Config.loadWithFallback(environment: ctx.environment)
        var messages: [String] = []
        if let configError { messages.append("\(configError) — using defaults") }
        let themeName: String?
        if ctx.environment["NO_COLOR"].map({ !$0.isEmpty }) == true {
            themeName = "mono"
        } else {
            themeName = options.theme ?? config.theme
        }
        let (theme, themeError) = ThemeCatalog(environment: ctx.environment).loadWithFallback(nameOrPath: themeName)
        if let themeError { messages.append("\(themeError) — using the default theme") }
        var state = AppState(now: ctx.now, readOnly: readOnly, workspaceName: directory.url.lastPathComponent,
                             actor: ctx.actor, width: 80, height: 24, theme: theme, keymap: config.keymap,
                             deadlineDays: config.deadlineDays)
        state.standup.openOnLoad = openStandup
        state.standupOrder = config.standupOrder
        state.standupTimeboxSeconds = config.standupTimeboxSeconds
        if let first = messages.first { state.footer = FooterMessage(first, isError: true) }
        let fixedNow = ctx.environment["PACELINE_NOW"].map { !$0.isEmpty } ?? false
        let zone = ctx.now.timeZone
        let start = ctx.now
        let runner = DashboardRunner(
            workspace: workspace, projectKey: projectKey, state: state,
            clock: { fixedNow ? start : Now(instant: Date(), timeZone: zone) },
            parseCommandLine: { text in try CommandLine.parse(text, ctx: ctx, workspace: workspace) })
        if let path = ctx.environment["PACELINE_TRACE"], !path.isEmpty {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
            let handle = FileHandle(forWritingAtPath: path)
            runner.trace = { line in handle?.write(Data((line + "\n").utf8)) }
        }
        try runner.run(environment: ctx.environment)
        if let signal = runner.exitSignal {
            // Ended by SIGINT/SIGTERM/SIGHUP: the terminal is restored; exit as the
            // signal would have.
            Foundation.exit(128 + signal)
        }
    }
}

/// The dashboard's `:` line: a `pace` subcommand that edits, run in-process.
enum CommandLine {
    static func parse(_ text: String, ctx: CLIContext, workspace: SQLiteWorkspace) throws -> Command {
        var words = try Words.split(text)
        if words.first == "pace" { words.removeFirst() }
        guard !words.isEmpty else { throw UserError("type a pace command, e.g. assign WEB-3 @bob") }
        let parsed: ParsableCommand
        do {
            parsed = try Pace.parseAsRoot(words)
        } catch {
            let message = Pace.fullMessage(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            throw UserError(message)
        }
        guard let editing = parsed as? EditingCommand else {
            throw UserError("'\(words[0])' does not edit; the : line takes add, edit, start, review, done, reopen, cancel, block, unblock, assign, log, rm, restore, undo, milestone add|edit, member off, standup start|next|prev|skip|pause|resume|note|take-over|end")
        }
        return try editing.makeCommand(ctx, workspace)
    }
}

/// Splits a command line into words the way a shell would for simple cases: spaces
/// separate, single and double quotes group, backslash escapes.
enum Words {
    static func split(_ text: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for ch in text {
            if escaped {
                current.append(ch)
                escaped = false
                continue
            }
            if ch == "\\" && quote != "'" {
                escaped = true
                inWord = true
                continue
            }
            if let q = quote {
                if ch == q { quote = nil } else { current.append(ch) }
                continue
            }
            if ch == "\"" || ch == "'" {
                quote = ch
                inWord = true
            } else if ch == " " || ch == "\t" {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(ch)
                inWord = true
            }
        }
        if quote != nil { throw UserError("unterminated quote in: \(text)") }
        if inWord { words.append(current) }
        return words
    }
}

struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the live dashboard (what 'pace' with no command does).")

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var dashboard: DashboardOptions

    func run() throws {
        let ctx = try CLIContext()
        try Dashboard.open(ctx: ctx, directory: ctx.dataDirectory(workspace), projectKey: workspace.project,
                           readOnly: false, options: dashboard)
    }
}

struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "The dashboard, read-only: for wall displays and SSH viewers.",
        discussion: "The database is opened read-only; keys that would change a task answer 'read-only'.")

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var dashboard: DashboardOptions

    func run() throws {
        let ctx = try CLIContext()
        try Dashboard.open(ctx: ctx, directory: ctx.dataDirectory(workspace), projectKey: workspace.project,
                           readOnly: true, options: dashboard)
    }
}

struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "themes", abstract: "List the colour themes.")

    func run() throws {
        let ctx = try CLIContext()
        let (config, _) = Config.loadWithFallback(environment: ctx.environment)
        let current = config.theme ?? "default"
        let infos = ThemeCatalog(environment: ctx.environment).list()
        ctx.output.table(
            [.init(""), .init("THEME"), .init("SOURCE"), .init("FILE", flexible: true)],
            infos.map { info in
                let source: String
                switch info.source {
                case .bundled: source = "bundled"
                case .user: source = info.overridesBundled ? "user (overrides bundled)" : "user"
                case .path: source = "path"
                }
                return [.init(info.name == current ? "*" : ""), .init(info.name, .bold), .init(source), .init(info.url?.path ?? "(built in)")]
            })
    }
}
