import Foundation
import PaceCore
import TOMLKit

/// The user's settings from `$XDG_CONFIG_HOME/paceline/config.toml`:
///
/// ```toml
/// theme = "solarized-dark"        # a theme name, or a path to a .toml file
///
/// [keys]                          # action = key or list of keys; replaces that action's keys
/// quit = "q"
/// move_down = ["j", "down", "ctrl-n"]
///
/// [dashboard]
/// deadline_days = 21              # how far ahead the deadlines pane looks
/// ```
///
/// Every key is optional and a missing file means all defaults. Unknown keys are
/// errors rather than ignored, because a typo that silently does nothing is the
/// hardest kind to find.
public struct Config: Hashable, Sendable {
    /// A theme name or path; nil means the default theme.
    public var theme: String?
    public var keymap: Keymap
    public var deadlineDays: Int
    /// The standup's speaking order and timebox (`[standup] order`, `timebox`).
    public var standupOrder: SpeakerOrder = .alphabetical
    public var standupTimeboxSeconds: Int = 120

    public static let defaultDeadlineDays = 21
    public static let deadlineDaysRange = 1...365

    public init(theme: String? = nil, keymap: Keymap = .default, deadlineDays: Int = Config.defaultDeadlineDays) {
        self.theme = theme
        self.keymap = keymap
        self.deadlineDays = deadlineDays
    }

    static let topLevelKeys = ["theme", "keys", "dashboard", "standup"]
    static let dashboardKeys = ["deadline_days"]

    /// The config file in the user's config directory; defaults when there is none.
    public static func load(environment: [String: String]) throws -> Config {
        try load(from: ConfigDirectory.resolve(environment: environment).configFile, environment: environment)
    }

    /// `url`, or defaults when it does not exist. A theme path in the file is taken
    /// relative to the file's folder (`~/` is the home directory), not to wherever the
    /// dashboard happens to be started.
    public static func load(from url: URL, environment: [String: String] = [:]) throws -> Config {
        guard FileManager.default.fileExists(atPath: url.path) else { return Config() }
        var config = try parse(TOMLDocument.read(url))
        if let theme = config.theme, ThemeCatalog.isPath(theme), !theme.hasPrefix("/") {
            if theme.hasPrefix("~/"), let home = environment["HOME"], !home.isEmpty {
                config.theme = URL(fileURLWithPath: home).appendingPathComponent(String(theme.dropFirst(2))).path
            } else {
                config.theme = url.deletingLastPathComponent().appendingPathComponent(theme).standardizedFileURL.path
            }
        }
        return config
    }

    /// Like `load(environment:)`, but a broken file gives the defaults and the reason,
    /// so the dashboard can start and show the message instead of refusing to run.
    public static func loadWithFallback(environment: [String: String]) -> (config: Config, error: ConfigError?) {
        do {
            return (try load(environment: environment), nil)
        } catch {
            return (Config(), error as? ConfigError ?? ConfigError(message: String(describing: error)))
        }
    }

    /// Parses the text of a config file; `file` names it in error messages.
    public static func parse(_ text: String, file: String) throws -> Config {
        try parse(TOMLDocument(text: text, file: file))
    }

    private static func parse(_ doc: TOMLDocument) throws -> Config {
        var config = Config()
        for (key, value) in doc.entries(of: doc.root, at: []) {
            switch key {
            case "theme":
                guard let theme = value.string, !theme.isEmpty else {
                    throw doc.error(at: [key], "expected a theme name or path in quotes, like theme = \"light\"; "
                        + "'pace themes' lists the names")
                }
                config.theme = theme
            case "keys":
                guard let table = value.table else {
                    throw doc.error(at: [key], "expected a [keys] table, found \(TOMLDocument.describe(value))")
                }
                config.keymap = try parseKeys(table, doc)
            case "dashboard":
                guard let table = value.table else {
                    throw doc.error(at: [key], "expected a [dashboard] table, found \(TOMLDocument.describe(value))")
                }
                config.deadlineDays = try parseDashboard(table, doc)
            case "standup":
                guard let table = value.table else {
                    throw doc.error(at: [key], "expected a [standup] table, found \(TOMLDocument.describe(value))")
                }
                try parseStandup(table, doc, into: &config)
            default:
                throw doc.error(at: [key], unknown(key, among: topLevelKeys, "config.toml has theme, [keys], [dashboard] and [standup]"))
            }
        }
        return config
    }

