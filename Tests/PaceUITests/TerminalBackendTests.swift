import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import PaceUI

/// Signal handlers and ncurses' screen are process-wide, so these tests run one at a
/// time. The backend tests drive real ncurses on a pseudo-terminal: what the backend
/// writes is read from the pty's master side, and keys are typed into it.
#if os(Linux)
@Suite(.serialized) struct TerminalBackendTests {
    // MARK: - Signal flag

    /// raise() signals the calling thread, and test threads (Dispatch workers) block
    /// SIGHUP: unblock it around the call so the handler runs before raise returns.
    func raiseUnblocked(_ signal: Int32) {
        var set = sigset_t()
        var old = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, signal)
        pthread_sigmask(SIG_UNBLOCK, &set, &old)
        raise(signal)
        pthread_sigmask(SIG_SETMASK, &old, nil)
    }

    @Test func handlersRecordTheSignalAndRestoreTheOldDisposition() {
        SignalTrap.clear()
        var trap = SignalTrap()
        trap.install()
        #expect(trap.isInstalled)
        #expect(SignalTrap.pending == nil)
        // Without the handler, SIGHUP would end the test process.
        raiseUnblocked(SIGHUP)
        #expect(SignalTrap.pending == SIGHUP)
        // A second hangup is not a reason to die.
        raiseUnblocked(SIGHUP)
        #expect(SignalTrap.pending == SIGHUP)
        trap.restore()
        #expect(!trap.isInstalled)
        // The flag outlives the handlers, so the app can still see why it stopped.
        #expect(SignalTrap.pending == SIGHUP)
        SignalTrap.clear()
        #expect(SignalTrap.pending == nil)

        #if os(Linux)
        var old = sigaction()
        sigaction(SIGHUP, nil, &old)
        #expect(old.__sigaction_handler.sa_handler == nil, "SIG_DFL is a null handler")
        #endif
    }

    @Test func sigpipeIsIgnoredWhileInstalled() {
        var trap = SignalTrap()
        trap.install()
        defer { trap.restore() }
        // A write to a pipe without a reader must fail with EPIPE, not kill us.
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        close(fds[0])
        let byte: [UInt8] = [1]
        #expect(write(fds[1], byte, 1) == -1)
        #expect(errno == EPIPE)
        close(fds[1])
    }

    /// A parent may leave signals blocked; blocked, they would never reach the handlers
    /// (or SIGWINCH ncurses). install unblocks them on this thread, restore re-blocks.
    @Test func installUnblocksTheSignalsItNeedsAndRestoreBlocksThemAgain() {
        let needed = SignalTrap.endingSignals + [SIGWINCH]
        var block = sigset_t()
        var original = sigset_t()
        sigemptyset(&block)
        for signal in needed { sigaddset(&block, signal) }
        pthread_sigmask(SIG_BLOCK, &block, &original)
        defer { pthread_sigmask(SIG_SETMASK, &original, nil) }
        func blocked() -> [Int32] {
            var current = sigset_t()
            pthread_sigmask(SIG_BLOCK, nil, &current)
            return needed.filter { sigismember(&current, $0) == 1 }
        }
        #expect(blocked() == needed)
        var trap = SignalTrap()
        trap.install()
        #expect(blocked().isEmpty)
        trap.restore()
        #expect(blocked() == needed)
    }

    @Test func onlyASecondInterruptOrTerminateForcesExit() {
        #expect(!SignalTrap.forcesExit(SIGTERM, alreadyPending: false))
        #expect(SignalTrap.forcesExit(SIGTERM, alreadyPending: true))
        #expect(SignalTrap.forcesExit(SIGINT, alreadyPending: true))
        #expect(!SignalTrap.forcesExit(SIGHUP, alreadyPending: true))
    }

    // MARK: - Real ncurses on a pty

    /// A pseudo-terminal pair; the backend gets the secondary side.
    final class PseudoTerminal {
        let primary: Int32
        let secondary: Int32
        private var primaryOpen = true

        init(columns: UInt16 = 0, rows: UInt16 = 0) throws {
            primary = open("/dev/ptmx", O_RDWR | O_NOCTTY)
            guard primary >= 0 else { throw PtyError() }
            // unlockpt and ptsname by hand: Glibc's Swift module lacks them, and their
            // ioctl numbers are function-like macros (_IOW/_IOR) Swift cannot import.
            let setLock: UInt = 0x4004_5431  // TIOCSPTLCK
            let getNumber: UInt = 0x8004_5430  // TIOCGPTN
            var unlock: Int32 = 0
            var number: Int32 = 0
            guard ioctl(primary, setLock, &unlock) == 0, ioctl(primary, getNumber, &number) == 0 else {
                close(primary)
                throw PtyError()
            }
            secondary = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
            guard secondary >= 0 else {
                close(primary)
                throw PtyError()
            }
            if columns > 0 { resize(columns: columns, rows: rows) }
        }

        func resize(columns: UInt16, rows: UInt16) {
            var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
            _ = ioctl(primary, UInt(TIOCSWINSZ), &size)
        }

        struct PtyError: Error {}

        /// Everything written to the terminal until it has been quiet for `quietMs`.
        func drain(quietMs: Int32 = 150) -> [UInt8] {
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                var p = pollfd(fd: primary, events: Int16(POLLIN), revents: 0)
                guard poll(&p, 1, quietMs) > 0, p.revents & Int16(POLLIN) != 0 else { break }
                let n = read(primary, &buffer, buffer.count)
                guard n > 0 else { break }
                bytes += buffer[0..<n]
            }
            return bytes
        }

        /// Types `text` as a user would.
        func type(_ text: String) {
            let bytes = Array(text.utf8)
            _ = bytes.withUnsafeBytes { write(primary, $0.baseAddress, $0.count) }
        }

        func closePrimary() {
            if primaryOpen { close(primary) }
            primaryOpen = false
        }

        deinit {
            closePrimary()
            close(secondary)
        }
    }

    func started() throws -> (TerminalBackend, PseudoTerminal) {
        let pty = try PseudoTerminal(columns: 80, rows: 24)
        let backend = TerminalBackend(inputDescriptor: pty.secondary, outputDescriptor: pty.secondary)
        try backend.start(environment: ["TERM": "xterm-256color"])
        return (backend, pty)
    }

    func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    func page(width: Int, height: Int, word: String) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        for y in 0..<height {
            canvas.put("line \(y) of the standup board: tasks, owners, deadlines", x: 0, y: y)
        }
        canvas.put(" \(word) ", x: 10, y: height / 2, style: Style(foreground: .ansi(2), attributes: [.bold]))
        return canvas
    }

    @Test func startReportsSizeAndColours() throws {
        let (backend, pty) = try started()
        defer { backend.stop() }
        #expect(backend.isActive)
        #expect(backend.colorCapability == .indexed256)
        #expect(backend.size == TerminalSize(width: 80, height: 24))
        _ = pty.drain()
    }

    @Test func startTwiceIsAnError() throws {
        let (backend, pty) = try started()
        defer { backend.stop() }
        #expect(throws: TerminalError.alreadyStarted) {
            try backend.start(environment: ["TERM": "xterm-256color"])
        }
        _ = pty.drain()
    }

    @Test func unknownTerminalTypeIsReportedAndLeavesNothingInstalled() throws {
        let pty = try PseudoTerminal()
        let backend = TerminalBackend(inputDescriptor: pty.secondary, outputDescriptor: pty.secondary)
        #expect(throws: TerminalError.unknownTerminalType("no-such-terminal-xyz")) {
            try backend.start(environment: ["TERM": "no-such-terminal-xyz"])
        }
        #expect(throws: TerminalError.unknownTerminalType("")) {
            try backend.start(environment: [:])
        }
        #expect(!backend.isActive)
    }

    @Test func notATerminal() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]); close(fds[1]) }
        let backend = TerminalBackend(inputDescriptor: fds[0], outputDescriptor: fds[1])
        #expect(throws: TerminalError.notATerminal) {
            try backend.start(environment: ["TERM": "xterm-256color"])
        }
    }

    @Test func aChangedWordSendsTensOfBytesNotAFrame() throws {
        let (backend, pty) = try started()
        defer { backend.stop() }
        let size = backend.size
        backend.draw(page(width: size.width, height: size.height, word: "alpha"))
        let first = pty.drain()
        #expect(first.count > 1000)

        backend.draw(page(width: size.width, height: size.height, word: "omega"))
        let second = pty.drain()
        #expect(second.count > 0)
        #expect(second.count < 60, "\(second.count) bytes: \(text(second).debugDescription)")
        #expect(text(second).contains("omeg"))
        // Never a clear on an ordinary frame.
        #expect(!text(second).contains("\u{1B}[2J"))

        backend.draw(page(width: size.width, height: size.height, word: "omega"))
        #expect(pty.drain().count == 0)
    }

    @Test func forceRepaintClearsAndRewritesEverything() throws {
        let (backend, pty) = try started()
        defer { backend.stop() }
        let canvas = page(width: backend.size.width, height: backend.size.height, word: "alpha")
        backend.draw(canvas)
        _ = pty.drain()
        backend.forceRepaint()
        backend.draw(canvas)
        let repaint = pty.drain()
        #expect(text(repaint).contains("\u{1B}[2J"))
        #expect(repaint.count > 1000)
    }

    @Test func colourPairsAreDefinedOnDemand() throws {
        let (backend, pty) = try started()
        defer { backend.stop() }
        var canvas = Canvas(width: backend.size.width, height: backend.size.height)
        canvas.put("orange", x: 0, y: 0, style: Style(foreground: .rgb(255, 135, 0), background: .indexed(236)))
        backend.draw(canvas)
        let out = text(pty.drain())
        #expect(out.contains("\u{1B}[38;5;208m"))
        #expect(out.contains("\u{1B}[48;5;236m"))
    }

    @Test func runningOutOfColourPairsStartsOverWithoutLosingTheFrame() throws {
        // xterm: 8 colours and 64 pairs. Two frames of 45 fg/bg combinations each need
        // 81 pairs between them, but each frame alone fits.
        let pty = try PseudoTerminal(columns: 80, rows: 24)
        let backend = TerminalBackend(inputDescriptor: pty.secondary, outputDescriptor: pty.secondary)
        try backend.start(environment: ["TERM": "xterm"])
        defer { backend.stop() }
        #expect(backend.colorCapability == .ansi8)
        let colors: [Color] = [.terminalDefault] + (0..<8).map { Color.ansi(UInt8($0)) }
        func frame(foregrounds: ArraySlice<Color>) -> Canvas {
            var canvas = Canvas(width: 80, height: 24)
            for (i, fg) in foregrounds.enumerated() {
                for (j, bg) in colors.enumerated() {
                    canvas.put("x", x: j, y: i, style: Style(foreground: fg, background: bg))
                }
            }
            return canvas
        }
        backend.draw(frame(foregrounds: colors[0..<5]))
        _ = pty.drain()
        backend.draw(frame(foregrounds: colors[4..<9]))
        let second = text(pty.drain())
        // The pairs ran out during the frame: it was written again in full with fresh
        // pairs, so the last cells still have their colours (white on white).
        #expect(second.contains("\u{1B}[2J"))
        #expect(second.contains("\u{1B}[37m\u{1B}[47mx"))
        backend.draw(frame(foregrounds: colors[4..<9]))
        #expect(pty.drain().count == 0)
    }

    @Test func brightColoursOnEightColourTerminalsAreBold() throws {
        let pty = try PseudoTerminal(columns: 80, rows: 24)
        let backend = TerminalBackend(inputDescriptor: pty.secondary, outputDescriptor: pty.secondary)
        try backend.start(environment: ["TERM": "xterm"])
        defer { backend.stop() }
        var canvas = Canvas(width: 80, height: 24)
        canvas.put("!", x: 20, y: 0, style: Style(foreground: .ansi(9)))
        backend.draw(canvas)
        let out = text(pty.drain())
        #expect(out.contains("\u{1B}[0;1m\u{1B}[31m!") || out.contains("\u{1B}[1m\u{1B}[31m!"),
                "\(out.debugDescription)")
    }

    static let typedKeys: [(String, InputEvent)] = [
        // keypad(TRUE) puts the terminal in application cursor mode (smkx), so arrows
        // come as SS3 sequences.
        ("\u{1B}OA", .key(.up)), ("\u{1B}OB", .key(.down)), ("\u{1B}OD", .key(.left)), ("\u{1B}OH", .key(.home)),
        ("\u{1B}[5~", .key(.pageUp)), ("\u{1B}[3~", .key(.delete)), ("\u{1B}[Z", .key(.backTab)),
        ("\u{1B}OP", .key(.function(1))), ("\u{1B}[24~", .key(.function(12))),
        ("\r", .key(.enter)), ("\u{7F}", .key(.backspace)), ("\t", .key(.tab)),
        ("\u{03}", .key(.ctrl("c"))), ("q", .key(.char("q"))),
        ("\u{1B}", .key(.escape)), ("\u{1B}x", .key(.alt("x"))),
        ("\u{1B}[<0;5;3M", .mouse(MouseEvent(kind: .press, x: 4, y: 2))),
        ("\u{1B}[<0;5;3m", .mouse(MouseEvent(kind: .release, x: 4, y: 2))),
        ("\u{1B}[<64;10;1M", .mouse(MouseEvent(kind: .wheelUp, x: 9, y: 0))),
        ("\u{1B}[<65;10;1M", .mouse(MouseEvent(kind: .wheelDown, x: 9, y: 0))),
    ]

    @Test func typedKeysThroughNcurses() throws {
        let (backend, pty) = try started()
        defer { backend.stop() }
        backend.draw(Canvas(width: 80, height: 24))
        _ = pty.drain()
        for (typed, expected) in Self.typedKeys {
            pty.type(typed)
            #expect(backend.readEvent(timeoutMs: 1000) == expected, "typed \(typed.debugDescription)")
            #expect(backend.readEvent(timeoutMs: 0) == nil, "after \(typed.debugDescription)")
        }
        // An unknown sequence types nothing.
        pty.type("\u{1B}[1;9Xj")
        #expect(backend.readEvent(timeoutMs: 1000) == .key(.char("j")))
    }

    @Test func resizeIsReportedWithTheNewSizeAndRepaintsInFull() throws {
        let pty = try PseudoTerminal(columns: 100, rows: 30)
        let backend = TerminalBackend(inputDescriptor: pty.secondary, outputDescriptor: pty.secondary)
        try backend.start(environment: ["TERM": "xterm-256color"])
        defer { backend.stop() }
        #expect(backend.size == TerminalSize(width: 100, height: 30))
        backend.draw(page(width: 100, height: 30, word: "alpha"))
        _ = pty.drain()

        // The pty is not our controlling terminal, so the kernel sends no SIGWINCH:
        // send it to ourselves, to ncurses' handler.
        pty.resize(columns: 60, rows: 20)
        kill(getpid(), SIGWINCH)
        #expect(backend.readEvent(timeoutMs: 1000) == .resize(width: 60, height: 20))
        #expect(backend.size == TerminalSize(width: 60, height: 20))
        backend.draw(page(width: 60, height: 20, word: "alpha"))
        let repaint = text(pty.drain())
        #expect(repaint.contains("\u{1B}[2J"), "cleared after a resize")
        #expect(repaint.contains("line 19 of the standup"))
    }

    @Test func readTimesOutWithNothing() throws {
        let (backend, pty) = try started()
        defer { backend.stop() }
        let clock = ContinuousClock()
        let start = clock.now
        #expect(backend.readEvent(timeoutMs: 80) == nil)
        #expect(clock.now - start >= .milliseconds(70))
        #expect(!backend.isTerminalLost)
        _ = pty.drain()
    }

    @Test func stopRestoresTheTerminalOnce() throws {
        let pty = try PseudoTerminal()
        var before = termios()
        tcgetattr(pty.secondary, &before)
        let backend = TerminalBackend(inputDescriptor: pty.secondary, outputDescriptor: pty.secondary)
        try backend.start(environment: ["TERM": "xterm-256color"])
        backend.draw(Canvas(width: 80, height: 24))
        let started = text(pty.drain())
        #expect(started.contains("\u{1B}[?1049h"), "alternate screen")
        #expect(started.contains("\u{1B}[?25l"), "cursor hidden")
        var during = termios()
        tcgetattr(pty.secondary, &during)
        #expect(during.c_lflag & tcflag_t(ECHO | ICANON) == 0, "raw, no echo")

        backend.stop()
        let stopped = text(pty.drain())
        #expect(stopped.contains("\u{1B}[?1049l"), "alternate screen left")
        #expect(stopped.contains("\u{1B}[?25h"), "cursor shown")
        #expect(stopped.contains("1000l"), "mouse reporting off")
        var after = termios()
        tcgetattr(pty.secondary, &after)
        #expect(after.c_lflag == before.c_lflag)
        #expect(after.c_iflag == before.c_iflag)
        #expect(after.c_oflag == before.c_oflag)
        #expect(!backend.isActive)

        backend.stop()
        #expect(pty.drain().count == 0)
    }

    @Test func aVanishedTerminalIsReportedInsteadOfSpinning() throws {
        let (backend, pty) = try started()
        defer { backend.stop() }
        backend.draw(Canvas(width: 80, height: 24))
        _ = pty.drain()
        pty.closePrimary()
        let clock = ContinuousClock()
        let start = clock.now
        #expect(backend.readEvent(timeoutMs: 2000) == nil)
        #expect(backend.isTerminalLost)
        #expect(backend.shouldStop)
        #expect(clock.now - start < .milliseconds(1000))
        // Drawing to it is skipped, and stop does not hang.
        backend.draw(Canvas(width: 80, height: 24))
    }
}
#endif
