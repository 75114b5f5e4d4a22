import Foundation

/// Where the workspace lives: `--data-dir`, else `$PACELINE_HOME`, else
/// `$XDG_DATA_HOME/paceline`, else `~/.local/share/paceline`.
public struct DataDirectory: Sendable, Hashable {
    public let url: URL

    public init(url: URL) { self.url = url.standardizedFileURL }

    public static func resolve(explicit: String?, environment: [String: String]) -> DataDirectory {
        if let explicit, !explicit.isEmpty {
            return DataDirectory(url: URL(fileURLWithPath: expand(explicit, environment)))
        }
        if let home = environment["PACELINE_HOME"], !home.isEmpty {
            return DataDirectory(url: URL(fileURLWithPath: expand(home, environment)))
        }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty, xdg.hasPrefix("/") {
            return DataDirectory(url: URL(fileURLWithPath: xdg).appendingPathComponent("paceline"))
        }
        return DataDirectory(url: homeDirectory(environment).appendingPathComponent(".local/share/paceline"))
    }

    /// The demo's own folder inside the data home, so `pace demo` never touches the
    /// user's real workspace.
    public static func demo(environment: [String: String]) -> DataDirectory {
        let home = resolve(explicit: nil, environment: environment)
        return DataDirectory(url: home.url.appendingPathComponent("demo"))
    }

    public var databaseURL: URL { url.appendingPathComponent("workspace.sqlite") }
    public var backupsURL: URL { url.appendingPathComponent("backups") }

    /// Creates the directory (and parents) with mode 0700 when missing. An existing
    /// directory keeps its mode: the user may have chosen to share it.
    public func create() throws {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: url.path, isDirectory: &isDir) {
            guard isDir.boolValue else {
                throw StoreError.dataDirectory("\(url.path) exists and is not a directory")
            }
            return
        }
        do {
            try fm.createDirectory(at: url, withIntermediateDirectories: true,
                                   attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError.dataDirectory("cannot create \(url.path): \(error.localizedDescription)")
        }
    }

    static func homeDirectory(_ environment: [String: String]) -> URL {
        if let home = environment["HOME"], !home.isEmpty { return URL(fileURLWithPath: home) }
        return FileManager.default.homeDirectoryForCurrentUser
    }

    static func expand(_ path: String, _ environment: [String: String]) -> String {
        if path == "~" { return homeDirectory(environment).path }
        if path.hasPrefix("~/") { return homeDirectory(environment).path + String(path.dropFirst(1)) }
        return path
    }
}

/// Failures of the workspace itself (not of the user's input).
public enum StoreError: Error, CustomStringConvertible, Sendable {
    case dataDirectory(String)
    case notInitialized(String)
    case busy(String)
    case readOnly
    case corrupt(String)
    /// Opened read-only, but the schema is older than this program's.
    case needsUpgrade(String)

    public var description: String {
        switch self {
        case .dataDirectory(let m): return m
        case .notInitialized(let path):
            return "no workspace at \(path) — run 'pace init' first (or 'pace demo' for a sample)"
        case .busy(let m): return m
        case .readOnly: return "read-only: this view cannot change the workspace"
        case .corrupt(let m): return m
        case .needsUpgrade(let path):
            return "the workspace at \(path) needs an upgrade; run any writing 'pace' command once (e.g. 'pace init')"
        }
    }
}
