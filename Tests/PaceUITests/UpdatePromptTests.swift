import Testing
import PaceCore
@testable import PaceUI

/// The one-line prompt: while it is open every key edits it, Enter submits, Esc
/// cancels. A valid submission asks for one change and waits (`pending`) for the
/// store; a mistake keeps the prompt open with the text and an error naming what was
/// wrong, and asks for nothing. Today is Monday 2026-11-30, so `fri` is 2026-12-04.
@Suite struct UpdatePromptTests {
    let friday = Day(year: 2026, month: 12, day: 4)!

    // MARK: Editing

    @Test func typingAndBackspaceEditTheText() {
        var s = DemoFixture.state()
        s.pressKey(for: .quickAdd)
        s.type("Fix it")
        #expect(s.prompt?.input.text == "Fix it")
        #expect(s.press(.backspace) == [])
        #expect(s.prompt?.input.text == "Fix i")
        s.press(.left)
        s.press(.char("x"))
        #expect(s.prompt?.input.text == "Fix xi")
    }

    @Test func keysBoundToActionsAreTextWhileThePromptIsOpen() {
        var s = DemoFixture.state()
        s.pressKey(for: .quickAdd)
        s.type("jkq?/Bz:")
        #expect(s.prompt?.input.text == "jkq?/Bz:")
        #expect(s.selectedTask == web(15))
        #expect(s.screen == .dashboard)
        #expect(s.help == nil)
        #expect(!s.zoomed)
    }

    @Test(arguments: [Key.escape, .ctrl("c"), .ctrl("g")])
    func escCtrlCAndCtrlGCancelThePromptWithoutQuitting(key: Key) {
        var s = DemoFixture.state()
        s.pressKey(for: .quickAdd)
        s.type("half a thought")
        #expect(s.press(key) == [])
        #expect(s.prompt == nil)
        #expect(!s.quitting)
        #expect(s.selectedTask == web(15))
    }

    @Test func editingTheTextClearsTheLastError() {
        var s = DemoFixture.state()
        s.pressKey(for: .quickAdd)
        s.press(.enter)
        #expect(s.prompt?.error != nil)
        s.type("x")
        #expect(s.prompt?.error == nil)
    }

    @Test func aPendingPromptIgnoresKeysUntilTheStoreAnswers() {
        var s = DemoFixture.state()
        s.pressKey(for: .quickAdd)
        s.type("Write docs")
        s.press(.enter)
        #expect(s.prompt?.pending == true)
        #expect(s.press(.char("x")) == [])
        #expect(s.press(.enter) == [], "Enter again does not send the task twice")
        #expect(s.press(.escape) == [])
        #expect(s.prompt?.input.text == "Write docs")
        #expect(s.prompt?.pending == true)
    }

    // MARK: Quick add (a)

    @Test func quickAddSendsTheParsedTask() {
        var s = DemoFixture.state()
        s.pressKey(for: .quickAdd)
        s.type("Fix login timeout @alice !high due:fri est:4h #backend ^beta after:3")
        var draft = TaskDraft(title: "Fix login timeout")
        draft.assignee = "alice"
        draft.priority = .high
        draft.due = friday
        draft.estimateMinutes = 240
        draft.tags = ["backend"]
        draft.milestone = "beta"
        draft.dependencies = [web(3)]
        #expect(s.press(.enter) == [.apply(.addTask(projectKey: "WEB", draft))])
        #expect(s.prompt?.pending == true)
        #expect(s.prompt?.error == nil)
    }

    @Test func quickAddWithAMistypedPriorityNamesTheWordAndSendsNothing() throws {
        var s = DemoFixture.state()
        s.pressKey(for: .quickAdd)
        s.type("Fix login !hgih")
        #expect(s.press(.enter) == [])
        let prompt = try #require(s.prompt)
        #expect(prompt.purpose == .quickAdd)
        #expect(!prompt.pending)
        #expect(prompt.input.text == "Fix login !hgih")
        let error = try #require(prompt.error)
        #expect(error.contains("'!hgih'"), "\(error)")
        #expect(error.contains("high"), "suggests the priority meant: \(error)")
    }

