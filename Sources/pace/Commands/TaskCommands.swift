import ArgumentParser
import Foundation
import PaceCore
import PaceStore

/// Resolves `WEB-12`, or a bare `12` in the current project.
func parseTaskID(_ text: String, ctx: CLIContext, workspace: SQLiteWorkspace, options: WorkspaceOptions) throws -> TaskID {
    let defaultKey = try options.project?.uppercased() ?? workspace.projects().defaultKey
    guard let id = TaskID(parsing: text, defaultProject: defaultKey) else {
        throw UserError("'\(text)' is not a task ID: use KEY-N like WEB-12, or N in the current project")
    }
    return id
}

struct AddCommand: EditingCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a task with quick-add syntax.",
        discussion: """
            Example:
              pace add "Fix login timeout @alice !high due:fri est:4h #backend ^beta"

            @who assignee · !urgent|high|medium|low · due:DATE · est:90m|4h|2d · #tag · \
            ^milestone · after:ID[,ID] · status:NAME. Escape a literal @ ! # ^ with a \
            backslash (\\@home) or put the words in double quotes.
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Flag(name: .long, help: "Print the new task as JSON.") var json = false
    @Argument(help: "The task in quick-add syntax (several words are joined with spaces).")
    var text: [String]

    func makeCommand(_ ctx: CLIContext, _ ws: SQLiteWorkspace) throws -> Command {
        let project = try ws.project(workspace.project)
        let draft = try QuickAdd.parse(text.joined(separator: " "), today: ctx.today,
                                       hoursPerDay: project.hoursPerDay, defaultProject: project.key)
        return .addTask(projectKey: project.key, draft)
    }

    func run() throws {
        let ctx = try CLIContext()
        let ws = try ctx.openWorkspace(workspace)
        let outcome = try ctx.apply(try makeCommand(ctx, ws), in: ws)
        if json, let id = outcome.task {
            let s = try ws.snapshot(projectKey: id.projectKey)
            if let t = s.task(id) {
                try ctx.output.json(TaskJSON(task: t, milestoneName: s.milestone(id: t.milestoneID)?.name, today: ctx.today))
            }
        } else {
            ctx.output.line(CLIText.safe(outcome.summary))
        }
    }
}

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ls",
        abstract: "List tasks, sorted by priority then due date.",
        discussion: """
            The filter uses the same language as the dashboard's '/':
              status:todo,review  @alice  @none  ^beta  #backend  !high  due<fri  due>today
              overdue  status:any  "exact phrase"  word
            Open tasks only unless a status is given or --all.
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: "Statuses, comma-separated (\(TaskStatus.acceptedNames), or any).") var status: String?
    @Option(help: "Assignee handle, or none.") var assignee: String?
    @Option(help: "Milestone name.") var milestone: String?
    @Option(help: "Tag.") var tag: String?
    @Option(name: .customLong("due-before"), help: "Due before this date.") var dueBefore: String?
    @Option(name: .customLong("due-after"), help: "Due after this date.") var dueAfter: String?
    @Flag(help: "Only overdue tasks.") var overdue = false
    @Flag(help: "Include done and cancelled tasks.") var all = false
    @Flag(help: "List removed tasks instead (bring one back with 'pace restore ID').") var removed = false
    @Flag(help: "Print JSON.") var json = false
    @Argument(help: "Filter expression.") var filter: [String] = []

    func filterText() -> String {
        func quoted(_ s: String) -> String {
            s.contains(" ") ? "\"\(s.replacingOccurrences(of: "\"", with: "\\\""))\"" : s
        }
        var parts = filter.map { $0.contains(" ") && !$0.contains(":") && !$0.hasPrefix("\"") ? quoted($0) : $0 }
        if let status { parts.append("status:\(status)") }
        if all && status == nil { parts.append("status:any") }
        if let assignee { parts.append("@" + Handle.normalize(assignee)) }
        if let milestone { parts.append("^" + quoted(milestone)) }
        if let tag { parts.append("#" + (tag.hasPrefix("#") ? String(tag.dropFirst()) : tag)) }
        if let dueBefore { parts.append("due<" + quoted(dueBefore)) }
        if let dueAfter { parts.append("due>" + quoted(dueAfter)) }
        if overdue { parts.append("overdue") }
        return parts.joined(separator: " ")
    }

    func run() throws {
        let ctx = try CLIContext()
        let ws = try ctx.openWorkspace(workspace, readOnly: true)
        let snap = try ws.snapshot(projectKey: workspace.project)
        let tasks: [ProjectTask]
        if removed {
            tasks = try ws.removedTasks(projectKey: snap.project.key)
        } else {
            let f = try TaskFilter.parse(filterText(), today: ctx.today)
            let names = Dictionary(uniqueKeysWithValues: snap.milestones.map { ($0.id, $0.name) })
            tasks = TaskOrdering.standard.sorted(
                snap.tasks.filter { f.matches($0, milestoneName: { $0.flatMap { names[$0] } }, today: ctx.today) })
        }
        let milestones = Dictionary(uniqueKeysWithValues: snap.milestones.map { ($0.id, $0.name) })
        if json {
            try ctx.output.json(tasks.map { TaskJSON(task: $0, milestoneName: $0.milestoneID.flatMap { milestones[$0] }, today: ctx.today) })
            return
        }
        if tasks.isEmpty {
            ctx.output.line("no tasks match")
            return
        }
        TaskTable.print(tasks, milestones: milestones, today: ctx.today, output: ctx.output)
    }
}

