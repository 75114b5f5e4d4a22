import Foundation

/// Working days as people write them: `mon-fri`, `mon,tue,thu`, `mon-thu,sat`.
public enum WorkingDays {
    public static func parse(_ text: String) throws -> Set<Weekday> {
        var days: Set<Weekday> = []
        for part in text.lowercased().split(separator: ",") {
            let range = part.split(separator: "-")
            guard (1...2).contains(range.count), let first = Weekday(name: range[0].trimmingCharacters(in: .whitespaces)) else {
                throw UserError("'\(text)' is not a set of working days: use e.g. mon-fri, mon,tue,thu or mon-thu,sat")
            }
            guard range.count == 2 else { days.insert(first); continue }
            guard let last = Weekday(name: range[1].trimmingCharacters(in: .whitespaces)), first <= last else {
                throw UserError("'\(text)' is not a set of working days: use e.g. mon-fri, mon,tue,thu or mon-thu,sat")
            }
            for d in Weekday.allCases where d >= first && d <= last { days.insert(d) }
        }
        guard !days.isEmpty else { throw UserError("give at least one working day, e.g. mon-fri") }
        return days
    }

    /// `mon-fri`, `mon,wed,fri`.
    public static func describe(_ days: Set<Weekday>) -> String {
        let sorted = days.sorted()
        guard let first = sorted.first, let last = sorted.last else { return "none" }
        if sorted.count > 2, last.rawValue - first.rawValue == sorted.count - 1 {
            return "\(first.shortName)-\(last.shortName)"
        }
        return sorted.map(\.shortName).joined(separator: ",")
    }
}
