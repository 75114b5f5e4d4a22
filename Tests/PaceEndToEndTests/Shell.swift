import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts the helper programs of the terminal tests (tmux, sshd, pgrep, ssh-keygen)
/// with posix_spawn rather than Foundation's `Process`, for two reasons found the
/// hard way:
///
/// - `Process` learns that a child ended when a socket the child inherits is closed.
///   A child that daemonises (the tmux server) keeps that socket, and one that closes
///   every descriptor at start (sshd) closes it at once; either way `waitUntilExit`
///   hangs or every other `Process` in the test run stalls.
/// - A child inherits the calling thread's signal mask, and test threads block most
///   signals. tmux and everything in its panes would then never see SIGCHLD,
///   SIGWINCH, SIGTERM or SIGHUP, unlike under any real terminal.
///
/// So each child here starts with no blocked signals (unless a test asks for some),
/// default signal actions, and no descriptors but its standard three.
enum Shell {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `program` (looked up on PATH), waits, and returns its output.
    /// `blocking` starts it with those signals blocked (inherited by what it starts).
    @discardableResult
    static func run(_ program: String, _ arguments: [String], blocking: [Int32] = []) throws -> Result {
        let out = try makePipe(), err = try makePipe()
        let pid: pid_t
        do {
            pid = try spawn(program, arguments, stdout: .descriptor(out.write), stderr: .descriptor(err.write),
                            blocking: blocking)
        } catch {
            for fd in [out.read, out.write, err.read, err.write] { close(fd) }
            throw error
        }
        close(out.write)
        close(err.write)
        // stderr is read on the side so neither pipe can fill up and stall the child.
        let errorText = ErrorCollector(fd: err.read)
        let output = readAll(out.read)
        let status = wait(pid)
        return Result(status: status, stdout: output, stderr: errorText.finish())
    }

    /// Starts `program` in the background with its output going to `logFile`
    /// (stdout and stderr). End it with `stop`.
    static func start(_ program: String, _ arguments: [String], logFile: URL) throws -> pid_t {
        try spawn(program, arguments, stdout: .file(logFile.path), stderr: .sameAsStdout)
    }

    /// Sends SIGTERM and waits for the process to end (SIGKILL after `grace`).
    static func stop(_ pid: pid_t, grace: Duration = .seconds(3)) {
        kill(pid, SIGTERM)
        let clock = ContinuousClock()
        let deadline = clock.now + grace
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if clock.now >= deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                return
            }
            usleep(20_000)
        }
    }

    /// The exit status; 128 + n for a process ended by signal n, as a shell reports it.
    @discardableResult
    static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    static func which(_ program: String) -> String? {
        if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) ? program : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(program)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// `word` quoted for sh.
    static func quote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The ids of processes whose whole command line starts with `prefix` (pgrep -f
    /// with an anchored, escaped pattern, so a shell or tmux that merely mentions the
    /// command does not match).
    static func pids(commandLineStartingWith prefix: String) throws -> [pid_t] {
        let special = Set(".[]()*+?{}|^$\\")
        let pattern = "^" + prefix.map { special.contains($0) ? "\\\($0)" : String($0) }.joined()
        let r = try run("pgrep", ["-f", pattern])
        return r.stdout.split(separator: "\n").compactMap { pid_t($0) }
    }

    // MARK: - posix_spawn

    private enum Output {
        case descriptor(Int32)
        case file(String)
        case sameAsStdout
    }

    private static func spawn(_ program: String, _ arguments: [String], stdout: Output, stderr: Output,
                              blocking: [Int32] = []) throws -> pid_t {
        guard let path = which(program) else { throw ShellError(message: "\(program) is not on PATH") }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        for (fd, output) in [(Int32(1), stdout), (Int32(2), stderr)] {
            switch output {
            case .descriptor(let source): posix_spawn_file_actions_adddup2(&actions, source, fd)
            case .file(let file): posix_spawn_file_actions_addopen(&actions, fd, file, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            case .sameAsStdout: posix_spawn_file_actions_adddup2(&actions, 1, fd)
            }
        }
        closeOtherDescriptors(&actions)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var mask = sigset_t()
        sigemptyset(&mask)
        for signal in blocking { sigaddset(&mask, signal) }
        posix_spawnattr_setsigmask(&attributes, &mask)
        var all = sigset_t()
        sigemptyset(&all)
        for signal in Int32(1)..<32 where signal != SIGKILL && signal != SIGSTOP {
            sigaddset(&all, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &all)
        var flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
        #if canImport(Darwin)
        flags |= Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
        #endif
        posix_spawnattr_setflags(&attributes, Int16(flags))

        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let result = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        guard result == 0 else {
            throw ShellError(message: "cannot start \(path): \(String(cString: strerror(result)))")
        }
        return pid
    }

    /// Closes every descriptor from 3 up in the child, including ones other test threads
    /// open meanwhile (a pipe of theirs kept open by a tmux server would never reach EOF).
    private static func closeOtherDescriptors(_ actions: inout posix_spawn_file_actions_t) {
        #if canImport(Glibc)
        // glibc ≥ 2.34 has closefrom for spawn, but Swift's Glibc module does not export it.
        typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        if let symbol = dlsym(dlopen(nil, RTLD_NOW), "posix_spawn_file_actions_addclosefrom_np") {
            _ = unsafeBitCast(symbol, to: AddCloseFrom.self)(&actions, 3)
            return
        }
        // Older glibc: close what is open now.
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for fd in open.compactMap(Int32.init) where fd > 2 {
            posix_spawn_file_actions_addclose(&actions, fd)
        }
        #endif
    }

    private static func makePipe() throws -> (read: Int32, write: Int32) {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw ShellError(message: "pipe: \(String(cString: strerror(errno)))") }
        return (fds[0], fds[1])
    }

    /// Reads `fd` to the end and closes it.
    fileprivate static func readAll(_ fd: Int32) -> String {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n > 0 {
                data.append(contentsOf: buffer[0..<n])
            } else if n == 0 || errno != EINTR {
                break
            }
        }
        close(fd)
        return String(decoding: data, as: UTF8.self)
    }
}

/// Reads one descriptor to the end on a thread of its own.
private final class ErrorCollector: @unchecked Sendable {
    private var text = ""
    private let done = DispatchSemaphore(value: 0)

    init(fd: Int32) {
        Thread.detachNewThread { [self] in
            text = Shell.readAll(fd)
            done.signal()
        }
    }

    func finish() -> String {
        done.wait()
        return text
    }
}

struct ShellError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// Polls `condition` every 50 ms until it holds, returning how long that took; throws
/// when it does not hold within `timeout`.
@discardableResult
func pollUntil(_ what: String, timeout: Duration = .seconds(5), _ condition: () throws -> Bool) throws -> Duration {
    let clock = ContinuousClock()
    let start = clock.now
    while try !condition() {
        guard clock.now - start < timeout else { throw ShellError(message: "waited \(timeout) for \(what)") }
        usleep(50_000)
    }
    return clock.now - start
}
