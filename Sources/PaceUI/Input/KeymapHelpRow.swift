/// One line of the `?` help overlay, generated from the keymap in use so the help
/// shows the user's own keys.
public struct KeymapHelpRow: Hashable, Sendable {
    public var action: Action
    public var group: Action.Group
    /// The keys as written in config.toml (`j, down`), so the help also teaches the
    /// syntax for changing them.
    public var keys: String
    public var description: String

    public init(action: Action, group: Action.Group, keys: String, description: String) {
        self.action = action
        self.group = group
        self.keys = keys
        self.description = description
    }
}
