import Testing
import PaceCore
@testable import PaceUI

/// `WEB-n`: the demo workspace's task IDs.
func web(_ n: Int) -> TaskID { TaskID(projectKey: "WEB", number: n) }

/// Helpers for the `Update*Tests`: they drive an `AppState` the way the run loop does,
/// one message at a time, pressing the keys `Keymap.default` binds.
extension AppState {
    /// Sends one message through `update` and returns the effects it asks for.
    @discardableResult
    mutating func send(_ message: Message) -> [Effect] {
        Update.update(&self, message)
    }

    @discardableResult
    mutating func press(_ key: Key) -> [Effect] {
        send(.key(key))
    }

    /// Presses the first key `Keymap.default` binds to `action`, so the tests follow
    /// the table users see in `?` rather than keys copied into each test.
    @discardableResult
    mutating func pressKey(for action: Action) -> [Effect] {
        press(Keymap.default.keys(for: action)[0])
    }

    /// Types into the open prompt, one key per character.
    mutating func type(_ text: String) {
        for character in text { press(.char(character)) }
    }

    /// Moves the task cursor with j or k until it is on `id`.
    mutating func selectTask(_ id: TaskID, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let target = taskRows.firstIndex(of: .task(snapshot!.task(id)!)) else {
            Issue.record("\(id) is not in the task list", sourceLocation: sourceLocation)
            return
        }
        for _ in taskRows.indices where selectedTask != id {
            pressKey(for: (taskList.selected ?? 0) < target ? .moveDown : .moveUp)
        }
        #expect(selectedTask == id, sourceLocation: sourceLocation)
        #expect(currentTask?.id == id, sourceLocation: sourceLocation)
    }

    /// The task rows as short text: `"todo · 17"` for a heading, `"WEB-40"` for a task.
    var rowSummary: [String] {
        taskRows.map { row in
            switch row {
            case .heading(let label, let count): "\(label) · \(count)"
            case .task(let t): t.id.description
            }
        }
    }

    /// The IDs of the task rows, headings left out.
    var listedTasks: [TaskID] {
        taskRows.compactMap { if case .task(let t) = $0 { t.id } else { nil } }
    }

    /// The rows of the task list the tasks pane shows at this size and scroll offset.
    var shownTaskRows: Range<Int> {
        taskList.visibleRange(visibleRows: Layout(self).visibleRows(.tasks))
    }
}

/// Checks that the task cursor is on a row the tasks pane shows (the scroll offset in
/// the state is also what a mouse click is measured from).
func expectTaskCursorShown(_ s: AppState, _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
    guard let selected = s.taskList.selected else { return }
    #expect(s.shownTaskRows.contains(selected), "row \(selected) is not in the shown rows \(s.shownTaskRows) \(comment.map { "— \($0)" } ?? "")",
            sourceLocation: sourceLocation)
}

extension ProjectSnapshot {
    /// This snapshot with one task changed, as a reload after someone's edit delivers it.
    func changing(_ id: TaskID, _ change: (inout ProjectTask) -> Void) -> ProjectSnapshot {
        var copy = self
        let i = copy.tasks.firstIndex { $0.id == id }!
        change(&copy.tasks[i])
        copy.token += 1
        return copy
    }
}
