import Foundation

/// What the room is shown while one member speaks: what moved for them since the last
/// standup (from the activity log), what they hold now, their load this week and which
/// of their deadlines are at risk. Pure: the activity, snapshot, load and forecast are
/// passed in, so the dashboard, `pace standup --prep` and tests build the same brief.
public struct StandupBrief: Hashable, Sendable {
    /// A task that changed state since `since`.
    public struct Move: Hashable, Sendable {
        public var task: TaskID
        public var title: String
        public var at: Date
        /// Why, for a task that was blocked.
        public var reason: String?
        public init(task: TaskID, title: String, at: Date, reason: String? = nil) {
            self.task = task
            self.title = title
            self.at = at
            self.reason = reason
        }
    }

    /// Time logged on one task since `since`.
    public struct Logged: Hashable, Sendable {
        public var task: TaskID
        public var title: String
        public var minutes: Int
        public init(task: TaskID, title: String, minutes: Int) {
            self.task = task
            self.title = title
            self.minutes = minutes
        }
    }

    /// A task given to or taken from the member (`from` nil: newly added to them).
    public struct Handover: Hashable, Sendable {
        public var task: TaskID
        public var title: String
        public var from: String?
        public var to: String?
        public var by: String
        public var at: Date
        public init(task: TaskID, title: String, from: String?, to: String?, by: String, at: Date) {
            self.task = task
            self.title = title
            self.from = from
            self.to = to
            self.by = by
            self.at = at
        }
    }

    /// An open task of theirs as it stands now.
    public struct Holding: Hashable, Sendable {
        public var task: TaskID
        public var title: String
        public var status: TaskStatus
        public var remainingMinutes: Int
        public var due: Day?
        public var blockedReason: String?
        public init(task: TaskID, title: String, status: TaskStatus, remainingMinutes: Int, due: Day?, blockedReason: String? = nil) {
            self.task = task
            self.title = title
            self.status = status
            self.remainingMinutes = remainingMinutes
            self.due = due
            self.blockedReason = blockedReason
        }
    }

    /// A deadline of theirs the forecast says will slip or is close to.
    public struct Risk: Hashable, Sendable {
        public enum Kind: String, Hashable, Sendable { case task, milestone }
        public var kind: Kind
        /// The task ID or the milestone's name.
        public var name: String
        public var title: String
        public var due: Day?
        public var forecast: Day?
        /// Late (forecast after due) rather than only at risk.
        public var late: Bool
        /// For a milestone: their open tasks in it.
        public var tasks: [TaskID]
        public init(kind: Kind, name: String, title: String, due: Day?, forecast: Day?, late: Bool, tasks: [TaskID] = []) {
            self.kind = kind
            self.name = name
            self.title = title
            self.due = due
            self.forecast = forecast
            self.late = late
            self.tasks = tasks
        }
    }

    public var handle: String
    public var name: String
    public var since: Date
    /// Not at work today (time off or not a working day): skipped in the standup.
    public var absent: Bool
    public var finished: [Move]
    public var started: [Move]
    public var blocked: [Move]
    public var logged: [Logged]
    public var assignedIn: [Handover]
    public var assignedOut: [Handover]
    /// In progress or in review now, with remaining hours.
    public var inProgress: [Holding]
    /// Blocked now, with the reason.
    public var blockedNow: [Holding]
    /// This week's booked and available minutes, when a load was given.
    public var weekBookedMinutes: Int?
    public var weekCapacityMinutes: Int?
    public var risks: [Risk]

    public var loggedMinutes: Int { logged.reduce(0) { $0 + $1.minutes } }

    /// Nothing moved and nothing is held: the speaker has a quiet brief.
    public var isEmpty: Bool {
        finished.isEmpty && started.isEmpty && blocked.isEmpty && logged.isEmpty && assignedIn.isEmpty
            && assignedOut.isEmpty && inProgress.isEmpty && blockedNow.isEmpty && risks.isEmpty
    }
}

