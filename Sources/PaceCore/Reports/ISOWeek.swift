/// An ISO 8601 week: Monday to Sunday, numbered within the year its Thursday falls in,
/// so the days around New Year belong to the week most of their days are in.
public struct ISOWeek: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var week: Int
    /// Its Monday.
    public var start: Day

    public init(_ day: Day) {
        start = day.startOfWeek
        let thursday = start + 3
        year = thursday.year
        week = (thursday - Day(year: year, month: 1, day: 1)!) / 7 + 1
    }

    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool { lhs.start < rhs.start }

    /// `2026-W48`
    public var description: String { "\(year)-W\(week < 10 ? "0" : "")\(week)" }

    public var next: ISOWeek { ISOWeek(start + 7) }
}
