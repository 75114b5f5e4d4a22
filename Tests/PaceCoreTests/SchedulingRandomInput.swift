import Foundation
@testable import PaceCore

/// Random forecast inputs for property tests: a few members with assorted capacities,
/// working days and time off; tasks with random statuses, estimates, priorities, due
/// dates and milestones, depending only on tasks made before them so there is never a
/// cycle. The same seed always makes the same input.
enum SchedulingRandomInput {
    static func make(seed: UInt64, maxTasks: Int = 80) -> ScheduleInput {
        var rng = SeededGenerator(seed: seed)
        func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &rng) < percent }
        let base = Day(iso: "2026-11-30")!
        let zone = chance(30) ? TimeZone(identifier: "Europe/Berlin")! : TimeZone(identifier: "UTC")!
        let today = base + Int.random(in: -3...10, using: &rng)
        let minuteOfDay = Int.random(in: 0..<1440, using: &rng)
        let now = Now(instant: today.start(in: zone).addingTimeInterval(TimeInterval(minuteOfDay * 60 + Int.random(in: 0..<60, using: &rng))),
                      timeZone: zone)
        let holidays = Set((0..<Int.random(in: 0...3, using: &rng)).map { _ in today + Int.random(in: 0...30, using: &rng) })

        let memberCount = Int.random(in: 1...6, using: &rng)
        var members: [Member] = []
        for k in 0..<memberCount {
            var days = Set(Weekday.allCases.filter { _ in chance(60) })
            if chance(60) { days = Weekday.workWeek }
            if days.isEmpty && chance(70) { days = [.monday, .wednesday] }
            let hours = [40, 40, 32, 24, 20, 16, 60, 0][Int.random(in: 0..<8, using: &rng)]
            let timeOff = (0..<Int.random(in: 0...2, using: &rng)).map { i -> TimeOff in
                let start = today + Int.random(in: -5...40, using: &rng)
                return TimeOff(id: Int64(i + 1), range: DayRange(start: start, end: start + Int.random(in: 0...7, using: &rng)))
            }
            members.append(Member(handle: "m\(k)", name: "Member \(k)", weeklyCapacityMinutes: hours * 60 + Int.random(in: 0...59, using: &rng),
                                  workingDays: days, timeOff: timeOff))
        }
        let milestones = (0..<Int.random(in: 0...3, using: &rng)).map { i in
            Milestone(id: Int64(i + 1), projectKey: "WEB", name: "m\(i)",
                      due: chance(80) ? today + Int.random(in: -5...40, using: &rng) : nil)
        }

        let taskCount = Int.random(in: 0...maxTasks, using: &rng)
        var tasks: [ProjectTask] = []
        var numbers = [1, 1]
        let statuses: [TaskStatus] = [.backlog, .todo, .todo, .inProgress, .review, .blocked, .done, .cancelled]
        for _ in 0..<taskCount {
            let p = chance(70) ? 0 : 1
            let id = TaskID(projectKey: ["WEB", "OPS"][p], number: numbers[p])
            numbers[p] += Int.random(in: 1...3, using: &rng)
            let assignee: String? = chance(15) ? nil : chance(5) ? "ghost" : members[Int.random(in: 0..<memberCount, using: &rng)].handle
            var deps: [TaskID] = []
            if !tasks.isEmpty {
                for _ in 0..<[0, 0, 1, 1, 2, 3][Int.random(in: 0..<6, using: &rng)] {
                    deps.append(tasks[Int.random(in: 0..<tasks.count, using: &rng)].id)
                }
            }
            if chance(5) { deps.append(TaskID(projectKey: "XYZ", number: 1)) }
            let estimate: Int? = chance(15) ? nil : [30, 60, 120, 240, 480, 960, 1_500][Int.random(in: 0..<7, using: &rng)]
            tasks.append(ProjectTask(
                id: id, title: "t", status: statuses[Int.random(in: 0..<statuses.count, using: &rng)],
                priority: Priority.allCases[Int.random(in: 0..<4, using: &rng)], assignee: assignee,
                estimateMinutes: estimate,
                remainingMinutes: chance(15) ? [0, 45, 200][Int.random(in: 0..<3, using: &rng)] : nil,
                due: chance(50) ? today + Int.random(in: -5...40, using: &rng) : nil,
                milestoneID: milestones.isEmpty || chance(30) ? nil : milestones[Int.random(in: 0..<milestones.count, using: &rng)].id,
                dependencies: deps, created: Date(timeIntervalSince1970: 0),
                deleted: chance(3) ? Date(timeIntervalSince1970: 0) : nil,
                spentMinutes: chance(20) ? Int.random(in: 0...600, using: &rng) : 0))
        }
        let unassigned: UnassignedLane = chance(50) ? .parallel(dailyMinutes: [240, 480][Int.random(in: 0..<2, using: &rng)])
                                                    : .shared(dailyMinutes: [240, 480, 600][Int.random(in: 0..<3, using: &rng)])
        return ScheduleInput(tasks: tasks, members: members, milestones: milestones, now: now,
                             projectWorkingDays: chance(80) ? Weekday.workWeek : [.monday, .tuesday, .wednesday, .thursday, .saturday],
                             holidays: holidays, defaultEstimateMinutes: [60, 240][Int.random(in: 0..<2, using: &rng)],
                             unassigned: unassigned, workdayStartMinutes: [9 * 60, 9 * 60, 8 * 60 + 30, 7 * 60, 13 * 60][Int.random(in: 0..<5, using: &rng)],
                             milestoneBufferWorkingDays: Int.random(in: 0...3, using: &rng))
    }

    /// The same input with every array in another order.
    static func shuffled(_ input: ScheduleInput, seed: UInt64) -> ScheduleInput {
        var rng = SeededGenerator(seed: seed &* 31 &+ 7)
        var out = input
        out.tasks = input.tasks.shuffled(using: &rng).map { t in
            var t = t
            t.dependencies.shuffle(using: &rng)
            return t
        }
        out.members = input.members.shuffled(using: &rng).map { m in
            var m = m
            m.timeOff.shuffle(using: &rng)
            return m
        }
        out.milestones = input.milestones.shuffled(using: &rng)
        return out
    }
}