/// The task table of `pace ls`.
enum TaskTable {
    static func print(_ tasks: [ProjectTask], milestones: [Int64: String], today: Day, output: Output) {
        let columns: [Output.Column] = [
            .init("ID"), .init("PRI", dropOrder: 2), .init("STATUS"), .init("TITLE", flexible: true), .init("WHO", dropOrder: 4),
            .init("EST/SPENT", alignRight: true, dropOrder: 3), .init("DUE"), .init("MILESTONE", dropOrder: 1),
        ]
        let rows: [[Output.Cell]] = tasks.map { t in
            let late = t.isOverdue(today: today)
            let priTone: Output.Tone = t.priority == .urgent ? .red : t.priority == .high ? .yellow : .plain
            let statusTone: Output.Tone = t.status == .blocked ? .red : t.status == .done ? .green : t.status == .inProgress ? .cyan : .plain
            return [
                .init(t.id.description, .bold),
                .init(t.priority.rawValue, priTone),
                .init(t.status.label, statusTone),
                .init(t.title),
                .init(t.assignee.map { "@" + $0 } ?? "—", t.assignee == nil ? .dim : .plain),
                .init("\(Format.hours(t.estimateMinutes))/\(Format.hours(t.spentMinutes))"),
                .init(t.due.map { Format.relative($0, today: today) } ?? "", late ? .red : .plain),
                .init(t.milestoneID.flatMap { milestones[$0] } ?? ""),
            ]
        }
        output.table(columns, rows)
    }
}

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one task: every field, time entries and history.")
    @OptionGroup var workspace: WorkspaceOptions
    @Flag(help: "Print JSON.") var json = false
    @Argument(help: "Task ID, e.g. WEB-12.") var id: String

    func run() throws {
        let ctx = try CLIContext()
        let ws = try ctx.openWorkspace(workspace, readOnly: true)
        let taskID = try parseTaskID(id, ctx: ctx, workspace: ws, options: workspace)
        let snap = try ws.snapshot(projectKey: taskID.projectKey)
        guard let t = snap.task(taskID) else {
            throw UserError.notFound("task", taskID.description, among: snap.tasks.map(\.id.description))
        }
        let entries = try ws.timeEntries(task: taskID)
        let history = try ws.activity(entity: .task, entityID: taskID.description, limit: 200)
        let milestone = snap.milestone(id: t.milestoneID)?.name
        if json {
            try ctx.output.json(TaskDetailJSON(task: TaskJSON(task: t, milestoneName: milestone, today: ctx.today),
                                               timeEntries: entries.map(TimeEntryJSON.init),
                                               history: history.map(ActivityJSON.init)))
            return
        }
        let o = ctx.output
        o.line(o.paint("\(t.id)  \(CLIText.safe(t.title))", .bold))
        var pairs: [(String, String)] = [
            ("status", t.status.label + (t.blockedReason.map { " — \($0)" } ?? "")),
            ("priority", t.priority.rawValue),
            ("assignee", t.assignee.map { "@" + $0 } ?? "—"),
            ("estimate", Format.hours(t.estimateMinutes)),
            ("spent", Format.hours(t.spentMinutes)),
            ("remaining", Format.hours(t.effectiveRemainingMinutes)),
            ("due", t.due.map { "\($0.iso) (\(Format.relative($0, today: ctx.today)))" } ?? "—"),
            ("milestone", milestone ?? "—"),
            ("tags", t.tags.isEmpty ? "—" : t.tags.map { "#" + $0 }.joined(separator: " ")),
            ("waits for", t.dependencies.isEmpty ? "—" : t.dependencies.map { d in
                let s = snap.task(d)?.status.label ?? "?"
                return "\(d) (\(s))"
            }.joined(separator: ", ")),
            ("created", Format.localDateTime(t.created, in: ctx.now.timeZone)),
        ]
        if let s = t.started { pairs.append(("started", Format.localDateTime(s, in: ctx.now.timeZone))) }
        if let c = t.completed { pairs.append(("completed", Format.localDateTime(c, in: ctx.now.timeZone))) }
        o.fields(pairs)
        if !t.notes.isEmpty {
            o.line()
            for l in t.notes.split(separator: "\n", omittingEmptySubsequences: false) { o.line("  " + CLIText.safe(String(l))) }
        }
        if !entries.isEmpty {
            o.line()
            o.line(o.paint("time", .bold))
            o.table([.init("DATE"), .init("WHO"), .init("HOURS", alignRight: true), .init("NOTE", flexible: true)],
                    entries.map { [.init($0.date.iso), .init("@" + $0.member), .init(Format.hours($0.minutes)), .init($0.note)] })
        }
        if !history.isEmpty {
            o.line()
            o.line(o.paint("history", .bold))
            HistoryTable.print(history.reversed(), ctx: ctx)
        }
    }
}

