/// Why a key spec or a set of bindings was refused. `Config` turns these into
/// `ConfigError`s that also name the file and line.
public enum KeymapError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A key spec that names no key.
    case unknownKey(spec: String, reason: String)
    /// One key bound to two actions: pressing it could only ever do one of them.
    case conflict(key: Key, first: Action, second: Action)
    /// An action that must keep at least one key.
    case unbound(Action)

    public var description: String {
        switch self {
        case .unknownKey(let spec, let reason):
            return "unknown key \"\(spec)\"\(reason.isEmpty ? "" : " (\(reason))"); \(Keymap.acceptedKeys)"
        case .conflict(let key, let first, let second):
            return "key \"\(Keymap.spec(for: key))\" is bound to both \(first.configName) and \(second.configName); "
                + "give one of them other keys in [keys]"
        case .unbound(let action):
            return "\(action.configName) needs at least one key, or there would be no way to \(action.help.lowercased())"
        }
    }
}
