import CNcurses
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place that talks to the terminal: copies canvases to ncurses and turns
/// what the user types into `InputEvent`s.
///
/// Use it from the main thread only (ncurses is not thread-safe, hence no
/// `Sendable`). A run loop looks like:
///
///     let terminal = TerminalBackend()
///     try terminal.start(environment: env)
///     defer { terminal.stop() }
///     while !terminal.shouldStop {
///         if let event = terminal.readEvent(timeoutMs: 100) { … }
///         terminal.draw(view(state))
///     }
///
/// `stop()` is idempotent and also runs on deinit, so a thrown error that unwinds past
/// the backend still restores the terminal.
public final class TerminalBackend {
    public struct Options: Hashable, Sendable {
        /// raw(): Ctrl-C, Ctrl-Z, Ctrl-S and Ctrl-Q arrive as keys (`.ctrl("c")`…)
        /// instead of signals and flow control. With false (cbreak), Ctrl-C sends
        /// SIGINT, which ends up in `pendingSignal`.
        public var rawInput: Bool
        /// Report clicks and the wheel. Selecting text then needs Shift held.
        public var mouse: Bool
        /// How long ncurses waits after ESC for the rest of an escape sequence.
        public var escapeDelayMs: Int

        public init(rawInput: Bool = true, mouse: Bool = true, escapeDelayMs: Int = 25) {
            self.rawInput = rawInput
            self.mouse = mouse
            self.escapeDelayMs = escapeDelayMs
        }
    }

    public private(set) var isActive = false
    /// How colourful the terminal is; `.none` before `start`.
    public private(set) var colorCapability: ColorCapability = .none
    /// Whether the locale is UTF-8. Without it only ASCII reaches the screen, so
    /// views should draw lines and symbols in ASCII.
    public private(set) var isUTF8 = false
    /// True once the terminal has gone away (hangup without a SIGHUP reaching us):
    /// reads fail at once, so the loop must end instead of spinning.
    public private(set) var isTerminalLost = false

    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>?
    private var signals = SignalTrap()
    private var decoder = InputDecoder()
    private var queued: [InputEvent] = []
    private var pairs = ColorPairCache(limit: 1)
    private var defaultColorsAvailable = false
    private var lastDrawn: Canvas?
    private var needsFullRepaint = true
    private var quickEmptyReads = 0
    private let inputDescriptor: Int32
    private let outputDescriptor: Int32
    /// Streams opened for a terminal other than stdin/stdout, closed by `stop`.
    private var ownStreams: (output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>)?

    /// A backend for the controlling terminal on stdin/stdout.
    public convenience init() {
        self.init(inputDescriptor: 0, outputDescriptor: 1)
    }

    /// A backend for another terminal, such as a pty in tests.
    init(inputDescriptor: Int32, outputDescriptor: Int32) {
        self.inputDescriptor = inputDescriptor
        self.outputDescriptor = outputDescriptor
    }

    deinit {
        stop()
    }

    // MARK: - Start and stop

