import Foundation
import GRDB
import PaceCore

extension SQLiteWorkspace {
    /// Adds imported tasks to a project in one transaction: each task through the same
    /// `addTask` as `pace add` (so names are checked and activity is written), then the
    /// dependencies between them once all have ids, then the creation and completion
    /// dates the other tool recorded. Any refusal rolls everything back.
    /// Returns the ids given, in the order of `tasks`.
    @discardableResult
    public func importTasks(_ tasks: [ImportedTask], projectKey: String?, actor: String, at: Date) throws -> [TaskID] {
        try importPlan(ImportPlan(tasks: tasks), projectKey: projectKey, actor: actor, at: at)
    }
}
