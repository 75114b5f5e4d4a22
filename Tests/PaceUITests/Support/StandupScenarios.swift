import PaceCore
@testable import PaceUI

/// The standup screens the snapshot tests draw (and `printScenarios` prints).
enum StandupScenarios {
    static func all() -> [(String, Canvas)] {
        var out: [(String, Canvas)] = []
        let notes = [StandupFixture.note(.blocker, "carrier API keys", task: web(15), unblocker: "dave"),
                     StandupFixture.note(.today, "finish the detail API")]
        for (w, h) in [(80, 24), (160, 48)] {
            out.append(("speaker \(w)x\(h)", DashboardView.render(StandupFixture.state(StandupFixture.session(notes: notes), width: w, height: h))))
        }
        out.append(("speaker last seconds 80x24", DashboardView.render(StandupFixture.state(StandupFixture.session(elapsed: 100)))))
        out.append(("speaker overrun 80x24", DashboardView.render(StandupFixture.state(StandupFixture.session(elapsed: 127)))))
        out.append(("speaker paused 80x24", DashboardView.render(StandupFixture.state(StandupFixture.session(elapsed: 48, pausedFor: 10)))))
        out.append(("viewer 80x24", DashboardView.render(StandupFixture.viewerState())))
        out.append(("banner 80x24", DashboardView.render(StandupFixture.state(actor: "carol"))))
        out.append(("banner 160x48", DashboardView.render(StandupFixture.state(actor: "carol", width: 160, height: 48))))
        for (w, h) in [(80, 24), (160, 48)] {
            var s = StandupFixture.state(StandupFixture.session(notes: notes), width: w, height: h)
            s.send(.applied(ChangeOutcome(changeID: 1, summary: "WEB-12 → done", task: web(12))))
            s.pressKey(for: .quit)
            s.send(.applied(ChangeOutcome(changeID: 2, summary: "standup ended")))
            s.send(.loaded(StandupFixture.snapshot(nil)))
            s.send(.activityLoaded(DemoFixture.loaded.standupActivity + StandupFixture.movedDuringTheMeeting))
            out.append(("summary \(w)x\(h)", DashboardView.render(s)))
        }
        return out
    }
}
