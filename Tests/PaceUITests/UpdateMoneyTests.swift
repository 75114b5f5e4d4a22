import Foundation
import Testing
import PaceCore
@testable import PaceUI

/// The budget view (`$`) and the burndown view (`W`): opening and closing them, their
/// cursors, and the background results they wait for.
@Suite struct UpdateMoneyTests {
    // MARK: Budget ($)

    @Test func dollarOpensTheBudgetAndClosesIt() {
        var s = DemoFixture.state()
        #expect(s.pressKey(for: .budget) == [])
        #expect(s.screen == .budget)
        #expect(s.pressKey(for: .budget) == [])
        #expect(s.screen == .dashboard)
        s.pressKey(for: .budget)
        s.pressKey(for: .back)
        #expect(s.screen == .dashboard, "Esc goes back too")
    }

    @Test func beforeTheFiguresArriveTheFooterSaysSo() {
        var s = AppState(now: DemoFixture.now, readOnly: false, workspaceName: "demo", width: 80, height: 24, theme: DemoFixture.defaultTheme)
        s.send(.loaded(DemoFixture.snapshot))
        s.pressKey(for: .budget)
        #expect(s.footer == FooterMessage("working out the budget…"))
        #expect(DashboardView.render(s).text.contains("working out the budget…"))
        s.send(DemoFixture.budgetReady)
        #expect(DashboardView.render(s).text.contains("56,000.00 EUR"))
    }

    @Test func aFailedComputationShowsItsError() {
        var s = AppState(now: DemoFixture.now, readOnly: false, workspaceName: "demo", width: 80, height: 24, theme: DemoFixture.defaultTheme)
        s.send(.loaded(DemoFixture.snapshot))
        s.send(.budgetReady(token: DemoFixture.snapshot.token, overview: nil, error: "database is locked"))
        s.pressKey(for: .budget)
        #expect(s.footer == FooterMessage("database is locked", isError: true))
        #expect(DashboardView.render(s).text.contains("budget …"), "the header has no figures to show")
    }

    @Test func anOlderResultNeverReplacesANewerOne() {
        var s = DemoFixture.state()
        var newer = DemoFixture.budget
        newer.summary.spent = 1
        s.send(.budgetReady(token: DemoFixture.snapshot.token + 1, overview: newer, error: nil))
        s.send(DemoFixture.budgetReady)
        #expect(s.budget?.summary.spent == 1)
        #expect(s.budgetToken == DemoFixture.snapshot.token + 1)
        // The same change again is the same data as of a new day: it is taken.
        newer.summary.spent = 2
        s.send(.budgetReady(token: DemoFixture.snapshot.token + 1, overview: newer, error: nil))
        #expect(s.budget?.summary.spent == 2)
    }

    @Test func jAndKMoveOverTheMembersAndEnterListsTheirOpenTasks() {
        var s = DemoFixture.state(width: 110, height: 32)
        s.pressKey(for: .budget)
        #expect(s.budgetList.selected == 0)
        s.pressKey(for: .moveDown)
        s.pressKey(for: .moveDown)
        #expect(s.budgetList.selected == 2)
        #expect(s.pressKey(for: .bottom) == [])
        #expect(s.budgetList.selected == 5, "six members")
        s.pressKey(for: .moveUp)
        #expect(s.budget?.summary.members[s.budgetList.selected!].member == "erin")
        #expect(s.pressKey(for: .openDetail) == [])
        #expect(s.screen == .dashboard)
        #expect(s.filter.assignees == ["erin"])
        #expect(s.listedTasks.allSatisfy { s.snapshot?.task($0)?.assignee == "erin" })
        #expect(s.footer?.text.contains("@erin") == true)
    }

    @Test func theMemberCursorPagesByTheRowsShown() {
        var s = DemoFixture.state(width: 80, height: 24)
        s.pressKey(for: .budget)
        let rows = BudgetView.memberRows(Layout(s).body, state: s)
        #expect(rows == 4, "the 80×24 table shows four members")
        s.pressKey(for: .pageDown)
        #expect(s.budgetList.selected == 4)
        #expect(DashboardView.render(s).text.contains("@erin"), "the table scrolls to the cursor")
    }

