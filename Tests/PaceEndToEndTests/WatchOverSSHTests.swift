import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `pace watch` as a remote viewer gets it: over a real OpenSSH connection, from a
/// forced command in authorized_keys, in a real terminal.
@Suite(.enabled(if: Tmux.isAvailable, "needs tmux (apt-get install tmux); .ci/run installs it"),
       .enabled(if: SSHServer.isAvailable,
                "needs OpenSSH's \(SSHServer.sshd), ssh and ssh-keygen (apt-get install openssh-server openssh-client); .ci/run installs them"))
struct WatchOverSSHTests {
    /// How the viewer goes away: ssh quits (SIGTERM: it says goodbye to the server),
    /// or dies at once (SIGKILL: the connection just drops, like a lost network).
    enum Hangup: String, CaseIterable, Sendable {
        case clientQuits, clientKilled
        var signal: Int32 { self == .clientQuits ? SIGTERM : SIGKILL }
    }

    @Test(arguments: Hangup.allCases)
    func watchOverSSH(_ hangup: Hangup) throws {
        let pace = try PaceRunner.small()
        defer { pace.cleanUp() }
        let watch = ["watch", "--data-dir", pace.dataDir.path]
        // TERM is whatever the viewer's terminal is, passed on by ssh.
        let server = try SSHServer(forcedCommand: pace.shellCommand(watch, term: nil))
        defer { server.stop() }
        let tmux = try Tmux(command: "exec " + server.clientCommand)
        defer { tmux.kill() }

        do {
            try tmux.waitUntil("the watch view over ssh", timeout: .seconds(10)) {
                $0.showsDashboard && $0.contains("WATCH · read-only") && $0.contains("Fix login timeout")
            }
        } catch {
            Issue.record("sshd log:\n\(server.log)")
            throw error
        }

        // Live: a change made on the server's side is on the viewer's screen within a second.
        let elapsed = try timeUntilShown(["start", "WEB-1"], by: pace, shows: "IN PROGRESS · 1", in: tmux,
                                         label: "watch over ssh (\(hangup))")
        #expect(elapsed < DashboardTmuxTests.liveLimit, "took \(elapsed.seconds)")

        // Read-only: keys that would edit answer so and write nothing.
        try expectEditKeysChangeNothing(["a", "d"], in: tmux, pace: pace)

        // The viewer goes away: the remote pace must end on its own, not linger.
        let remote = try Shell.pids(commandLineStartingWith: pace.commandLine(watch))
        try #require(remote.count == 1, "expected one remote pace watch, found \(remote)")
        let clients = try Shell.pids(commandLineStartingWith: server.clientCommandLine)
        let client = try #require(clients.count == 1 ? clients.first : nil, "expected one ssh client, found \(clients)")
        #expect(kill(client, hangup.signal) == 0)
        let gone = try pollUntil("the remote pace watch to end", timeout: .seconds(5)) {
            try Shell.pids(commandLineStartingWith: pace.commandLine(watch)).isEmpty
        }
        print("[e2e] watch over ssh (\(hangup)): remote pace ended \(gone.seconds) after the ssh client")
    }
}
