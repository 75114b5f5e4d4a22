import PaceCore
@testable import PaceUI

/// The dashboard states the snapshot tests draw.
enum DashboardScenarios {
    static func send(_ s: inout AppState, _ keys: Key...) {
        for k in keys { _ = Update.update(&s, .key(k)) }
    }

    static func all() -> [(String, Canvas)] {
        var out: [(String, Canvas)] = []
        out.append(("dashboard 80x24", DashboardView.render(DemoFixture.state(width: 80, height: 24))))
        out.append(("dashboard 160x48", DashboardView.render(DemoFixture.state(width: 160, height: 48))))
        var s = DemoFixture.state(width: 80, height: 24)
        send(&s, .char("z"))
        out.append(("tasks zoomed 80x24", DashboardView.render(s)))
        s = DemoFixture.state(width: 80, height: 24)
        send(&s, .char("2"), .char("z"))
        out.append(("deadlines zoomed 80x24", DashboardView.render(s)))
        s = DemoFixture.state(width: 80, height: 24)
        send(&s, .char("3"), .char("z"))
        out.append(("load zoomed 80x24", DashboardView.render(s)))
        s = DemoFixture.state(width: 160, height: 48)
        send(&s, .char("B"))
        out.append(("board 160x48", DashboardView.render(s)))
        s = DemoFixture.state(width: 80, height: 24)
        send(&s, .char("j"), .enter)
        _ = Update.update(&s, DemoFixture.detailLoaded(TaskID(projectKey: "WEB", number: 35)))
        out.append(("detail 80x24", DashboardView.render(s)))
        s = DemoFixture.state(width: 80, height: 24)
        send(&s, .char("?"))
        out.append(("help 80x24", DashboardView.render(s)))
        s = DemoFixture.state(width: 80, height: 24)
        send(&s, .char("a"), .char("F"), .char("i"), .char("x"), .char(" "), .char("!"), .char("x"), .enter)
        out.append(("quick-add error 80x24", DashboardView.render(s)))
        s = DemoFixture.state(width: 30, height: 10)
        out.append(("too small 30x10", DashboardView.render(s)))
        s = DemoFixture.state(width: 80, height: 24, readOnly: true)
        send(&s, .char("d"))
        out.append(("watch 80x24 after d", DashboardView.render(s)))
        out.append(("forecast dashboard 160x48", DashboardView.render(DemoFixture.forecastState(width: 160, height: 48))))
        s = DemoFixture.forecastState(width: 120, height: 30)
        send(&s, .char("T"))
        out.append(("timeline by member 120x30", DashboardView.render(s)))
        s = DemoFixture.forecastState(width: 120, height: 30)
        send(&s, .char("T"), .char("o"), .char("-"))
        out.append(("timeline by milestone, weeks 120x30", DashboardView.render(s)))
        s = DemoFixture.state(width: 110, height: 32)
        send(&s, .char("$"))
        out.append(("budget 110x32", DashboardView.render(s)))
        s = DemoFixture.state(width: 80, height: 24)
        send(&s, .char("$"))
        out.append(("budget 80x24", DashboardView.render(s)))
        s = DemoFixture.state(width: 110, height: 32)
        openBurndown(&s)
        out.append(("burndown beta 110x32", DashboardView.render(s)))
        s = DemoFixture.state(width: 110, height: 32)
        openBurndown(&s, moves: [.char("k"), .char("k")])
        out.append(("burndown project 110x32", DashboardView.render(s)))
        s = DemoFixture.state(width: 60, height: 20)
        s.glyphs = .ascii
        openBurndown(&s, moves: [.char("k")])
        out.append(("burndown alpha ascii 60x20", DashboardView.render(s)))
        return out
    }

    /// Presses W (and then `moves`), delivering each burndown the view asks for as the
    /// runner's job would.
    static func openBurndown(_ s: inout AppState, moves: [Key] = []) {
        for key in [Key.char("W")] + moves {
            for effect in Update.update(&s, .key(key)) {
                guard case .loadBurndown(let r) = effect else { continue }
                _ = Update.update(&s, .burndownReady(r, days: DemoFixture.burndownDays(milestone: r.milestoneID, from: r.from, through: r.through),
                                                     error: nil))
            }
        }
    }
}
