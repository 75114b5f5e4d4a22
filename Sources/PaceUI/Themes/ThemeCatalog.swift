import Foundation
import PaceCore

/// All the themes a user can pick: the bundled ones, their own in
/// `$XDG_CONFIG_HOME/paceline/themes/` (a user file wins over a bundled one of the
/// same name), and any file given by path.
///
/// Loading completes a theme from its base: a file's missing roles (and missing keys
/// inside a role) come from `inherits = "NAME"`, or from `default` when it says
/// nothing, so a user theme can be three lines long. `inherits = "none"` makes the file
/// stand alone and every role required, which the shipped themes use so none of them
/// silently borrows colours (mono must not).
public struct ThemeCatalog: Sendable {
    /// Theme name → the text of its file, for the themes compiled into the program.
    let bundled: [String: String]
    public let userDirectory: URL?

    init(bundled: [String: String], userDirectory: URL?) {
        self.bundled = bundled
        self.userDirectory = userDirectory
    }

    /// The bundled themes and the user's own from `userDirectory`.
    public init(userDirectory: URL?) {
        self.init(bundled: BundledThemes.files, userDirectory: userDirectory)
    }

    /// The bundled themes and the user's themes from the config directory.
    public init(environment: [String: String]) {
        self.init(userDirectory: ConfigDirectory.resolve(environment: environment).themesDirectory)
    }

    public static let defaultName = "default"

    /// Every theme by name, sorted; a user theme replaces the bundled one it overrides.
    public func list() -> [ThemeInfo] {
        let user = Self.themeFiles(in: userDirectory)
        return Set(bundled.keys).union(user.keys).sorted().map { name in
            if let url = user[name] {
                return ThemeInfo(name: name, source: .user, url: url, overridesBundled: bundled[name] != nil)
            }
            return ThemeInfo(name: name, source: .bundled, url: nil)
        }
    }

    /// A theme by name (user first, then bundled) or by path. Anything with a `/` or
    /// ending in `.toml` is a path, so `--theme mine.toml` reads the file in the current
    /// directory rather than looking for a theme called "mine.toml".
    public func load(nameOrPath: String) throws -> Theme {
        if Self.isPath(nameOrPath) {
            let url = URL(fileURLWithPath: nameOrPath)
            let file = try ThemeFile.read(url)
            return try resolve(file, source: .path, chain: [url.standardizedFileURL.path])
        }
        let info = try find(nameOrPath, includeUser: true)
        return try resolve(read(info), source: info.source, chain: [Self.chainKey(info)])
    }

    /// The theme asked for (default when nil), or — when it cannot be loaded — the
    /// default theme with the reason, so the dashboard can start and show the message
    /// in its footer instead of refusing to run over a typo in a colour.
    public func loadWithFallback(nameOrPath: String?) -> (theme: Theme, error: ConfigError?) {
        let wanted = nameOrPath ?? Self.defaultName
        do {
            return (try load(nameOrPath: wanted), nil)
        } catch {
            let reason = Self.configError(error)
            if wanted != Self.defaultName, let fallback = try? load(nameOrPath: Self.defaultName) {
                return (fallback, reason)
            }
            return (.emergency, reason)
        }
    }

    // MARK: - Resolution

    private func resolve(_ file: ThemeFile, source: ThemeInfo.Source, chain: [String]) throws -> Theme {
        let base: Theme?
        switch file.base {
        case .none:
            base = nil
        case .implicitDefault:
            // The shipped default is the root every other theme grows from.
            base = file.name == Self.defaultName && source == .bundled
                ? nil
                : try loadBase(Self.defaultName, for: file, source: source, chain: chain)
        case .named(let name):
            base = try loadBase(name, for: file, source: source, chain: chain)
        }
        if base == nil {
            let missing = Role.allCases.filter { file.roles[$0] == nil }
            if !missing.isEmpty {
                throw ConfigError(file: file.file, key: "roles", message: """
                    missing roles: \(missing.map(\.tomlName).joined(separator: ", ")); \
                    define them, or take them from another theme with inherits = "default"
                    """)
            }
        }
        return Theme(name: file.name) { role in
            let inherited = base?[role] ?? .plain
            return file.roles[role]?.applied(to: inherited) ?? inherited
        }
    }

    private func loadBase(_ name: String, for file: ThemeFile, source: ThemeInfo.Source,
                          chain: [String]) throws -> Theme {
        // A user theme named like a bundled one builds on the bundled one: the user's
        // default.toml with `inherits = "default"` means "the shipped default, but…".
        let includeUser = !(source == .user && name == file.name)
        let info: ThemeInfo
        do {
            info = try find(name, includeUser: includeUser)
        } catch let error as ConfigError {
            throw ConfigError(file: file.file, line: file.baseLine, key: "inherits", message: error.message)
        }
        let key = Self.chainKey(info)
        guard !chain.contains(key) else {
            let names = (chain + [key]).map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
            throw ConfigError(file: file.file, line: file.baseLine, key: "inherits",
                              message: "themes inherit from each other in a circle: \(names.joined(separator: " → "))")
        }
        return try resolve(read(info), source: info.source, chain: chain + [key])
    }

    private func find(_ name: String, includeUser: Bool) throws -> ThemeInfo {
        if includeUser, let dir = userDirectory {
            let url = dir.appendingPathComponent("\(name).toml")
            if FileManager.default.fileExists(atPath: url.path) {
                return ThemeInfo(name: name, source: .user, url: url)
            }
        }
        if bundled[name] != nil {
            return ThemeInfo(name: name, source: .bundled, url: nil)
        }
        let names = list().map(\.name)
        var message = "no theme '\(name)'"
        if let best = Suggest.closest(to: name, in: names) { message += " — did you mean '\(best)'?" }
        message += names.isEmpty ? "; there are no themes" : "; themes: \(names.joined(separator: ", "))"
        message += " (or give the path of a .toml file)"
        throw ConfigError(message: message)
    }

    /// A user's theme from its file; a bundled one from the text compiled in.
    private func read(_ info: ThemeInfo) throws -> ThemeFile {
        if let url = info.url { return try ThemeFile.read(url) }
        return try ThemeFile.parse(bundled[info.name] ?? "", name: info.name, file: BundledThemes.fileName(info.name))
    }

    /// What the inheritance chain remembers a theme by, to catch a circle.
    private static func chainKey(_ info: ThemeInfo) -> String {
        info.url?.path ?? "/built-in/\(info.name).toml"
    }

    // MARK: - Helpers

    static func isPath(_ nameOrPath: String) -> Bool {
        nameOrPath.contains("/") || nameOrPath.lowercased().hasSuffix(".toml")
    }

    /// `NAME → file` for the `*.toml` files in `directory`; none when it does not exist.
    private static func themeFiles(in directory: URL?) -> [String: URL] {
        guard let directory,
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [:] }
        var files: [String: URL] = [:]
        for name in names where name.lowercased().hasSuffix(".toml") {
            let url = directory.appendingPathComponent(name)
            files[url.deletingPathExtension().lastPathComponent] = url
        }
        return files
    }

    private static func configError(_ error: Error) -> ConfigError {
        error as? ConfigError ?? ConfigError(message: String(describing: error))
    }
}
