/// Minutes booked per day on one lane, dense from the forecast's first day: a schedule
/// of 10,000 tasks books tens of thousands of member-days, and an array of them is both
/// cheaper to build and cheaper to sum by week than a dictionary.
public struct LaneBookings: Hashable, Sendable {
    public var firstDay: Day
    /// `minutes[i]` is booked on `firstDay + i`; days past the end have nothing booked.
    public var minutes: [Int]

    public init(firstDay: Day, minutes: [Int]) {
        self.firstDay = firstDay
        self.minutes = minutes
    }

    public subscript(day: Day) -> Int {
        let i = day - firstDay
        return i >= 0 && i < minutes.count ? minutes[i] : 0
    }

    public var total: Int { minutes.reduce(0, +) }

    /// The last day with anything booked.
    public var lastDay: Day? {
        minutes.lastIndex { $0 > 0 }.map { firstDay + $0 }
    }

    /// Days with anything booked, for callers who want a dictionary.
    public var byDay: [Day: Int] {
        var out: [Day: Int] = [:]
        for (i, m) in minutes.enumerated() where m > 0 { out[firstDay + i] = m }
        return out
    }

    /// Minutes booked from `start` through `end` inclusive.
    public func minutes(from start: Day, through end: Day) -> Int {
        let lo = max(0, start - firstDay)
        let hi = min(minutes.count - 1, end - firstDay)
        guard lo <= hi else { return 0 }
        var sum = 0
        for i in lo...hi { sum += minutes[i] }
        return sum
    }
}
