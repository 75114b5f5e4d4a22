/// Which key does what. The one table behind key handling, `[keys]` in config.toml
/// and the `?` help overlay, so the three can never disagree.
public struct Keymap: Hashable, Sendable {
    /// Each action's keys, in the order the help overlay shows them.
    public let bindings: [Action: [Key]]
    private let actions: [Key: Action]

    /// Refuses a key bound to two actions (only one of them could ever run) and an
    /// unbound `quit`.
    public init(bindings: [Action: [Key]]) throws {
        var actions: [Key: Action] = [:]
        var cleaned: [Action: [Key]] = [:]
        for action in Action.allCases {
            var keys: [Key] = []
            for key in bindings[action] ?? [] where !keys.contains(key) {
                if let other = actions[key] {
                    throw KeymapError.conflict(key: key, first: other, second: action)
                }
                actions[key] = action
                keys.append(key)
            }
            if keys.isEmpty, action == .quit { throw KeymapError.unbound(action) }
            cleaned[action] = keys
        }
        self.bindings = cleaned
        self.actions = actions
    }

    /// For the built-in table only, which a test checks with the validating init.
    private init(unchecked bindings: [Action: [Key]]) {
        self.bindings = bindings
        var actions: [Key: Action] = [:]
        for (action, keys) in bindings {
            for key in keys { actions[key] = action }
        }
        self.actions = actions
    }

    public static let `default` = Keymap(unchecked: [
        .focusNext: [.tab],
        .focusPrevious: [.backTab],
        .focusPane1: [.char("1")],
        .focusPane2: [.char("2")],
        .focusPane3: [.char("3")],
        .moveDown: [.char("j"), .down],
        .moveUp: [.char("k"), .up],
        .top: [.char("g"), .home],
        .bottom: [.char("G"), .end],
        .pageDown: [.pageDown, .ctrl("d")],
        .pageUp: [.pageUp, .ctrl("u")],
        .openDetail: [.enter],
        .back: [.escape],
        .quickAdd: [.char("a")],
        .editField: [.char("e")],
        .nextStatus: [.char("s"), .char(">")],
        .previousStatus: [.char("<")],
        .markDone: [.char("d")],
        .block: [.char("b")],
        .assign: [.char("A")],
        .logTime: [.char("l")],
        .undo: [.char("u")],
        .moveCardLeft: [.char("H")],
        .moveCardRight: [.char("L")],
        .filter: [.char("/")],
        .zoom: [.char("z")],
        .board: [.char("B")],
        .timeline: [.char("T")],
        .zoomIn: [.char("+"), .char("=")],
        .zoomOut: [.char("-")],
        .budget: [.char("$")],
        .burndown: [.char("W")],
        .toggleGrouping: [.char("o")],
        .standup: [.char("S")],
        .standupNext: [.char("n")],
        .standupPrevious: [.char("p")],
        .standupPause: [.char(" ")],
        .standupSkip: [.char("x")],
        .standupNote: [.char("t")],
        .standupFollowUp: [.char("f")],
        .commandLine: [.char(":")],
        .help: [.char("?")],
        .refresh: [.ctrl("l")],
        .quit: [.char("q")],
    ])

    public func action(for key: Key) -> Action? { actions[key] }

    public func keys(for action: Action) -> [Key] { bindings[action] ?? [] }

    /// This keymap with some actions' keys replaced: an override is the complete list
    /// for its action (so `quit = "x"` frees `q`), and actions not mentioned keep theirs.
    public func overriding(_ overrides: [Action: [Key]]) throws -> Keymap {
        try Keymap(bindings: bindings.merging(overrides) { _, new in new })
    }

    /// One row per action, grouped and ordered as the `?` overlay shows them.
    public func helpRows() -> [KeymapHelpRow] {
        Action.Group.allCases.flatMap { group in
            Action.allCases.filter { $0.group == group }.map { action in
                let keys = keys(for: action)
                return KeymapHelpRow(
                    action: action, group: group,
                    keys: keys.isEmpty ? "(unbound)" : keys.map(Keymap.spec(for:)).joined(separator: ", "),
                    description: action.help)
            }
        }
    }
}
