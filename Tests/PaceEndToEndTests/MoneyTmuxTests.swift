import Foundation
import Testing

/// The budget and burndown views in a real terminal, over the demo workspace, kept live
/// while another process logs time.
@Suite(.enabled(if: Tmux.isAvailable, "needs tmux (apt-get install tmux); .ci/run installs it"))
struct MoneyTmuxTests {
    @Test func budgetViewShowsTheFiguresAndFollowsNewTime() throws {
        let pace = try PaceRunner.demo()
        defer { pace.cleanUp() }
        let tmux = try Tmux(command: pace.shellCommand(["--data-dir", pace.dataDir.path]), width: 110, height: 32)
        defer { tmux.kill() }
        try tmux.waitUntil("the dashboard with its budget status") { $0.showsDashboard && $0.contains("budget 91% at risk") }

        try tmux.press("$")
        try tmux.waitFor("Budget · WEB", "baseline kickoff")
        let screen = try tmux.capture()
        #expect(screen.contains("Spent      17,047.50 EUR  30%"))
        #expect(screen.contains("Forecast   51,085.00 EUR  91% at risk"))
        #expect(screen.contains("CPI  cost performance"))
        #expect(screen.contains("Spent per week"))
        #expect(screen.lines.contains { $0.contains("@bob") && $0.contains("6,127.50 EUR") })

        // Time logged elsewhere is spent here within a second or so: 10h of bob at 95/h.
        let log = try pace.run("log", "WEB-12", "10h", "--member", "bob")
        #expect(log.status == 0, "\(log.stderr)")
        try tmux.waitUntil("bob's new time in the budget") { screen in
            screen.contains("Spent      17,997.50 EUR") && screen.lines.contains { $0.contains("@bob") && $0.contains("7,077.50 EUR") }
        }

        try tmux.press("Escape")
        try tmux.waitUntil("the dashboard again") { $0.showsDashboard && !$0.contains("Budget · WEB") }
    }

    @Test func burndownChartsAMilestoneAndSwitchesWithJAndK() throws {
        let pace = try PaceRunner.demo()
        defer { pace.cleanUp() }
        let tmux = try Tmux(command: pace.shellCommand(["--data-dir", pace.dataDir.path]), width: 110, height: 32)
        defer { tmux.kill() }
        try tmux.waitUntil("the dashboard") { $0.showsDashboard }

        try tmux.press("W")
        try tmux.waitFor("Burndown · beta", "scope 325h", "↑due Dec 12", "↑today")
        #expect(try tmux.capture().contains("█ remaining  ░ done  · ideal  │ today  + scope added"))
        try tmux.press("k")
        try tmux.waitFor("Burndown · alpha", "scope 121h · done 113h · remaining 8h")
        try tmux.press("g")
        try tmux.waitFor("Burndown · whole project")
        try tmux.press("W")
        try tmux.waitUntil("the dashboard again") { $0.showsDashboard && !$0.contains("Burndown") }
    }
}