    /// Takes over the terminal on stdin/stdout.
    ///
    /// `environment` supplies TERM and NO_COLOR. The locale comes from the process
    /// environment (setlocale reads it there).
    public func start(environment: [String: String], options: Options = Options()) throws {
        guard !isActive else { throw TerminalError.alreadyStarted }
        guard isatty(inputDescriptor) == 1, isatty(outputDescriptor) == 1 else { throw TerminalError.notATerminal }
        guard let type = environment["TERM"], !type.isEmpty else { throw TerminalError.unknownTerminalType("") }

        isUTF8 = pace_setlocale_from_environment() != 0

        // Before newterm: ncurses installs its own SIGINT/SIGTERM handlers only where
        // the disposition is still the default, and those exit the process from inside
        // the handler — skipping the app's own stop and any unsaved work.
        SignalTrap.clear()
        signals.install()

        guard let screen = newScreen(type: type) else {
            closeOwnStreams()
            signals.restore()
            throw TerminalError.unknownTerminalType(type)
        }
        self.screen = screen
        guard let window = pace_stdscr() else {
            endwin()
            delscreen(screen)
            self.screen = nil
            closeOwnStreams()
            signals.restore()
            throw TerminalError.unknownTerminalType(type)
        }
        self.window = window
        isActive = true
        isTerminalLost = false

        if options.rawInput { raw() } else { cbreak() }
        noecho()
        // Enter arrives as \r, and ncurses may use \n to move the cursor down.
        nonl()
        keypad(window, true)
        intrflush(window, false)
        // The cursor is hidden, so ncurses need not move it back after each update.
        leaveok(window, true)
        _ = pace_set_escdelay(Int32(clamping: options.escapeDelayMs))
        _ = curs_set(0)

        if options.mouse {
            // No click resolution: a press is reported at once, not after waiting to
            // see whether a release makes it a click.
            _ = mouseinterval(0)
            _ = pace_mousemask(MouseMapping.Masks.ncurses.requested)
        }

        setUpColors(environment: environment)
        decoder = InputDecoder()
        queued = []
        lastDrawn = nil
        needsFullRepaint = true
        quickEmptyReads = 0
    }

    private func newScreen(type: String) -> OpaquePointer? {
        if inputDescriptor == 0, outputDescriptor == 1 {
            return pace_newterm_stdio(type)
        }
        let output = pace_fdopen_copy(outputDescriptor, "w")
        let input = pace_fdopen_copy(inputDescriptor, "r")
        guard let output, let input else {
            if let output { fclose(output) }
            if let input { fclose(input) }
            return nil
        }
        ownStreams = (output, input)
        return pace_newterm_files(type, output, input)
    }

    private func closeOwnStreams() {
        guard let streams = ownStreams else { return }
        fclose(streams.output)
        fclose(streams.input)
        ownStreams = nil
    }

    private func setUpColors(environment: [String: String]) {
        colorCapability = .none
        // NO_COLOR: never call start_color, so not a single colour sequence is sent.
        guard !ColorCapability.colorDisabled(by: environment), has_colors() else { return }
        guard start_color() == pace_ok() else { return }
        defaultColorsAvailable = use_default_colors() == pace_ok()
        colorCapability = ColorCapability.detect(
            hasColors: true,
            colors: Int(pace_colors()),
            terminfoHasRGB: pace_terminfo_has_rgb() != 0,
            environment: environment
        )
        pairs = ColorPairCache(limit: pace_color_pairs())
    }

    /// Gives the terminal back: leaves the alternate screen, shows the cursor, turns
    /// off mouse reporting and restores the tty modes and signal handlers. Safe to
    /// call any number of times.
    public func stop() {
        guard isActive else { return }
        isActive = false
        if screen != nil {
            _ = curs_set(1)
            endwin()
        }
        if let screen { delscreen(screen) }
        screen = nil
        window = nil
        lastDrawn = nil
        closeOwnStreams()
        signals.restore()
    }

    // MARK: - State the loop polls

    /// The ending signal (SIGINT, SIGTERM, SIGHUP) received since `start`, if any.
    /// The loop should end and call `stop()`; the app may then exit with 128 + signal.
    public var pendingSignal: Int32? { SignalTrap.pending }

    /// Whether the loop should end now: a signal arrived or the terminal is gone.
    public var shouldStop: Bool { pendingSignal != nil || isTerminalLost }

    /// The current size in cells (0×0 when not started).
    public var size: TerminalSize {
        guard isActive, let window else { return TerminalSize(width: 0, height: 0) }
        return TerminalSize(width: Int(pace_getmaxx(window)), height: Int(pace_getmaxy(window)))
    }

    // MARK: - Output

    /// Makes the next `draw` clear the screen and write every cell (for Ctrl-L, or
    /// after something else wrote to the terminal).
    public func forceRepaint() {
        needsFullRepaint = true
    }

