import Foundation
import Testing
import PaceCore
@testable import PaceUI

/// What comes back from the run loop: the store's answer to a change, a (re)load, the
/// detail's history.
@Suite struct UpdateResultTests {
    // MARK: Applied

    @Test func anAppliedChangeClosesThePendingPromptSelectsTheTaskAndReloads() {
        var s = DemoFixture.state()
        s.pressKey(for: .quickAdd)
        s.type("Write the runbook")
        s.press(.enter)
        let outcome = ChangeOutcome(changeID: 7, summary: "added WEB-61 Write the runbook", task: web(61))
        #expect(s.send(.applied(outcome)) == [.reload])
        #expect(s.prompt == nil)
        #expect(s.footer == FooterMessage("added WEB-61 Write the runbook"))
        #expect(s.selectedTask == web(61))
    }

    @Test func theReloadAfterAnAddPutsTheCursorOnTheNewTask() {
        var s = DemoFixture.state()
        s.send(.applied(ChangeOutcome(changeID: 7, summary: "added WEB-61", task: web(61))))
        var snapshot = DemoFixture.snapshot
        snapshot.tasks.append(ProjectTask(id: web(61), title: "Write the runbook", status: .todo, priority: .urgent,
                                          created: DemoFixture.now.instant))
        s.send(.loaded(snapshot))
        #expect(s.selectedTask == web(61))
        #expect(s.currentTask?.id == web(61))
        expectTaskCursorShown(s)
    }

    @Test func anAppliedChangeWithoutATaskKeepsTheSelection() {
        var s = DemoFixture.state()
        s.pressKey(for: .moveDown)
        #expect(s.send(.applied(ChangeOutcome(changeID: 8, summary: "undid: WEB-9 → done"))) == [.reload])
        #expect(s.selectedTask == web(35))
        #expect(s.footer == FooterMessage("undid: WEB-9 → done"))
    }

    @Test func anAppliedChangeLeavesAPromptThatIsNotWaitingAlone() {
        var s = DemoFixture.state()
        s.pressKey(for: .filter)
        s.type("@bo")
        s.send(.applied(ChangeOutcome(changeID: 9, summary: "edited WEB-3", task: web(3))))
        #expect(s.prompt?.input.text == "@bo", "a change from elsewhere does not close what is being typed")
    }

    // MARK: Failed

    @Test func aRefusedChangeShowsTheReasonInThePromptAndKeepsTheText() {
        var s = DemoFixture.state()
        s.selectTask(web(40))
        s.pressKey(for: .assign)
        for _ in "@bob" { s.press(.backspace) }
        s.type("@zoe")
        s.press(.enter)
        #expect(s.send(.failed("no member 'zoe'")) == [])
        #expect(s.prompt?.purpose == .assign(web(40)))
        #expect(s.prompt?.input.text == "@zoe")
        #expect(s.prompt?.error == "no member 'zoe'")
        #expect(s.prompt?.pending == false)
        #expect(s.footer == nil)
        // The user can fix it and send again.
        s.press(.backspace)
        #expect(s.prompt?.error == nil)
        s.type("e")
        #expect(s.press(.enter).count == 1)
    }

    @Test func aRefusedCommandLineKeepsItsText() {
        var s = DemoFixture.state()
        s.pressKey(for: .commandLine)
        s.type("start WEB-99")
        s.press(.enter)
        s.send(.failed("no task WEB-99"))
        #expect(s.prompt?.purpose == .commandLine)
        #expect(s.prompt?.input.text == "start WEB-99")
        #expect(s.prompt?.error == "no task WEB-99")
    }

    @Test func aRefusedChangeWithoutAPromptGoesToTheFooter() {
        var s = DemoFixture.state()
        s.pressKey(for: .markDone)
        #expect(s.send(.failed("WEB-15 is already done")) == [])
        #expect(s.footer == FooterMessage("WEB-15 is already done", isError: true))
        #expect(s.prompt == nil)
    }

    @Test func aFailureWhileAPromptIsBeingTypedGoesToTheFooter() {
        var s = DemoFixture.state()
        s.pressKey(for: .filter)
        s.type("@bo")
        s.send(.failed("database is locked"))
        #expect(s.prompt?.error == nil)
        #expect(s.prompt?.input.text == "@bo")
        #expect(s.footer == FooterMessage("database is locked", isError: true))
    }

