import ArgumentParser
import Foundation
import PaceCore
import PaceStore
import PaceUI
#if canImport(Glibc)
import Glibc
#endif

/// How a standup starts: the order and the timebox. Shared by `pace standup` (which
/// opens the dashboard) and `pace standup start`.
struct StandupStartOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Speaking order: alphabetical, random (the same all day on every screen), load (most booked this week first) or a list like alice,bob,carol.", valueName: "order"))
    var order: String?

    @Option(help: ArgumentHelp("Time per speaker: \(StandupTimebox.acceptedForms).", valueName: "time"))
    var timebox: String?

    /// The start command for the project: the lineup for today (members off today are
    /// skipped), and "since" where the previous standup started, or the start of the
    /// last working day for the first one.
    func makeCommand(_ ctx: CLIContext, _ ws: SQLiteWorkspace, projectKey: String?) throws -> Command {
        let snap = try ws.snapshot(projectKey: projectKey)
        // Without flags, the team's settings from config.toml [standup], as `S` uses.
        let (config, _) = Config.loadWithFallback(environment: ctx.environment)
        let spec: SpeakerOrder
        if let order {
            guard let parsed = SpeakerOrder(name: order) else {
                throw UserError("unknown order '\(order)' — accepted: alphabetical, random, load, or handles separated by commas (alice,bob)")
            }
            spec = parsed
        } else {
            spec = config.standupOrder
        }
        let seconds = try timebox.map(StandupTimebox.parseSeconds) ?? config.standupTimeboxSeconds
        let load: TeamLoad? = spec == .byLoad ? StandupSupport.teamLoad(snap, ctx: ctx) : nil
        return try StandupStart.command(snap, now: ctx.now, order: spec, timeboxSeconds: seconds, load: load)
    }
}

enum StandupSupport {
    /// The forecast's load, or the naive one when the project cannot be forecast (a
    /// dependency cycle must not stop a standup).
    static func teamLoad(_ snap: ProjectSnapshot, ctx: CLIContext) -> TeamLoad {
        (try? Scheduler.schedule(.forProject(snap, now: ctx.now)))?.teamLoad(weeks: 1)
            ?? NaiveLoad.compute(snap, today: ctx.today, weeks: 1)
    }

    static func since(_ snap: ProjectSnapshot, previous: StandupSession?, ctx: CLIContext) -> Date {
        let days = snap.members.reduce(into: Set<Weekday>()) { $0.formUnion($1.workingDays) }
        return StandupSince.since(previous: previous, now: ctx.now, workingDays: days,
                                  holidays: Set(snap.holidays.map(\.date)))
    }

    /// The running standup's id, or a clear error.
    static func runningID(_ ws: SQLiteWorkspace, _ options: WorkspaceOptions) throws -> Int64 {
        let project = try ws.project(options.project)
        guard let s = try ws.runningStandup(projectKey: project.key) else {
            throw UserError("no standup is running in \(project.key); start one with: pace standup start")
        }
        return s.id
    }
}

