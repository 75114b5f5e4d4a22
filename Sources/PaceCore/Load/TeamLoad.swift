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
            var booked = Array(repeating: 0, count: weeks)
            var beyond = 0
            let capacity = starts.map { m.capacityMinutes(from: max($0, today), through: $0 + 6) }
            for t in byMember[m.handle] ?? [] {
                let minutes = t.effectiveRemainingMinutes
                let end = t.due.map { max(from0, $0) } ?? horizonEnd
                var days: [Day] = []
                let from = max(today, firstWeek)
                var d = from
                while d <= min(end, horizonEnd) {
                    if m.works(on: d) { days.append(d) }
                    d = d + 1
                }
                if days.isEmpty {
                    // No working day before the due date: it all lands on the first one.
                    var first = from
                    while !m.works(on: first) && first <= horizonEnd { first = first + 1 }
                    if first > horizonEnd || m.workingDays.isEmpty { beyond += minutes; continue }
                    days = [first]
                }
                // Work due past the horizon only books its share of the horizon.
                let totalDays: Int
                if let due = t.due, due > horizonEnd {
                    var count = days.count
                    var x = horizonEnd + 1
                    while x <= due { if m.works(on: x) { count += 1 }; x = x + 1 }
                    totalDays = max(count, 1)
                } else {
                    totalDays = days.count
                }
                let perDay = Double(minutes) / Double(totalDays)
                var placed = 0
                for day in days {
                    let w = (day - firstWeek) / 7
                    let share = Int(perDay.rounded())
                    booked[w] += share
                    placed += share
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