    /// Shows `canvas`. Only cells that differ from the last drawn canvas are written;
    /// ncurses then sends only what differs from the screen. The screen is cleared
    /// only after a resize, a size change of the canvas or `forceRepaint()`.
    public func draw(_ canvas: Canvas) {
        guard isActive, !isTerminalLost, let window else { return }
        let repaintAll = needsFullRepaint || lastDrawn.map { $0.width != canvas.width || $0.height != canvas.height } ?? true
        if !write(canvas, to: window, repaintAll: repaintAll, pairsMayRunOut: true) {
            // Out of colour pairs: define them again from 1 for this frame alone.
            // Cells on screen used the old numbers, so every cell is written again.
            pairs.reset()
            _ = write(canvas, to: window, repaintAll: true, pairsMayRunOut: false)
        }
        wnoutrefresh(window)
        doupdate()
        lastDrawn = canvas
        needsFullRepaint = false
    }

    /// Writes the changed runs to stdscr. Returns false, having stopped, when colour
    /// pairs ran out and `pairsMayRunOut` allows starting over.
    private func write(_ canvas: Canvas, to window: UnsafeMutablePointer<WINDOW>,
                       repaintAll: Bool, pairsMayRunOut: Bool) -> Bool {
        if repaintAll {
            // Blank what the canvas may not cover, and have the next doupdate clear
            // the real screen, which may hold anything after a resize.
            werase(window)
            clearok(window, true)
        }
        let columns = Int(pace_getmaxx(window))
        let rows = Int(pace_getmaxy(window))
        for run in FrameDiff.runs(from: repaintAll ? nil : lastDrawn, to: canvas) where run.y < rows {
            let resolved = ResolvedStyle.resolve(run.style, for: colorCapability)
            guard let pair = colorPair(for: resolved, mayRunOut: pairsMayRunOut) else { return false }
            let attributes = cursesAttributes(resolved.attributes)
            for glyph in run.glyphs where glyph.x < columns {
                let cell = canvas[glyph.x, run.y]
                let text = CellText.characters(
                    for: cell.isContinuation ? " " : cell.text, isWide: glyph.isWide, isUTF8: isUTF8,
                    width: { Int(pace_char_width(wchar_t(truncatingIfNeeded: $0))) }
                )
                let characters = text.characters.map { wchar_t(truncatingIfNeeded: $0) }
                _ = characters.withUnsafeBufferPointer { buffer in
                    pace_put_cell(window, Int32(run.y), Int32(glyph.x), buffer.baseAddress, attributes, pair)
                }
                if text.blankNextColumn, glyph.x + 1 < columns {
                    let blank: [wchar_t] = [0x20, 0]
                    _ = blank.withUnsafeBufferPointer { buffer in
                        pace_put_cell(window, Int32(run.y), Int32(glyph.x + 1), buffer.baseAddress, attributes, pair)
                    }
                }
            }
        }
        return true
    }

    /// The colour pair for a resolved style, defined on first use. nil when pairs ran
    /// out and `mayRunOut`; otherwise running out falls back to the default colours.
    private func colorPair(for style: ResolvedStyle, mayRunOut: Bool) -> Int32? {
        guard colorCapability != .none else { return 0 }
        var foreground = style.foreground
        var background = style.background
        if !defaultColorsAvailable {
            // Without use_default_colors, -1 is not a colour: use white on black, the
            // usual defaults.
            if foreground == ResolvedStyle.terminalDefault { foreground = 7 }
            if background == ResolvedStyle.terminalDefault { background = 0 }
        }
        switch pairs.pair(foreground: foreground, background: background) {
        case .cached(let pair):
            return pair
        case .new(let pair):
            return pace_init_pair(pair, foreground, background) == pace_ok() ? pair : 0
        case .exhausted:
            return mayRunOut ? nil : 0
        }
    }

    private func cursesAttributes(_ attributes: Attributes) -> attr_t {
        var result = pace_a_normal()
        if attributes.contains(.bold) { result |= pace_a_bold() }
        if attributes.contains(.dim) { result |= pace_a_dim() }
        if attributes.contains(.underline) { result |= pace_a_underline() }
        if attributes.contains(.reverse) { result |= pace_a_reverse() }
        if attributes.contains(.italic) { result |= pace_a_italic() }
        if attributes.contains(.standout) { result |= pace_a_standout() }
        return result
    }

