import Foundation
import PaceCore

/// The run loop: reads input with a short timeout, turns everything into messages,
/// runs the effects `update` asks for, watches the workspace for changes made by other
/// processes, and redraws only when the state changed.
public final class DashboardRunner {
    /// Turns a `:` command line into a command; provided by the executable, which owns
    /// the command-line grammar.
    public typealias CommandLineParser = (String) throws -> Command

    let workspace: any Workspace
    let projectKey: String?
    let clock: () -> Now
    let parseCommandLine: CommandLineParser
    let backend: TerminalBackend
    public private(set) var state: AppState
    private var lastToken: Int64 = -1
    private let jobs = BackgroundJobs()
    private var lastMinute: Int = -1
    private var lastSecond: Int = -1
    /// How long `readEvent` waits; also how often the workspace is polled.
    public var pollInterval = 100
    /// The signal (SIGINT, SIGTERM, SIGHUP) that ended the loop, if one did.
    public private(set) var exitSignal: Int32?
    /// Timing lines for benchmarks (`PACELINE_TRACE`): first frame, and for each input
    /// event the time from reading it to the next frame being flushed.
    public var trace: (@Sendable (String) -> Void)?

    public init(workspace: any Workspace, projectKey: String?, state: AppState, clock: @escaping () -> Now,
                backend: TerminalBackend = TerminalBackend(), parseCommandLine: @escaping CommandLineParser) {
        self.workspace = workspace
        self.projectKey = projectKey
        self.state = state
        self.clock = clock
        self.backend = backend
        self.parseCommandLine = parseCommandLine
    }

    public func run(environment: [String: String]) throws {
        let timer = ContinuousClock()
        let started = timer.now
        var eventStarted: ContinuousClock.Instant?
        var eventLabel = ""
        var frames = 0
        try backend.start(environment: environment)
        defer {
            exitSignal = backend.pendingSignal
            backend.stop()
        }
        state.glyphs = backend.isUTF8 ? .unicode : .ascii
        let size = backend.size
        send(.resize(width: size.width, height: size.height))
        reloadIfChanged(force: true)
        var dirty = true
        while !state.quitting && !backend.shouldStop {
            if dirty {
                backend.draw(DashboardView.render(state))
                dirty = false
                frames += 1
                if let trace {
                    if frames == 1 { trace("first-frame \(Self.ms(timer.now - started)) ms") }
                    if let t = eventStarted { trace("event \(eventLabel) \(Self.ms(timer.now - t)) ms") }
                }
                eventStarted = nil
            }
            // While a forecast computes, wake often enough to show it as soon as it is ready.
            if let event = backend.readEvent(timeoutMs: jobs.isBusy ? 10 : pollInterval) {
                if trace != nil {
                    eventStarted = timer.now
                    eventLabel = "\(event)"
                }
                switch event {
                case .key(let k): send(.key(k))
                case .mouse(let m): send(.mouse(m))
                case .resize(let w, let h): send(.resize(width: w, height: h))
                }
                dirty = true
                // Drain whatever else is queued (a paste, key repeat) before drawing.
                while !state.quitting, let more = backend.readEvent(timeoutMs: 0) {
                    switch more {
                    case .key(let k): send(.key(k))
                    case .mouse(let m): send(.mouse(m))
                    case .resize(let w, let h): send(.resize(width: w, height: h))
                    }
                }
            }
            if reloadIfChanged(force: false) { dirty = true }
            if collectFinishedJobs() { dirty = true }
            let now = clock()
            let minute = Int(now.instant.timeIntervalSince1970 / 60)
            let second = Int(now.instant.timeIntervalSince1970)
            if state.showsSeconds, second != lastSecond, lastMinute != -1 {
                // A standup's countdown shows seconds (the speaker view, and the banner in
                // the header on every screen): only then does the clock tick that often.
                lastSecond = second
                send(.tick(now))
                dirty = true
            }
            if minute != lastMinute {
                // The header clock and relative dates change on minute and day boundaries.
                if lastMinute != -1 {
                    let dayChanged = now.today != state.today
                    send(.tick(now))
                    // Spent and earned value are taken as of today.
                    if dayChanged, let snapshot = state.snapshot { requestBudget(snapshot) }
                    dirty = true
                }
                lastMinute = minute
            }
        }
    }

    /// Sends a message through `update` and runs the effects it returns, feeding their
    /// results back in.
    func send(_ message: Message) {
        var queue = [message]
        while !queue.isEmpty {
            let m = queue.removeFirst()
            let timer = ContinuousClock()
            let t0 = timer.now
            let effects = Update.update(&state, m)
            if let trace, case .loaded = m {
                trace("update(loaded) \(Self.ms(timer.now - t0)) ms")
            }
            for effect in effects {
                if let result = run(effect) { queue.append(result) }
            }
        }
    }

