/// A client project: the unit tasks are numbered in and budgets are kept for.
public struct Project: Hashable, Sendable, Codable {
    public var key: String
    public var name: String
    public var client: String
    public var startDate: Day?
    public var targetDate: Day?
    public var budget: Money?
    /// Hours budget in minutes.
    public var hoursBudgetMinutes: Int?
    public var status: ProjectStatus
    /// Used to turn `est:2d` into hours.
    public var hoursPerDay: Double
    /// What the forecast assumes for a task with no estimate.
    public var defaultEstimateMinutes: Int
    /// Working days of slack below which a milestone is "at risk".
    public var milestoneBufferDays: Int

    public init(key: String, name: String, client: String = "", startDate: Day? = nil,
                targetDate: Day? = nil, budget: Money? = nil, hoursBudgetMinutes: Int? = nil,
                status: ProjectStatus = .active, hoursPerDay: Double = 8,
                defaultEstimateMinutes: Int = 240, milestoneBufferDays: Int = 2) {
        self.key = key
        self.name = name
        self.client = client
        self.startDate = startDate
        self.targetDate = targetDate
        self.budget = budget
        self.hoursBudgetMinutes = hoursBudgetMinutes
        self.status = status
        self.hoursPerDay = hoursPerDay
        self.defaultEstimateMinutes = defaultEstimateMinutes
        self.milestoneBufferDays = milestoneBufferDays
    }
}

public enum ProjectStatus: String, CaseIterable, Sendable, Codable, Hashable {
    case planning, active, onHold = "on-hold", done, cancelled

    public init?(name: some StringProtocol) {
        let n = name.lowercased().replacingOccurrences(of: "_", with: "-")
        guard let s = ProjectStatus(rawValue: n == "hold" || n == "onhold" ? "on-hold" : n) else { return nil }
        self = s
    }
    public static let acceptedNames = "planning, active, on-hold, done, cancelled"
}

/// A day nobody on the project works (a public holiday).
public struct Holiday: Hashable, Sendable, Codable {
    public var date: Day
    public var name: String

    public init(date: Day, name: String = "") {
        self.date = date
        self.name = name
    }
}
