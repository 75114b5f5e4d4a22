import Foundation

/// How a standup starts, the same from `pace standup` and from `S` in the dashboard:
/// today's lineup in the team's order (members off today skipped), the timebox, and
/// "since" where the previous standup started (the last working day for the first).
public enum StandupStart {
    public static func command(_ snapshot: ProjectSnapshot, now: Now, order: SpeakerOrder, timeboxSeconds: Int,
                               load: TeamLoad?) throws -> Command {
        let lineup = try order.lineup(members: snapshot.members, today: now.today, load: load)
        guard lineup.order.contains(where: { !lineup.skipped.contains($0) }) else {
            throw UserError("nobody to speak: everyone is skipped or off today")
        }
        let days = snapshot.members.reduce(into: Set<Weekday>()) { $0.formUnion($1.workingDays) }
        let holidays = Set(snapshot.holidays.map(\.date))
        let since: Date
        if let previous = snapshot.lastStandupStartedAt, previous < now.instant {
            since = previous
        } else {
            since = StandupSince.lastWorkingDayStart(now: now, workingDays: days, holidays: holidays)
        }
        return .startStandup(projectKey: snapshot.project.key, order: lineup.order, skipped: lineup.skipped,
                             timeboxSeconds: timeboxSeconds, since: since)
    }
}
