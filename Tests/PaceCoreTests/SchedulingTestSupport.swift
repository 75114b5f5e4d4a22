import Foundation
import Testing
@testable import PaceCore

/// Builders for forecaster tests: tasks as `WEB-n`, times as "Mon 13:00"-style local
/// clock times in UTC, so each expectation reads like the hand calculation above it.
enum Sched {
    static let utc = TimeZone(identifier: "UTC")!
    static let created = Date(timeIntervalSince1970: 1_700_000_000)

    /// Monday 2026-11-30, 09:00 UTC, unless told otherwise.
    static func now(_ text: String = "2026-11-30T09:00", zone: TimeZone = utc) -> Now {
        Now.parse(text, timeZone: zone)!
    }

    /// A local clock time, e.g. `at("2026-12-01T13:00")`.
    static func at(_ text: String, zone: TimeZone = utc) -> Date {
        Now.parse(text, timeZone: zone)!.instant
    }

    static func id(_ n: Int, _ key: String = "WEB") -> TaskID { TaskID(projectKey: key, number: n) }

    static func task(_ n: Int, _ assignee: String?, hours: Double?, deps: [Int] = [], status: TaskStatus = .todo,
                     priority: Priority = .medium, due: String? = nil, milestone: Int64? = nil,
                     remainingHours: Double? = nil, spentHours: Double = 0) -> ProjectTask {
        ProjectTask(id: id(n), title: "task \(n)", status: status, priority: priority, assignee: assignee,
                    estimateMinutes: hours.map { Int($0 * 60) }, remainingMinutes: remainingHours.map { Int($0 * 60) },
                    due: due.map { Day(iso: $0)! }, milestoneID: milestone, dependencies: deps.map { id($0) },
                    created: created, spentMinutes: Int(spentHours * 60))
    }

    static func member(_ handle: String, hours: Int = 40, days: Set<Weekday> = Weekday.workWeek,
                       off: [(String, String)] = []) -> Member {
        Member(handle: handle, name: handle.capitalized, weeklyCapacityMinutes: hours * 60, workingDays: days,
               timeOff: off.enumerated().map { TimeOff(id: Int64($0.offset + 1), range: DayRange(start: Day(iso: $0.element.0)!, end: Day(iso: $0.element.1)!)) })
    }

    static func schedule(_ tasks: [ProjectTask], _ members: [Member], milestones: [Milestone] = [],
                         now: Now = Sched.now(), holidays: [String] = [], unassigned: UnassignedLane = .standard,
                         sourceLocation: SourceLocation = #_sourceLocation) throws -> Schedule {
        try Scheduler.schedule(ScheduleInput(tasks: tasks, members: members, milestones: milestones, now: now,
                                             holidays: Set(holidays.map { Day(iso: $0)! }), unassigned: unassigned))
    }
}

extension Schedule {
    /// The task, or a recorded failure.
    func of(_ n: Int, sourceLocation: SourceLocation = #_sourceLocation) -> ScheduledTask {
        guard let t = task(Sched.id(n)) else {
            Issue.record("WEB-\(n) was not scheduled", sourceLocation: sourceLocation)
            return ScheduledTask(id: Sched.id(n), lane: .unassigned, start: .distantPast, finish: .distantPast,
                                 startDay: Day(ordinal: 0), finishDay: Day(ordinal: 0), workMinutes: 0, flags: [],
                                 startedBecause: .now, due: nil, minutesAfterDue: 0)
        }
        return t
    }

    /// "WEB-1 2026-11-30T09:00 → 2026-11-30T15:00" per task, for readable failures.
    func timeline(_ zone: TimeZone = Sched.utc) -> String {
        let f = DateFormatter()
        f.timeZone = zone
        f.dateFormat = "EEE yyyy-MM-dd HH:mm"
        f.locale = Locale(identifier: "en_US_POSIX")
        return tasks.map { "\($0.id) \($0.lane): \(f.string(from: $0.start)) → \(f.string(from: $0.finish)) (\($0.startedBecause))" }
            .joined(separator: "\n")
    }
}