struct StandupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "standup",
        abstract: "Run the daily standup: the facilitator's dashboard, or step by step from the command line; reports of past ones.",
        discussion: """
            pace standup                  start the standup (if none is running) and open
                                          the dashboard
            pace standup start|next|prev|skip @m|pause|resume|note "…"|take-over|end
                                          run it from the command line (or the
                                          dashboard's ':' line)
            pace standup --report [--date D | --last] [--format md|json]
                                          the report of a standup
            pace standup ls [--json]      past standups
            pace standup --prep @member   what that person will be shown

            Only the facilitator moves the standup; anyone can take it over.
            """,
        subcommands: [StandupStartCommand.self, StandupNextCommand.self, StandupPreviousCommand.self,
                      StandupSkipCommand.self, StandupPauseCommand.self, StandupResumeCommand.self,
                      StandupNoteCommand.self, StandupTakeOverCommand.self, StandupEndCommand.self,
                      StandupListCommand.self])

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var start: StandupStartOptions
    @OptionGroup var dashboard: DashboardOptions

    @Flag(help: "Print a finished standup (the last one unless --date is given).") var report = false
    @Option(help: ArgumentHelp("With --report: the standup of this day (the last one that day).", valueName: "date")) var date: String?
    @Flag(help: "With --report: the last finished standup (the default).") var last = false
    @Option(help: ArgumentHelp("With --report: md (Markdown, the default) or json.", valueName: "md|json")) var format: String = "md"
    @Option(help: ArgumentHelp("Print what this member will be shown when they speak.", valueName: "@member")) var prep: String?
    @Flag(help: "With --prep: print JSON.") var json = false

    func validate() throws {
        if date != nil && last { throw ValidationError("give --date or --last, not both") }
        if (date != nil || last || format != "md") && !report { throw ValidationError("--date, --last and --format go with --report") }
        if report && prep != nil { throw ValidationError("give --report or --prep, not both") }
        guard ["md", "markdown", "json"].contains(format.lowercased()) else {
            throw ValidationError("--format must be md or json")
        }
    }

    func run() throws {
        let ctx = try CLIContext()
        if report { return try printReport(ctx) }
        if let prep { return try printBrief(ctx, handle: prep) }
        // The facilitator's dashboard, opened on the standup: started here when none is
        // running; when someone else runs one, the dashboard asks whether to join as a
        // viewer or take it over (recorded).
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw UserError("'pace standup' opens the dashboard and needs a terminal; from a script use 'pace standup start', 'next' and 'end', or 'pace standup --report'")
        }
        let ws = try ctx.openWorkspace(workspace)
        let project = try ws.project(workspace.project)
        if try ws.runningStandup(projectKey: project.key) == nil {
            try ctx.apply(try start.makeCommand(ctx, ws, projectKey: project.key), in: ws)
        }
        try Dashboard.open(ctx: ctx, directory: ctx.dataDirectory(workspace), projectKey: project.key,
                           readOnly: false, options: dashboard, openStandup: true)
    }

    func printReport(_ ctx: CLIContext) throws {
        let ws = try ctx.openWorkspace(workspace, readOnly: true)
        let snap = try ws.snapshot(projectKey: workspace.project)
        let all = try ws.standups(projectKey: snap.project.key)
        let session: StandupSession
        if let date {
            let day = try ctx.date(date)
            guard let s = all.first(where: { Day($0.startedAt, in: ctx.now.timeZone) == day }) else {
                throw UserError("no finished standup in \(snap.project.key) on \(day.iso)"
                                + (all.isEmpty ? " (none yet)" : "; see them with: pace standup ls"))
            }
            session = s
        } else {
            guard let s = all.first else {
                throw UserError("no finished standup in \(snap.project.key) yet")
            }
            session = s
        }
        let activity = try ws.activity(since: session.startedAt)
        let titles = Dictionary(uniqueKeysWithValues: snap.tasks.map { ($0.id, $0.title) })
        let report = StandupReport.make(session: session, activity: activity, titles: titles)
        if format.lowercased() == "json" {
            try ctx.output.json(StandupReportJSON(report: report, timeZone: ctx.now.timeZone))
        } else {
            FileHandle.standardOutput.write(Data(report.markdown(timeZone: ctx.now.timeZone, clean: CLIText.safe).utf8))
        }
    }

    func printBrief(_ ctx: CLIContext, handle: String) throws {
        let ws = try ctx.openWorkspace(workspace, readOnly: true)
        let snap = try ws.snapshot(projectKey: workspace.project)
        let h = Handle.normalize(handle)
        guard snap.member(h) != nil else { throw UserError.notFound("member", h, among: snap.members.map(\.handle)) }
        // Prepared before the meeting, the brief covers what the next standup will
        // cover; during one, what the running one covers.
        let since = try snap.standup?.since ?? StandupSupport.since(snap, previous: ws.latestStandup(projectKey: snap.project.key), ctx: ctx)
        let schedule = try? Scheduler.schedule(.forProject(snap, now: ctx.now))
        let load = schedule?.teamLoad(weeks: 1) ?? NaiveLoad.compute(snap, today: ctx.today, weeks: 1)
        let brief = StandupBrief.make(handle: h, snapshot: snap, activity: try ws.activity(since: since), since: since,
                                      today: ctx.today, load: load, schedule: schedule)
        if json {
            try ctx.output.json(StandupBriefJSON(brief: brief))
            return
        }
        for line in StandupBriefText.lines(brief, today: ctx.today, timeZone: ctx.now.timeZone) {
            ctx.output.line(CLIText.safe(line))
        }
    }
}

