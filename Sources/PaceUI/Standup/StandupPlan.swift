import Foundation
import PaceCore

/// The standup `S` starts: everyone in alphabetical order, those away today skipped, a
/// two-minute timebox, and "since" the start of the last working day.
struct StandupPlan: Hashable, Sendable {
    static let timeboxSeconds = 120

    var order: [String]
    var skipped: [String]
    var since: Date

    init(_ snapshot: ProjectSnapshot, now: Now) {
        let today = now.today
        let handles = snapshot.members.map(\.handle).sorted()
        // Off today (time off, or a day they do not work): nobody waits for them to speak.
        let away = Set(snapshot.members.filter { !$0.works(on: today) || $0.isOff(on: today) }.map(\.handle))
        order = handles.filter { !away.contains($0) }
        skipped = handles.filter { away.contains($0) }
        since = Self.lastWorkingDay(before: today, holidays: Set(snapshot.holidays.map(\.date))).start(in: now.timeZone)
    }

    /// The working day before `today`, weekends and the project's holidays passed over:
    /// on a Monday, Friday. Bounded, so a project with a year of holidays still answers.
    static func lastWorkingDay(before today: Day, holidays: Set<Day>) -> Day {
        var d = today - 1
        for _ in 0..<30 {
            if d.weekday.rawValue < 5 && !holidays.contains(d) { return d }
            d = d - 1
        }
        return today - 1
    }

    func command(projectKey: String) -> Command {
        .startStandup(projectKey: projectKey, order: order, skipped: skipped, timeboxSeconds: Self.timeboxSeconds, since: since)
    }
}
