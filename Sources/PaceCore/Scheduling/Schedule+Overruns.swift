extension Schedule {
    /// Per member (by handle), how far the forecast pushes their work past the due
    /// dates it was given. Every member has an entry; `isOverbooked` picks the ones to show.
    public func overruns() -> [MemberOverrun] {
        var byHandle: [String: MemberOverrun] = [:]
        for m in members {
            byHandle[m.handle] = MemberOverrun(handle: m.handle, lateTasks: 0, minutesAfterDue: 0, lastLateTask: nil,
                                               lastLateFinish: nil, lastLateDue: nil, lastLateWorkingDays: 0)
        }
        // Tasks are in ID order, so keeping the first of equal finishes keeps the smallest ID.
        for t in tasks where t.flags.contains(.missesDue) {
            guard let h = t.lane.handle, var o = byHandle[h], let due = t.due else { continue }
            o.lateTasks += 1
            o.minutesAfterDue += t.minutesAfterDue
            if o.lastLateFinish.map({ t.finish > $0 }) ?? true {
                o.lastLateTask = t.id
                o.lastLateFinish = t.finish
                o.lastLateDue = due
                o.lastLateWorkingDays = max(1, projectCalendar.workingDays(from: due, to: t.finishDay))
            }
            byHandle[h] = o
        }
        return members.map { byHandle[$0.handle]! }
    }
}
