import ArgumentParser
import Foundation
import PaceCore
import PaceStore

/// The forecast of the current project, or a clear error (a dependency cycle).
func forecast(_ snapshot: ProjectSnapshot, ctx: CLIContext) throws -> Schedule {
    do {
        return try Scheduler.schedule(.forProject(snapshot, now: ctx.now))
    } catch {
        throw error.userError
    }
}

extension ScheduleFlags {
    var names: [String] {
        var out: [String] = []
        if contains(.unassigned) { out.append("unassigned") }
        if contains(.assigneeUnavailable) { out.append("assignee-unavailable") }
        if contains(.defaultEstimate) { out.append("default-estimate") }
        if contains(.waitedForDependency) { out.append("waits") }
        if contains(.missesDue) { out.append("late") }
        if contains(.blocked) { out.append("blocked") }
        return out
    }
}

struct ForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "When will it really be done: the schedule on the team's capacity, milestones and why they slip.",
        discussion: """
            Every open task is scheduled on its assignee's real capacity (working days, \
            time off, holidays), after its dependencies, in order of priority and due date. \
            Milestones get a forecast date, slack in working days and, when late or at risk, \
            the chain of tasks and waits that decides their date.
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: "Only this milestone's tasks.") var milestone: String?
    @Option(help: "Only this member's tasks (@handle, or none for unassigned).") var member: String?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let ctx = try CLIContext()
        let ws = try ctx.openWorkspace(workspace, readOnly: true)
        let snap = try ws.snapshot(projectKey: workspace.project)
        let schedule = try forecast(snap, ctx: ctx)
        let tasksByID = Dictionary(uniqueKeysWithValues: snap.tasks.map { ($0.id, $0) })
        var milestones = schedule.milestones.filter { $0.milestone.due != nil || $0.openTasks > 0 }
        var tasks = schedule.tasks
        if let name = milestone {
            guard let m = snap.milestones.first(where: { $0.name.lowercased() == name.lowercased() }) else {
                throw UserError.notFound("milestone", name, among: snap.milestones.map(\.name))
            }
            milestones = milestones.filter { $0.milestone.id == m.id }
            tasks = tasks.filter { tasksByID[$0.id]?.milestoneID == m.id }
        }
        if let who = member {
            let h = Handle.normalize(who)
            if h == "none" {
                tasks = tasks.filter { $0.lane == .unassigned }
            } else {
                guard snap.member(h) != nil else { throw UserError.notFound("member", h, among: snap.members.map(\.handle)) }
                tasks = tasks.filter { $0.lane == .member(h) }
            }
        }
        tasks.sort { ($0.start, $0.id) < ($1.start, $1.id) }
        if json {
            try ctx.output.json(ForecastJSON(snapshot: snap, schedule: schedule, milestones: milestones, tasks: tasks))
            return
        }
        let o = ctx.output
        let today = ctx.today
        o.line(o.paint("Forecast for \(snap.project.key) \(CLIText.safe(snap.project.name)) as of \(Format.localDateTime(ctx.now.instant, in: ctx.now.timeZone))", .bold))
        o.line()
        if !milestones.isEmpty {
            o.table(
                [.init("MILESTONE", flexible: true), .init("DUE"), .init("FORECAST"), .init("SLACK", alignRight: true),
                 .init("STATUS"), .init("OPEN", alignRight: true)],
                milestones.map { m in
                    let tone: Output.Tone = m.status == .late ? .red : m.status == .atRisk ? .yellow : .green
                    return [
                        .init(m.milestone.name, .bold),
                        .init(m.milestone.due.map { Format.shortDate($0, today: today) } ?? "—"),
                        .init(m.forecastDay.map { Format.shortDate($0, today: today) } ?? "—"),
                        .init(m.slackWorkingDays.map { $0 < 0 ? "\(-$0)d late" : "+\($0)d" } ?? "—", tone),
                        .init(m.status.label, tone),
                        .init("\(m.openTasks)"),
                    ]
                })
            for m in milestones where !m.drivingChain.isEmpty {
                o.line()
                o.line(o.paint("Why \(CLIText.safe(m.milestone.name)) is \(m.status.label): the chain that decides its date", .bold))
                for link in m.drivingChain {
                    o.line("  " + CLIText.safe(link.chainText(title: tasksByID[link.id]?.title, today: today)))
                }
            }
            o.line()
        }
        if tasks.isEmpty {
            o.line("no open tasks to schedule")
            return
        }
        o.table(
            [.init("TASK"), .init("TITLE", flexible: true), .init("WHO"), .init("START"), .init("FINISH"),
             .init("DUE", dropOrder: 2), .init("SLACK", alignRight: true), .init("FLAGS", dropOrder: 1)],
            tasks.map { t in
                let slack = t.due.map { schedule.projectCalendar.slack(finish: t.finishDay, due: $0) }
                let late = t.flags.contains(.missesDue)
                return [
                    .init(t.id.description, .bold),
                    .init(tasksByID[t.id]?.title ?? ""),
                    .init(t.lane.handle.map { "@" + $0 } ?? "unassigned", t.lane == .unassigned ? .yellow : .plain),
                    .init(Format.localDateTime(t.start, in: ctx.now.timeZone)),
                    .init(Format.localDateTime(t.finish, in: ctx.now.timeZone), late ? .red : .plain),
                    .init(t.due.map { Format.shortDate($0, today: today) } ?? ""),
                    .init(slack.map { $0 < 0 ? "\(-$0)d late" : "+\($0)d" } ?? "", late ? .red : .plain),
                    .init(t.flags.names.joined(separator: ","), .dim),
                ]
            })
    }
}

struct LoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Team load per week: hours the forecast books against capacity, overload and slip.")

    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: "How many weeks (1-26).") var weeks: Int = 4
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
        guard (1...26).contains(weeks) else { throw ValidationError("--weeks must be between 1 and 26") }
    }

    func run() throws {
        let ctx = try CLIContext()
        let ws = try ctx.openWorkspace(workspace, readOnly: true)
        let snap = try ws.snapshot(projectKey: workspace.project)
        let schedule = try forecast(snap, ctx: ctx)
        let load = schedule.teamLoad(weeks: weeks)
        let naive = NaiveLoad.compute(snap, today: ctx.today, weeks: weeks)
        let overruns = Dictionary(uniqueKeysWithValues: schedule.overruns().map { ($0.handle, $0) })
        if json {
            try ctx.output.json(LoadJSON(load: load, naive: naive, overruns: overruns))
            return
        }
        let today = ctx.today
        var columns: [Output.Column] = [.init("WHO")]
        for (i, start) in load.weekStarts.enumerated() {
            columns.append(.init(i == 0 && start == today.startOfWeek ? "THIS WEEK" : "WK " + Format.shortDate(start, today: today).uppercased(),
                                 alignRight: true, dropOrder: i == 0 ? nil : 100 - i))
        }
        columns += [.init("OVER", alignRight: true), .init("SLIP", alignRight: true), .init("LATER", alignRight: true)]
        let rows: [[Output.Cell]] = load.rows.map { row in
            var cells: [Output.Cell] = [.init("@" + row.handle, .bold)]
            for w in row.weeks {
                let pct = w.capacityMinutes == 0 ? (w.bookedMinutes == 0 ? "off" : "∞") : Format.percent(w.ratio)
                cells.append(.init("\(Format.hoursValue(w.bookedMinutes))/\(Format.hours(w.capacityMinutes)) \(pct)",
                                   w.ratio >= 0.9 ? .yellow : .plain))
            }
            let n = naive.rows.first { $0.handle == row.handle }?.weeks.first
            let over = n.map { max(0, $0.bookedMinutes - $0.capacityMinutes) } ?? 0
            cells.append(.init(over > 0 ? "+" + Format.hours(over) : "", .red))
            let slip = overruns[row.handle]
            cells.append(.init(slip.map { $0.isOverbooked ? "+\($0.lastLateWorkingDays)d" : "" } ?? "", .red))
            cells.append(.init(row.beyondMinutes > 0 ? Format.hours(row.beyondMinutes) : ""))
            return cells
        }
        ctx.output.table(columns, rows)
        if load.unassignedMinutes > 0 {
            ctx.output.line()
            ctx.output.line("unassigned: \(Format.hours(load.unassignedMinutes)) of open work")
        }
        ctx.output.line()
        ctx.output.line(ctx.output.paint("OVER: hours assigned this week beyond capacity · SLIP: working days the forecast pushes their last late task past its due date · LATER: booked after the last week shown", .dim))
    }
}
