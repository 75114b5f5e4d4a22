import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The dashboard as a user meets it: the real binary in a real terminal (tmux),
/// driven by keys, while other processes change the workspace.
@Suite(.enabled(if: Tmux.isAvailable, "needs tmux (apt-get install tmux); .ci/run installs it"))
struct DashboardTmuxTests {
    /// A change made by another process must be on screen within a second (DESIGN.md,
    /// "Live"); the extra half second is room for a busy CI machine.
    static let liveLimit = Duration.milliseconds(1500)

    @Test func opensAndQuickAddsByKeys() throws {
        let pace = try PaceRunner.demo()
        defer { pace.cleanUp() }
        let tmux = try Tmux(command: pace.shellCommand(["--data-dir", pace.dataDir.path]))
        defer { tmux.kill() }

        try tmux.waitUntil("the dashboard") { $0.showsDashboard }
        let screen = try tmux.capture()
        #expect(screen.lines.first?.contains("Paceline  WEB · Client portal relaunch · Northwind Logistics") == true)
        #expect(screen.lines.first?.contains("Mon Nov 30 09:00") == true)
        #expect(screen.contains("Tasks by status"))

        // Quick add: a, the line, Enter.
        try tmux.press("a")
        try tmux.waitFor("Add a task")
        try tmux.type("Write runbook @dave !high est:3h #ops")
        try tmux.waitFor("Write runbook @dave !high est:3h #ops")
        try tmux.press("Enter")
        try tmux.waitUntil("the footer 'added WEB-…'") { $0.footer.contains("added WEB-") }
        let footer = try tmux.capture().footer
        let id = try #require(footer.split(separator: " ").first { $0.hasPrefix("WEB-") }.map(String.init))
        #expect(footer.contains("added \(id) Write runbook"))
        #expect(!(try tmux.capture().contains("Add a task")))
        // The new task is selected, so it is in view in the Tasks pane.
        try tmux.waitUntil("\(id) in the Tasks pane") { screen in
            screen.lines.contains { $0.contains("\(id) H Write runbook") && $0.contains("@dave") }
        }

        let tasks = try pace.tasksJSON()
        let added = try #require(tasks.first { $0["id"] as? String == id }, "\(id) is not in pace ls --json")
        #expect(added["title"] as? String == "Write runbook")
        #expect(added["assignee"] as? String == "dave")
        #expect(added["priority"] as? String == "high")
        #expect(added["tags"] as? [String] == ["ops"])
        #expect(added["estimateHours"] as? Double == 3)
        #expect(added["status"] as? String == "todo")

        // A mistake stays in the prompt, with the reason, and adds nothing.
        let before = try pace.writtenState()
        try tmux.press("a")
        try tmux.waitFor("Add a task")
        try tmux.type("Broken priority !hgih")
        try tmux.waitFor("Broken priority !hgih")
        try tmux.press("Enter")
        try tmux.waitFor("unknown priority '!hgih'")
        #expect(try tmux.capture().contains("Add a task"))
        try tmux.press("Escape")
        try tmux.waitUntil("the prompt to close") { !$0.contains("Add a task") }
        #expect(try pace.writtenState() == before)
        #expect(try pace.tasksJSON().count == tasks.count)
    }

    @Test func showsChangesFromOtherProcessesWithinASecond() throws {
        let pace = try PaceRunner.small()
        defer { pace.cleanUp() }
        let tmux = try Tmux(command: pace.shellCommand(["--data-dir", pace.dataDir.path]))
        defer { tmux.kill() }
        try tmux.waitUntil("the dashboard") { $0.showsDashboard && $0.contains("Fix login timeout") }
        #expect(!(try tmux.capture().contains("IN PROGRESS")))

        let changes: [(command: [String], shows: String)] = [
            (["start", "WEB-1"], "IN PROGRESS · 1"),
            (["add", "Rotate TLS certificates @dave due:wed est:2h"], "Rotate TLS certificates"),
            (["block", "WEB-2", "--reason", "waiting for legal"], "BLOCKED · 1"),
        ]
        for change in changes {
            let elapsed = try timeUntilShown(change.command, by: pace, shows: change.shows, in: tmux, label: "dashboard")
            #expect(elapsed < Self.liveLimit, "pace \(change.command[0]) took \(elapsed.seconds) to show")
        }
    }

