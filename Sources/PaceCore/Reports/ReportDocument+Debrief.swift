import Foundation

extension ReportDocument {
    public static func debrief(_ r: DebriefReport) -> ReportDocument {
        let today = r.today
        func d(_ day: Day?) -> String { ReportText.date(day, today: today) }
        func money(_ minor: Int64?) -> String { Format.money(minor, r.currency) }
        func h(_ minutes: Int?) -> String { Format.hours(minutes) }
        func late(_ days: Int?) -> Cell { Cell(ReportText.lateness(days), (days ?? 0) > 0 ? .bad : days == nil ? nil : .good) }
        let t = r.total

        var meta: [Inline] = []
        if !r.project.client.isEmpty { meta.append(.text(r.project.client + " · ")) }
        meta.append(.text("as of \(ReportText.stamp(r.generated, in: r.timeZone))"))
        meta.append(.text(r.baselineName.map { " · against baseline \($0)" } ?? " · no baseline"))

        var blocks: [Block] = []
        var headline: [String] = []
        let finishWord = t.finishIsForecast ? "forecast to finish" : "finished"
        if let pf = t.plannedFinish {
            headline.append("Planned to finish \(d(pf)); \(finishWord) \(d(t.finish))" + (t.slipVsPlan.map { " (\(ReportText.lateness($0)))" } ?? "") + ".")
        } else if let f = t.finish {
            headline.append("\(finishWord.prefix(1).uppercased() + finishWord.dropFirst()) \(d(f))" + (t.slipVsDue.map { " (\(ReportText.lateness($0)) against the target date)" } ?? "") + ".")
        }
        headline.append("\(t.tasksDone) task\(t.tasksDone == 1 ? "" : "s") done, \(t.tasksOpen) open.")
        if let p = t.plannedMinutes {
            headline.append("Planned \(h(p)); logged \(h(t.loggedMinutes))" + (t.remainingMinutes > 0 ? " with \(h(t.remainingMinutes)) still open." : "."))
        } else {
            headline.append("Estimated \(h(t.estimateMinutes)); logged \(h(t.loggedMinutes))" + (t.remainingMinutes > 0 ? " with \(h(t.remainingMinutes)) still open." : "."))
        }
        if r.hasMoney {
            headline.append((t.plannedCost.map { "Planned cost \(money($0)); " } ?? "") + "spent \(money(t.actualCost))"
                            + (t.tasksOpen > 0 ? ", \(money(t.costAtCompletion)) at completion." : "."))
        }
        blocks.append(.paragraph([.text(headline.joined(separator: " "))]))
        if r.hasMoney && !r.otherCurrencies.isEmpty {
            blocks.append(.note([.text("Rates in \(r.otherCurrencies.joined(separator: ", ")) are counted as \(r.currency) (no currency conversion).")]))
        }
        if r.baselineName == nil {
            blocks.append(.note([.text("No baseline saved — planned dates, hours and cost need "), .code("pace baseline save"),
                                 .text("; slips are measured against due dates instead.")]))
        }

        // Planned against actual.
        blocks.append(.heading(2, "Planned and actual per milestone"))
        func dateRow(_ m: DebriefReport.MilestoneOutcome, total: Bool) -> [Cell] {
            [Cell([.strong(total ? "whole project" : m.name)]), Cell(d(m.due)), Cell(d(m.plannedFinish)),
             Cell(m.finish.map { d($0) + (m.finishIsForecast ? " (forecast)" : "") } ?? "—"),
             late(m.slipVsPlan), late(m.slipVsDue), Cell("\(m.tasksDone)"), Cell("\(m.tasksOpen)")]
        }
        blocks.append(.heading(3, "Dates"))
        blocks.append(.table(Table(
            [Column("Milestone"), Column("Due"), Column("Planned finish"), Column("Finish"), Column("Against plan"),
             Column("Against due"), Column("Done", numeric: true), Column("Open", numeric: true)],
            r.milestones.map { dateRow($0, total: false) }, footer: dateRow(t, total: true))))
        blocks.append(.paragraph([.toned("Finish: the day the last task was done, or the forecast while work is open. Lateness in project working days.", .muted)]))
        func effortRow(_ m: DebriefReport.MilestoneOutcome, total: Bool) -> [Cell] {
            var row = [Cell([.strong(total ? "whole project" : m.name)]), Cell(h(m.plannedMinutes)),
                       Cell(h(m.estimateMinutes)), Cell(h(m.loggedMinutes)), Cell(h(m.remainingMinutes))]
            if r.hasMoney {
                let over = m.plannedCost.map { m.costAtCompletion > $0 } ?? false
                row += [Cell(money(m.plannedCost)), Cell(money(m.actualCost)), Cell(money(m.costAtCompletion), over ? .bad : nil)]
            }
            return row
        }
        blocks.append(.heading(3, "Hours and cost"))
        var effortColumns = [Column("Milestone"), Column("Planned", numeric: true), Column("Estimate now", numeric: true),
                             Column("Logged", numeric: true), Column("Remaining", numeric: true)]
        if r.hasMoney {
            effortColumns += [Column("Planned cost", numeric: true), Column("Actual cost", numeric: true), Column("At completion", numeric: true)]
        }
        blocks.append(.table(Table(effortColumns, r.milestones.map { effortRow($0, total: false) }, footer: effortRow(t, total: true))))
        blocks.append(.paragraph([.toned(
            (r.hasMoney ? "Planned: the baseline's estimates and cost. " : "Planned: the baseline's estimates. ")
                + "Logged: time on the milestone's tasks (the project's row counts removed tasks too)."
                + (r.hasMoney ? " At completion: spent plus the open work at today's rates." : ""), .muted)]))
        if (r.milestones + [t]).contains(where: { $0.loggedMinutes > 0 || ($0.plannedMinutes ?? $0.estimateMinutes) > 0 }) {
            let first = r.baselineName == nil ? "estimated" : "planned"
            blocks.append(.chart(.pairs(title: "Hours per milestone: \(first) against logged and still open", first: first,
                                        second: "logged + open", rows: r.milestones.map { m in
                let p = m.plannedMinutes ?? m.estimateMinutes
                let a = m.loggedMinutes + m.remainingMinutes
                return PairRow(label: m.name, first: Double(p) / 60, second: Double(a) / 60, firstText: h(p),
                               secondText: m.remainingMinutes > 0 ? "\(h(m.loggedMinutes)) + \(h(m.remainingMinutes))" : h(m.loggedMinutes))
            })))
        }

        // Estimate accuracy.
        blocks.append(.heading(2, "Estimate accuracy"))
        let tot = r.accuracyTotal
        var accuracy = "Done tasks with an estimate and time logged: \(tot.tasks), \(h(tot.estimateMinutes)) estimated, \(h(tot.loggedMinutes)) logged"
            + (tot.ratio.map { " (ratio \(Format.ratio($0)); above 1 took longer than estimated)" } ?? "") + "."
        var left: [String] = []
        if r.doneWithoutTime > 0 { left.append("\(r.doneWithoutTime) with no time logged") }
        if r.doneWithoutEstimate > 0 { left.append("\(r.doneWithoutEstimate) with no estimate") }
        if !left.isEmpty { accuracy += " Left out: " + left.joined(separator: ", ") + "." }
        blocks.append(.paragraph([.text(accuracy)]))
        if !r.accuracy.isEmpty {
            func ratioCell(_ x: Double?) -> Cell {
                guard let x else { return Cell("—") }
                return Cell(Format.ratio(x), x > 1.25 || x < 0.75 ? .bad : x > 1.1 || x < 0.9 ? .warn : .good)
            }
            blocks.append(.heading(3, "Per member"))
            blocks.append(.table(Table(
                [Column("Who"), Column("Tasks", numeric: true), Column("Estimated", numeric: true), Column("Logged", numeric: true),
                 Column("Ratio", numeric: true)],
                r.accuracyByMember.map { m in
                    [who(m.handle), Cell("\(m.tasks)"), Cell(h(m.estimateMinutes)), Cell(h(m.loggedMinutes)), ratioCell(m.ratio)]
                },
                footer: [Cell([.strong("all")]), Cell("\(tot.tasks)"), Cell(h(tot.estimateMinutes)), Cell(h(tot.loggedMinutes)), ratioCell(tot.ratio)])))
            blocks.append(.heading(3, "Per task, largest misses first"))
            let shown = r.accuracy.prefix(rowLimit)
            blocks.append(.table(Table(
                [Column("Task"), Column("Title"), Column("Who"), Column("Estimated", numeric: true), Column("Logged", numeric: true),
                 Column("Ratio", numeric: true)],
                shown.map { a in
                    [Cell(a.task.description), Cell(a.title), who(a.assignee),
                     Cell(h(a.estimateMinutes) + (a.finalEstimateMinutes.map { " → " + h($0) } ?? "")), Cell(h(a.loggedMinutes)),
                     ratioCell(a.ratio)]
                })))
            if let m = more(r.accuracy.count, shown: shown.count, what: "tasks") { blocks.append(m) }
            blocks.append(.paragraph([.toned("Estimated: the estimate a task was made with (→ its last one, when re-estimated). Ratio: logged over estimated.", .muted)]))
        }

        // Slips.
        blocks.append(.heading(2, "Largest slips"))
        if r.slips.isEmpty {
            blocks.append(.paragraph([.text(r.slipsAgainstBaseline ? "No task finished, or is forecast to finish, later than the baseline planned."
                                                                   : "No task finished, or is forecast to finish, after its due date.")]))
        } else {
            let one = r.slips.count == 1
            let against = r.slipsAgainstBaseline ? "the baseline planned" : one ? "its due date" : "their due dates"
            blocks.append(.paragraph([.text("\(r.slips.count) task\(one ? "" : "s") finished, or \(one ? "is" : "are") forecast to finish, later than \(against)"
                                            + (one ? ", with what the log says held it up:" : "; the largest, with what the log says held them up:"))]))
            let shown = r.slips.prefix(10)
            blocks.append(.table(Table(
                [Column("Task"), Column("Title"), Column("Who"), Column(r.slipsAgainstBaseline ? "Planned" : "Due"), Column("Finish"),
                 Column("Late by", numeric: true), Column("Causes")],
                shown.map { s in
                    [Cell(s.task.description), Cell(s.title), who(s.assignee), Cell(d(s.plannedFinish)),
                     Cell(d(s.finish) + (s.finishIsForecast ? " (forecast)" : "")), Cell("\(s.workingDays)d", .bad),
                     Cell(s.causes.isEmpty ? "no cause in the log" : s.causes.map { ReportText.cause($0, today: today) }.joined(separator: "; "))]
                })))
            if let m = more(r.slips.count, shown: shown.count, what: "slips") { blocks.append(m) }
        }

        // Throughput.
        blocks.append(.heading(2, "Throughput per week"))
        if !r.throughput.isEmpty {
            let labels = r.throughput.map { "W\($0.week.week)" }
            blocks.append(.chart(.bars(title: "Tasks done per week", labels: labels, values: r.throughput.map { Double($0.tasksDone) },
                                       unit: "tasks", texts: r.throughput.map { "\($0.tasksDone)" })))
            blocks.append(.chart(.bars(title: "Hours logged per week", labels: labels,
                                       values: r.throughput.map { Double($0.loggedMinutes) / 60 }, unit: "h",
                                       texts: r.throughput.map { h($0.loggedMinutes) })))
            let shown = r.throughput.suffix(rowLimit * 2)
            blocks.append(.table(Table(
                [Column("Week"), Column("From"), Column("Tasks done", numeric: true), Column("Hours logged", numeric: true)],
                shown.map { w in [Cell(w.week.description), Cell(d(w.week.start)), Cell("\(w.tasksDone)"), Cell(h(w.loggedMinutes))] },
                footer: [Cell([.strong("all")]), Cell(""), Cell("\(r.throughput.reduce(0) { $0 + $1.tasksDone })"),
                         Cell(h(r.throughput.reduce(0) { $0 + $1.loggedMinutes }))])))
            if let m = more(r.throughput.count, shown: shown.count, what: "earlier weeks") { blocks.append(m) }
        }

        // Blockers.
        blocks.append(.heading(2, "Blockers"))
        if r.blockers.isEmpty {
            blocks.append(.paragraph([.text("Nothing was ever blocked.")]))
        } else {
            let open = r.blockers.filter { $0.span.end == nil }
            let total = r.blockers.reduce(0) { $0 + $1.seconds }
            let longest = r.blockers.max { $0.seconds != $1.seconds ? $0.seconds < $1.seconds : $0.span.task > $1.span.task }!
            blocks.append(.paragraph([.text("\(r.blockers.count) time\(r.blockers.count == 1 ? "" : "s") blocked, \(ReportText.duration(total)) in all; the longest \(ReportText.duration(longest.seconds)) (\(longest.span.task)). \(open.count) still blocked.")]))
            let shown = r.blockers.suffix(rowLimit)
            blocks.append(.table(Table(
                [Column("Task"), Column("Title"), Column("Blocked"), Column("Until"), Column("Lasted", numeric: true), Column("Reason")],
                shown.map { b in
                    [Cell(b.span.task.description), Cell(b.title), Cell(d(Day(b.span.start, in: r.timeZone))),
                     b.span.end.map { Cell(d(Day($0, in: r.timeZone))) } ?? Cell("still blocked", .bad),
                     Cell(ReportText.duration(b.seconds)), Cell(b.span.reasons.isEmpty ? "—" : b.span.reasons.joined(separator: "; "))]
                })))
            if let m = more(r.blockers.count, shown: shown.count, what: "earlier blockers") { blocks.append(m) }
        }

        // Scope.
        blocks.append(.heading(2, "Scope changes"))
        let since: String
        switch r.scopeReference {
        case .baseline(let name, let saved): since = "Since the baseline \(name) was saved (\(d(Day(saved, in: r.timeZone))))"
        case .projectStart(let day): since = "Since the project started (\(d(day)))"
        case .firstTask(let day): since = "Since the first tasks were made (\(d(day)))"
        case .none: since = "With no tasks yet"
        }
        let c = r.scopeChanges
        func count(_ k: ScopeChange.Kind) -> Int { c.filter { $0.kind == k }.count }
        let summary = "\(since): \(count(.added)) task\(count(.added) == 1 ? "" : "s") added (\(ReportText.signedHours(r.scopeMinutes([.added])))), "
            + "estimates raised \(ReportText.signedHours(r.scopeMinutes([.estimateUp]))) and lowered \(ReportText.signedHours(r.scopeMinutes([.estimateDown]))), "
            + "\(count(.cancelled)) cancelled (\(ReportText.signedHours(r.scopeMinutes([.cancelled])))), "
            + "\(count(.removed)) removed (\(ReportText.signedHours(r.scopeMinutes([.removed]))))"
            + (count(.reopened) + count(.restored) > 0 ? ", \(count(.reopened) + count(.restored)) brought back (\(ReportText.signedHours(r.scopeMinutes([.reopened, .restored]))))" : "")
            + ". Net \(ReportText.signedHours(r.scopeNetMinutes))."
        blocks.append(.paragraph([.text(summary)]))
        if !c.isEmpty {
            let shown = c.suffix(rowLimit * 2)
            blocks.append(.table(Table(
                [Column("Day"), Column("Task"), Column("Title"), Column("Change"), Column("Hours", numeric: true), Column("By")],
                shown.map { s in
                    let change: String
                    switch s.kind {
                    case .estimateUp, .estimateDown: change = "estimate \(h(s.oldMinutes)) → \(h(s.newMinutes))"
                    default: change = s.kind.rawValue
                    }
                    return [Cell(d(Day(s.at, in: r.timeZone))), Cell(s.task.description), Cell(s.title), Cell(change),
                            Cell(ReportText.signedHours(s.deltaMinutes)), Cell(s.actor)]
                })))
            if let m = more(c.count, shown: shown.count, what: "earlier changes") { blocks.append(m) }
        }
        return ReportDocument(title: "Debrief: \(r.project.key) \(r.project.name)", meta: meta, blocks: blocks)
    }
}
