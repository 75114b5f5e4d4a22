import Foundation

extension ReportDocument {
    /// How many rows a long list shows in Markdown and HTML; JSON has them all.
    public static let rowLimit = 25

    static func who(_ handle: String?) -> Cell {
        handle.map { Cell($0) } ?? Cell("unassigned", .muted)
    }

    static func tone(_ h: StatusReport.Health) -> Tone {
        switch h {
        case .done, .onTrack: .good
        case .atRisk: .warn
        case .late: .bad
        case .empty: .muted
        }
    }

    /// "…and 12 more" under a cut table.
    static func more(_ total: Int, shown: Int, what: String) -> Block? {
        total > shown ? .paragraph([.toned("…and \(total - shown) more \(what) (all of them are in the JSON report).", .muted)]) : nil
    }

    public static func status(_ r: StatusReport) -> ReportDocument {
        let today = r.today
        func d(_ day: Day?) -> String { ReportText.date(day, today: today) }
        let budget = r.budget
        let c = budget.currency
        func money(_ minor: Int64?) -> String { Format.money(minor, c) }

        var meta: [Inline] = []
        if !r.project.client.isEmpty { meta.append(.text(r.project.client + " · ")) }
        meta.append(.text("as of \(ReportText.stamp(r.generated, in: r.timeZone)) · period \(d(r.since)) – \(d(today))"))
        meta.append(.text(r.baselineName.map { " · against baseline \($0)" } ?? " · no baseline"))

        var blocks: [Block] = []
        // The headline a reader takes away if they read nothing else.
        let late = r.milestones.filter { $0.health == .late }.count
        let risky = r.milestones.filter { $0.health == .atRisk }.count
        let counted = r.milestones.filter { $0.health != .empty }.count
        var headline = (counted == 0 ? "No milestones; " : "\(late) of \(counted) milestone\(counted == 1 ? "" : "s") late, \(risky) at risk; ")
            + "\(r.doneTasks) of \(r.doneTasks + r.openTasks) tasks done, \(r.blocked.count) blocked, \(r.overdue.count) overdue."
        if let status = r.budgetStatus {
            // The budget view's verdict, then the figures behind it.
            let money = status.measure == .money
            func figure(_ minor: Int64, _ minutes: Int) -> String { money ? Format.money(minor, c) : Format.hours(minutes) }
            let cap = money ? budget.budget!.description : Format.hours(budget.hoursBudgetMinutes)
            let left = money ? (budget.forecastVariance ?? 0) : Int64((budget.hoursBudgetMinutes ?? 0) - budget.forecastMinutes)
            let leftText = money ? Format.money(abs(left), c) : Format.hours(Int(abs(left)))
            headline += " Budget \(status.level.rawValue): spent \(figure(budget.spent, budget.spentMinutes)) of \(cap) "
                + "(\(Format.percent(status.spentShare))), forecast at completion \(figure(budget.forecastAtCompletion, budget.forecastMinutes)) "
                + "(\(Format.percent(status.forecastShare))), " + (left < 0 ? "\(leftText) over." : "\(leftText) to spare.")
        }
        blocks.append(.paragraph([.toned("Overall: \(r.overall.label).", tone(r.overall)), .text(" " + headline)]))

        // Milestones.
        blocks.append(.heading(2, "Milestones"))
        if r.milestones.isEmpty {
            blocks.append(.paragraph([.text("The project has no milestones.")]))
        } else {
            blocks.append(.table(Table(
                [Column("Milestone"), Column("Due"), Column("Forecast"), Column("Slack", numeric: true), Column("Status"),
                 Column("Done", numeric: true), Column("Open", numeric: true), Column("Remaining", numeric: true),
                 Column("Progress", numeric: true)],
                r.milestones.map { m in
                    [Cell([.strong(m.name)]), Cell(d(m.due)),
                     Cell(m.health == .done ? "done \(d(m.finished))" : d(m.forecast)),
                     Cell(ReportText.slack(m.slackWorkingDays), (m.slackWorkingDays ?? 0) < 0 ? .bad : nil),
                     Cell(m.health.label, tone(m.health)), Cell("\(m.doneTasks)"), Cell("\(m.openTasks)"),
                     Cell(Format.hours(m.remainingMinutes)), Cell(m.progress.map(Format.percent) ?? "—")]
                })))
            blocks.append(.paragraph([.toned("Slack: working days between the forecast finish and the due date. Remaining: the open work the forecast books, default estimates included.", .muted)]))
        }
        if r.burndown.count > 1 {
            blocks.append(.chart(.burnup(title: "Burn-up of \(r.project.key): scope, done and remaining hours per day", days: r.burndown)))
        }

        // Done in the period.
        blocks.append(.heading(2, "Done since \(d(r.since))"))
        var logged = "\(r.done.count) task\(r.done.count == 1 ? "" : "s") done, \(Format.hours(r.loggedMinutes)) logged"
        if !r.loggedByMember.isEmpty {
            logged += ": " + r.loggedByMember.map { "\($0.handle) \(Format.hours($0.minutes))" }.joined(separator: ", ")
        }
        blocks.append(.paragraph([.text(logged + ".")]))
        if !r.done.isEmpty {
            let shown = r.done.suffix(rowLimit)
            blocks.append(.table(Table(
                [Column("Done"), Column("Task"), Column("Title"), Column("Who"), Column("Milestone"),
                 Column("Estimate", numeric: true), Column("Logged", numeric: true)],
                shown.map { t in
                    [Cell(d(t.completed)), Cell(t.task.description), Cell(t.title), who(t.assignee), Cell(t.milestone ?? "—"),
                     Cell(Format.hours(t.estimateMinutes)), Cell(Format.hours(t.loggedMinutes))]
                })))
            if let m = more(r.done.count, shown: shown.count, what: "earlier") { blocks.append(m) }
        }

        // What comes next.
        blocks.append(.heading(2, "Next \(r.nextDays) days"))
        if r.next.isEmpty {
            blocks.append(.paragraph([.text("Nothing is scheduled to start before \(d(today + r.nextDays)).")]))
        } else {
            blocks.append(.paragraph([.text("Open work the forecast starts before \(d(today + r.nextDays)), in order.")]))
            let shown = r.next.prefix(rowLimit)
            blocks.append(.table(Table(
                [Column("Start"), Column("Finish"), Column("Task"), Column("Title"), Column("Who"), Column("Milestone"), Column("Due")],
                shown.map { t in
                    [Cell(d(t.start)), Cell(d(t.finish)), Cell(t.task.description),
                     Cell(t.title + (t.status == .blocked ? " (blocked)" : "")), who(t.who), Cell(t.milestone ?? "—"),
                     t.late ? Cell("\(d(t.due)), late", .bad) : Cell(d(t.due))]
                })))
            if let m = more(r.next.count, shown: shown.count, what: "tasks") { blocks.append(m) }
        }

        // Risks.
        blocks.append(.heading(2, "Risks"))
        blocks.append(.heading(3, "Milestones late or at risk"))
        if r.atRisk.isEmpty {
            blocks.append(.paragraph([.text("None: every open milestone is forecast inside its due date with its buffer.")]))
        } else {
            blocks.append(.list(r.atRisk.map { m in
                let slack = m.slackWorkingDays.map { $0 < 0 ? "\(-$0) working day\($0 == -1 ? "" : "s") late" : "\($0) working day\($0 == 1 ? "" : "s") of slack" } ?? ""
                return Item([.strong(m.name), .text(" — "), .toned(m.health.label, tone(m.health)),
                             .text(": due \(d(m.due)), forecast \(d(m.forecast)), \(slack). What decides the date:")],
                            steps: chainSteps(m.drivingChain, today: today))
            }))
        }
        blocks.append(.heading(3, "Blocked"))
        if r.blocked.isEmpty {
            blocks.append(.paragraph([.text("Nothing is blocked.")]))
        } else {
            blocks.append(.table(Table(
                [Column("Task"), Column("Title"), Column("Who"), Column("Reason"), Column("Since"), Column("For", numeric: true)],
                r.blocked.prefix(rowLimit).map { b in
                    [Cell(b.task.description), Cell(b.title), who(b.assignee), Cell(b.reason ?? "—"),
                     Cell(b.since.map { d(Day($0, in: r.timeZone)) } ?? "—"), Cell(b.days.map { "\($0)d" } ?? "—", (b.days ?? 0) >= 3 ? .bad : nil)]
                })))
            if let m = more(r.blocked.count, shown: min(r.blocked.count, rowLimit), what: "blocked tasks") { blocks.append(m) }
        }
        blocks.append(.heading(3, "Overdue"))
        if r.overdue.isEmpty {
            blocks.append(.paragraph([.text("Nothing is overdue.")]))
        } else {
            blocks.append(.table(Table(
                [Column("Task"), Column("Title"), Column("Who"), Column("Status"), Column("Due"), Column("Late by", numeric: true),
                 Column("Forecast")],
                r.overdue.prefix(rowLimit).map { o in
                    [Cell(o.task.description), Cell(o.title), who(o.assignee), Cell(o.status.label), Cell(d(o.due)),
                     Cell("\(o.daysOverdue)d", .bad), Cell(d(o.forecast))]
                })))
            if let m = more(r.overdue.count, shown: min(r.overdue.count, rowLimit), what: "overdue tasks") { blocks.append(m) }
        }
        blocks.append(.heading(3, "Overloaded people"))
        if r.overloaded.isEmpty {
            blocks.append(.paragraph([.text("Nobody has more work than time in the next \(r.loadWeeks) weeks.")]))
        } else {
            blocks.append(.paragraph([.toned("Over capacity: weeks in which the work assigned, spread up to its due dates, exceeds the person's hours. Slip: how far the forecast pushes their last late task past its due date.", .muted)]))
            blocks.append(.table(Table(
                [Column("Who"), Column("Over capacity"), Column("Late tasks", numeric: true), Column("Slip")],
                r.overloaded.map { o in
                    let weeks = o.weeksOver.map { "week of \(d($0.start)): \(Format.hours($0.bookedMinutes)) for \(Format.hours($0.capacityMinutes))" }
                    return [Cell(o.handle), Cell(weeks.isEmpty ? "—" : weeks.joined(separator: "; ")), Cell("\(o.lateTasks)"),
                            Cell(o.lateTasks > 0 ? "\(o.slipWorkingDays) working day\(o.slipWorkingDays == 1 ? "" : "s")" + (o.lastLateTask.map { " (\($0))" } ?? "") : "—",
                                 o.lateTasks > 0 ? .bad : nil)]
                })))
        }

        // Budget and earned value.
        blocks.append(.heading(2, "Budget and earned value"))
        blocks += budgetBlocks(budget, hasMoney: r.hasMoney, baseline: r.baselineName, today: today)
        return ReportDocument(title: "Status report: \(r.project.key) \(r.project.name)", meta: meta, blocks: blocks)
    }

