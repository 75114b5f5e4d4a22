import Foundation

/// One theme a user can choose, as `pace themes` lists it.
public struct ThemeInfo: Hashable, Sendable {
    public enum Source: String, Hashable, Sendable {
        /// Shipped with the program (repo-root `themes/`, compiled in).
        case bundled
        /// `$XDG_CONFIG_HOME/paceline/themes/NAME.toml`; wins over a bundled theme of the same name.
        case user
        /// Given as a file path (`--theme ./mine.toml`).
        case path
    }

    public var name: String
    public var source: Source
    /// The file it is read from; nil for a bundled theme, which is compiled in.
    public var url: URL?
    /// A user theme that hides the bundled theme of the same name, so the listing can say so.
    public var overridesBundled: Bool

    public init(name: String, source: Source, url: URL?, overridesBundled: Bool = false) {
        self.name = name
        self.source = source
        self.url = url
        self.overridesBundled = overridesBundled
    }
}
