import Foundation
import Testing
@testable import PaceCore

/// One small project worked out by hand. Rates: alice 100 EUR/h throughout; bob 60 EUR/h,
/// raised to 80 EUR/h from 2026-12-03. Tasks:
///   WEB-1 alice, est 10h, done
///   WEB-2 bob,   est 20h, in progress, 5h remaining (15h of 20h done: 3/4)
///   WEB-3 alice, est  8h, todo
///   WEB-4 bob,   est  4h, cancelled
/// Time: alice 6h on WEB-1 on Dec 1 and Dec 2; bob 8h on WEB-2 on Dec 2 (at 60) and Dec 3
/// (at 80), and 2h on Dec 5, after the day the figures are taken (Dec 4).
@Suite struct MoneyEarnedValueTests {
    static func day(_ s: String) -> Day { Day(iso: s)! }
    static func eur(_ units: Int64) -> Money { Money(minorUnits: units * 100, currency: "EUR") }
    static let created = Date(timeIntervalSince1970: 1_790_000_000)

    static func id(_ n: Int) -> TaskID { TaskID(projectKey: "WEB", number: n) }

    let members = [Member(handle: "alice", name: "Alice", hourlyRate: eur(100)),
                   Member(handle: "bob", name: "Bob", hourlyRate: eur(80))]
    var rates: RateHistory {
        RateHistory(periods: [RatePeriod(member: "alice", effectiveFrom: Self.day("1970-01-01"), rate: Self.eur(100)),
                              RatePeriod(member: "bob", effectiveFrom: Self.day("1970-01-01"), rate: Self.eur(60)),
                              RatePeriod(member: "bob", effectiveFrom: Self.day("2026-12-03"), rate: Self.eur(80))],
                    members: members)
    }
    let tasks = [
        ProjectTask(id: id(1), title: "login", status: .done, assignee: "alice", estimateMinutes: 600, milestoneID: 1, created: created),
        ProjectTask(id: id(2), title: "api", status: .inProgress, assignee: "bob", estimateMinutes: 1200, remainingMinutes: 300,
                    milestoneID: 1, created: created, spentMinutes: 1080),
        ProjectTask(id: id(3), title: "docs", status: .todo, assignee: "alice", estimateMinutes: 480, created: created),
        ProjectTask(id: id(4), title: "dropped", status: .cancelled, assignee: "bob", estimateMinutes: 240, created: created),
    ]
    let entries = [
        TimeEntry(id: 1, task: id(1), member: "alice", date: day("2026-12-01"), minutes: 360),
        TimeEntry(id: 2, task: id(1), member: "alice", date: day("2026-12-02"), minutes: 360),
        TimeEntry(id: 3, task: id(2), member: "bob", date: day("2026-12-02"), minutes: 480),
        TimeEntry(id: 4, task: id(2), member: "bob", date: day("2026-12-03"), minutes: 480),
        TimeEntry(id: 5, task: id(2), member: "bob", date: day("2026-12-05"), minutes: 120),
    ]
    let asOf = day("2026-12-04")

    @Test func ratesInForceOnADay() {
        #expect(rates.rate(for: "bob", on: Self.day("2026-12-02")) == Self.eur(60))
        #expect(rates.rate(for: "bob", on: Self.day("2026-12-03")) == Self.eur(80))
        #expect(rates.rate(for: "alice", on: Self.day("2030-01-01")) == Self.eur(100))
        // No recorded period: the member's current rate.
        #expect(RateHistory(members: members).rate(for: "bob", on: Self.day("2020-01-01")) == Self.eur(80))
        // Before the first period the first applies.
        let late = RateHistory(periods: [RatePeriod(member: "carol", effectiveFrom: Self.day("2026-12-01"), rate: Self.eur(50))])
        #expect(late.rate(for: "carol", on: Self.day("2026-11-01")) == Self.eur(50))
        // Cleared from a day: no rate from then on.
        let cleared = RateHistory(periods: [RatePeriod(member: "dan", effectiveFrom: Self.day("2026-01-01"), rate: Self.eur(50)),
                                            RatePeriod(member: "dan", effectiveFrom: Self.day("2026-06-01"), rate: nil)])
        #expect(cleared.rate(for: "dan", on: Self.day("2026-07-01")) == nil)
    }

