import Foundation
import PaceCore
import Testing
@testable import PaceUI

/// The forecast in the dashboard: results arriving from the background, the timeline
/// view's keys, and what-if previews in the assign and capacity prompts.
@Suite struct UpdateForecastTests {
    @Test func aForecastArrivingFillsDeadlinesAndLoad() {
        var s = DemoFixture.state()
        #expect(s.forecast == nil)
        #expect(s.deadlines.allSatisfy { $0.forecast == nil })
        s.send(.forecastReady(token: DemoFixture.snapshot.token, schedule: DemoFixture.schedule, error: nil))
        #expect(s.forecast != nil)
        let beta = s.deadlines.first { $0.title == "beta" }
        #expect(beta?.forecast == DemoFixture.schedule.milestones.first { $0.milestone.name == "beta" }?.forecastDay)
        #expect(beta?.forecastStatus == .late)
        // The forecast books within capacity; the naive load still shows the overload.
        #expect(s.load?.rows.allSatisfy { $0.weeks.allSatisfy { !$0.isOver } } == true)
        #expect(s.naiveLoad?.overloadedThisWeek == ["bob", "carol", "dave"])
        #expect(s.overruns["bob"]?.isOverbooked == true)
    }

    @Test func anOlderForecastNeverReplacesANewerOne() {
        var s = DemoFixture.forecastState()
        let current = s.forecastToken
        s.send(.forecastReady(token: current - 1, schedule: nil, error: "stale"))
        #expect(s.forecastToken == current && s.forecastError == nil && s.forecast != nil)
        s.send(.forecastReady(token: current + 1, schedule: nil, error: "dependency cycle: WEB-1 → WEB-2 → WEB-1"))
        // The error is shown, and the last good forecast stays on screen.
        #expect(s.forecastError == "dependency cycle: WEB-1 → WEB-2 → WEB-1")
        #expect(s.forecast != nil)
    }

    @Test func timelineOpensOnTheSelectedTaskAndMovesThroughItsRows() {
        var s = DemoFixture.forecastState(width: 120, height: 30)
        s.selectTask(web(33))
        #expect(s.pressKey(for: .timeline) == [])
        #expect(s.screen == .timeline)
        #expect(s.currentTask?.id == web(33))
        #expect(s.timelineRows.first == .heading("@alice"))
        #expect(s.timelineRows.filter(\.isHeading).count == 7)  // six members and the unassigned lane
        let before = s.timeline.list.selected
        s.pressKey(for: .moveDown)
        #expect(s.timeline.list.selected != before)
        #expect(s.selectedTask == s.currentTask?.id)
        // Enter opens the task under the cursor.
        let id = s.currentTask!.id
        #expect(s.pressKey(for: .openDetail) == [.loadDetail(id)])
        s.pressKey(for: .back)
        #expect(s.detail == nil && s.screen == .timeline)
        s.pressKey(for: .back)
        #expect(s.screen == .dashboard)
    }

    @Test func timelineScrollsZoomsAndRegroups() {
        var s = DemoFixture.forecastState(width: 120, height: 30)
        s.pressKey(for: .timeline)
        s.press(.char("l"))
        #expect(s.timeline.offsetDays == 7)
        s.press(.left)
        s.press(.char("h"))
        #expect(s.timeline.offsetDays == -7)
        s.pressKey(for: .zoomOut)
        #expect(s.timeline.scale == .week)
        s.press(.right)
        #expect(s.timeline.offsetDays == 21)
        s.pressKey(for: .zoomIn)
        #expect(s.timeline.scale == .day)
        let task = s.currentTask?.id
        s.pressKey(for: .toggleGrouping)
        #expect(s.timeline.grouping == .milestone)
        #expect(s.timelineRows.first == .heading("alpha · due Nov 25"))
        #expect(s.currentTask?.id == task, "the cursor stays on its task across regrouping")
        #expect(s.grouping == .status, "the tasks pane's grouping is untouched")
    }

    @Test func timelineWithoutAForecastSaysSo() {
        var s = DemoFixture.state(width: 120, height: 30)
        s.pressKey(for: .timeline)
        #expect(s.screen == .timeline && s.timelineRows.isEmpty)
        #expect(s.footer == FooterMessage("forecasting…"))
        #expect(DashboardView.render(s).text.contains("forecasting…"))
    }

    @Test func assigningPreviewsTheForecastBeforeItIsConfirmed() {
        var s = DemoFixture.forecastState()
        s.selectTask(web(40))
        s.pressKey(for: .assign)
        s.press(.ctrl("u"))
        s.type("@car")
        // Not a member yet: nothing to preview.
        #expect(s.prompt?.preview == nil)
        var e = TaskEdit()
        e.assignee = .set("carol")
        #expect(s.press(.char("o")) == [])  // "@caro" is no member either
        #expect(s.press(.char("l")) == [.whatIf(key: "@carol", .editTask(web(40), e))])
        let shift = MilestoneShift(milestone: "beta", before: Day(iso: "2026-12-16"), after: Day(iso: "2026-12-15"),
                                   statusBefore: .late, statusAfter: .late)
        s.send(.whatIfReady(key: "@caro", shifts: [shift]))
        #expect(s.prompt?.preview == nil, "a preview for other text is ignored")
        s.send(.whatIfReady(key: "@carol", shifts: [shift]))
        #expect(s.prompt?.preview == [shift])
        #expect(DashboardView.render(s).text.contains("forecast: beta Dec 16 → Dec 15 (late)"))
        // Confirming sends the change itself.
        #expect(s.press(.enter) == [.apply(.editTask(web(40), e))])
    }

    @Test func changingCapacityPreviewsTheForecast() {
        var s = DemoFixture.forecastState()
        s.pressKey(for: .focusPane3)
        s.pressKey(for: .moveDown)  // @bob
        s.pressKey(for: .editField)
        #expect(s.prompt?.purpose == .capacity("bob"))
        s.press(.ctrl("u"))
        var e = MemberEdit()
        e.weeklyCapacityMinutes = 20 * 60
        s.type("20")
        #expect(s.prompt?.input.text == "20")
        // Each edit that parses asks for a preview; the last one is for "20h".
        #expect(s.press(.char("h")) == [.whatIf(key: "20h", .editMember(handle: "bob", e))])
    }

    @Test func noPreviewWithoutAForecast() {
        var s = DemoFixture.state()
        s.selectTask(web(40))
        s.pressKey(for: .assign)
        s.press(.ctrl("u"))
        s.type("@caro")
        #expect(s.press(.char("l")) == [])
    }

    /// The what-if machinery itself: the change is applied in memory only, and a real
    /// reassignment moves the beta forecast.
    @Test func whatIfAppliesInMemoryAndShiftsMilestones() throws {
        let snapshot = DemoFixture.snapshot
        var e = TaskEdit()
        e.assignee = .set("dave")
        let changed = try #require(WhatIf.apply(.editTask(web(33), e), to: snapshot))
        #expect(changed.task(web(33))?.assignee == "dave")
        #expect(snapshot.task(web(33))?.assignee == "bob")
        var nobody = TaskEdit()
        nobody.assignee = .set("zed")
        #expect(WhatIf.apply(.editTask(web(33), nobody), to: snapshot) == nil)
        #expect(WhatIf.apply(.undo, to: snapshot) == nil)
        let after = try Scheduler.schedule(.forProject(changed, now: DemoFixture.now))
        let shifts = MilestoneShift.between(DemoFixture.schedule, after)
        #expect(!shifts.isEmpty)
        #expect(shifts.allSatisfy { $0.before != $0.after || $0.statusBefore != $0.statusAfter })
    }
}
