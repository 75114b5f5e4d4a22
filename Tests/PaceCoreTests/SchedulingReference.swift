import Foundation
@testable import PaceCore

/// A deliberately naive forecaster to check the real one against: it walks the clock
/// one minute at a time, and at each minute lets every idle member whose working hours
/// include that minute take the best task that is ready. Slow, but so simple that its
/// answer is easy to trust; it shares no code with `Scheduler` beyond the model types.
enum SchedulingReference {
    struct Placement: Equatable {
        var start: Date
        var finish: Date
    }

    struct Result {
        var placements: [TaskID: Placement]
        /// Minutes per member handle per day.
        var booked: [String: [Day: Int]]
    }

    /// Nil when the work runs past `maxDays`.
    static func run(_ input: ScheduleInput, maxDays: Int = 400) -> Result? {
        let zone = input.now.timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let today = input.now.today
        let parts = calendar.dateComponents([.hour, .minute], from: input.now.instant)
        let startOfWork = input.workdayStartMinutes
        let maxDaily = 1440 - startOfWork

        let open = input.tasks.filter { $0.status.isOpen && $0.deleted == nil }.sorted { $0.id < $1.id }
        let n = open.count
        let index = Dictionary(uniqueKeysWithValues: open.enumerated().map { ($0.element.id, $0.offset) })
        let members = input.members.filter { $0.dailyCapacityMinutes > 0 && !$0.workingDays.isEmpty }
        let memberLane = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($0.element.handle, $0.offset) })
        let shared = members.count
        let parallel: Bool
        if case .parallel = input.unassigned { parallel = true } else { parallel = false }

        var lane = [Int](repeating: shared, count: n)
        var left = [Int](repeating: 0, count: n)
        var deps = [[Int]](repeating: [], count: n)
        var key: [(Int, Int, Int, TaskID)] = []
        var dueOf: [Int64: Day] = [:]
        for m in input.milestones { dueOf[m.id] = m.due }
        for (i, t) in open.enumerated() {
            if let a = t.assignee, let l = memberLane[a] { lane[i] = l }
            left[i] = t.remainingMinutes == nil && t.estimateMinutes == nil ? input.defaultEstimateMinutes : t.effectiveRemainingMinutes
            deps[i] = t.dependencies.compactMap { index[$0] }
            let due = t.due ?? t.milestoneID.flatMap { dueOf[$0] ?? nil }
            key.append((t.status == .inProgress ? 0 : 1, t.priority.rank, due?.ordinal ?? Int.max, t.id))
        }

        /// The minute of day work starts and ends on `day` for a lane (end exclusive).
        func window(_ l: Int, _ day: Day) -> Range<Int> {
            if input.holidays.contains(day) { return 0..<0 }
            let daily: Int
            if l < shared {
                guard members[l].works(on: day) else { return 0..<0 }
                daily = min(members[l].dailyCapacityMinutes, maxDaily)
            } else {
                guard input.projectWorkingDays.contains(day.weekday) else { return 0..<0 }
                daily = min(input.unassigned.dailyMinutes, maxDaily)
            }
            return startOfWork..<(startOfWork + daily)
        }

        var start = [Int?](repeating: nil, count: n)
        var finish = [Int?](repeating: nil, count: n)
        var running = [Int?](repeating: nil, count: shared + 1)
        var booked: [String: [Day: Int]] = [:]
        var remaining = n
        var changed = true
        var minute = max(parts.hour! * 60 + parts.minute!, startOfWork)
        var windows: [Range<Int>] = []
        var windowDay = -1
        func ready(_ i: Int, _ m: Int) -> Bool {
            start[i] == nil && deps[i].allSatisfy { finish[$0].map { $0 <= m } ?? false }
        }
        while remaining > 0 {
            let d = minute / 1440
            if d >= maxDays { return nil }
            let day = today + d
            if d != windowDay {
                windows = (0...shared).map { window($0, day) }
                windowDay = d
            }
            let mod = minute % 1440
            if changed {
                // Work that needs nobody's time is done the moment it is ready, and may
                // free more such work at the same minute.
                var again = true
                while again {
                    again = false
                    for i in 0..<n where left[i] == 0 && ready(i, minute) {
                        start[i] = minute; finish[i] = minute; remaining -= 1; again = true
                    }
                }
            }
            var finishedNow = false
            if parallel {
                for i in 0..<n where lane[i] == shared && left[i] > 0 && finish[i] == nil {
                    guard windows[shared].contains(mod), start[i] != nil || ready(i, minute) else { continue }
                    if start[i] == nil { start[i] = minute }
                    left[i] -= 1
                    booked["", default: [:]][day, default: 0] += 1
                    if left[i] == 0 { finish[i] = minute + 1; remaining -= 1; finishedNow = true }
                }
            }
            for l in 0...shared where !(parallel && l == shared) && windows[l].contains(mod) {
                if running[l] == nil && changed {
                    let candidates = (0..<n).filter { lane[$0] == l && left[$0] > 0 && ready($0, minute) }
                    if let best = candidates.min(by: { key[$0] < key[$1] }) {
                        running[l] = best
                        start[best] = minute
                    }
                }
                guard let i = running[l] else { continue }
                left[i] -= 1
                booked[l < shared ? members[l].handle : "", default: [:]][day, default: 0] += 1
                if left[i] == 0 { finish[i] = minute + 1; remaining -= 1; running[l] = nil; finishedNow = true }
            }
            // An idle lane need only look again once something has finished (or a day
            // has turned, since its window may open).
            changed = finishedNow || (minute + 1) % 1440 == 0 || mod + 1 == startOfWork
            minute += 1
        }

        func date(_ m: Int) -> Date {
            let c = (today + m / 1440).components
            return calendar.date(from: DateComponents(year: c.year, month: c.month, day: c.day,
                                                      hour: (m % 1440) / 60, minute: m % 60))!
        }
        var placements: [TaskID: Placement] = [:]
        for i in 0..<n { placements[open[i].id] = Placement(start: date(start[i]!), finish: date(finish[i]!)) }
        return Result(placements: placements, booked: booked)
    }
}
