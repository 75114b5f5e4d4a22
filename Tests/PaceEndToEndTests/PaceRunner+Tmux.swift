import Foundation
import Testing

/// Workspaces and command lines for running `pace` inside tmux.
extension PaceRunner {
    /// The demo workspace (60 tasks, WEB · Client portal relaunch) built with the CLI.
    static func demo() throws -> PaceRunner {
        let pace = try PaceRunner()
        let r = try pace.run("demo", "--print", "--data-dir", pace.dataDir.path)
        try #require(r.status == 0, "pace demo failed: \(r.stderr)")
        return pace
    }

    /// A workspace small enough that every open task fits on a 100×30 screen:
    /// WEB-1 (bob, high, todo) and WEB-2 (alice, todo).
    static func small() throws -> PaceRunner {
        let pace = try PaceRunner()
        for args in [
            ["init"],
            ["project", "add", "WEB", "Client portal", "--client", "Northwind", "--target", "2027-01-29"],
            ["member", "add", "alice", "Alice Martin", "--role", "lead"],
            ["member", "add", "bob", "Bob Okafor"],
            ["member", "add", "dave", "Dave Lindqvist"],
            ["add", "Fix login timeout @bob !high due:fri est:4h"],
            ["add", "Write release notes @alice due:+2w est:2h"],
        ] {
            let r = try pace.run(args)
            try #require(r.status == 0, "pace \(args.joined(separator: " ")) failed: \(r.stderr)")
        }
        return pace
    }

    /// `pace arguments…` as a shell command, with this workspace's user and clock and
    /// the environment a user's terminal would give it. Passed explicitly because the
    /// tmux server has the test process's environment, not this runner's.
    /// `term` nil keeps the TERM the terminal (or ssh) gives; `binary` runs another
    /// copy of pace (an installed one, say).
    func shellCommand(_ arguments: [String], term: String? = "xterm-256color", binary: URL = Self.binary) -> String {
        let words = [
            "env",
            // COLUMNS/LINES would override the window size ncurses reads from the tty.
            "-u", "COLUMNS", "-u", "LINES", "-u", "NO_COLOR",
            "PACELINE_HOME=\(dataDir.path)",
            "PACELINE_USER=\(environment["PACELINE_USER"] ?? "alice")",
            "PACELINE_NOW=\(environment["PACELINE_NOW"] ?? "")",
            // No user config.toml (keys, theme) may change what the tests see.
            "XDG_CONFIG_HOME=\(dataDir.appendingPathComponent("no-config").path)",
            "LANG=C.UTF-8", "TZ=UTC",
        ] + (term.map { ["TERM=\($0)"] } ?? []) + [binary.path] + arguments
        return words.map(Shell.quote).joined(separator: " ")
    }

    /// The start of the command line of a `pace arguments…` process started by
    /// `shellCommand` (env execs pace, so the process shows pace's own arguments).
    func commandLine(_ arguments: [String]) -> String {
        ([Self.binary.path] + arguments).joined(separator: " ")
    }

    /// `pace ls --json --all` as an array of task objects.
    func tasksJSON() throws -> [[String: Any]] {
        let r = try run("ls", "--json", "--all")
        try #require(r.status == 0, "ls failed: \(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
    }

    /// Everything that changes when anything is written: the task list and the activity log.
    func writtenState() throws -> String {
        let ls = try run("ls", "--json", "--all")
        let history = try run("history", "--json", "--limit", "10000")
        try #require(ls.status == 0 && history.status == 0, "\(ls.stderr)\(history.stderr)")
        return ls.stdout + history.stdout
    }
}

extension Screen {
    /// The dashboard is up: header and the three panes.
    var showsDashboard: Bool {
        contains("Paceline") && contains("1 Tasks") && contains("2 Deadlines") && contains("3 Team load")
    }
}

/// Runs `pace arguments…` from outside and waits until `text` is on the dashboard in
/// `tmux`. Returns the time from starting the command to seeing the change (an upper
/// bound: the write commits somewhere inside the command) and how long the command
/// itself took.
func timeUntilShown(_ arguments: [String], by pace: PaceRunner, shows text: String, in tmux: Tmux,
                    label: String) throws -> Duration {
    let clock = ContinuousClock()
    let start = clock.now
    let r = try pace.run(arguments)
    let command = clock.now - start
    try #require(r.status == 0, "pace \(arguments.joined(separator: " ")) failed: \(r.stderr)")
    try tmux.waitFor(text)
    let total = clock.now - start
    print("[e2e] \(label): pace \(arguments[0]) → '\(text)' on screen \(total.seconds) after the command started (the command took \(command.seconds))")
    return total
}