    @Test func quickAddWithABareAtSignNamesItAndSendsNothing() throws {
        var s = DemoFixture.state()
        s.pressKey(for: .quickAdd)
        s.type("Email @ support")
        #expect(s.press(.enter) == [])
        let error = try #require(s.prompt?.error)
        #expect(error.contains("'@'"), "\(error)")
        #expect(s.prompt?.input.text == "Email @ support")
    }

    @Test func quickAddWithoutATitleIsAnError() throws {
        var s = DemoFixture.state()
        s.pressKey(for: .quickAdd)
        s.type("   ")
        #expect(s.press(.enter) == [])
        let error = try #require(s.prompt?.error)
        #expect(error.contains("needs a title"), "\(error)")
    }

    // MARK: Filter (/)

    @Test func filterShowsOnlyMatchingTasksAndSaysSo() {
        var s = DemoFixture.state()
        #expect(s.pressKey(for: .filter) == [])
        #expect(s.prompt == PromptState(.filter))
        s.type("@carol !high")
        #expect(s.press(.enter) == [])
        #expect(s.prompt == nil)
        #expect(s.filter.assignees == ["carol"])
        #expect(s.filter.priorities == [.high])
        #expect(s.rowSummary == ["review · 1", "WEB-9", "todo · 1", "WEB-13"])
        #expect(s.selectedTask == web(9))
        #expect(s.taskList.selected == 1)
        #expect(s.footer == FooterMessage("filter: \(s.filter.description)"))
        #expect(s.footer?.text.contains("@carol") == true)
    }

    @Test func theFilterPromptStartsWithTheActiveFilter() {
        var s = DemoFixture.state()
        s.pressKey(for: .filter)
        s.type("@carol")
        s.press(.enter)
        s.pressKey(for: .filter)
        #expect(s.prompt?.input.text == s.filter.description)
        #expect(s.prompt?.input.text.contains("@carol") == true)
    }

    @Test func aBadFilterKeepsThePromptAndTheListAsTheyWere() throws {
        var s = DemoFixture.state()
        s.pressKey(for: .filter)
        s.type("!hgih")
        #expect(s.press(.enter) == [])
        let error = try #require(s.prompt?.error)
        #expect(error.contains("'!hgih'"), "\(error)")
        #expect(s.filter == .openTasks)
        #expect(s.taskRows.count == 54)
    }

    @Test func anEmptyFilterClearsIt() {
        var s = DemoFixture.state()
        s.pressKey(for: .filter)
        s.type("@carol")
        s.press(.enter)
        s.pressKey(for: .filter)
        for _ in 0..<20 { s.press(.backspace) }
        #expect(s.press(.enter) == [])
        #expect(s.filter == .openTasks)
        #expect(s.taskRows.count == 54)
        #expect(s.footer == FooterMessage("filter cleared"))
    }

    @Test func aFilterMatchingNothingEmptiesTheList() {
        var s = DemoFixture.state()
        s.pressKey(for: .filter)
        s.type("no-such-words-anywhere")
        s.press(.enter)
        #expect(s.taskRows.isEmpty)
        #expect(s.taskList.selected == nil)
        #expect(s.currentTask == nil)
    }

    // MARK: Block (b)

    @Test func blockSendsTheReason() {
        var s = DemoFixture.state()
        s.selectTask(web(40))
        s.pressKey(for: .block)
        s.type("waiting for API keys")
        #expect(s.press(.enter) == [.apply(.setStatus(web(40), .blocked, reason: "waiting for API keys"))])
        #expect(s.prompt?.pending == true)
    }

    @Test func blockWithoutAReasonIsAnError() {
        var s = DemoFixture.state()
        s.selectTask(web(40))
        s.pressKey(for: .block)
        s.type("  ")
        #expect(s.press(.enter) == [])
        #expect(s.prompt?.error == "give a reason, e.g. waiting for API keys")
        #expect(s.prompt?.pending == false)
    }

    // MARK: Assign (A)

    @Test func assignSendsTheNewAssignee() {
        var s = DemoFixture.state()
        s.pressKey(for: .assign)
        for _ in 0..<4 { s.press(.backspace) }
        s.type("@Carol")
        var edit = TaskEdit()
        edit.assignee = .set("carol")
        #expect(s.press(.enter) == [.apply(.editTask(web(15), edit))])
        #expect(s.prompt?.pending == true)
    }

