/// A mistake in a file the user wrote (`config.toml`, a theme) or a name they gave
/// (`--theme solarised`). The message says where (file, line, key), what was wrong and
/// what is accepted, so it can be fixed without reading our source. The CLI prints it;
/// the dashboard shows it in the footer and carries on with defaults.
public struct ConfigError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file as the user would type it; nil when the mistake is not in a file.
    public var file: String?
    public var line: Int?
    public var column: Int?
    /// The dotted TOML key, e.g. `roles.late.fg` or `keys.move_down`.
    public var key: String?
    public var message: String

    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, key: String? = nil,
                message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.key = key
        self.message = message
    }

    /// `file:line:column: key: message`, the shape compilers use, so editors and
    /// terminals can jump to the spot.
    public var description: String {
        var prefix = ""
        if let file {
            prefix = file
            if let line {
                prefix += ":\(line)"
                if let column { prefix += ":\(column)" }
            }
            prefix += ": "
        }
        if let key { prefix += "\(key): " }
        return prefix + message
    }
}
