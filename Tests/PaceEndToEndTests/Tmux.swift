import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A real terminal for end-to-end tests: one tmux server on a socket of its own (so
/// tests run in parallel and clean up alone), one session, one window of a fixed size.
///
/// Tests read the screen with `capture-pane` and wait for what they expect to appear
/// (`waitFor` texts, `waitUntil` a condition), never with fixed sleeps. Call `kill()`
/// in a `defer`.
struct Tmux {
    let socket: String
    let session = "pace"

    static var isAvailable: Bool { Shell.which("tmux") != nil }

    /// Starts `command` (run by tmux through a shell) in a detached window of
    /// `width`×`height` cells. The pane stays after the command ends, so its last
    /// output and exit status can still be read. `blocking`: signals blocked in the
    /// tmux server and so in the command (a signal mask is inherited).
    init(command: String, width: Int = 100, height: Int = 30, blocking: [Int32] = []) throws {
        socket = "pace-test-\(UUID().uuidString)"
        // -f /dev/null: the user's tmux.conf must not change keys or sizes.
        // escape-time 0: otherwise tmux holds ESC for 500 ms and merges ESC+key into Alt-key.
        // The options are set in the same command queue as new-session, so before the
        // server can notice the command ending.
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", command,
                  ";", "set-option", "-s", "escape-time", "0",
                  ";", "set-option", "-g", "remain-on-exit", "on"], blocking: blocking)
    }

    @discardableResult
    func tmux(_ arguments: [String], blocking: [Int32] = []) throws -> String {
        let r = try Shell.run("tmux", ["-L", socket] + arguments, blocking: blocking)
        guard r.status == 0 else {
            throw TmuxError(message: "tmux \(arguments.joined(separator: " ")) failed (\(r.status)): \(r.stderr)")
        }
        return r.stdout
    }

    /// Stops the server and whatever still runs in it, and removes its socket (which
    /// tmux leaves behind). Safe to call twice.
    func kill() {
        let path = (try? tmux(["display-message", "-p", "#{socket_path}"]))?.trimmingCharacters(in: .whitespacesAndNewlines)
        let panes = (try? tmux(["list-panes", "-a", "-F", "#{pane_pid}"]))?.split(separator: "\n").compactMap { pid_t($0) } ?? []
        _ = try? Shell.run("tmux", ["-L", socket, "kill-server"])
        // kill-server hangs up the panes; a process that ignores that (in a test that
        // failed, say) must not outlive the test. Each pane leads its own process group.
        for pane in panes {
            let gone = try? pollUntil("pane \(pane) to end", timeout: .seconds(1)) { !processGroupExists(pane) }
            if gone == nil { signalProcessGroup(pane, SIGKILL) }
        }
        if let path, !path.isEmpty { try? FileManager.default.removeItem(atPath: path) }
    }

    // MARK: - Screen

    /// What the window shows now, one string per row (trailing blanks trimmed by tmux).
    func capture() throws -> Screen {
        Screen(try tmux(["capture-pane", "-p", "-t", session]))
    }

    /// The window with its colours and attributes as escape sequences (`capture-pane -e`).
    func captureWithEscapes() throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-t", session])
    }

    /// Polls the screen every 50 ms until `condition` holds, returning how long that
    /// took. Throws with the last screen when it does not hold within `timeout`.
    @discardableResult
    func waitUntil(_ what: String, timeout: Duration = .seconds(5), _ condition: (Screen) -> Bool) throws -> Duration {
        let clock = ContinuousClock()
        let start = clock.now
        var screen = try capture()
        while !condition(screen) {
            guard clock.now - start < timeout else {
                throw TmuxError(message: "waited \(timeout) for \(what); the screen shows:\n\(screen.boxed)")
            }
            usleep(50_000)
            screen = try capture()
        }
        return clock.now - start
    }

    /// Waits until every one of `texts` is on the screen.
    @discardableResult
    func waitFor(_ texts: String..., timeout: Duration = .seconds(5)) throws -> Duration {
        try waitUntil(texts.map { "'\($0)'" }.joined(separator: ", "), timeout: timeout) { screen in
            texts.allSatisfy(screen.contains)
        }
    }

    // MARK: - Input

    /// Sends keys by tmux name: "a", "Enter", "Escape", "C-c".
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", session] + keys)
    }

    /// Types `text` literally, character by character as a user would.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", session, "-l", text])
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    // MARK: - The process in the pane

    /// The process tmux started for the command.
    func panePID() throws -> pid_t {
        let text = try tmux(["display-message", "-p", "-t", session, "#{pane_pid}"])
        guard let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw TmuxError(message: "no pane pid in '\(text)'")
        }
        return pid
    }

    /// The pane's process has ended (the pane stays, see `init`).
    func paneIsDead() throws -> Bool {
        try tmux(["display-message", "-p", "-t", session, "#{pane_dead}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }
}

private func processGroupExists(_ group: pid_t) -> Bool {
    kill(-group, 0) == 0 || errno == EPERM
}

private func signalProcessGroup(_ group: pid_t, _ signal: Int32) {
    kill(-group, signal)
}

struct TmuxError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// One capture of a tmux window.
struct Screen: CustomStringConvertible {
    let lines: [String]

    init(_ text: String) {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        self.lines = lines
    }

    func contains(_ text: String) -> Bool { lines.contains { $0.contains(text) } }

    /// The bottom row: the dashboard's footer.
    var footer: String { lines.last ?? "" }

    var description: String { lines.joined(separator: "\n") }

    /// The screen in a frame, for failure messages (shows where rows end).
    var boxed: String {
        let width = lines.map(\.count).max() ?? 0
        let edge = String(repeating: "-", count: width)
        return (["+\(edge)+"] + lines.map { "|" + $0.padding(toLength: width, withPad: " ", startingAt: 0) + "|" } + ["+\(edge)+"])
            .joined(separator: "\n")
    }
}

extension Duration {
    /// "0.234 s", for test output.
    var seconds: String {
        let (s, atto) = components
        return String(format: "%.3f s", Double(s) + Double(atto) / 1e18)
    }
}