    @Test func tooSmallThenBackToPanes() throws {
        let pace = try PaceRunner.demo()
        defer { pace.cleanUp() }
        let tmux = try Tmux(command: pace.shellCommand(["--data-dir", pace.dataDir.path]))
        defer { tmux.kill() }
        try tmux.waitUntil("the dashboard") { $0.showsDashboard }

        try tmux.resize(width: 30, height: 10)
        try tmux.waitFor("terminal too small", "30×10")
        #expect(!(try tmux.capture().contains("Tasks by status")))

        try tmux.resize(width: 100, height: 30)
        try tmux.waitUntil("the panes again") { $0.showsDashboard && !$0.contains("too small") }
        let screen = try tmux.capture()
        #expect(screen.lines.count == 30)
        #expect(screen.lines.first?.contains("Mon Nov 30 09:00") == true)
        #expect(try !tmux.paneIsDead())
        #expect(try Shell.pids(commandLineStartingWith: pace.commandLine(["--data-dir", pace.dataDir.path])).count == 1)
    }

    /// The ways a dashboard ends. Each must give the terminal back (canonical mode,
    /// echo, the normal screen) and exit with the right status.
    enum Ending: String, CaseIterable, Sendable {
        case quitKey, sigterm, sighup, sigint

        var expectedStatus: Int32 {
            switch self {
            case .quitKey: 0
            case .sigterm: 128 + SIGTERM
            case .sighup: 128 + SIGHUP
            case .sigint: 128 + SIGINT
            }
        }
    }

    @Test(arguments: Ending.allCases)
    func endsAndRestoresTheTerminal(_ ending: Ending) throws {
        let pace = try PaceRunner.small()
        defer { pace.cleanUp() }
        let arguments = ["--data-dir", pace.dataDir.path]
        let tmux = try Tmux(command: Self.reportingAfterwards(pace, arguments))
        defer { tmux.kill() }
        try tmux.waitUntil("the dashboard") { $0.showsDashboard }

        switch ending {
        case .quitKey:
            try tmux.press("q")
        case .sigterm, .sighup, .sigint:
            try sendSignal(ending.expectedStatus - 128, to: pace.commandLine(arguments))
        }
        try expectTerminalRestored(in: tmux, status: ending.expectedStatus)
    }

    /// A child inherits its parent's signal mask, and some parents block signals — a
    /// Swift program starting pace with Foundation's Process from a Dispatch thread,
    /// for one. The dashboard must still follow resizes and end on SIGTERM.
    @Test func resizesAndEndsWhenStartedWithSignalsBlocked() throws {
        let pace = try PaceRunner.small()
        defer { pace.cleanUp() }
        let arguments = ["--data-dir", pace.dataDir.path]
        // bash, because dash clears the signal mask for the commands it runs.
        let tmux = try Tmux(command: Self.reportingAfterwards(pace, arguments, shell: "bash"),
                            blocking: [SIGTERM, SIGHUP, SIGWINCH])
        defer { tmux.kill() }
        try tmux.waitUntil("the dashboard") { $0.showsDashboard }
        #if os(Linux)
        // The premise: the shell that starts pace has them blocked.
        let status = try String(contentsOfFile: "/proc/\(try tmux.panePID())/status", encoding: .utf8)
        let blocked = status.split(separator: "\n").first { $0.hasPrefix("SigBlk:") }
            .flatMap { UInt64($0.dropFirst("SigBlk:".count).trimmingCharacters(in: .whitespaces), radix: 16) } ?? 0
        #expect(blocked & (1 << UInt64(SIGWINCH - 1)) != 0 && blocked & (1 << UInt64(SIGTERM - 1)) != 0,
                "SigBlk \(String(blocked, radix: 16)):\n\(status)")
        #endif

