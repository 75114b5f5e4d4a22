/// A calendar of an MSPDI file as the import needs it: which weekdays are worked and for
/// how many minutes, and the days that are not (holidays, time off), with the base
/// calendar's answers wherever this one says nothing.
struct MSPDICalendar {
    /// Minutes worked per weekday; a weekday missing here comes from the base.
    var minutesByWeekday: [Weekday: Int] = [:]
    var exceptions: [(range: DayRange, name: String)] = []
    var baseUID: String?

    init(_ node: XMLTree, context: String) throws(UserError) {
        baseUID = node.value("BaseCalendarUID").flatMap { $0 == "-1" ? nil : $0 }
        for day in node.child("WeekDays")?.children("WeekDay") ?? [] {
            let type = day.value("DayType").flatMap(Int.init) ?? -1
            let working = day.value("DayWorking") == "1"
            if type == 0 {
                // MS Project 2003 keeps exceptions among the weekdays, as day type 0.
                if !working, let period = try Self.period(day, context: context) { exceptions.append((period, "")) }
                continue
            }
            guard (1...7).contains(type) else { continue }
            let weekday: Weekday = type == 1 ? .sunday : Weekday(rawValue: type - 2)!
            minutesByWeekday[weekday] = working ? try Self.workingMinutes(day, context: context) : 0
        }
        // The 2007+ form; when a file has both, it is the one MS Project keeps current.
        if let list = node.child("Exceptions") {
            exceptions = []
            for e in list.children("Exception") where e.value("DayWorking") != "1" {
                if let period = try Self.period(e, context: context) { exceptions.append((period, e.value("Name") ?? "")) }
            }
        }
    }

    static func workingMinutes(_ day: XMLTree, context: String) throws(UserError) -> Int {
        var total = 0
        for time in day.child("WorkingTimes")?.children("WorkingTime") ?? [] {
            guard let from = time.value("FromTime").flatMap(minutesOfDay), let to = time.value("ToTime").flatMap(minutesOfDay) else {
                throw UserError("\(context): a working time without FromTime and ToTime like 09:00:00")
            }
            // 00:00 as an end is midnight at the end of the day.
            total += (to == 0 ? 1440 : to) - from
        }
        return max(0, total)
    }

    static func minutesOfDay(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count >= 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h), (0..<60).contains(m) else { return nil }
        return h * 60 + m
    }

    static func period(_ node: XMLTree, context: String) throws(UserError) -> DayRange? {
        guard let p = node.child("TimePeriod") else { return nil }
        guard let from = p.value("FromDate").flatMap(MSPDITime.parseDateTime),
              let to = p.value("ToDate").flatMap(MSPDITime.parseDateTime), from.day <= to.day else {
            throw UserError("\(context): an exception without a FromDate and ToDate like 2026-12-24T00:00:00")
        }
        guard to.day - from.day <= 366 else {
            throw UserError("\(context): an exception from \(from.day.iso) to \(to.day.iso) is longer than a year")
        }
        return DayRange(start: from.day, end: to.day)
    }

    /// Weekday minutes with the base calendar filling in the days this one leaves out.
    func resolvedMinutes(base: MSPDICalendar?) -> [Weekday: Int] {
        var out = base?.minutesByWeekday ?? [:]
        for (day, minutes) in minutesByWeekday { out[day] = minutes }
        return out
    }
}