    @Test func onASmallTerminalTheWeeklyBurnGivesWayToTheMembers() {
        var s = DemoFixture.state(width: 60, height: 20)
        s.pressKey(for: .budget)
        let small = DashboardView.render(s).text
        #expect(!small.contains("Spent per week"))
        #expect(small.contains("@alice") && small.contains("@carol"), "three members shown")
        #expect(BudgetView.memberRows(Layout(s).body, state: s) == 3)
        var t = DemoFixture.state(width: 60, height: 24)
        t.pressKey(for: .budget)
        let taller = DashboardView.render(t).text
        #expect(taller.contains("Spent per week ▁▁▅█▁"), "the sparkline comes before its figures")
        #expect(!taller.contains("average"), "no room for the figures at 60 columns")
    }

    @Test func theHeaderShowsTheBudgetLevelAndCPI() {
        let s = DemoFixture.state(width: 120, height: 30)
        let header = DashboardView.render(s).text.split(separator: "\n")[1]
        #expect(header.contains("budget 91% at risk"))
        #expect(header.contains("CPI 0.96"))
    }

    @Test func aProjectWithoutABudgetSaysSoInTheHeader() {
        var s = DemoFixture.state(width: 120, height: 30)
        var o = DemoFixture.budget
        o.summary.budget = nil
        o.summary.hoursBudgetMinutes = nil
        #expect(o.status == nil)
        s.send(.budgetReady(token: DemoFixture.snapshot.token, overview: o, error: nil))
        #expect(DashboardView.render(s).text.split(separator: "\n")[1].contains("no budget"))
        s.pressKey(for: .budget)
        #expect(DashboardView.render(s).text.contains("no budget set"))
    }

    @Test func anOverrunShowsHowMuchOver() {
        var s = DemoFixture.state(width: 120, height: 30)
        var o = DemoFixture.budget
        o.summary.budget = Money(minorUnits: 40_000_00, currency: "EUR")
        s.send(.budgetReady(token: DemoFixture.snapshot.token, overview: o, error: nil))
        s.pressKey(for: .budget)
        let text = DashboardView.render(s).text
        #expect(text.contains("budget 128% over budget"))
        #expect(text.contains("Over by    11,085.00 EUR"))
    }

    @Test func ratesInAnotherCurrencyAreWarnedOfAtTheBottom() {
        var s = DemoFixture.state(width: 110, height: 32)
        var o = DemoFixture.budget
        o.summary.otherCurrencies = ["USD"]
        s.send(.budgetReady(token: DemoFixture.snapshot.token, overview: o, error: nil))
        s.pressKey(for: .budget)
        let lines = DashboardView.render(s).text.split(separator: "\n")
        #expect(lines[lines.count - 3].contains("⚠ rates in USD are counted as EUR: Paceline does not convert currencies"))
        #expect(lines.contains { $0.contains("launch") }, "the milestones still fit")
    }

    // MARK: Burndown (W)

    func request(_ s: AppState, milestone: Int64?) -> BurndownRequest {
        BurndownRequest(projectKey: "WEB", milestoneID: milestone, from: DemoFixture.now.today - 28, through: DemoFixture.now.today,
                        token: s.snapshot!.token)
    }

    @Test func wChartsTheMilestoneSelectedInTheDeadlines() {
        var s = DemoFixture.state()
        s.pressKey(for: .focusPane2)
        #expect(s.deadlines[0].title == "alpha")
        #expect(s.pressKey(for: .burndown) == [.loadBurndown(request(s, milestone: 1))])
        #expect(s.burndownMilestone?.name == "alpha")
        #expect(DashboardView.render(s).text.contains("replaying the activity log…"))
    }

    @Test func wWithoutAMilestoneAtHandChartsTheNextOneDue() {
        var t = DemoFixture.state()
        t.pressKey(for: .focusPane3)  // the team load: no task, no milestone
        t.pressKey(for: .burndown)
        #expect(t.burndownMilestone?.name == "beta", "alpha is past its due date; beta is next")
    }