    private static func parseKeys(_ table: TOMLTable, _ doc: TOMLDocument) throws -> Keymap {
        var overrides: [Action: [Key]] = [:]
        for (name, value) in doc.entries(of: table, at: ["keys"]) {
            let path = ["keys", name]
            guard let action = Action(configName: name) else {
                let names = Action.allCases.map(\.configName)
                throw doc.error(at: path, unknown(name, among: names, "actions are: \(names.joined(separator: ", "))", what: "action"))
            }
            let specs: [String]
            if let single = value.string {
                specs = [single]
            } else if let list = value.array {
                specs = try list.map { item in
                    guard let spec = item.string else {
                        throw doc.error(at: path, "expected keys in quotes, found \(TOMLDocument.describe(item)); \(Keymap.acceptedKeys)")
                    }
                    return spec
                }
            } else {
                throw doc.error(at: path, "expected a key like \"q\" or a list like [\"j\", \"down\"], found \(TOMLDocument.describe(value))")
            }
            do {
                overrides[action] = try specs.map(Keymap.parseKey)
            } catch let error as KeymapError {
                throw doc.error(at: path, error.description)
            }
        }
        do {
            return try Keymap.default.overriding(overrides)
        } catch let error as KeymapError {
            switch error {
            case .conflict(let key, let first, let second):
                // Point at the line that caused it: an override clashing with a default
                // binding, or the later of two overrides.
                let culprit = overrides[second] != nil ? second : first
                let other = culprit == second ? first : second
                var message = error.description
                if overrides[other] == nil {
                    message += " (\(other.configName) has \"\(Keymap.spec(for: key))\" by default)"
                }
                throw doc.error(at: ["keys", culprit.configName], message)
            case .unbound(let action):
                throw doc.error(at: ["keys", action.configName], error.description)
            case .unknownKey:
                throw doc.error(at: ["keys"], error.description)
            }
        }
    }

    private static func parseDashboard(_ table: TOMLTable, _ doc: TOMLDocument) throws -> Int {
        var deadlineDays = defaultDeadlineDays
        for (key, value) in doc.entries(of: table, at: ["dashboard"]) {
            let path = ["dashboard", key]
            switch key {
            case "deadline_days":
                let range = deadlineDaysRange
                guard let days = value.int, range.contains(days) else {
                    let found = value.int.map(String.init) ?? TOMLDocument.describe(value)
                    throw doc.error(at: path, "expected a whole number of days from \(range.lowerBound) to \(range.upperBound), found \(found)")
                }
                deadlineDays = days
            default:
                throw doc.error(at: path, unknown(key, among: dashboardKeys, "[dashboard] has deadline_days"))
            }
        }
        return deadlineDays
    }

    private static func parseStandup(_ table: TOMLTable, _ doc: TOMLDocument, into config: inout Config) throws {
        for (key, value) in doc.entries(of: table, at: ["standup"]) {
            let path = ["standup", key]
            switch key {
            case "order":
                guard let text = value.string, let order = SpeakerOrder(name: text) else {
                    throw doc.error(at: path, "expected \"alphabetical\", \"random\", \"load\" or handles like \"alice,bob,carol\", found \(TOMLDocument.describe(value))")
                }
                config.standupOrder = order
            case "timebox":
                guard let text = value.string ?? value.int.map({ String($0) }),
                      let seconds = try? StandupTimebox.parseSeconds(text) else {
                    throw doc.error(at: path, "expected a time per speaker like \"2m\", \"90s\" or \"1m30s\", found \(TOMLDocument.describe(value))")
                }
                config.standupTimeboxSeconds = seconds
            default:
                throw doc.error(at: path, unknown(key, among: ["order", "timebox"], "[standup] has order and timebox"))
            }
        }
    }

    private static func unknown(_ key: String, among names: [String], _ accepted: String, what: String = "key") -> String {
        let hint = Suggest.closest(to: key, in: names).map { " — did you mean '\($0)'?" } ?? ""
        return "unknown \(what) '\(key)'\(hint); \(accepted)"
    }
}