struct EditCommand: EditingCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Change fields of a task (one change, one undo step).",
        discussion: "Give 'none' to clear a field, e.g. --due none. --tag +x adds, --tag -x removes.")
    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "Task ID, e.g. WEB-12.") var id: String
    @Option var title: String?
    @Option var notes: String?
    @Option(help: "\(Priority.acceptedNames)") var priority: String?
    @Option(help: "Status: \(TaskStatus.acceptedNames).") var status: String?
    @Option(help: "With --status blocked: why.") var reason: String?
    @Option(help: "Assignee handle, or none.") var assignee: String?
    @Option(help: "Estimate: 90m, 4h, 2d, or none.") var estimate: String?
    @Option(help: "Remaining work: 90m, 4h, 2d, or none (derive from estimate − spent).") var remaining: String?
    @Option(help: "Due date (today, fri, +3d, 2026-12-05 …) or none.") var due: String?
    @Option(help: "Milestone name, or none.") var milestone: String?
    @Option(help: "Tag to add (+x or x) or remove (-x); repeatable.") var tag: [String] = []
    @Option(help: "A task this one waits for; repeatable.") var after: [String] = []
    @Option(name: .customLong("not-after"), help: "Remove a dependency; repeatable.") var notAfter: [String] = []

    func makeCommand(_ ctx: CLIContext, _ ws: SQLiteWorkspace) throws -> Command {
        let taskID = try parseTaskID(id, ctx: ctx, workspace: ws, options: workspace)
        let hoursPerDay = try ws.projects().projects.first { $0.key == taskID.projectKey }?.hoursPerDay ?? 8
        var e = TaskEdit()
        e.title = title
        e.notes = notes
        if let priority {
            guard let p = Priority(name: priority) else { throw UserError("unknown priority '\(priority)': use \(Priority.acceptedNames)") }
            e.priority = p
        }
        if let status {
            guard let s = TaskStatus(name: status) else { throw UserError("unknown status '\(status)': use \(TaskStatus.acceptedNames)") }
            e.status = s
            e.blockedReason = reason
        } else if reason != nil {
            throw UserError("--reason goes with --status blocked (or use: pace block \(taskID) --reason …)")
        }
        e.assignee = ctx.update(assignee) { Handle.normalize($0) }
        e.estimateMinutes = try ctx.update(estimate) { try DurationExpression.parseMinutes($0, hoursPerDay: hoursPerDay) }
        e.remainingMinutes = try ctx.update(remaining) { try DurationExpression.parseMinutes($0, hoursPerDay: hoursPerDay) }
        e.due = try ctx.update(due) { try ctx.date($0) }
        e.milestone = ctx.update(milestone) { $0 }
        for t in tag {
            if t.hasPrefix("-") { e.removeTags.append(String(t.dropFirst())) }
            else { e.addTags.append(t.hasPrefix("+") ? String(t.dropFirst()) : t) }
        }
        e.addDependencies = try after.map { try parseTaskID($0, ctx: ctx, workspace: ws, options: workspace) }
        e.removeDependencies = try notAfter.map { try parseTaskID($0, ctx: ctx, workspace: ws, options: workspace) }
        return .editTask(taskID, e)
    }
}

