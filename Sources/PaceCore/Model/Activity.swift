import Foundation

/// What kind of thing a change touched.
public enum EntityKind: String, Sendable, Codable, CaseIterable, Hashable {
    case project, member, milestone, task, timeEntry = "time-entry", timeOff = "time-off", holiday, standup, workspace
}

/// One field of one entity changed: the row the activity log is made of. Standups,
/// undo, burndowns and reports are all built from these.
public struct Activity: Hashable, Sendable, Codable {
    public var id: Int64
    /// The change (transaction) this row belongs to; one command writes one change.
    public var changeID: Int64
    public var at: Date
    public var actor: String
    public var entity: EntityKind
    public var entityID: String
    /// The field name, or `created` / `deleted` for a whole entity.
    public var field: String
    public var oldValue: String?
    public var newValue: String?

    public init(id: Int64, changeID: Int64, at: Date, actor: String, entity: EntityKind,
                entityID: String, field: String, oldValue: String?, newValue: String?) {
        self.id = id
        self.changeID = changeID
        self.at = at
        self.actor = actor
        self.entity = entity
        self.entityID = entityID
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
    }
}