        try tmux.resize(width: 30, height: 10)
        try tmux.waitFor("terminal too small")
        try tmux.resize(width: 100, height: 30)
        try tmux.waitUntil("the panes again") { $0.showsDashboard }
        try sendSignal(SIGTERM, to: pace.commandLine(arguments))
        try expectTerminalRestored(in: tmux, status: 128 + SIGTERM)
    }

    /// `pace arguments…` in a shell, which afterwards prints pace's exit status and the
    /// tty modes it was left with, then stays: when a pane dies, tmux scrolls its screen
    /// up a line to say so, which would push the status out of sight.
    static func reportingAfterwards(_ pace: PaceRunner, _ arguments: [String], shell: String = "sh") -> String {
        let script = pace.shellCommand(arguments)
            + "; echo EXIT=$?; stty -a | tr ' ' '\\n' | grep -x -e icanon -e -icanon -e echo -e -echo; echo END; exec sleep 60"
        return shell + " -c " + Shell.quote(script)
    }

    func sendSignal(_ signal: Int32, to commandLine: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let pids = try Shell.pids(commandLineStartingWith: commandLine)
        let pid = try #require(pids.count == 1 ? pids.first : nil, "expected one pace process, found \(pids)",
                               sourceLocation: sourceLocation)
        #expect(kill(pid, signal) == 0, sourceLocation: sourceLocation)
    }

    /// After `reportingAfterwards`: pace exited with `status` and gave the terminal back
    /// (canonical mode, echo, the normal screen).
    func expectTerminalRestored(in tmux: Tmux, status: Int32, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try tmux.waitFor("END")
        let screen = try tmux.capture()
        #expect(screen.contains("EXIT=\(status)"), "\(screen.boxed)", sourceLocation: sourceLocation)
        #expect(screen.lines.contains("icanon"), "canonical mode not restored:\n\(screen.boxed)", sourceLocation: sourceLocation)
        #expect(screen.lines.contains("echo"), "echo not restored:\n\(screen.boxed)", sourceLocation: sourceLocation)
        #expect(!screen.lines.contains("-icanon") && !screen.lines.contains("-echo"), "\(screen.boxed)",
                sourceLocation: sourceLocation)
        // Back on the normal screen: nothing of the dashboard is left.
        #expect(!screen.contains("Tasks by status") && !screen.contains("Paceline"), "\(screen.boxed)",
                sourceLocation: sourceLocation)
    }

    @Test func watchIsLiveAndReadOnly() throws {
        let pace = try PaceRunner.small()
        defer { pace.cleanUp() }
        let tmux = try Tmux(command: pace.shellCommand(["watch", "--data-dir", pace.dataDir.path]))
        defer { tmux.kill() }
        try tmux.waitUntil("the watch view") { $0.showsDashboard && $0.contains("WATCH · read-only") }

        let elapsed = try timeUntilShown(["start", "WEB-1"], by: pace, shows: "IN PROGRESS · 1", in: tmux, label: "watch")
        #expect(elapsed < Self.liveLimit, "took \(elapsed.seconds)")

        try expectEditKeysChangeNothing(["a", "d", "s", "u"], in: tmux, pace: pace)
    }
}

/// Presses each key in a read-only view and checks that it answers "read-only" and
/// that nothing was written.
func expectEditKeysChangeNothing(_ keys: [String], in tmux: Tmux, pace: PaceRunner,
                                 sourceLocation: SourceLocation = #_sourceLocation) throws {
    let before = try pace.writtenState()
    for key in keys {
        // j moves the selection and clears the last message, so each key's answer is its own.
        try tmux.press("j")
        try tmux.waitUntil("the key hints in the footer") { $0.footer.contains("? help") }
        try tmux.press(key)
        try tmux.waitUntil("'read-only' in the footer after '\(key)'") { $0.footer.contains("read-only: this is a watch view") }
        #expect(!(try tmux.capture().contains("Add a task")), "'\(key)' opened a prompt", sourceLocation: sourceLocation)
    }
    #expect(try pace.writtenState() == before, "a key changed the workspace", sourceLocation: sourceLocation)
}
