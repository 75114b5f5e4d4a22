import Foundation

/// Where the user's own files live: `$XDG_CONFIG_HOME/paceline`, else
/// `~/.config/paceline`. Holds `config.toml` and `themes/`.
///
/// The environment is passed in (never read from the process) so tests and the
/// end-to-end runner can point it anywhere.
public struct ConfigDirectory: Hashable, Sendable {
    public let url: URL

    public init(url: URL) { self.url = url.standardizedFileURL }

    public static func resolve(environment: [String: String]) -> ConfigDirectory {
        // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return ConfigDirectory(url: URL(fileURLWithPath: xdg).appendingPathComponent("paceline"))
        }
        let home: URL
        if let path = environment["HOME"], !path.isEmpty {
            home = URL(fileURLWithPath: path)
        } else {
            home = FileManager.default.homeDirectoryForCurrentUser
        }
        return ConfigDirectory(url: home.appendingPathComponent(".config/paceline"))
    }

    public var configFile: URL { url.appendingPathComponent("config.toml") }
    public var themesDirectory: URL { url.appendingPathComponent("themes") }
}
