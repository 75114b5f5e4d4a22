import Foundation
import Testing
@testable import PaceCore

/// What the budget view and the header's status are made of: the level of the forecast
/// against the budget, how CPI and SPI read, and the spend per week.
@Suite struct MoneyBudgetOverviewTests {
    static func day(_ s: String) -> Day { Day(iso: s)! }
    static func eur(_ units: Int64) -> Money { Money(minorUnits: units * 100, currency: "EUR") }

    func summary(budget: Money?, hours: Int? = nil, spent: Int64, committed: Int64, spentMinutes: Int = 0,
                 committedMinutes: Int = 0) -> BudgetSummary {
        let zero = EarnedValue(measure: .money, asOf: Self.day("2026-12-01"), bac: 0, pv: nil, ev: 0, ac: 0)
        return BudgetSummary(currency: "EUR", budget: budget, hoursBudgetMinutes: hours, spent: spent, spentMinutes: spentMinutes,
                             committed: committed, committedMinutes: committedMinutes, money: zero, hours: zero, members: [])
    }

    @Test func theLevelFollowsTheForecastShareOfTheBudget() throws {
        let budget = Self.eur(1_000)
        // 90 % exactly is still on track; above it is at risk; above 100 % is over.
        let onTrack = try #require(BudgetStatus(summary(budget: budget, spent: 40_000, committed: 50_000)))
        #expect(onTrack.level == .onTrack)
        #expect(onTrack.forecastShare == 0.9)
        #expect(onTrack.spentShare == 0.4)
        #expect(onTrack.measure == .money)
        #expect(BudgetStatus(summary(budget: budget, spent: 40_000, committed: 50_001))?.level == .atRisk)
        #expect(BudgetStatus(summary(budget: budget, spent: 40_000, committed: 60_000))?.level == .atRisk)
        let over = try #require(BudgetStatus(summary(budget: budget, spent: 70_000, committed: 30_001)))
        #expect(over.level == .over)
        #expect(over.level.rawValue == "over budget")
    }

