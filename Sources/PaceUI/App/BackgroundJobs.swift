import Dispatch
import Foundation

/// Runs work (forecasts, budget figures, what-if previews) on a background queue and
/// hands the resulting messages back to the run loop, which collects them on each wake.
/// The run loop never waits for a job.
final class BackgroundJobs: @unchecked Sendable {
    typealias Job = @Sendable () -> Message?

    private let lock = NSLock()
    private var finished: [Message] = []
    /// Kinds with a job running, and the newest job of each kind waiting for it.
    private var running: Set<String> = []
    private var waiting: [String: Job] = [:]
    private let queue = DispatchQueue(label: "paceline.jobs", qos: .userInitiated, attributes: .concurrent)

    func run(_ job: @escaping Job) {
        queue.async { [self] in
            guard let message = job() else { return }
            lock.withLock { finished.append(message) }
        }
    }

    /// Runs one job of a kind at a time: a job asked for while another of its kind runs
    /// waits, and replaces any older one waiting, so only the newest state is worked
    /// out next (a burst of changes costs two runs, not one per change).
    func runLatest(_ kind: String, _ job: @escaping Job) {
        let startNow = lock.withLock { () -> Bool in
            if running.contains(kind) {
                waiting[kind] = job
                return false
            }
            running.insert(kind)
            return true
        }
        if startNow { start(kind, job) }
    }

    private func start(_ kind: String, _ job: @escaping Job) {
        queue.async { [self] in
            let message = job()
            let next = lock.withLock { () -> Job? in
                if let message { finished.append(message) }
                guard let next = waiting.removeValue(forKey: kind) else {
                    running.remove(kind)
                    return nil
                }
                return next
            }
            if let next { start(kind, next) }
        }
    }

    /// Whether a job of a kind is running or waiting: the run loop wakes more often
    /// then, to show its result as soon as it is ready.
    var isBusy: Bool { lock.withLock { !running.isEmpty } }

    func takeFinished() -> [Message] {
        lock.withLock {
            let out = finished
            finished = []
            return out
        }
    }
}