struct StandupStartCommand: EditingCommand {
    static let configuration = CommandConfiguration(
        commandName: "start", abstract: "Start a standup; you facilitate. Members off today are skipped.")
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var start: StandupStartOptions

    func makeCommand(_ ctx: CLIContext, _ ws: SQLiteWorkspace) throws -> Command {
        try start.makeCommand(ctx, ws, projectKey: workspace.project)
    }
}

/// A step of the running standup that takes nothing but the standup.
protocol StandupStepCommand: EditingCommand {
    static func step(_ id: Int64) -> Command
}

extension StandupStepCommand {
    func makeCommand(_ ctx: CLIContext, _ ws: SQLiteWorkspace) throws -> Command {
        Self.step(try StandupSupport.runningID(ws, workspace))
    }
}

struct StandupNextCommand: StandupStepCommand {
    static let configuration = CommandConfiguration(commandName: "next", abstract: "The next speaker (the current turn is kept).")
    @OptionGroup var workspace: WorkspaceOptions
    static func step(_ id: Int64) -> Command { .standupNext(id: id) }
}

struct StandupPreviousCommand: StandupStepCommand {
    static let configuration = CommandConfiguration(commandName: "prev", abstract: "Back to the previous speaker.", aliases: ["previous"])
    @OptionGroup var workspace: WorkspaceOptions
    static func step(_ id: Int64) -> Command { .standupPrevious(id: id) }
}

struct StandupPauseCommand: StandupStepCommand {
    static let configuration = CommandConfiguration(commandName: "pause", abstract: "Pause the clock (the pause does not count against the timebox).")
    @OptionGroup var workspace: WorkspaceOptions
    static func step(_ id: Int64) -> Command { .standupPause(id: id) }
}

struct StandupResumeCommand: StandupStepCommand {
    static let configuration = CommandConfiguration(commandName: "resume", abstract: "Resume the clock.")
    @OptionGroup var workspace: WorkspaceOptions
    static func step(_ id: Int64) -> Command { .standupResume(id: id) }
}

struct StandupTakeOverCommand: StandupStepCommand {
    static let configuration = CommandConfiguration(commandName: "take-over", abstract: "Facilitate the running standup yourself (recorded).")
    @OptionGroup var workspace: WorkspaceOptions
    static func step(_ id: Int64) -> Command { .takeOverStandup(id: id) }
}

struct StandupEndCommand: StandupStepCommand {
    static let configuration = CommandConfiguration(commandName: "end", abstract: "End the standup (the current turn is kept).")
    @OptionGroup var workspace: WorkspaceOptions
    static func step(_ id: Int64) -> Command { .endStandup(id: id) }
}

struct StandupSkipCommand: EditingCommand {
    static let configuration = CommandConfiguration(commandName: "skip", abstract: "Skip a member (when it is their turn, move on).")
    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The member, e.g. @bob.") var member: String

    func makeCommand(_ ctx: CLIContext, _ ws: SQLiteWorkspace) throws -> Command {
        .standupSkip(id: try StandupSupport.runningID(ws, workspace), handle: Handle.normalize(member))
    }
}