/// `pace start|review|done|reopen|cancel ID`: one status move.
protocol StatusMoveCommand: EditingCommand {
    var workspace: WorkspaceOptions { get }
    var id: String { get }
    static var target: TaskStatus { get }
}

extension StatusMoveCommand {
    func makeCommand(_ ctx: CLIContext, _ ws: SQLiteWorkspace) throws -> Command {
        .setStatus(try parseTaskID(id, ctx: ctx, workspace: ws, options: workspace), Self.target, reason: nil)
    }
}

struct StartCommand: StatusMoveCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "Move a task to in progress.")
    static let target = TaskStatus.inProgress
    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "Task ID.") var id: String
}

struct ReviewCommand: StatusMoveCommand {
    static let configuration = CommandConfiguration(commandName: "review", abstract: "Move a task to review.")
    static let target = TaskStatus.review
    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "Task ID.") var id: String
}

struct DoneCommand: StatusMoveCommand {
    static let configuration = CommandConfiguration(commandName: "done", abstract: "Mark a task done.")
    static let target = TaskStatus.done
    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "Task ID.") var id: String
}

struct ReopenCommand: StatusMoveCommand {
    static let configuration = CommandConfiguration(commandName: "reopen", abstract: "Reopen a done or cancelled task (back to todo).")
    static let target = TaskStatus.todo
    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "Task ID.") var id: String
}

struct CancelCommand: StatusMoveCommand {
    static let configuration = CommandConfiguration(commandName: "cancel", abstract: "Cancel a task.")
    static let target = TaskStatus.cancelled
    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "Task ID.") var id: String
}

struct BlockCommand: EditingCommand {
    static let configuration = CommandConfiguration(commandName: "block", abstract: "Mark a task blocked, with the reason.")
    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "Task ID.") var id: String
    @Option(help: "Why it is blocked (required).") var reason: String

    func makeCommand(_ ctx: CLIContext, _ ws: SQLiteWorkspace) throws -> Command {
        .setStatus(try parseTaskID(id, ctx: ctx, workspace: ws, options: workspace), .blocked, reason: reason)
    }
}

struct UnblockCommand: EditingCommand {
    static let configuration = CommandConfiguration(commandName: "unblock", abstract: "Unblock a task (back to in progress if it had started, else todo).")
    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "Task ID.") var id: String

    func makeCommand(_ ctx: CLIContext, _ ws: SQLiteWorkspace) throws -> Command {
        let taskID = try parseTaskID(id, ctx: ctx, workspace: ws, options: workspace)
        let snap = try ws.snapshot(projectKey: taskID.projectKey)
        guard let t = snap.task(taskID) else {
            throw UserError.notFound("task", taskID.description, among: snap.tasks.map(\.id.description))
        }
        guard t.status == .blocked else { throw UserError("\(taskID) is not blocked (it is \(t.status.label))") }
        return .setStatus(taskID, TaskRules.unblockedStatus(of: t), reason: nil)
    }
}

struct AssignCommand: EditingCommand {
    static let configuration = CommandConfiguration(commandName: "assign", abstract: "Assign a task to a member (@who), or 'none'.")
    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "Task ID.") var id: String
    @Argument(help: "@handle or none.") var who: String

    func makeCommand(_ ctx: CLIContext, _ ws: SQLiteWorkspace) throws -> Command {
        let taskID = try parseTaskID(id, ctx: ctx, workspace: ws, options: workspace)
        var e = TaskEdit()
        e.assignee = ctx.update(who) { Handle.normalize($0) }
        return .editTask(taskID, e)
    }

    func summary(_ outcome: ChangeOutcome) -> String {
        let target = ["none", "-", ""].contains(who.lowercased()) ? "nobody" : "@" + Handle.normalize(who)
        return "\(outcome.task?.description ?? id) → \(target)"
    }
}

