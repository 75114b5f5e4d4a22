import Dispatch
import Foundation

/// Runs work (forecasts, what-if previews) on a background queue and hands the
/// resulting messages back to the run loop, which collects them on each wake. The run
/// loop never waits for a job.
final class BackgroundJobs: @unchecked Sendable {
    private let lock = NSLock()
    private var finished: [Message] = []
    private let queue = DispatchQueue(label: "paceline.jobs", qos: .userInitiated, attributes: .concurrent)

    func run(_ job: @escaping @Sendable () -> Message?) {
        queue.async { [self] in
            guard let message = job() else { return }
            lock.lock()
            finished.append(message)
            lock.unlock()
        }
    }

    func takeFinished() -> [Message] {
        lock.lock()
        defer { lock.unlock() }
        let out = finished
        finished = []
        return out
    }
}