    @Test func withoutAMoneyBudgetTheHoursBudgetIsUsed() throws {
        let s = try #require(BudgetStatus(summary(budget: nil, hours: 100 * 60, spent: 0, committed: 0, spentMinutes: 30 * 60,
                                                  committedMinutes: 80 * 60)))
        #expect(s.measure == .hours)
        #expect(s.forecastShare == 1.1)
        #expect(s.level == .over)
        #expect(BudgetStatus(summary(budget: nil, spent: 5, committed: 5)) == nil, "no budget of either kind")
        #expect(BudgetStatus(summary(budget: Self.eur(0), spent: 5, committed: 5)) == nil, "a zero budget is none")
    }

    @Test func indexRatings() {
        #expect(IndexRating(1.2) == .good)
        #expect(IndexRating(0.95) == .good)
        #expect(IndexRating(0.949) == .watch)
        #expect(IndexRating(0.85) == .watch)
        #expect(IndexRating(0.849) == .poor)
        #expect(IndexRating(0) == .poor)
    }

    /// bob at 60/h until Dec 2, 80/h from Dec 3 (a Thursday). Weeks start on Monday.
    @Test func weeklySpendPricesEachDayAndKeepsQuietWeeks() {
        let rates = RateHistory(periods: [RatePeriod(member: "bob", effectiveFrom: Self.day("2026-01-01"), rate: Self.eur(60)),
                                          RatePeriod(member: "bob", effectiveFrom: Self.day("2026-12-03"), rate: Self.eur(80))])
        let t = TaskID(projectKey: "WEB", number: 1)
        let entries = [
            TimeEntry(id: 1, task: t, member: "bob", date: Self.day("2026-11-17"), minutes: 60),  // week of Nov 16
            TimeEntry(id: 2, task: t, member: "bob", date: Self.day("2026-12-01"), minutes: 120), // week of Nov 30, at 60
            TimeEntry(id: 3, task: t, member: "bob", date: Self.day("2026-12-03"), minutes: 60),  // same week, at 80
            TimeEntry(id: 4, task: t, member: "bob", date: Self.day("2026-12-05"), minutes: 600), // after the day taken
        ]
        let weeks = BudgetOverview.weeklySpend(entries, rates: rates, from: Self.day("2026-11-18"), through: Self.day("2026-12-04"))
        #expect(weeks.map(\.weekStart.iso) == ["2026-11-16", "2026-11-23", "2026-11-30"])
        #expect(weeks.map(\.cost) == [6_000, 0, 20_000])
        #expect(weeks.map(\.minutes) == [60, 0, 180])
        #expect(BudgetOverview.weeklySpend(entries, rates: rates, from: Self.day("2026-12-10"), through: Self.day("2026-12-01")).isEmpty)
    }

    @Test func theOverviewStartsItsWeeksAtTheProjectStartAndNamesTheBaseline() {
        let project = Project(key: "WEB", name: "Portal", startDate: Self.day("2026-11-02"), budget: Self.eur(10_000))
        let alpha = Milestone(id: 1, projectKey: "WEB", name: "alpha", due: Self.day("2026-12-01"))
        let t1 = TaskID(projectKey: "WEB", number: 1), t2 = TaskID(projectKey: "WEB", number: 2)
        let created = Date(timeIntervalSince1970: 1_790_000_000)
        let snapshot = ProjectSnapshot(
            project: project, projects: [project], members: [Member(handle: "bob", name: "Bob", hourlyRate: Self.eur(100))],
            milestones: [alpha],
            tasks: [ProjectTask(id: t1, title: "api", status: .done, assignee: "bob", estimateMinutes: 600, milestoneID: 1, created: created),
                    ProjectTask(id: t2, title: "docs", status: .todo, assignee: "bob", estimateMinutes: 120, created: created)],
            token: 7)
        let baseline = Baseline(id: 1, projectKey: "WEB", name: "kickoff", created: created, createdBy: "alice", tasks: [
            BaselineTask(task: t1, milestoneID: 1, plannedStart: Self.day("2026-11-16"), plannedFinish: Self.day("2026-11-20"),
                         estimateMinutes: 600, plannedCost: Self.eur(1_000)),
        ])
        let ledger = ProjectLedger(entries: [TimeEntry(id: 1, task: t1, member: "bob", date: Self.day("2026-11-18"), minutes: 720)],
                                   rates: RateHistory(members: snapshot.members), baseline: baseline)
        let o = BudgetOverview.compute(snapshot, ledger: ledger, asOf: Self.day("2026-12-02"))
        #expect(o.weeks.first?.weekStart.iso == "2026-11-02")
        #expect(o.weeks.count == 5)
        #expect(o.weeks.map(\.cost) == [0, 0, 120_000, 0, 0])
        #expect(o.baselineName == "kickoff")
        #expect(o.baselineSaved == created)
        // Spent 1,200 (12h at 100), committed 200 (2h of docs): 1,400 of 10,000.
        #expect(o.status?.level == .onTrack)
        #expect(o.summary.forecastAtCompletion == 140_000)
        // alpha: the baselined task is done, 10h planned at 1,000, 12h spent at 1,200.
        #expect(o.milestones.map(\.milestone.name) == ["alpha"])
        #expect(o.milestones[0].money.ev == 100_000)
        #expect(o.milestones[0].money.ac == 120_000)
        #expect(o.milestones[0].money.pv == 100_000)
        #expect(o.milestones[0].hours.ac == 720)
    }

    @Test func ratesInAnotherCurrencyAreNamedNotConverted() {
        let usd = Money(minorUnits: 100_00, currency: "USD")
        let members = [Member(handle: "alice", name: "Alice", hourlyRate: Self.eur(100)),
                       Member(handle: "bob", name: "Bob", hourlyRate: usd)]
        // A past rate in GBP counts too: time logged then is priced in it.
        let rates = RateHistory(periods: [RatePeriod(member: "carol", effectiveFrom: Self.day("2026-01-01"),
                                                     rate: Money(minorUnits: 90_00, currency: "GBP")),
                                          RatePeriod(member: "carol", effectiveFrom: Self.day("2026-06-01"), rate: Self.eur(90))],
                                members: members)
        #expect(Costing.otherCurrencies(than: "EUR", members: members, rates: rates) == ["GBP", "USD"])
        let project = Project(key: "WEB", name: "Portal", budget: Self.eur(1_000))
        let s = BudgetSummary.compute(project: project, members: members, tasks: [], entries: [], rates: rates, baseline: nil,
                                      asOf: Self.day("2026-12-01"))
        #expect(s.currency == "EUR")
        #expect(s.otherCurrencies == ["GBP", "USD"])
        let single = BudgetSummary.compute(project: project, members: [members[0]], tasks: [], entries: [],
                                           rates: RateHistory(members: [members[0]]), baseline: nil, asOf: Self.day("2026-12-01"))
        #expect(single.otherCurrencies.isEmpty)
    }
}
