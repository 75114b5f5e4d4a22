import CNcurses
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the signal handler records a signal. A global because a C signal handler
/// cannot capture anything; `nonisolated(unsafe)` because the pointer itself never
/// changes and the pointee is only touched through volatile sig_atomic_t accesses
/// (see shim.h). `SignalTrap.install` touches it first, so the handler never runs
/// Swift's lazy initialisation of globals.
nonisolated(unsafe) private let pendingSignalSlot: UnsafeMutablePointer<sig_atomic_t> = {
    let slot = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
    slot.initialize(to: 0)
    return slot
}()

/// Turns the signals that should end the program into a flag the run loop polls,
/// instead of dying with the terminal in raw mode, mouse reporting on and the
/// cursor hidden. SIGHUP is what a dropped SSH link or a closed terminal window sends.
///
/// SIGPIPE is ignored while installed: writing to a terminal that went away then
/// fails with an error ncurses can ignore, rather than killing the process before
/// it has restored anything or saved its work.
struct SignalTrap {
    static let endingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    private var saved: [(signal: Int32, action: sigaction)] = []
    private var savedMask: sigset_t?

    var isInstalled: Bool { !saved.isEmpty }

    /// The last ending signal received since `clear()`, if any.
    static var pending: Int32? {
        let value = pace_signal_slot_load(pendingSignalSlot)
        return value == 0 ? nil : Int32(value)
    }

    static func clear() {
        pace_signal_slot_store(pendingSignalSlot, 0)
    }

    /// What the handler does, callable without a signal so it can be tested.
    /// A second SIGINT/SIGTERM while the first is still pending means the loop is not
    /// getting round to it: the default action then ends the process. A second SIGHUP
    /// does not (a hangup commonly brings two: the kernel's and the shell's).
    static func record(_ signal: Int32) {
        if forcesExit(signal, alreadyPending: pace_signal_slot_load(pendingSignalSlot) != 0) {
            pace_default_and_raise(signal)
            return
        }
        pace_signal_slot_store(pendingSignalSlot, signal)
    }

    static func forcesExit(_ signal: Int32, alreadyPending: Bool) -> Bool {
        alreadyPending && signal != SIGHUP
    }

    /// Installs the handlers, keeping the previous dispositions for `restore()`.
    mutating func install() {
        guard !isInstalled else { return }
        _ = pendingSignalSlot
        for signal in Self.endingSignals {
            var old = sigaction()
            if pace_install_signal_handler(signal, { SignalTrap.record($0) }, &old) == 0 {
                saved.append((signal, old))
            }
        }
        var old = sigaction()
        if pace_ignore_signal(SIGPIPE, &old) == 0 {
            saved.append((SIGPIPE, old))
        }
        // A process inherits its parent's signal mask, and some parents block signals
        // (Foundation's Process started from a Dispatch thread, for one). Blocked, the
        // ending signals never reach the handlers and SIGWINCH never reaches ncurses:
        // no resize, and SIGTERM or a hangup would leave the dashboard running.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signal in Self.endingSignals + [SIGWINCH] { sigaddset(&unblock, signal) }
        var oldMask = sigset_t()
        if pthread_sigmask(SIG_UNBLOCK, &unblock, &oldMask) == 0 { savedMask = oldMask }
    }

    /// Puts back what was there before `install()`. The pending flag is kept: the
    /// caller may still want to know which signal ended the program.
    mutating func restore() {
        for entry in saved.reversed() {
            var action = entry.action
            _ = pace_restore_signal(entry.signal, &action)
        }
        saved.removeAll()
        if var mask = savedMask {
            pthread_sigmask(SIG_SETMASK, &mask, nil)
            savedMask = nil
        }
    }
}
