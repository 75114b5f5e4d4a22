import Foundation

extension ScheduleEngine {
    /// The forecast as values: dates instead of times, IDs instead of indices, and the
    /// milestones' verdicts with the chains that explain them.
    func result() -> Schedule {
        let today = clock.today
        var dates = WorkClock.Cache(clock: clock)
        let all = input.tasks
        let n = source.count
        var out: [ScheduledTask] = []
        out.reserveCapacity(n)
        for i in 0..<n {
            let j = Int(source[i])
            let w = Int(waitedFor[i])
            let reason: StartReason
            if w < 0 {
                reason = .now
            } else if waitedForLane[i] {
                reason = .busy(lane: lane(i), with: all[Int(source[w])].id)
            } else {
                reason = .dependency(all[Int(source[w])].id)
            }
            out.append(ScheduledTask(
                id: all[j].id, lane: lane(i), start: dates.date(startTime[i]), finish: dates.date(finishTime[i]),
                startDay: today + startTime[i] / WorkClock.minutesPerDay, finishDay: today + Int(finishDay[i]),
                workMinutes: Int(work[i]), flags: flags[i], startedBecause: reason, due: all[j].due,
                minutesAfterDue: Int(afterDue[i])))
        }

        var bookings: [String: LaneBookings] = [:]
        var memberCalendars: [String: WorkCalendar] = [:]
        for (l, m) in members.enumerated() {
            bookings[m.handle] = laneBookings(l)
            memberCalendars[m.handle] = calendars[l]
        }
        return Schedule(now: input.now, tasks: out, milestones: milestoneForecasts(out), members: members,
                        bookings: bookings, unassignedBookings: laneBookings(unassignedLane),
                        calendars: memberCalendars, projectCalendar: calendars[unassignedLane],
                        workdayStartMinutes: input.workdayStartMinutes)
    }

    private func lane(_ i: Int) -> ScheduleLane {
        let l = Int(laneOf[i])
        return l == unassignedLane ? .unassigned : .member(members[l].handle)
    }

    /// Trailing empty days are dropped so equal forecasts compare equal however far
    /// each lane's calendar happened to be filled.
    private func laneBookings(_ l: Int) -> LaneBookings {
        let days = booked[l]
        let end = (days.lastIndex { $0 > 0 } ?? -1) + 1
        return LaneBookings(firstDay: clock.today, minutes: Array(days[..<end]))
    }

    private func milestoneForecasts(_ scheduled: [ScheduledTask]) -> [MilestoneForecast] {
        var latest: [Int64: Int] = [:]
        var open: [Int64: Int] = [:]
        for i in source.indices {
            guard let m = input.tasks[Int(source[i])].milestoneID else { continue }
            open[m, default: 0] += 1
            // Ascending indices and a strict comparison: on a tie the smallest ID stays.
            if let j = latest[m], finishTime[j] >= finishTime[i] { continue }
            latest[m] = i
        }
        let project = calendars[unassignedLane]
        let buffer = input.milestoneBufferWorkingDays
        let milestones = input.milestones.sorted { ($0.id, $0.name) < ($1.id, $1.name) }
        return milestones.map { m in
            guard let last = latest[m.id] else {
                return MilestoneForecast(milestone: m, openTasks: 0, forecast: nil, forecastDay: nil,
                                         slackWorkingDays: nil, status: .onTrack, drivingChain: [])
            }
            let day = scheduled[last].finishDay
            var slack: Int?
            var status = MilestoneForecast.Status.onTrack
            if let due = m.due {
                let s = project.slack(finish: day, due: due)
                slack = s
                status = s < 0 ? .late : s < buffer ? .atRisk : .onTrack
            }
            var chain: [ScheduledTask] = []
            if status != .onTrack {
                var i = last
                while true {
                    chain.append(scheduled[i])
                    let w = Int(waitedFor[i])
                    if w < 0 { break }
                    i = w
                }
                chain.reverse()
            }
            return MilestoneForecast(milestone: m, openTasks: open[m.id] ?? 0, forecast: scheduled[last].finish,
                                     forecastDay: day, slackWorkingDays: slack, status: status, drivingChain: chain)
        }
    }
}
