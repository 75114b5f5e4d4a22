/// Why the terminal backend could not start.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// stdin or stdout is not a terminal (output piped, or run from a script).
    case notATerminal
    /// TERM is unset, or ncurses has no terminfo entry for it.
    case unknownTerminalType(String)
    /// `start` was called on a backend that is already running.
    case alreadyStarted

    public var description: String {
        switch self {
        case .notATerminal:
            "the dashboard needs a terminal: standard input and output must not be redirected"
        case .unknownTerminalType(let type):
            type.isEmpty ? "TERM is not set" : "unknown terminal type '\(type)' (no terminfo entry)"
        case .alreadyStarted:
            "the terminal is already started"
        }
    }
}

/// The terminal's size in cells.
public struct TerminalSize: Hashable, Sendable {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}
