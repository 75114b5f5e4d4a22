/// A person on the team.
public struct Member: Hashable, Sendable, Codable {
    public var handle: String
    public var name: String
    public var role: String
    /// Weekly capacity in minutes.
    public var weeklyCapacityMinutes: Int
    public var workingDays: Set<Weekday>
    public var hourlyRate: Money?
    public var timeOff: [TimeOff]

    public init(handle: String, name: String, role: String = "", weeklyCapacityMinutes: Int = 40 * 60,
                workingDays: Set<Weekday> = Weekday.workWeek, hourlyRate: Money? = nil, timeOff: [TimeOff] = []) {
        self.handle = handle
        self.name = name
        self.role = role
        self.weeklyCapacityMinutes = weeklyCapacityMinutes
        self.workingDays = workingDays
        self.hourlyRate = hourlyRate
        self.timeOff = timeOff
    }

    /// Capacity on one working day: the weekly capacity spread over the working days.
    public var dailyCapacityMinutes: Int {
        workingDays.isEmpty ? 0 : weeklyCapacityMinutes / workingDays.count
    }

    public func isOff(on day: Day) -> Bool {
        timeOff.contains { $0.range.contains(day) }
    }

    public func works(on day: Day) -> Bool {
        workingDays.contains(day.weekday) && !isOff(on: day)
    }

    /// Minutes available between two days inclusive, with time off subtracted.
    public func capacityMinutes(from start: Day, through end: Day) -> Int {
        guard start <= end else { return 0 }
        var total = 0
        var d = start
        while d <= end {
            if works(on: d) { total += dailyCapacityMinutes }
            d = d + 1
        }
        return total
    }
}

public struct TimeOff: Hashable, Sendable, Codable {
    public var id: Int64
    public var range: DayRange
    public var note: String

    public init(id: Int64, range: DayRange, note: String = "") {
        self.id = id
        self.range = range
        self.note = note
    }
}

public enum Handle {
    /// Lower-case letters, digits, `.`, `_` and `-`, starting with a letter; 1–32 long.
    public static func isValid(_ handle: some StringProtocol) -> Bool {
        guard let first = handle.first, first.isASCII, first.isLetter, first.isLowercase,
              handle.count <= 32 else { return false }
        return handle.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || "._-".contains($0)) }
    }
    public static let rule = "lower-case letters, digits, '.', '_' or '-', starting with a letter (e.g. alice)"

    /// Accepts `alice` or `@alice`.
    public static func normalize(_ text: some StringProtocol) -> String {
        let t = text.hasPrefix("@") ? String(text.dropFirst()) : String(text)
        return t.lowercased()
    }
}