    func run(_ effect: Effect) -> Message? {
        switch effect {
        case .quit:
            state.quitting = true
            return nil
        case .repaint:
            backend.forceRepaint()
            return nil
        case .reload:
            return load()
        case .apply(let command):
            return apply(command)
        case .runCommandLine(let text):
            do {
                return apply(try parseCommandLine(text))
            } catch {
                return .failed(Self.describe(error))
            }
        case .whatIf(let key, let command):
            guard let snapshot = state.snapshot, let base = state.forecast,
                  let changed = WhatIf.apply(command, to: snapshot) else { return nil }
            let now = clock()
            jobs.run { () -> Message? in
                guard let after = try? Scheduler.schedule(.forProject(changed, now: now)) else { return nil }
                return .whatIfReady(key: key, shifts: MilestoneShift.between(base, after))
            }
            return nil
        case .loadBurndown(let request):
            let workspace = self.workspace
            let zone = clock().timeZone
            let trace = self.trace
            jobs.runLatest("burndown") { () -> Message? in
                do {
                    let timer = ContinuousClock()
                    let t0 = timer.now
                    defer { trace?("burndown \(Self.ms(timer.now - t0)) ms") }
                    let days = Burndown.days(activity: try workspace.taskActivity(projectKey: request.projectKey),
                                             entries: try workspace.ledger(projectKey: request.projectKey).entries,
                                             projectKey: request.projectKey, milestoneID: request.milestoneID,
                                             from: request.from, through: request.through, timeZone: zone)
                    return .burndownReady(request, days: days, error: nil)
                } catch {
                    return .burndownReady(request, days: nil, error: Self.describe(error))
                }
            }
            return nil
        case .loadActivity(let since):
            do {
                return .activityLoaded(try workspace.activity(since: since))
            } catch {
                return .failed(Self.describe(error))
            }
        case .loadDetail(let id):
            do {
                let entries = try workspace.timeEntries(task: id)
                let history = try workspace.activity(entity: .task, entityID: id.description, limit: 200)
                return .detailLoaded(id, timeEntries: entries, history: history)
            } catch {
                return .failed(Self.describe(error))
            }
        }
    }

    func apply(_ command: Command) -> Message {
        do {
            return .applied(try workspace.apply(command, actor: state.actor, at: clock().instant))
        } catch {
            return .failed(Self.describe(error))
        }
    }

    func load() -> Message {
        do {
            let timer = ContinuousClock()
            let t0 = timer.now
            let snapshot = try workspace.snapshot(projectKey: projectKey)
            lastToken = snapshot.token
            requestForecast(snapshot)
            requestBudget(snapshot)
            if let trace {
                trace("snapshot \(snapshot.tasks.count) tasks \(Self.ms(timer.now - t0)) ms")
            }
            return .loaded(snapshot)
        } catch {
            return .loadFailed(Self.describe(error))
        }
    }

    /// Forecasts a snapshot off the input path. One forecast runs at a time; a newer
    /// snapshot waits for it and only the newest waiting one is forecast next.
    func requestForecast(_ snapshot: ProjectSnapshot) {
        let now = clock()
        let trace = self.trace
        jobs.runLatest("forecast") { () -> Message? in
            let timer = ContinuousClock()
            let t0 = timer.now
            let message: Message
            do {
                let schedule = try Scheduler.schedule(.forProject(snapshot, now: now))
                message = .forecastReady(token: snapshot.token, schedule: schedule, error: nil)
            } catch {
                message = .forecastReady(token: snapshot.token, schedule: nil, error: "\(error)")
            }
            if let trace {
                trace("forecast \(snapshot.tasks.count) tasks \(Self.ms(timer.now - t0)) ms")
            }
            return message
        }
    }

    /// Works out the budget figures of a snapshot off the input path: its time entries,
    /// rates and baseline are read in the job, so a change costs the loop nothing more.
    func requestBudget(_ snapshot: ProjectSnapshot) {
        let workspace = self.workspace
        let today = clock().today
        let trace = self.trace
        jobs.runLatest("budget") { () -> Message? in
            do {
                let timer = ContinuousClock()
                let t0 = timer.now
                let ledger = try workspace.ledger(projectKey: snapshot.project.key)
                let overview = BudgetOverview.compute(snapshot, ledger: ledger, asOf: today)
                if let trace {
                    trace("budget \(snapshot.tasks.count) tasks \(ledger.entries.count) entries \(Self.ms(timer.now - t0)) ms")
                }
                return .budgetReady(token: snapshot.token, overview: overview, error: nil)
            } catch {
                return .budgetReady(token: snapshot.token, overview: nil, error: Self.describe(error))
            }
        }
    }

    /// Delivers what background jobs finished. Returns whether anything arrived.
    func collectFinishedJobs() -> Bool {
        let finished = jobs.takeFinished()
        for message in finished { send(message) }
        return !finished.isEmpty
    }

    /// Asks the workspace whether anything changed since the last load (cheap) and
    /// reloads only then. Returns whether it reloaded.
    @discardableResult
    func reloadIfChanged(force: Bool) -> Bool {
        let token = (try? workspace.changeToken()) ?? lastToken
        guard force || token != lastToken else { return false }
        send(load())
        return true
    }

    /// A duration in milliseconds with three decimals, for `PACELINE_TRACE` lines.
    static func ms(_ d: Duration) -> String {
        let (s, a) = d.components
        return String(format: "%.3f", Double(s) * 1000 + Double(a) / 1e15)
    }

    static func describe(_ error: Error) -> String {
        if let e = error as? UserError { return e.message }
        return String(describing: error)
    }
}