    @Test func priceRoundsToTheCent() {
        // 1 minute at 100.00/h = 10000/60 = 166.67 cents → 167.
        #expect(Costing.price(minutes: 1, at: Self.eur(100)) == 167)
        #expect(Costing.price(minutes: 90, at: Self.eur(60)) == 9000)
        #expect(Costing.price(minutes: 90, at: nil) == 0)
    }

    @Test func earnedValueWithoutABaseline() {
        let ev = EarnedValue.compute(tasks: tasks, entries: entries, rates: rates, baseline: nil, asOf: asOf, measure: .money)
        // BAC at the rates of Dec 4: WEB-1 10h×100 = 1000.00, WEB-2 20h×80 = 1600.00,
        // WEB-3 8h×100 = 800.00; WEB-4 cancelled → 3400.00.
        #expect(ev.bac == 340_000)
        // EV: WEB-1 1000.00 + WEB-2 1600.00×15/20 = 1200.00 + WEB-3 0 = 2200.00.
        #expect(ev.ev == 220_000)
        // AC: alice 12h×100 = 1200.00; bob 8h×60 = 480.00 + 8h×80 = 640.00; Dec 5 not yet → 2320.00.
        #expect(ev.ac == 232_000)
        #expect(ev.pv == nil && ev.spi == nil)
        // CPI = 2200/2320 = 0.948…; EAC = 3400 × 2320/2200 = 3585.4545… → 3585.45.
        #expect(abs(ev.cpi! - 220_000.0 / 232_000.0) < 1e-12)
        #expect(ev.eac == 358_545)
        // ETC = 3585.45 − 2320.00 = 1265.45; VAC = 3400.00 − 3585.45 = −185.45.
        #expect(ev.etc == 126_545)
        #expect(ev.vac == -18_545)
        #expect(ev.costVariance == -12_000)
    }

    @Test func earnedValueInHours() {
        let ev = EarnedValue.compute(tasks: tasks, entries: entries, rates: rates, baseline: nil, asOf: asOf, measure: .hours)
        // BAC 600 + 1200 + 480 = 2280 min; EV 600 + 900 = 1500; AC 360+360+480+480 = 1680.
        #expect(ev.bac == 2280 && ev.ev == 1500 && ev.ac == 1680)
        // EAC = 2280 × 1680/1500 = 2553.6 → 2554 min.
        #expect(ev.eac == 2554)
    }

    @Test func earnedValueAgainstABaseline() {
        let baseline = Baseline(id: 1, projectKey: "WEB", name: "plan", created: Self.created, createdBy: "alice", tasks: [
            BaselineTask(task: Self.id(1), plannedStart: Self.day("2026-12-01"), plannedFinish: Self.day("2026-12-02"),
                         estimateMinutes: 600, plannedCost: Self.eur(1000)),
            BaselineTask(task: Self.id(2), plannedStart: Self.day("2026-12-02"), plannedFinish: Self.day("2026-12-06"),
                         estimateMinutes: 1200, plannedCost: Self.eur(1200)),
            BaselineTask(task: Self.id(3), plannedStart: Self.day("2026-12-07"), plannedFinish: Self.day("2026-12-08"),
                         estimateMinutes: 480, plannedCost: Self.eur(800)),
        ])
        let ev = EarnedValue.compute(tasks: tasks, entries: entries, rates: rates, baseline: baseline, asOf: asOf, measure: .money)
        // BAC from the baseline: 1000 + 1200 + 800 = 3000.00.
        #expect(ev.bac == 300_000)
        // PV on Dec 4: WEB-1 finished by plan 1000.00; WEB-2 3 of 5 planned days 1200×3/5 = 720.00;
        // WEB-3 not begun → 1720.00.
        #expect(ev.pv == 172_000)
        // EV: 1000.00 + 1200.00×3/4 = 900.00 → 1900.00.
        #expect(ev.ev == 190_000)
        #expect(ev.scheduleVariance == 18_000)
        // SPI = 1900/1720 = 1.1046…; CPI = 1900/2320; EAC = 3000 × 2320/1900 = 3663.157… → 3663.16.
        #expect(abs(ev.spi! - 190_000.0 / 172_000.0) < 1e-12)
        #expect(ev.eac == 366_316)

        // Hours against the same baseline: BAC 2280; PV 600 + 1200×3/5 = 720 → 1320; EV 600 + 900 = 1500.
        let hours = EarnedValue.compute(tasks: tasks, entries: entries, rates: rates, baseline: baseline, asOf: asOf, measure: .hours)
        #expect(hours.bac == 2280 && hours.pv == 1320 && hours.ev == 1500)
    }