    // MARK: Loading

    @Test func aFailedLoadIsShownAndTheNextLoadClearsIt() {
        var s = DemoFixture.state()
        #expect(s.send(.loadFailed("disk I/O error")) == [])
        #expect(s.loadError == "disk I/O error")
        #expect(s.taskRows.count == 54, "what was loaded stays on screen")
        #expect(s.send(.loaded(DemoFixture.snapshot)) == [])
        #expect(s.loadError == nil)
    }

    @Test func aReloadKeepsTheCursorOnTheTaskWhenItMovesToAnotherGroup() {
        var s = DemoFixture.state()
        s.selectTask(web(40)) // row 14, first of "todo"
        let moved = DemoFixture.snapshot.changing(web(40)) {
            $0.status = .inProgress
            $0.started = DemoFixture.now.instant
        }
        #expect(s.send(.loaded(moved)) == [])
        #expect(s.selectedTask == web(40))
        #expect(s.currentTask?.status == .inProgress)
        #expect(s.rowSummary.prefix(5) == ["blocked · 2", "WEB-15", "WEB-35", "in progress · 7", "WEB-40"])
        #expect(s.taskList.selected == 4)
        expectTaskCursorShown(s)
    }

    @Test func aReloadKeepsTheCursorOnTheTaskWhenRowsAboveItGo() {
        var s = DemoFixture.state()
        s.selectTask(web(13))
        var snapshot = DemoFixture.snapshot
        snapshot.tasks.removeAll { [web(15), web(35), web(10)].contains($0.id) }
        s.send(.loaded(snapshot))
        #expect(s.selectedTask == web(13))
        #expect(s.currentTask?.id == web(13))
    }

    @Test func whenTheSelectedTaskLeavesTheListTheCursorLandsOnANeighbouringTask() {
        var s = DemoFixture.state()
        s.selectTask(web(10))
        let done = DemoFixture.snapshot.changing(web(10)) { $0.status = .done }
        s.send(.loaded(done))
        #expect(!s.listedTasks.contains(web(10)))
        #expect(s.currentTask != nil)
        #expect(s.selectedTask == s.currentTask?.id)
        #expect(s.taskList.selected.map { s.taskRows[$0].isHeading } == false)
    }

    @Test func aReloadWithTheDetailOpenReloadsTheDetailToo() {
        var s = DemoFixture.state()
        s.pressKey(for: .openDetail)
        #expect(s.send(.loaded(DemoFixture.snapshot)) == [.loadDetail(web(15))])
    }

    @Test func whenTheOpenTaskIsRemovedElsewhereTheDetailSaysSoAndItsKeysAskForNothing() {
        var s = DemoFixture.state()
        s.pressKey(for: .openDetail)
        var snapshot = DemoFixture.snapshot
        snapshot.tasks.removeAll { $0.id == web(15) }
        #expect(s.send(.loaded(snapshot)) == [])
        #expect(s.detail?.task == web(15))
        #expect(DashboardView.render(s).text.contains("this task is no longer in the workspace"))
        #expect(s.pressKey(for: .markDone) == [])
        #expect(s.footer == FooterMessage("no task selected", isError: true))
    }

    // MARK: Detail loaded

    @Test func theDetailsHistoryArrivesForTheOpenTask() {
        var s = DemoFixture.state()
        s.pressKey(for: .openDetail)
        let entry = TimeEntry(id: 1, task: web(15), member: "bob", date: s.today - 1, minutes: 120, note: "spike")
        #expect(s.send(.detailLoaded(web(15), timeEntries: [entry], history: [])) == [])
        #expect(s.detail?.loaded == true)
        #expect(s.detail?.timeEntries == [entry])
    }

    @Test func aLateDetailForAnotherTaskIsDropped() {
        var s = DemoFixture.state()
        s.pressKey(for: .openDetail)
        s.send(.detailLoaded(web(35), timeEntries: [], history: []))
        #expect(s.detail == TaskDetail(task: web(15)))

        s.pressKey(for: .back)
        s.send(.detailLoaded(web(15), timeEntries: [], history: []))
        #expect(s.detail == nil, "a closed detail does not reopen")
    }
}
