/// A command applied to a snapshot in memory, nothing written: the dashboard forecasts
/// the result to show what a reassignment or a capacity change would do to the
/// milestones before the user confirms it.
public enum WhatIf {
    /// The snapshot as it would be after `command`; nil for commands it cannot preview.
    public static func apply(_ command: Command, to snapshot: ProjectSnapshot) -> ProjectSnapshot? {
        var s = snapshot
        switch command {
        case .editTask(let id, let edit):
            guard let i = s.tasks.firstIndex(where: { $0.id == id }) else { return nil }
            var t = s.tasks[i]
            switch edit.assignee {
            case .keep: break
            case .clear: t.assignee = nil
            case .set(let h):
                guard s.members.contains(where: { $0.handle == h }) else { return nil }
                t.assignee = h
            }
            t.estimateMinutes = edit.estimateMinutes.applied(to: t.estimateMinutes)
            t.remainingMinutes = edit.remainingMinutes.applied(to: t.remainingMinutes)
            t.due = edit.due.applied(to: t.due)
            if let p = edit.priority { t.priority = p }
            s.tasks[i] = t
        case .editMember(let handle, let edit):
            guard let i = s.members.firstIndex(where: { $0.handle == handle }) else { return nil }
            if let c = edit.weeklyCapacityMinutes { s.members[i].weeklyCapacityMinutes = c }
            if let d = edit.workingDays { s.members[i].workingDays = d }
        default:
            return nil
        }
        return s
    }
}