    @Test func earnedValueOfAMilestone() {
        let m1 = tasks.filter { $0.milestoneID == 1 }
        let ev = EarnedValue.compute(tasks: m1, entries: entries, rates: rates, baseline: nil, asOf: asOf, measure: .money)
        // WEB-1 and WEB-2 only: BAC 1000 + 1600 = 2600.00; EV 2200.00; AC all four entries 2320.00.
        #expect(ev.bac == 260_000 && ev.ev == 220_000 && ev.ac == 232_000)
    }

    @Test func aRateChangeDoesNotChangePastCost() {
        let before = Costing.actual(entries, rates: rates, measure: .money, asOf: asOf)
        // Bob gets a raise from Dec 10 and alice one from Dec 4 (the day itself, nothing logged).
        let raised = RateHistory(periods: rates.history(of: "alice") + rates.history(of: "bob") + [
            RatePeriod(member: "bob", effectiveFrom: Self.day("2026-12-10"), rate: Self.eur(120)),
            RatePeriod(member: "alice", effectiveFrom: Self.day("2026-12-04"), rate: Self.eur(150)),
        ], members: members)
        #expect(Costing.actual(entries, rates: raised, measure: .money, asOf: asOf) == before)
        #expect(before == 232_000)
        // Whereas the Dec 5 entry (2h of bob at 80) is priced at the rate of its own day.
        #expect(Costing.actual(entries, rates: raised, measure: .money) == 232_000 + 16_000)
    }

    @Test func budgetSummary() {
        let project = Project(key: "WEB", name: "Portal", budget: Self.eur(4000))
        let s = BudgetSummary.compute(project: project, members: members, tasks: tasks, entries: entries,
                                      rates: rates, baseline: nil, asOf: asOf)
        #expect(s.currency == "EUR")
        // Spent to Dec 4: 2320.00 (as AC above), 28h.
        #expect(s.spent == 232_000 && s.spentMinutes == 1680)
        // Committed: WEB-2 5h × 80 = 400.00 + WEB-3 8h × 100 = 800.00 → 1200.00, 13h.
        #expect(s.committed == 120_000 && s.committedMinutes == 780)
        // Forecast 2320 + 1200 = 3520.00; 4000 − 3520 = 480.00 left.
        #expect(s.forecastAtCompletion == 352_000 && s.forecastVariance == 48_000)
        #expect(s.members.map(\.member) == ["alice", "bob"])
        #expect(s.members[0].spent == 120_000 && s.members[0].committed == 80_000 && s.members[0].remainingMinutes == 480)
        #expect(s.members[1].spent == 112_000 && s.members[1].committed == 40_000 && s.members[1].spentMinutes == 960)
        #expect(s.money.ac == s.spent && s.hours.ac == Int64(s.spentMinutes))

        // Time on a task since removed (not among the tasks) is still spent, and still actual cost.
        let removed = TimeEntry(id: 9, task: Self.id(9), member: "alice", date: Self.day("2026-12-01"), minutes: 60)
        let withRemoved = BudgetSummary.compute(project: project, members: members, tasks: tasks, entries: entries + [removed],
                                                rates: rates, baseline: nil, asOf: asOf)
        #expect(withRemoved.spent == 242_000 && withRemoved.money.ac == 242_000)
    }
}