    /// A driving chain as numbered lines. A long one (a queue of hundreds of tasks on a
    /// big project) keeps its first links, where it starts now, and its last, which
    /// decide the date; the JSON has every link.
    static func chainSteps(_ chain: [StatusReport.ChainLink], today: Day, head: Int = 3, tail: Int = 6) -> [[Inline]] {
        func step(_ link: StatusReport.ChainLink) -> [Inline] {
            let d = { ReportText.date($0, today: today) }
            return [.text("\(link.task) \(link.title) (\(link.who ?? "unassigned")), \(d(link.start)) → \(d(link.finish)), \(ReportText.reason(link.reason))")]
        }
        guard chain.count > head + tail + 1 else { return chain.map(step) }
        return chain.prefix(head).map(step) + [[.toned("… \(chain.count - head - tail) more tasks in the chain …", .muted)]]
            + chain.suffix(tail).map(step)
    }

    static func budgetBlocks(_ b: BudgetSummary, hasMoney: Bool, baseline: String?, today: Day) -> [Block] {
        let c = b.currency
        func money(_ minor: Int64?) -> String { Format.money(minor, c) }
        // In the tables the column or row names the currency.
        func amount(_ minor: Int64?) -> String { ReportText.amount(minor) }
        func h(_ minutes: Int?) -> String { Format.hours(minutes) }
        var blocks: [Block] = []
        let hoursVariance = b.hoursBudgetMinutes.map { $0 - b.forecastMinutes }
        var rows: [[Cell]] = [
            [Cell("Budget"), Cell(amount(b.budget?.minorUnits)), Cell(h(b.hoursBudgetMinutes))],
            [Cell("Spent"), Cell(amount(b.spent)), Cell(h(b.spentMinutes))],
            [Cell("Committed (open work)"), Cell(amount(b.committed)), Cell(h(b.committedMinutes))],
            [Cell("Forecast at completion"), Cell(amount(b.forecastAtCompletion)), Cell(h(b.forecastMinutes))],
            [Cell("Left after the forecast"),
             Cell(amount(b.forecastVariance), (b.forecastVariance ?? 0) < 0 ? .bad : nil),
             Cell(hoursVariance.map { $0 < 0 ? "-" + Format.hours(-$0) : Format.hours($0) } ?? "—", (hoursVariance ?? 0) < 0 ? .bad : nil)],
        ]
        if !hasMoney { rows = rows.map { [$0[0], $0[2]] } }
        blocks.append(.table(Table(hasMoney ? [Column(""), Column(c, numeric: true), Column("Hours", numeric: true)]
                                            : [Column(""), Column("Hours", numeric: true)], rows)))
        if hasMoney && !b.otherCurrencies.isEmpty {
            blocks.append(.note([.text("Rates in \(b.otherCurrencies.joined(separator: ", ")) are counted as \(c) (no currency conversion).")]))
        }
        blocks.append(.paragraph([.toned(hasMoney ? "Spent: time logged, each entry at the rate in force on its day. Committed: the remaining estimate of open tasks at today's rates."
                                                  : "No budget and no rates: the figures are hours. Committed: the remaining estimate of open tasks.", .muted)]))
        if let baseline {
            blocks.append(.paragraph([.text("Earned value against baseline "), .strong(baseline), .text(", as of \(ReportText.date(today, today: today)).")]))
        } else {
            blocks.append(.note([.text("No baseline saved — planned value and SPI need "), .code("pace baseline save"),
                                 .text("; until then work is valued at its current estimates.")]))
        }
        // Indexes rated as the budget view rates them.
        func index(_ x: Double?) -> Cell {
            guard let x else { return Cell("—") }
            switch IndexRating(x) {
            case .good: return Cell(Format.ratio(x), .good)
            case .watch: return Cell(Format.ratio(x), .warn)
            case .poor: return Cell(Format.ratio(x), .bad)
            }
        }
        func evRow(_ name: String, _ v: EarnedValue, _ f: (Int64?) -> String) -> [Cell] {
            [Cell(name), Cell(f(v.bac)), Cell(f(v.pv)), Cell(f(v.ev)), Cell(f(v.ac)), index(v.cpi), index(v.spi),
             Cell(f(v.eac)), Cell(f(v.etc)), Cell(f(v.vac), (v.vac ?? 0) < 0 ? .bad : nil)]
        }
        let hoursText: (Int64?) -> String = { $0.map { Format.hours(Int($0)) } ?? "—" }
        var evRows = [evRow("hours", b.hours, hoursText)]
        if hasMoney { evRows.insert(evRow(c, b.money, amount), at: 0) }
        blocks.append(.table(Table(
            ["", "BAC", "PV", "EV", "AC", "CPI", "SPI", "EAC", "ETC", "VAC"].enumerated().map { Column($0.element, numeric: $0.offset > 0) },
            evRows)))
        let v = hasMoney ? b.money : b.hours
        var reading: [String] = []
        if let cpi = v.cpi {
            reading.append(hasMoney ? "CPI \(Format.ratio(cpi)): each \(c) spent has earned \(Format.ratio(cpi)) \(c) of planned work"
                                    : "CPI \(Format.ratio(cpi)): each hour logged has earned \(Format.ratio(cpi)) hours of planned work")
        }
        if let spi = v.spi { reading.append("SPI \(Format.ratio(spi)): \(Format.percent(spi)) of the work planned by now is done") }
        if let vac = v.vac {
            let amount = hasMoney ? money(abs(vac)) : Format.hours(Int(abs(vac)))
            reading.append(vac < 0 ? "at this rate the work costs \(amount) more than planned" : "at this rate the work costs \(amount) less than planned")
        }
        if !reading.isEmpty {
            blocks.append(.paragraph([.text(reading.joined(separator: "; ") + ".")]))
        }
        let scale: (Int64?) -> Double = { Double($0 ?? 0) / (hasMoney ? 100 : 60) }
        let texts = [v.bac, v.pv, v.ev, v.ac, v.eac].map { $0.map { hasMoney ? money($0) : Format.hours(Int($0)) } ?? "—" }
        blocks.append(.chart(.bars(title: "Earned value (\(hasMoney ? c : "hours")): BAC, PV, EV, AC and EAC",
                                   labels: ["BAC", "PV", "EV", "AC", "EAC"], values: [v.bac, v.pv, v.ev, v.ac, v.eac].map(scale),
                                   unit: hasMoney ? c : "h", texts: texts)))
        return blocks
    }
}
