import Foundation

/// A task read from another tool's file, checked and ready to add: the draft, the tasks
/// of the same file it waits for (by position, since their ids are given only when
/// added), and the dates the other tool recorded.
public struct ImportedTask: Hashable, Sendable {
    public var draft: TaskDraft
    /// Indices into the imported list of the tasks this one waits for.
    public var dependsOn: [Int]
    public var created: Date?
    public var completed: Date?

    public init(draft: TaskDraft, dependsOn: [Int] = [], created: Date? = nil, completed: Date? = nil) {
        self.draft = draft
        self.dependsOn = dependsOn
        self.created = created
        self.completed = completed
    }
}