    // MARK: - Input

    /// The next event, waiting at most `timeoutMs` (negative: until one comes).
    /// nil on timeout, after a signal, or once the terminal is lost.
    public func readEvent(timeoutMs: Int) -> InputEvent? {
        guard isActive, let window else { return nil }
        if !queued.isEmpty { return queued.removeFirst() }
        if isTerminalLost {
            // Never return at once here: a loop that keeps calling would spin.
            let pause = timeoutMs < 0 ? 1000 : min(timeoutMs, 1000)
            if pause > 0 { usleep(UInt32(pause) * 1000) }
            return nil
        }
        let clock = ContinuousClock()
        let deadline: ContinuousClock.Instant? = timeoutMs < 0 ? nil : clock.now + .milliseconds(timeoutMs)

        while true {
            if pendingSignal != nil { return nil }
            let wait: Int
            if decoder.isPending {
                wait = decoder.continuationTimeoutMs
            } else if let deadline {
                wait = max(0, milliseconds(deadline - clock.now))
            } else {
                wait = -1
            }
            wtimeout(window, Int32(clamping: wait))
            let started = clock.now
            let input = pace_get_wch(window)

            let raw: RawInput
            switch Int(input.kind) {
            case Int(PACE_INPUT_CHAR): raw = .character(input.code)
            case Int(PACE_INPUT_KEY): raw = .keyCode(Int32(bitPattern: input.code))
            default:
                if decoder.isPending {
                    enqueue(decoder.flush())
                    if !queued.isEmpty { return queued.removeFirst() }
                    continue
                }
                noteEmptyRead(waited: wait, after: clock.now - started)
                if isTerminalLost { return nil }
                if let deadline, clock.now >= deadline { return nil }
                continue
            }
            quickEmptyReads = 0
            enqueue(decoder.feed(raw))
            if !queued.isEmpty { return queued.removeFirst() }
            if !decoder.isPending, let deadline, clock.now >= deadline { return nil }
        }
    }

    private func enqueue(_ decoded: [DecodedInput]) {
        for item in decoded {
            switch item {
            case .key(let key):
                queued.append(.key(key))
            case .resize:
                // ncurses has already resized stdscr; the terminal may have reflowed
                // or scrolled what it showed, so the next frame is written in full.
                needsFullRepaint = true
                let size = self.size
                queued.append(.resize(width: size.width, height: size.height))
            case .mouse:
                let mouse = pace_getmouse()
                guard mouse.ok != 0 else { continue }
                for kind in MouseMapping.kinds(bstate: mouse.bstate) {
                    queued.append(.mouse(MouseEvent(kind: kind, x: Int(mouse.x), y: Int(mouse.y))))
                }
            }
        }
    }

    /// A read that came back empty long before its timeout, with no signal to explain
    /// it, is how a vanished terminal shows itself (read returns EOF or EIO at once).
    /// Then the terminal is checked directly.
    /// `waited` is the timeout given to ncurses: negative for "block", 0 for "poll".
    /// A poll cannot be told from a failure by its timing, so every empty poll counts,
    /// and the terminal is checked now and then rather than on each one.
    private func noteEmptyRead(waited: Int, after elapsed: Duration) {
        let quick = waited <= 0 || (waited >= 10 && milliseconds(elapsed) < waited / 2)
        guard quick, pendingSignal == nil else {
            quickEmptyReads = 0
            return
        }
        quickEmptyReads += 1
        let check = waited == 0 ? quickEmptyReads % 64 == 2 : quickEmptyReads >= 2
        if check, pace_terminal_gone(inputDescriptor) != 0 {
            isTerminalLost = true
        } else if waited != 0, quickEmptyReads >= 50 {
            // Failing fast for a reason the check above does not know: still never
            // let the loop spin a core.
            usleep(10_000)
        }
    }

    private func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