    @Test(arguments: ["none", "None", "-", ""])
    func assignNoneClearsTheAssignee(text: String) {
        var s = DemoFixture.state()
        s.pressKey(for: .assign)
        for _ in 0..<4 { s.press(.backspace) }
        s.type(text)
        var edit = TaskEdit()
        edit.assignee = .clear
        #expect(s.press(.enter) == [.apply(.editTask(web(15), edit))])
    }

    // MARK: Log time (l)

    @Test func logTimeSendsMinutesAndNoteForTheActorToday() {
        var s = DemoFixture.state()
        s.pressKey(for: .logTime)
        s.type("1h30m fixed the flaky test")
        #expect(s.press(.enter) == [.apply(.logTime(web(15), member: "alice", date: s.today, minutes: 90,
                                                     note: "fixed the flaky test"))])
        #expect(s.today == Day(year: 2026, month: 11, day: 30))
        #expect(s.prompt?.pending == true)
    }

    @Test func logTimeWithoutANoteSendsAnEmptyNote() {
        var s = DemoFixture.state()
        s.pressKey(for: .logTime)
        s.type("2h")
        #expect(s.press(.enter) == [.apply(.logTime(web(15), member: "alice", date: s.today, minutes: 120, note: ""))])
    }

    @Test func logTimeWithoutATimeIsAnError() {
        var s = DemoFixture.state()
        s.pressKey(for: .logTime)
        #expect(s.press(.enter) == [])
        #expect(s.prompt?.error == "give the time, e.g. 1h30m fixed the tests")
    }

    @Test func logTimeWithABadDurationIsAnError() throws {
        var s = DemoFixture.state()
        s.pressKey(for: .logTime)
        s.type("soon fixed it")
        #expect(s.press(.enter) == [])
        let error = try #require(s.prompt?.error)
        #expect(error.contains("soon"), "\(error)")
        #expect(s.prompt?.input.text == "soon fixed it")
    }

    // MARK: Edit (e)

    @Test func editDueSetsTheDate() {
        var edit = TaskEdit()
        edit.due = .set(friday)
        #expect(submitEdit("due fri") == [.apply(.editTask(web(15), edit))])
    }

    @Test func editEstimateSetsMinutes() {
        var edit = TaskEdit()
        edit.estimateMinutes = .set(240)
        #expect(submitEdit("est 4h") == [.apply(.editTask(web(15), edit))])
    }

    @Test func editPrioritySetsIt() {
        var edit = TaskEdit()
        edit.priority = .urgent
        #expect(submitEdit("prio urgent") == [.apply(.editTask(web(15), edit))])
    }

    @Test func editDueNoneClearsTheDate() {
        var edit = TaskEdit()
        edit.due = .clear
        #expect(submitEdit("due none") == [.apply(.editTask(web(15), edit))])
    }

    @Test(arguments: [
        ("colour red", "unknown field 'colour'"),
        ("due", "write a field and a value"),
        ("prio hgih", "unknown priority 'hgih'"),
        ("due someday", "someday"),
    ])
    func aBadEditIsAnErrorInThePrompt(text: String, message: String) throws {
        var s = DemoFixture.state()
        s.pressKey(for: .editField)
        s.type(text)
        #expect(s.press(.enter) == [])
        let error = try #require(s.prompt?.error)
        #expect(error.contains(message), "\(error)")
        #expect(s.prompt?.pending == false)
        #expect(s.prompt?.input.text == text)
    }

    /// Types `text` into WEB-15's edit prompt and submits it.
    func submitEdit(_ text: String) -> [Effect] {
        var s = DemoFixture.state()
        s.pressKey(for: .editField)
        s.type(text)
        let effects = s.press(.enter)
        #expect(s.prompt?.pending == true)
        return effects
    }

    // MARK: Command line (:)

    @Test func theCommandLineHandsItsTextToTheExecutable() {
        var s = DemoFixture.state()
        s.pressKey(for: .commandLine)
        s.type(" start WEB-40 ")
        #expect(s.press(.enter) == [.runCommandLine("start WEB-40")])
        #expect(s.prompt?.pending == true)
    }

    @Test func anEmptyCommandLineJustCloses() {
        var s = DemoFixture.state()
        s.pressKey(for: .commandLine)
        #expect(s.press(.enter) == [])
        #expect(s.prompt == nil)
    }
}
