import Foundation
import Testing
@testable import PaceCore

/// Laws every forecast obeys, checked over hundreds of random workspaces. Each check
/// recomputes what it needs from the input itself — capacity from `Member`, work from
/// `ProjectTask` — rather than trusting the forecaster's own numbers.
@Suite struct SchedulingPropertyTests {
    static let seeds: Range<UInt64> = 0..<400

    @Test func forecastsObeyTheRules() throws {
        for seed in Self.seeds {
            let input = SchedulingRandomInput.make(seed: seed)
            let s = try Scheduler.schedule(input)
            let failures = Self.violations(of: s, input: input)
            #expect(failures.isEmpty, "seed \(seed):\n\(failures.prefix(5).joined(separator: "\n"))")
            if !failures.isEmpty { break }
        }
    }

    @Test func theOrderOfTheInputDoesNotMatter() throws {
        for seed in Self.seeds {
            let input = SchedulingRandomInput.make(seed: seed)
            let a = try Scheduler.schedule(input)
            let b = try Scheduler.schedule(SchedulingRandomInput.shuffled(input, seed: seed))
            #expect(a == b, "seed \(seed): \(Self.firstDifference(a, b))")
            if a != b { break }
        }
    }

    @Test func largerWorkspacesToo() throws {
        for seed in UInt64(1_000)..<1_020 {
            let input = SchedulingRandomInput.make(seed: seed, maxTasks: 1_500)
            let s = try Scheduler.schedule(input)
            let failures = Self.violations(of: s, input: input)
            #expect(failures.isEmpty, "seed \(seed):\n\(failures.prefix(5).joined(separator: "\n"))")
            let shuffled = try Scheduler.schedule(SchedulingRandomInput.shuffled(input, seed: seed))
            #expect(s == shuffled, "seed \(seed): \(Self.firstDifference(s, shuffled))")
        }
    }

    /// Where two forecasts part, short enough to read in a failure.
    static func firstDifference(_ a: Schedule, _ b: Schedule) -> String {
        if let (x, y) = zip(a.tasks, b.tasks).first(where: { $0 != $1 }) { return "\(x)\n≠ \(y)" }
        if a.tasks.count != b.tasks.count { return "\(a.tasks.count) tasks ≠ \(b.tasks.count)" }
        if let (x, y) = zip(a.milestones, b.milestones).first(where: { $0 != $1 }) { return "\(x)\n≠ \(y)" }
        if a.members != b.members { return "members differ" }
        if a.bookings != b.bookings || a.unassignedBookings != b.unassignedBookings { return "bookings differ" }
        if a.calendars != b.calendars || a.projectCalendar != b.projectCalendar { return "calendars differ" }
        return "the task index differs"
    }

