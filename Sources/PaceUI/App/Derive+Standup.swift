import PaceCore

extension AppState {
    /// The speaker's tasks, what moved for them since the last standup, and the
    /// summary: only while a standup screen shows them.
    mutating func deriveStandup() {
        guard let snapshot, screen == .standup || screen == .standupSummary else {
            standupTasks = []
            standupBrief = nil
            standupSummary = nil
            return
        }
        if screen == .standup, let session = runningStandup, let speaker = session.speaker {
            let previous = standup.list.selected.flatMap { standupTasks[safe: $0]?.id }
            // What the speaker is on first: in progress, blocked, in review, then the rest.
            let rank: [TaskStatus: Int] = [.inProgress: 0, .blocked: 1, .review: 2, .todo: 3, .backlog: 4]
            let theirs = TaskOrdering.standard.sorted(snapshot.tasks.filter { $0.assignee == speaker && $0.status.isOpen })
            standupTasks = theirs.enumerated().sorted { a, b in
                let ra = rank[a.element.status] ?? 5, rb = rank[b.element.status] ?? 5
                return ra != rb ? ra < rb : a.offset < b.offset
            }.map(\.element)
            if standup.cursorSpeaker != speaker {
                // A new speaker: the cursor starts on their first task.
                standup.list = ListState(itemCount: standupTasks.count)
                standup.cursorSpeaker = speaker
            } else {
                standup.list.itemCount = standupTasks.count
                if let id = previous, let i = standupTasks.firstIndex(where: { $0.id == id }) { standup.list.select(i) }
            }
            standup.list.ensureVisible(visibleRows: StandupView.visibleTaskRows(Layout(self).body))
            standupBrief = SpeakerBrief(handle: speaker, activity: standup.activity, since: session.since,
                                        snapshot: snapshot)
        } else {
            standupTasks = []
            standupBrief = nil
        }
        if screen == .standupSummary, let summary = standup.summary {
            standupSummary = StandupSummary(session: summary, end: summary.endedAt ?? now.instant,
                                            activity: standup.activity, snapshot: snapshot)
        } else {
            standupSummary = nil
        }
    }
}
