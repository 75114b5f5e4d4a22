/// Hours booked against capacity per member per week: the plain value the team-load
/// pane draws. How the hours are placed (a naive spread today, the scheduler's
/// forecast later) is decided by whoever builds it, not by the pane.
public struct TeamLoad: Hashable, Sendable {
    public struct Week: Hashable, Sendable {
        public var start: Day
        public var bookedMinutes: Int
        public var capacityMinutes: Int

        public init(start: Day, bookedMinutes: Int, capacityMinutes: Int) {
            self.start = start
            self.bookedMinutes = bookedMinutes
            self.capacityMinutes = capacityMinutes
        }

        /// Booked over capacity; infinity when booked with no capacity.
        public var ratio: Double {
            if capacityMinutes == 0 { return bookedMinutes == 0 ? 0 : .infinity }
            return Double(bookedMinutes) / Double(capacityMinutes)
        }
        public var isOver: Bool { bookedMinutes > capacityMinutes }
    }

    public struct Row: Hashable, Sendable {
        public var handle: String
        public var name: String
        public var weeks: [Week]
        /// Open work with no week to land in (assigned but past the horizon).
        public var beyondMinutes: Int

        public init(handle: String, name: String, weeks: [Week], beyondMinutes: Int = 0) {
            self.handle = handle
            self.name = name
            self.weeks = weeks
            self.beyondMinutes = beyondMinutes
        }
    }

    public var weekStarts: [Day]
    public var rows: [Row]
    /// Remaining minutes of open tasks nobody is assigned to.
    public var unassignedMinutes: Int

    public init(weekStarts: [Day], rows: [Row], unassignedMinutes: Int) {
        self.weekStarts = weekStarts
        self.rows = rows
        self.unassignedMinutes = unassignedMinutes
    }

    /// Members over capacity in the week containing `today`.
    public var overloadedThisWeek: [String] {
        rows.filter { $0.weeks.first?.isOver == true }.map(\.handle)
    }
}

/// The naive placement: each open task's remaining hours spread evenly over its
/// assignee's working days from today to its due date (all of it today when overdue;
/// over the whole horizon when it has no due date). The forecasting issue replaces this
/// with the scheduler's bookings.
public enum NaiveLoad {
    public static func compute(_ snapshot: ProjectSnapshot, today: Day, weeks: Int = 4) -> TeamLoad {
        // On a weekend "this week" is over: start with the coming one.
        let firstWeek = today.weekday >= .saturday ? today.startOfWeek + 7 : today.startOfWeek
        let starts = (0..<weeks).map { firstWeek + 7 * $0 }
        let horizonEnd = firstWeek + 7 * weeks - 1
        var unassigned = 0
        var rows: [TeamLoad.Row] = []
        var byMember: [String: [ProjectTask]] = [:]
        for t in snapshot.tasks where t.status.isOpen {
            let r = t.effectiveRemainingMinutes
            guard r > 0 else { continue }
            if let a = t.assignee { byMember[a, default: []].append(t) } else { unassigned += r }
        }
        let from0 = max(today, firstWeek)
        for m in snapshot.members {
            let tasks = byMember[m.handle] ?? []
            // Which days this member works, from the first day counted to the latest due
            // date, as a prefix sum: counting working days in a range is then O(1).
            let lastDue = tasks.compactMap(\.due).max() ?? horizonEnd
            let span = max(horizonEnd, min(lastDue, from0 + 3650)) - from0 + 1
            var prefix = [Int](repeating: 0, count: span + 1)
            for i in 0..<span { prefix[i + 1] = prefix[i] + (m.works(on: from0 + i) ? 1 : 0) }
            func workingDays(_ a: Day, _ b: Day) -> Int {  // inclusive, clamped to the span
                let lo = max(0, a - from0), hi = min(span - 1, b - from0)
                return hi < lo ? 0 : prefix[hi + 1] - prefix[lo]
            }
            var booked = Array(repeating: 0, count: weeks)
            var beyond = 0
            let capacity = starts.map { m.capacityMinutes(from: max($0, today), through: $0 + 6) }
            for t in tasks {
                let minutes = t.effectiveRemainingMinutes
                let end = t.due.map { max(from0, $0) } ?? horizonEnd
                let inHorizon = workingDays(from0, min(end, horizonEnd))
                if inHorizon == 0 {
                    // No working day before the due date in the horizon: it all lands on
                    // the first working day, if the member has one.
                    guard let first = (0..<(horizonEnd - from0 + 1)).first(where: { m.works(on: from0 + $0) }) else {
                        beyond += minutes
                        continue
                    }
                    booked[(from0 + first - firstWeek) / 7] += minutes
                    continue
                }
                // Work due past the horizon only books its share of the horizon.
                let totalDays = max(inHorizon, t.due.map { $0 > horizonEnd ? workingDays(from0, $0) : inHorizon } ?? inHorizon)
                let perDay = Int((Double(minutes) / Double(totalDays)).rounded())
                var placed = 0
                for w in 0..<weeks {
                    let days = workingDays(max(starts[w], from0), min(starts[w] + 6, min(end, horizonEnd)))
                    booked[w] += perDay * days
                    placed += perDay * days
                }
                beyond += max(0, minutes - placed)
            }
            rows.append(TeamLoad.Row(handle: m.handle, name: m.name,
                                     weeks: (0..<weeks).map { TeamLoad.Week(start: starts[$0], bookedMinutes: booked[$0], capacityMinutes: capacity[$0]) },
                                     beyondMinutes: beyond))
        }
        return TeamLoad(weekStarts: starts, rows: rows, unassignedMinutes: unassigned)
    }
}