    /// Everything wrong with a forecast, as readable lines.
    static func violations(of s: Schedule, input: ScheduleInput) -> [String] {
        var out: [String] = []
        let open = input.tasks.filter { $0.status.isOpen && $0.deleted == nil }
        let byID = Dictionary(s.tasks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

        // Every open task exactly once, in ID order.
        if s.tasks.map(\.id) != open.map(\.id).sorted() { out.append("scheduled tasks are not the open tasks in ID order") }

        // Work: remaining minutes, or the default estimate for tasks with neither number.
        func work(_ t: ProjectTask) -> Int {
            t.remainingMinutes == nil && t.estimateMinutes == nil ? input.defaultEstimateMinutes : t.effectiveRemainingMinutes
        }
        for t in open where byID[t.id]?.workMinutes != work(t) { out.append("\(t.id) books the wrong amount of work") }
        let booked = s.bookings.values.reduce(0) { $0 + $1.total } + s.unassignedBookings.total
        let expected = open.reduce(0) { $0 + work($1) }
        if booked != expected { out.append("booked \(booked) minutes, remaining work is \(expected)") }

        // Nobody over capacity on any day; today only what is left of the working day.
        let cal = Calendar(identifier: .gregorian)
        var components = cal.dateComponents(in: input.now.timeZone, from: input.now.instant)
        components.nanosecond = 0
        let minutesNow = components.hour! * 60 + components.minute!
        let today = input.now.today
        let maxDaily = 1440 - input.workdayStartMinutes
        for m in input.members {
            guard let b = s.bookings[m.handle] else { out.append("no bookings for \(m.handle)"); continue }
            let onLane = s.tasks.filter { $0.lane == .member(m.handle) }.reduce(0) { $0 + $1.workMinutes }
            if b.total != onLane { out.append("\(m.handle): bookings \(b.total) ≠ work on the lane \(onLane)") }
            for (i, minutes) in b.minutes.enumerated() where minutes > 0 {
                let day = b.firstDay + i
                var capacity = m.works(on: day) && !input.holidays.contains(day) ? min(m.dailyCapacityMinutes, maxDaily) : 0
                if day == today { capacity = min(capacity, max(0, input.workdayStartMinutes + capacity - minutesNow)) }
                if day < today || minutes > capacity { out.append("\(m.handle) booked \(minutes) on \(day), capacity \(capacity)") }
            }
        }

        // Nothing starts before now or before its dependencies finish; finish after start.
        let nowFloor = input.now.instant.addingTimeInterval(-60)
        for t in open {
            guard let st = byID[t.id] else { continue }
            if st.start < nowFloor { out.append("\(t.id) starts before now") }
            if st.finish < st.start { out.append("\(t.id) finishes before it starts") }
            if (st.workMinutes == 0) != (st.start == st.finish) { out.append("\(t.id) has the wrong length") }
            for d in t.dependencies {
                if let dep = byID[d], dep.finish > st.start { out.append("\(t.id) starts before \(d) finishes") }
            }
            if let due = t.due, st.flags.contains(.missesDue) != (st.finishDay > due) { out.append("\(t.id) missesDue is wrong") }
            if let w = st.startedBecause.waitedFor, let before = byID[w], before.finish > st.start {
                out.append("\(t.id) waited for \(w), which finishes after it starts")
            }
        }

        // One task at a time per member.
        for m in input.members {
            let lane = s.tasks.filter { $0.lane == .member(m.handle) && $0.workMinutes > 0 }.sorted { $0.start < $1.start }
            for (a, b) in zip(lane, lane.dropFirst()) where b.start < a.finish {
                out.append("\(m.handle) works on \(a.id) and \(b.id) at once")
            }
        }

        // Driving chains are linked and start now.
        for m in s.milestones {
            if (m.status == .onTrack) != m.drivingChain.isEmpty { out.append("milestone \(m.milestone.id) chain vs status") }
            guard let first = m.drivingChain.first else { continue }
            if first.startedBecause != .now { out.append("milestone \(m.milestone.id) chain does not start now") }
            for (a, b) in zip(m.drivingChain, m.drivingChain.dropFirst()) where b.startedBecause.waitedFor != a.id {
                out.append("milestone \(m.milestone.id) chain breaks at \(b.id)")
            }
            if m.drivingChain.last?.finish != m.forecast { out.append("milestone \(m.milestone.id) chain does not end at its forecast") }
        }

        // The load view of a forecast never shows a member over capacity, and shows all
        // their work: in the weeks or beyond them.
        let load = s.teamLoad(weeks: 6)
        for row in load.rows {
            for w in row.weeks where w.isOver { out.append("\(row.handle) over capacity in the week of \(w.start)") }
            let shown = row.weeks.reduce(0) { $0 + $1.bookedMinutes } + row.beyondMinutes
            if shown != s.bookings[row.handle]?.total { out.append("\(row.handle): load shows \(shown) minutes") }
        }
        return out
    }
}

/// The forecaster against a minute-by-minute simulation of the same rules.
@Suite struct SchedulingReferenceTests {
    @Test func matchesAMinuteByMinuteSimulation() throws {
        var compared = 0
        for seed in UInt64(5_000)..<5_150 {
            let input = SchedulingRandomInput.make(seed: seed, maxTasks: 30)
            guard let reference = SchedulingReference.run(input, maxDays: 150) else { continue }
            compared += 1
            let s = try Scheduler.schedule(input)
            var differences: [String] = []
            for t in s.tasks {
                let r = reference.placements[t.id]
                if r?.start != t.start || r?.finish != t.finish {
                    differences.append("\(t.id): forecast \(t.start) → \(t.finish), simulation \(String(describing: r))")
                }
            }
            for m in input.members {
                let forecast = s.bookedMinutes[m.handle] ?? [:]
                let simulated = reference.booked[m.handle] ?? [:]
                if forecast != simulated { differences.append("\(m.handle) bookings differ") }
            }
            if s.unassignedBookings.byDay != reference.booked["", default: [:]] { differences.append("unassigned bookings differ") }
            #expect(differences.isEmpty, "seed \(seed):\n\(differences.prefix(5).joined(separator: "\n"))\n\(s.timeline(input.now.timeZone))")
            if !differences.isEmpty { return }
        }
        // Most seeds finish within the simulated horizon; make sure the test compares something.
        #expect(compared > 100)
    }
}
