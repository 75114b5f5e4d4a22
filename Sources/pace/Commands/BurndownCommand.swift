import ArgumentParser
import Foundation
import PaceCore
import PaceStore

struct BurndownCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "burndown",
        abstract: "Remaining work per day from the activity log, with scope added shown as scope (burn-up).",
        discussion: """
            Each day shows the estimate in scope, what of it is done and what remains at the \
            end of the day. New tasks and raised estimates grow the scope instead of reading \
            as work undone.
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: "Only this milestone's tasks.") var milestone: String?
    @Option(help: "First day (default: the project's start, else its first task's day).") var since: String?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let ctx = try CLIContext()
        let ws = try ctx.openWorkspace(workspace, readOnly: true)
        let snap = try ws.snapshot(projectKey: workspace.project)
        var milestoneID: Int64?
        if let name = milestone {
            guard let m = snap.milestones.first(where: { $0.name.lowercased() == name.lowercased() }) else {
                throw UserError.notFound("milestone", name, among: snap.milestones.map(\.name))
            }
            milestoneID = m.id
        }
        let zone = ctx.now.timeZone
        let firstTask = snap.tasks.map(\.created).min().map { Day($0, in: zone) }
        let from = try since.map(ctx.date) ?? snap.project.startDate ?? firstTask ?? ctx.today
        let days = Burndown.days(activity: try ws.taskActivity(projectKey: snap.project.key),
                                 entries: try ws.timeEntries(projectKey: snap.project.key), projectKey: snap.project.key,
                                 milestoneID: milestoneID, from: min(from, ctx.today), through: ctx.today, timeZone: zone)
        if json {
            try ctx.output.json(BurndownJSON(project: snap.project.key, milestone: milestone.flatMap { n in
                snap.milestones.first { $0.id == milestoneID }?.name ?? n }, days: days))
            return
        }
        let o = ctx.output
        o.line(o.paint("Burndown of \(snap.project.key)" + (milestone.map { " milestone \(CLIText.safe($0))" } ?? "")
                       + " \(from.iso) to \(ctx.today.iso)", .bold))
        o.line()
        for line in BurndownChart.lines(days, height: 8, maxColumns: 60) { o.line(line) }
        o.line(o.paint("█ remaining  ░ done  + scope added", .dim))
        o.line()
        o.table(
            [.init("DAY"), .init("SCOPE", alignRight: true), .init("DONE", alignRight: true), .init("REMAINING", alignRight: true),
             .init("ADDED", alignRight: true), .init("REMOVED", alignRight: true)],
            days.map { d in
                [.init(d.day.iso), .init(Format.hours(d.scopeMinutes)), .init(Format.hours(d.doneMinutes)),
                 .init(Format.hours(d.remainingMinutes)),
                 .init(d.scopeAddedMinutes > 0 ? "+" + Format.hours(d.scopeAddedMinutes) : ""),
                 .init(d.scopeRemovedMinutes > 0 ? "-" + Format.hours(d.scopeRemovedMinutes) : "")]
            })
    }
}

/// The text chart: one column per day (the latest `maxColumns`), remaining work in full
/// blocks at the bottom, done work in light shade above it up to the scope, so the
/// column's height is the scope and growing scope is visible as a taller column.
enum BurndownChart {
    static func lines(_ all: [BurndownDay], height: Int, maxColumns: Int) -> [String] {
        let days = Array(all.suffix(maxColumns))
        guard let top = days.map(\.scopeMinutes).max(), top > 0 else { return ["(no estimated work in scope)"] }
        func rows(_ minutes: Int) -> Int { Int((Double(minutes) / Double(top) * Double(height)).rounded()) }
        var out: [String] = []
        for y in stride(from: height, through: 1, by: -1) {
            let label = y == height ? Format.hours(top) : (y == 1 ? "0h" : "")
            out.append(label.padding(toLength: 6, withPad: " ", startingAt: 0) + "│" + String(days.map { d -> Character in
                if y <= rows(d.remainingMinutes) { return "█" }
                if y <= rows(d.scopeMinutes) { return "░" }
                return " "
            }))
        }
        out.append(String(repeating: " ", count: 6) + "└" + String(days.map { $0.scopeAddedMinutes > 0 ? "+" : "─" }))
        if let first = days.first, let last = days.last {
            let span = max(days.count, 10 + 1 + 10)
            let gap = max(1, span - first.day.iso.count - last.day.iso.count)
            out.append(String(repeating: " ", count: 7) + first.day.iso + (days.count > 1 ? String(repeating: " ", count: gap) + last.day.iso : ""))
        }
        return out
    }
}

struct BurndownJSON: JSONWritable {
    let project: String
    let milestone: String?
    let days: [BurndownDay]
    func write(_ w: inout JSONWriter) {
        func h(_ m: Int) -> Double { Double(m) / 60 }
        w.object { w in
            w.field("days", array: { w in
                for d in days {
                    w.object { w in
                        w.field("day", d.day.iso)
                        w.field("doneHours", h(d.doneMinutes))
                        w.field("remainingHours", h(d.remainingMinutes))
                        w.field("scopeAddedHours", h(d.scopeAddedMinutes))
                        w.field("scopeHours", h(d.scopeMinutes))
                        w.field("scopeRemovedHours", h(d.scopeRemovedMinutes))
                    }
                }
            })
            w.field("milestone", milestone)
            w.field("project", project)
        }
    }
}