    @Test func jAndKChooseAnotherMilestoneAndTheFirstRowIsTheProject() {
        var s = DemoFixture.state()
        s.pressKey(for: .focusPane2)
        s.pressKey(for: .burndown)
        #expect(s.pressKey(for: .moveDown) == [.loadBurndown(request(s, milestone: 2))])
        #expect(s.pressKey(for: .top) == [.loadBurndown(request(s, milestone: nil))])
        #expect(s.burndownMilestone == nil)
        #expect(s.pressKey(for: .moveUp) == [], "already on the first row: nothing new to load")
        #expect(s.pressKey(for: .bottom) == [.loadBurndown(request(s, milestone: 3))])
    }

    @Test func aReplyForAnotherMilestoneIsNotShown() {
        var s = DemoFixture.state()
        s.pressKey(for: .focusPane2)
        s.pressKey(for: .burndown)
        let alpha = request(s, milestone: 1)
        s.pressKey(for: .moveDown)
        s.send(.burndownReady(alpha, days: [], error: nil))
        #expect(s.burndown.days == nil, "beta is on screen now")
        let beta = request(s, milestone: 2)
        s.send(.burndownReady(beta, days: DemoFixture.burndownDays(milestone: 2, from: beta.from, through: beta.through), error: nil))
        #expect(s.burndown.days?.last?.scopeMinutes == 325 * 60)
    }

    @Test func aChangeOnDiskReplaysTheChartOnScreen() {
        var s = DemoFixture.state()
        s.pressKey(for: .burndown)
        var snapshot = DemoFixture.snapshot
        #expect(s.send(.loaded(snapshot)).isEmpty, "the same change: nothing to replay")
        snapshot.token += 1
        let effects = s.send(.loaded(snapshot))
        #expect(effects == [.loadBurndown(BurndownRequest(projectKey: "WEB", milestoneID: 2, from: DemoFixture.now.today - 28,
                                                          through: DemoFixture.now.today, token: snapshot.token))])
        s.pressKey(for: .back)
        snapshot.token += 1
        #expect(s.send(.loaded(snapshot)).isEmpty, "off the burndown nothing is replayed")
    }

    @Test func anErrorReplayingIsShownInTheChart() {
        var s = DemoFixture.state()
        let effects = s.pressKey(for: .burndown)
        guard case .loadBurndown(let r)? = effects.first else {
            Issue.record("W should ask for the burndown")
            return
        }
        s.send(.burndownReady(r, days: nil, error: "disk I/O error"))
        #expect(DashboardView.render(s).text.contains("disk I/O error"))
    }

    @Test func enterListsTheChartedMilestonesOpenTasks() {
        var s = DemoFixture.state()
        s.pressKey(for: .burndown)
        #expect(s.pressKey(for: .openDetail) == [])
        #expect(s.screen == .dashboard)
        #expect(s.filter.milestones == ["beta"])
    }

    @Test func theBurndownAndBudgetKeysSwitchBetweenTheTwo() {
        var s = DemoFixture.state()
        s.pressKey(for: .burndown)
        s.pressKey(for: .budget)
        #expect(s.screen == .budget)
        s.pressKey(for: .burndown)
        #expect(s.screen == .burndown)
        s.pressKey(for: .burndown)
        #expect(s.screen == .dashboard)
    }

    @Test func everySizeDrawsWithoutCrashing() {
        for (w, h) in [(40, 12), (41, 13), (55, 15), (80, 24), (91, 20), (92, 40), (200, 60)] {
            var s = DemoFixture.state(width: w, height: h)
            s.pressKey(for: .budget)
            _ = DashboardView.render(s)
            s.pressKey(for: .burndown)
            if let r = s.burndown.requested {
                s.send(.burndownReady(r, days: DemoFixture.burndownDays(milestone: r.milestoneID, from: r.from, through: r.through), error: nil))
            }
            _ = DashboardView.render(s)
            for _ in 0..<4 {
                s.pressKey(for: .moveDown)
                if let r = s.burndown.requested {
                    s.send(.burndownReady(r, days: DemoFixture.burndownDays(milestone: r.milestoneID, from: r.from, through: r.through), error: nil))
                }
                _ = DashboardView.render(s)
            }
        }
    }
}
