import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// OpenSSH's sshd for one test: on 127.0.0.1 at a random high port, with a throwaway
/// host key and user key in a temporary directory. Every login with the user key runs
/// `forcedCommand`, as a `command="…"` in authorized_keys would on a real host.
/// Call `stop()` in a `defer`.
struct SSHServer {
    static let sshd = "/usr/sbin/sshd"
    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: sshd) && Shell.which("ssh") != nil && Shell.which("ssh-keygen") != nil
    }

    let directory: URL
    let port: Int
    let pid: pid_t
    let user: String
    var userKey: URL { directory.appendingPathComponent("user_key") }
    var logFile: URL { directory.appendingPathComponent("sshd.log") }
    var log: String { (try? String(contentsOf: logFile, encoding: .utf8)) ?? "" }

    init(forcedCommand: String) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("pace-sshd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        user = String(cString: getpwuid(geteuid()).pointee.pw_name)
        let hostKey = directory.appendingPathComponent("host_key")
        let userKey = directory.appendingPathComponent("user_key")
        for key in [hostKey, userKey] {
            let r = try Shell.run("ssh-keygen", ["-q", "-N", "", "-t", "ed25519", "-C", "pace-e2e", "-f", key.path])
            guard r.status == 0 else { throw ShellError(message: "ssh-keygen failed: \(r.stderr)") }
        }
        let publicKey = try String(contentsOf: userKey.appendingPathExtension("pub"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let escaped = forcedCommand.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        let authorizedKeys = directory.appendingPathComponent("authorized_keys")
        try "command=\"\(escaped)\",no-port-forwarding,no-agent-forwarding,no-X11-forwarding \(publicKey)\n"
            .write(to: authorizedKeys, atomically: true, encoding: .utf8)
        let config = directory.appendingPathComponent("sshd_config")
        try """
            ListenAddress 127.0.0.1
            HostKey \(hostKey.path)
            AuthorizedKeysFile \(authorizedKeys.path)
            PidFile \(directory.appendingPathComponent("sshd.pid").path)
            AuthenticationMethods publickey
            PubkeyAuthentication yes
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PermitRootLogin \(geteuid() == 0 ? "yes" : "no")
            StrictModes no
            UsePAM no
            UseDNS no
            PrintMotd no
            PrintLastLog no
            AllowTcpForwarding no
            X11Forwarding no
            LogLevel INFO

            """.write(to: config, atomically: true, encoding: .utf8)
        // The privilege-separation directory; only root can create it, and only root needs it.
        try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o755])

        // A random port may be taken: try a few.
        let log = directory.appendingPathComponent("sshd.log")
        var lastLog = ""
        for _ in 0..<5 {
            let port = Int.random(in: 20_000...60_999)
            // sshd must be started by its absolute path (it re-executes itself).
            let pid = try Shell.start(Self.sshd, ["-D", "-e", "-f", config.path, "-p", "\(port)"],
                                      logFile: log)
            if try Self.waitUntilListening(pid: pid, log: log) {
                self.port = port
                self.pid = pid
                return
            }
            lastLog = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            Shell.stop(pid)
        }
        throw ShellError(message: "sshd did not start; its log:\n\(lastLog)")
    }

    private static func waitUntilListening(pid: pid_t, log: URL) throws -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(10)
        while clock.now < deadline {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if text.contains("Server listening on") { return true }
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { return false }
            usleep(20_000)
        }
        return false
    }

    /// The client as a user would type it, for a tmux window: a terminal (-tt), the
    /// throwaway key, no user ssh config, no host-key prompt.
    var clientCommand: String {
        (clientArguments + ["\(user)@127.0.0.1"]).map(Shell.quote).joined(separator: " ")
    }

    /// How the client's command line starts, to find its process.
    var clientCommandLine: String { clientArguments.joined(separator: " ") }

    private var clientArguments: [String] {
        ["ssh", "-F", "/dev/null", "-tt", "-p", "\(port)", "-i", userKey.path,
         "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no",
         "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR"]
    }

    /// Stops sshd (the PID in its pid file, and the process started) and removes the keys.
    func stop() {
        let pidFile = directory.appendingPathComponent("sshd.pid")
        if let text = try? String(contentsOf: pidFile, encoding: .utf8), let filed = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)),
           filed != pid {
            kill(filed, SIGTERM)
        }
        Shell.stop(pid)
        try? FileManager.default.removeItem(at: directory)
    }
}