extension StandupBrief {
    /// Builds the brief of `handle` from activity rows (oldest first, as
    /// `Workspace.activity(since:)` returns them; older rows are ignored) and the
    /// snapshot the rows lead up to. A task counts as theirs at a moment if it was
    /// assigned to them right after that change, worked out by walking the assignee
    /// changes back from the snapshot: "bob finished WEB-3" stays true after WEB-3 is
    /// handed to someone else.
    public static func make(handle rawHandle: String, snapshot: ProjectSnapshot, activity: [Activity], since: Date,
                            today: Day, load: TeamLoad? = nil, schedule: Schedule? = nil) -> StandupBrief {
        let handle = Handle.normalize(rawHandle)
        let member = snapshot.member(handle)
        // The log is workspace-wide: keep this project's tasks and time entries.
        let prefix = snapshot.project.key + "-"
        let rows = activity.filter { r in
            guard r.at >= since else { return false }
            switch r.entity {
            case .task: return r.entityID.hasPrefix(prefix)
            case .timeEntry: return r.field != "created" || (r.newValue ?? "").hasPrefix(prefix)
            default: return false
            }
        }
        let tasks = Dictionary(uniqueKeysWithValues: snapshot.tasks.map { ($0.id, $0) })
        var titles: [String: String] = [:]
        for t in snapshot.tasks { titles[t.id.description] = t.title }
        for r in rows where r.entity == .task && r.field == "created" && titles[r.entityID] == nil {
            titles[r.entityID] = r.newValue ?? ""
        }
        func title(_ id: String) -> String { titles[id] ?? "" }

        // Assignee of each task right after each change, newest change first.
        var assignee: [String: String?] = [:]
        for t in snapshot.tasks { assignee[t.id.description] = .some(t.assignee) }
        var ownerAfter: [Int64: [String: String?]] = [:]  // change id → task → assignee after it
        var byChange: [(Int64, [Activity])] = []
        for r in rows where r.entity == .task {
            if byChange.last?.0 == r.changeID { byChange[byChange.count - 1].1.append(r) } else { byChange.append((r.changeID, [r])) }
        }
        for (change, group) in byChange.reversed() {
            var after: [String: String?] = [:]
            for r in group {
                if r.field == "assignee" { after[r.entityID] = .some(r.newValue) } else if after[r.entityID] == nil {
                    after[r.entityID] = assignee[r.entityID] ?? nil
                }
            }
            ownerAfter[change] = after
            for r in group where r.field == "assignee" { assignee[r.entityID] = .some(r.oldValue) }
        }
        func isTheirs(_ r: Activity) -> Bool {
            (ownerAfter[r.changeID]?[r.entityID] ?? nil) == handle
        }

        var finished: [String: Move] = [:], started: [String: Move] = [:], blocked: [String: Move] = [:]
        var order: [String] = []
        var assignedIn: [Handover] = [], assignedOut: [Handover] = []
        for r in rows {
            switch (r.entity, r.field) {
            case (.task, "status"):
                guard let id = TaskID(parsing: r.entityID) else { continue }
                let key = r.entityID
                // The latest status of the window decides: a task finished then
                // reopened is not "finished" any more.
                finished[key] = nil
                blocked[key] = nil
                guard isTheirs(r) else { continue }
                if !order.contains(key) { order.append(key) }
                switch TaskStatus(rawValue: r.newValue ?? "") {
                case .done:
                    finished[key] = Move(task: id, title: title(key), at: r.at)
                case .inProgress where r.oldValue != TaskStatus.review.rawValue && r.oldValue != TaskStatus.blocked.rawValue:
                    started[key] = Move(task: id, title: title(key), at: r.at)
                case .blocked:
                    let reason = rows.first { $0.changeID == r.changeID && $0.entityID == key && $0.field == "blocked-reason" }?.newValue
                        ?? tasks[id]?.blockedReason
                    blocked[key] = Move(task: id, title: title(key), at: r.at, reason: reason)
                default:
                    break
                }
            case (.task, "assignee"):
                guard let id = TaskID(parsing: r.entityID) else { continue }
                let h = Handover(task: id, title: title(r.entityID), from: r.oldValue, to: r.newValue, by: r.actor, at: r.at)
                if r.newValue == handle { assignedIn.append(h) } else if r.oldValue == handle { assignedOut.append(h) }
            default:
                continue
            }
        }
        let startedOnly = order.compactMap { started[$0] }.filter { finished[$0.task.description] == nil }

        let mine = snapshot.tasks.filter { $0.assignee == handle && $0.status.isOpen }
        let holding = mine.map {
            Holding(task: $0.id, title: $0.title, status: $0.status, remainingMinutes: $0.effectiveRemainingMinutes,
                    due: $0.due, blockedReason: $0.blockedReason)
        }
        let week = load?.rows.first { $0.handle == handle }?.weeks.first

        var risks: [Risk] = []
        if let schedule {
            for s in schedule.tasks where s.lane == .member(handle) && s.flags.contains(.missesDue) {
                risks.append(Risk(kind: .task, name: s.id.description, title: tasks[s.id]?.title ?? "", due: s.due,
                                  forecast: s.finishDay, late: true))
            }
            for m in schedule.milestones where m.status != .onTrack {
                let theirs = mine.filter { $0.milestoneID == m.milestone.id }.map(\.id)
                guard !theirs.isEmpty else { continue }
                risks.append(Risk(kind: .milestone, name: m.milestone.name, title: m.milestone.description,
                                  due: m.milestone.due, forecast: m.forecastDay, late: m.status == .late, tasks: theirs))
            }
        }

        return StandupBrief(
            handle: handle, name: member?.name ?? handle, since: since,
            absent: member.map { !$0.works(on: today) } ?? false,
            finished: order.compactMap { finished[$0] },
            started: startedOnly,
            blocked: order.compactMap { blocked[$0] },
            logged: LoggedTime.byTask(of: handle, in: rows, projectKey: snapshot.project.key).map {
                Logged(task: $0.task, title: title($0.task.description), minutes: $0.minutes)
            },
            assignedIn: assignedIn, assignedOut: assignedOut,
            inProgress: holding.filter { $0.status == .inProgress || $0.status == .review },
            blockedNow: holding.filter { $0.status == .blocked },
            weekBookedMinutes: week?.bookedMinutes, weekCapacityMinutes: week?.capacityMinutes,
            risks: risks)
    }
}