struct StandupNoteCommand: EditingCommand {
    static let configuration = CommandConfiguration(
        commandName: "note", abstract: "Write down what was said: a note, blocker or follow-up (for the current speaker unless --for).")
    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: ArgumentHelp("note, blocker, follow-up, yesterday or today.", valueName: "kind")) var kind: String = "note"
    @Option(help: ArgumentHelp("The task it is about.", valueName: "ID")) var task: String?
    @Option(name: .customLong("for"), help: ArgumentHelp("Whose turn it is about (default: the current speaker).", valueName: "@member")) var member: String?
    @Option(help: ArgumentHelp("For a blocker: who can unblock it.", valueName: "@member")) var unblocker: String?
    @Argument(help: "The text (several words are joined with spaces).") var text: [String]

    func makeCommand(_ ctx: CLIContext, _ ws: SQLiteWorkspace) throws -> Command {
        let k = kind.lowercased() == "followup" ? "follow-up" : kind.lowercased()
        guard let noteKind = StandupNote.Kind(rawValue: k) else {
            throw UserError("unknown kind '\(kind)' — accepted: " + StandupNote.Kind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let project = try ws.project(workspace.project)
        guard let s = try ws.runningStandup(projectKey: project.key) else {
            throw UserError("no standup is running in \(project.key); start one with: pace standup start")
        }
        guard let who = member.map({ Handle.normalize($0) }) ?? s.speaker else {
            throw UserError("everyone has spoken: say who the note is for with --for @member")
        }
        let taskID = try task.map { try parseTaskID($0, ctx: ctx, workspace: ws, options: workspace) }
        return .standupNote(id: s.id, handle: who, kind: noteKind, text: text.joined(separator: " "), task: taskID,
                            unblocker: unblocker.map { Handle.normalize($0) })
    }
}

struct StandupListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ls", abstract: "List past standups, newest first.")
    @OptionGroup var workspace: WorkspaceOptions
    @Flag(help: "Print JSON.") var json = false
    /// `pace standup ls --json`: the parser hands a flag that `standup` itself also
    /// takes (its `--prep --json`) to the parent, so both are read.
    @ParentCommand var standup: StandupCommand

    func run() throws {
        let ctx = try CLIContext()
        let ws = try ctx.openWorkspace(workspace, readOnly: true)
        let project = try ws.project(workspace.project)
        let all = try ws.standups(projectKey: project.key)
        if json || standup.json {
            try ctx.output.json(all.map { StandupSummaryJSON(session: $0, timeZone: ctx.now.timeZone) })
            return
        }
        if all.isEmpty {
            ctx.output.line("no standups yet in \(project.key); start one with: pace standup")
            return
        }
        let zone = ctx.now.timeZone
        ctx.output.table(
            [.init("DATE"), .init("TIME"), .init("FACILITATOR"), .init("LENGTH", alignRight: true),
             .init("SPOKE", alignRight: true), .init("OVER", alignRight: true), .init("SKIPPED", dropOrder: 2),
             .init("NOTES", alignRight: true, dropOrder: 1), .init("BLOCKERS", alignRight: true)],
            all.map { s in
                let over = s.turns.reduce(0) { $0 + $1.overrunSeconds }
                let blockers = s.notes.filter { $0.kind == .blocker }.count
                return [
                    .init(Day(s.startedAt, in: zone).iso, .bold),
                    .init(Format.timeOfDay(s.startedAt, in: zone)),
                    .init("@" + s.facilitator),
                    .init(Format.clock((s.endedAt ?? s.startedAt).timeIntervalSince(s.startedAt))),
                    .init("\(Set(s.turns.map(\.handle)).count)"),
                    .init(over > 0 ? "+" + Format.clock(over) : "", .red),
                    .init(s.skipped.map { "@" + $0 }.joined(separator: ",")),
                    .init("\(s.notes.count)"),
                    .init(blockers > 0 ? "\(blockers)" : "", .yellow),
                ]
            })
    }
}
