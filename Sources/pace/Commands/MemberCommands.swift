import ArgumentParser
import Foundation
import PaceCore
import PaceStore

struct MemberCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "member", abstract: "Add, list, show and edit team members and their time off.",
        subcommands: [Add.self, List.self, Show.self, Edit.self, Off.self])

    struct Fields: ParsableArguments {
        @Option(help: "Role, e.g. backend.") var role: String?
        @Option(help: "Weekly capacity, e.g. 40h or 32 (hours).") var capacity: String?
        @Option(help: "Working days: mon-fri, mon,tue,thu, or mon-thu.") var days: String?
        @Option(help: "Hourly rate, e.g. 95 EUR (or none).") var rate: String?

        func capacityMinutes() throws -> Int? {
            try capacity.map { try DurationExpression.parseMinutes($0, hoursPerDay: 8) }
        }

        func workingDays() throws -> Set<Weekday>? {
            guard let days else { return nil }
            return try WorkingDays.parse(days)
        }

    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a member.")
        @OptionGroup var workspace: WorkspaceOptions
        @Argument(help: "Handle: \(Handle.rule).") var handle: String
        @Argument(help: "Full name.") var name: String
        @OptionGroup var fields: Fields

        func run() throws {
            let ctx = try CLIContext()
            let ws = try ctx.openWorkspace(workspace)
            var m = Member(handle: Handle.normalize(handle), name: name, role: fields.role ?? "")
            if let c = try fields.capacityMinutes() { m.weeklyCapacityMinutes = c }
            if let d = try fields.workingDays() { m.workingDays = d }
            m.hourlyRate = try fields.rate.map(ctx.money)
            let outcome = try ctx.apply(.addMember(m), in: ws)
            ctx.output.line(CLIText.safe(outcome.summary))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "ls", abstract: "List members with this week's open work.")
        @OptionGroup var workspace: WorkspaceOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let ctx = try CLIContext()
            let ws = try ctx.openWorkspace(workspace, readOnly: true)
            let snap = try ws.snapshot(projectKey: workspace.project)
            if json {
                let rates = try ws.rateHistory()
                try ctx.output.json(snap.members.map { MemberJSON(member: $0, rates: rates.history(of: $0.handle)) })
                return
            }
            if snap.members.isEmpty { ctx.output.line("no members yet — add one with: pace member add HANDLE \"Full Name\""); return }
            ctx.output.table(
                [.init("HANDLE"), .init("NAME", flexible: true), .init("ROLE"), .init("CAPACITY", alignRight: true), .init("DAYS"),
                 .init("RATE", alignRight: true), .init("OPEN", alignRight: true), .init("OFF")],
                snap.members.map { m in
                    let open = snap.tasks.filter { $0.assignee == m.handle && $0.status.isOpen }
                    let upcomingOff = m.timeOff.filter { $0.range.end >= ctx.today }.first
                    return [
                        .init("@" + m.handle, .bold), .init(m.name), .init(m.role),
                        .init(Format.hours(m.weeklyCapacityMinutes) + "/wk"),
                        .init(WorkingDays.describe(m.workingDays)),
                        .init(m.hourlyRate.map { $0.description } ?? "—"),
                        .init("\(open.count) · \(Format.hours(open.reduce(0) { $0 + $1.effectiveRemainingMinutes }))"),
                        .init(upcomingOff.map { "\($0.range.start.iso)..\($0.range.end.iso)" } ?? ""),
                    ]
                })
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a member, their open tasks and time off.")
        @OptionGroup var workspace: WorkspaceOptions
        @Flag(help: "Print JSON.") var json = false
        @Argument(help: "Handle.") var handle: String

        func run() throws {
            let ctx = try CLIContext()
            let ws = try ctx.openWorkspace(workspace, readOnly: true)
            let snap = try ws.snapshot(projectKey: workspace.project)
            let h = Handle.normalize(handle)
            guard let m = snap.member(h) else { throw UserError.notFound("member", h, among: snap.members.map(\.handle)) }
            if json { try ctx.output.json(MemberJSON(member: m, rates: try ws.rateHistory().history(of: m.handle))); return }
            ctx.output.line(ctx.output.paint("@\(m.handle)  \(CLIText.safe(m.name))", .bold))
            ctx.output.fields([
                ("role", m.role.isEmpty ? "—" : m.role),
                ("capacity", Format.hours(m.weeklyCapacityMinutes) + " a week"),
                ("working days", WorkingDays.describe(m.workingDays)),
                ("rate", m.hourlyRate?.description ?? "—"),
                ("rate history", try Self.rateHistory(ws.rateHistory().history(of: m.handle))),
                ("time off", m.timeOff.isEmpty ? "—" : m.timeOff.map { "\($0.range.start.iso)..\($0.range.end.iso)" + ($0.note.isEmpty ? "" : " (\($0.note))") }.joined(separator: ", ")),
            ])
            let open = snap.tasks.filter { $0.assignee == m.handle && $0.status.isOpen }.sorted(by: TaskOrdering.standard.areInIncreasingOrder)
            if !open.isEmpty {
                ctx.output.line()
                TaskTable.print(open, milestones: Dictionary(uniqueKeysWithValues: snap.milestones.map { ($0.id, $0.name) }),
                                today: ctx.today, output: ctx.output)
            }
        }

        /// `60.00 EUR, 80.00 EUR from 2026-12-03`: the rate carried over from before rate
        /// history (or set when the member was added) has no start day worth showing.
        static func rateHistory(_ periods: [RatePeriod]) -> String {
            guard periods.count > 1 else { return "—" }
            return periods.map { p in
                let rate = p.rate?.description ?? "none"
                return p.effectiveFrom.iso == "1970-01-01" ? rate : "\(rate) from \(p.effectiveFrom.iso)"
            }.joined(separator: ", ")
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a member's fields.")
        @OptionGroup var workspace: WorkspaceOptions
        @Argument(help: "Handle.") var handle: String
        @Option(help: "Full name.") var name: String?
        @OptionGroup var fields: Fields
        @Option(help: "With --rate: the day the new rate applies from (default: today); earlier time keeps its rate.") var from: String?

        func run() throws {
            let ctx = try CLIContext()
            let ws = try ctx.openWorkspace(workspace)
            var e = MemberEdit()
            e.name = name
            e.role = fields.role
            e.weeklyCapacityMinutes = try fields.capacityMinutes()
            e.workingDays = try fields.workingDays()
            e.hourlyRate = try ctx.update(fields.rate, parse: ctx.money)
            if let from {
                guard fields.rate != nil else { throw UserError("--from needs --rate: it says from when a new rate applies") }
                e.rateEffectiveFrom = try ctx.date(from)
            } else if fields.rate != nil {
                // Today in the user's time zone, not the store's guess at it.
                e.rateEffectiveFrom = ctx.today
            }
            let outcome = try ctx.apply(.editMember(handle: handle, e), in: ws)
            ctx.output.line(CLIText.safe(outcome.summary))
        }
    }

    struct Off: EditingCommand {
        static let configuration = CommandConfiguration(abstract: "Record time off: one day, or FROM TO inclusive.")
        @OptionGroup var workspace: WorkspaceOptions
        @Argument(help: "Handle.") var handle: String
        @Argument(help: "First day off.") var from: String
        @Argument(help: "Last day off (default: the first).") var to: String?
        @Option(help: "Why, e.g. vacation.") var note: String = ""

        func makeCommand(_ ctx: CLIContext, _ ws: SQLiteWorkspace) throws -> Command {
            let start = try ctx.date(from)
            let end = try to.map(ctx.date) ?? start
            guard end >= start else { throw UserError("the last day off (\(end.iso)) is before the first (\(start.iso))") }
            return .addTimeOff(handle: handle, range: DayRange(start: start, end: end), note: note)
        }
    }
}