struct LogCommand: EditingCommand {
    static let configuration = CommandConfiguration(commandName: "log", abstract: "Log time spent on a task.")
    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "Task ID.") var id: String
    @Argument(help: "Time: 90m, 2h, 1.5h, 1h30m.") var time: String
    @Option(help: "The day worked (default today).") var date: String?
    @Option(help: "What was done.") var note: String = ""
    @Option(help: "Who worked (default: you, $PACELINE_USER).") var member: String?

    func makeCommand(_ ctx: CLIContext, _ ws: SQLiteWorkspace) throws -> Command {
        let taskID = try parseTaskID(id, ctx: ctx, workspace: ws, options: workspace)
        let hoursPerDay = try ws.projects().projects.first { $0.key == taskID.projectKey }?.hoursPerDay ?? 8
        let minutes = try DurationExpression.parseMinutes(time, hoursPerDay: hoursPerDay)
        let day = try date.map(ctx.date) ?? ctx.today
        if day > ctx.today { throw UserError("cannot log time on \(day.iso), a day in the future") }
        let who = member.map { Handle.normalize($0) } ?? ctx.actor
        return .logTime(taskID, member: who, date: day, minutes: minutes, note: note)
    }
}

struct RemoveCommand: EditingCommand {
    static let configuration = CommandConfiguration(commandName: "rm", abstract: "Remove a task (recoverable with 'pace restore' or 'pace undo').")
    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "Task ID.") var id: String

    func makeCommand(_ ctx: CLIContext, _ ws: SQLiteWorkspace) throws -> Command {
        .removeTask(try parseTaskID(id, ctx: ctx, workspace: ws, options: workspace))
    }

    func summary(_ outcome: ChangeOutcome) -> String {
        "\(outcome.summary) (bring it back with: pace restore \(outcome.task?.description ?? id))"
    }
}

struct RestoreCommand: EditingCommand {
    static let configuration = CommandConfiguration(commandName: "restore", abstract: "Bring back a removed task.")
    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "Task ID.") var id: String

    func makeCommand(_ ctx: CLIContext, _ ws: SQLiteWorkspace) throws -> Command {
        .restoreTask(try parseTaskID(id, ctx: ctx, workspace: ws, options: workspace))
    }
}

struct UndoCommand: EditingCommand {
    static let configuration = CommandConfiguration(commandName: "undo", abstract: "Undo your last change (the undo is recorded too).")
    @OptionGroup var workspace: WorkspaceOptions

    func makeCommand(_ ctx: CLIContext, _ ws: SQLiteWorkspace) throws -> Command {
        .undo
    }
}

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history", abstract: "Show the activity log, newest last (of one task when an ID is given).")
    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: "How many rows.") var limit: Int = 50
    @Flag(help: "Print JSON.") var json = false
    @Argument(help: "Task ID.") var id: String?

    func run() throws {
        guard limit > 0 else { throw UserError("--limit must be at least 1") }
        let ctx = try CLIContext()
        let ws = try ctx.openWorkspace(workspace, readOnly: true)
        var rows: [Activity]
        if let id {
            let taskID = try parseTaskID(id, ctx: ctx, workspace: ws, options: workspace)
            let snap = try ws.snapshot(projectKey: taskID.projectKey)
            let removed = try ws.removedTasks(projectKey: taskID.projectKey)
            if snap.task(taskID) == nil && removed.allSatisfy({ $0.id != taskID }) {
                throw UserError.notFound("task", taskID.description, among: snap.tasks.map(\.id.description))
            }
            rows = try ws.activity(entity: .task, entityID: taskID.description, limit: limit)
        } else {
            rows = try ws.activity(entity: nil, entityID: nil, limit: limit)
        }
        rows.reverse()
        if json {
            try ctx.output.json(rows.map(ActivityJSON.init))
            return
        }
        if rows.isEmpty { ctx.output.line("no activity yet"); return }
        HistoryTable.print(rows, ctx: ctx)
    }
}

enum HistoryTable {
    static func print(_ rows: [Activity], ctx: CLIContext) {
        ctx.output.table(
            [.init("WHEN"), .init("WHO"), .init("WHAT"), .init("FIELD"), .init("CHANGE", flexible: true)],
            rows.map { a in
                [
                    .init(Format.localDateTime(a.at, in: ctx.now.timeZone), .dim),
                    .init("@" + a.actor),
                    .init(a.entityID),
                    .init(a.field),
                    .init(ActivityText.change(a)),
                ]
            })
    }
}
