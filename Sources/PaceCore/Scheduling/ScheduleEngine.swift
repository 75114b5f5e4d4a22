import Foundation

/// The forecaster's working state: tasks and lanes as dense integer indices, a global
/// event queue ordered by time, and one ready queue per lane. See `Scheduler` for the
/// rules; this file is how they run fast (10,000 tasks in about 4 ms): no
/// per-minute simulation — each lane has minutes of capacity per day and a task is
/// booked across days in one pass — and no dictionaries while scheduling.
struct ScheduleEngine {
    // Event keys pack (time, kind, subject) into one Int so the heap compares integers.
    // At equal times readiness (kind 0) comes before a lane choosing (kind 1), so a lane
    // choosing at a time sees every task that became ready at that time.
    private static let subjectBits = 23
    private static let subjectMask = (1 << subjectBits) - 1
    private static let readyKind = 0
    private static let wakeKind = 1

    /// In `waitedFor`: nothing held the task back.
    private static let startedNow: Int32 = -1

    let input: ScheduleInput
    let clock: WorkClock
    let members: [Member]
    let calendars: [WorkCalendar]
    /// Index of the unassigned lane: after the members.
    let unassignedLane: Int
    let parallelUnassigned: Bool

    // Tasks, in ID order: `source[i]` is task i's place in `input.tasks`.
    let source: [Int32]
    let laneOf: [Int32]
    let work: [Int32]
    let dueIndex: [Int]   // day index of the task's own due date, or Int.max
    var flags: [ScheduleFlags]
    let graph: DependencyGraph
    /// The rank of each task in the order lanes take ready work, and back.
    let rank: [Int32]
    let taskOfRank: [Int32]

    // Per task, filled as the forecast runs.
    var pending: [Int32]
    var readyAt: [Int]
    var readyDep: [Int32]
    var startTime: [Int]
    var finishTime: [Int]
    var finishDay: [Int32]
    var afterDue: [Int32]
    /// Why each task starts when it does: the index of the task it waited for, or
    /// `startedNow`; `waitedForLane` tells a busy lane from a dependency.
    var waitedFor: [Int32]
    var waitedForLane: [Bool]

    // Per lane.
    var capacity: [[Int]]
    var booked: [[Int]]
    var freeAt: [Int]
    var lastTask: [Int32]
    var ready: [MinHeap]
    var wakePending: [Bool]

    var events = MinHeap()

    init(_ input: ScheduleInput) throws(ScheduleError) {
        guard !input.projectWorkingDays.isEmpty else {
            throw .invalidSettings("the project needs at least one working day")
        }
        guard (0..<WorkClock.minutesPerDay).contains(input.workdayStartMinutes) else {
            throw .invalidSettings("the working day must start between 00:00 and 23:59")
        }
        guard input.unassigned.dailyMinutes > 0 else {
            throw .invalidSettings("the unassigned lane needs some capacity, or unassigned work never finishes")
        }
        guard input.defaultEstimateMinutes >= 0, input.milestoneBufferWorkingDays >= 0 else {
            throw .invalidSettings("the default estimate and the milestone buffer cannot be negative")
        }
        self.input = input
        let clock = WorkClock(now: input.now, workdayStartMinutes: input.workdayStartMinutes)
        self.clock = clock

        // Members by handle, and each one's time off by date, so the schedule that echoes them
        // back is the same whatever order they came in.
        let members = input.members.sorted { $0.handle < $1.handle }.map { m in
            var m = m
            m.timeOff.sort { ($0.range.start, $0.range.end, $0.id) < ($1.range.start, $1.range.end, $1.id) }
            return m
        }
        for k in members.indices.dropFirst() where members[k].handle == members[k - 1].handle {
            throw .duplicateMember(members[k].handle)
        }
        self.members = members
        var calendars = members.map {
            WorkCalendar(member: $0, holidays: input.holidays, maxDailyMinutes: clock.maxDailyMinutes)
        }
        calendars.append(WorkCalendar(dailyMinutes: min(input.unassigned.dailyMinutes, clock.maxDailyMinutes),
                                      workingDays: input.projectWorkingDays, holidays: input.holidays))
        self.calendars = calendars
        unassignedLane = members.count
        if case .parallel = input.unassigned { parallelUnassigned = true } else { parallelUnassigned = false }
        var laneByHandle: [String: Int32] = [:]
        for (l, m) in members.enumerated() where calendars[l].canWork { laneByHandle[m.handle] = Int32(l) }

        // Open tasks by ID. Project keys are ranked once so sorting and lookups compare
        // integers, not strings, and tasks are referred to by their place in the input
        // rather than copied: a `ProjectTask` is a large value and 100,000 copies show.
        let all = input.tasks
        var keyRank: [String: Int] = [:]
        var keys: [String] = []
        var open: [(slot: Int, source: Int32)] = []
        open.reserveCapacity(all.count)
        var lastKey: String?
        var lastSlot = 0
        for j in all.indices where all[j].status.isOpen && all[j].deleted == nil {
            let number = all[j].id.number
            // Task numbers are positive in practice; one that does not fit the packing
            // below would alias another, so it is refused rather than forecast wrongly.
            guard number >= 0 && number < 1 << 40 else {
                throw .invalidSettings("task \(all[j].id) has a number the forecast cannot handle")
            }
            let key = all[j].id.projectKey
            if key != lastKey {
                if let s = keyRank[key] { lastSlot = s } else {
                    lastSlot = keys.count
                    keyRank[key] = lastSlot
                    keys.append(key)
                }
                lastKey = key
            }
            open.append((lastSlot, Int32(j)))
        }
        var rankOfSlot = [Int](repeating: 0, count: keys.count)
        for (r, slot) in keys.indices.sorted(by: { keys[$0] < keys[$1] }).enumerated() { rankOfSlot[slot] = r }
        for (k, slot) in keyRank { keyRank[k] = rankOfSlot[slot] }
        func packed(rank: Int, number: Int) -> Int { rank << 40 | number }
        var keyed = open.map { (packed(rank: rankOfSlot[$0.slot], number: all[Int($0.source)].id.number), $0.source) }
        keyed.sort { $0.0 < $1.0 }
        for k in keyed.indices.dropFirst() where keyed[k].0 == keyed[k - 1].0 {
            throw .duplicateTask(all[Int(keyed[k].1)].id)
        }
        let source = keyed.map(\.1)
        self.source = source
        let n = source.count
        guard n + calendars.count < 1 << Self.subjectBits else {
            throw .invalidSettings("too many tasks to forecast")
        }
        var indexOf: [Int: Int32] = [:]
        indexOf.reserveCapacity(n)
        for (i, k) in keyed.enumerated() { indexOf[k.0] = Int32(i) }

        var milestoneDue: [Int64: Day] = [:]
        for m in input.milestones { if let d = m.due { milestoneDue[m.id] = d } }

        var laneOf = [Int32](repeating: 0, count: n)
        var work = [Int32](repeating: 0, count: n)
        var dueIndex = [Int](repeating: Int.max, count: n)
        var flags = [ScheduleFlags](repeating: [], count: n)
        var depStart = [Int32](repeating: 0, count: n + 1)
        var depList: [Int32] = []
        // The order lanes take ready work in, packed into one integer per task:
        // in progress first, then priority, then the due date (nil last), then ID.
        var order = [Int](repeating: 0, count: n)
        let today = clock.today
        for i in 0..<n {
            let j = Int(source[i])
            var f: ScheduleFlags = []
            if let a = all[j].assignee {
                if let l = laneByHandle[a] { laneOf[i] = l } else { laneOf[i] = Int32(unassignedLane); f.insert(.assigneeUnavailable) }
            } else {
                laneOf[i] = Int32(unassignedLane)
                f.insert(.unassigned)
            }
            if all[j].remainingMinutes == nil && all[j].estimateMinutes == nil {
                work[i] = Int32(clamping: input.defaultEstimateMinutes)
                f.insert(.defaultEstimate)
            } else {
                work[i] = Int32(clamping: all[j].effectiveRemainingMinutes)
            }
            if all[j].status == .blocked { f.insert(.blocked) }
            if let d = all[j].due { dueIndex[i] = d - today }
            flags[i] = f
            let ownKey = all[j].id.projectKey
            let ownRank = keyRank[ownKey]!
            for d in all[j].dependencies {
                // Most dependencies stay within the project: skip hashing its key.
                guard let r = d.projectKey == ownKey ? ownRank : keyRank[d.projectKey],
                      d.number >= 0 && d.number < 1 << 40, let k = indexOf[packed(rank: r, number: d.number)] else { continue }
                depList.append(k)
            }
            depStart[i + 1] = Int32(depList.count)
            let due = all[j].due ?? all[j].milestoneID.flatMap { milestoneDue[$0] }
            let dueKey = due.map { min(max($0.ordinal + (1 << 31), 0), (1 << 32) - 2) } ?? (1 << 32) - 1
            order[i] = (all[j].status == .inProgress ? 0 : 1) << 58 | all[j].priority.rank << 56 | dueKey << 24 | i
        }
        let graph = DependencyGraph(count: n, depStart: depStart, deps: depList)
        if let ring = graph.cycle() { throw .dependencyCycle(ring.map { all[Int(source[$0])].id }) }
        self.graph = graph
        order.sort()
        var rank = [Int32](repeating: 0, count: n)
        let indexMask = (1 << 24) - 1
        for (r, o) in order.enumerated() { rank[o & indexMask] = Int32(r) }
        self.rank = rank
        taskOfRank = order.map { Int32($0 & indexMask) }
        self.laneOf = laneOf
        self.work = work
        self.dueIndex = dueIndex
        self.flags = flags

        pending = (0..<n).map { Int32(graph.dependencyCount($0)) }
        readyAt = Array(repeating: clock.nowTime, count: n)
        readyDep = Array(repeating: -1, count: n)
        startTime = Array(repeating: 0, count: n)
        finishTime = Array(repeating: 0, count: n)
        finishDay = Array(repeating: 0, count: n)
        afterDue = Array(repeating: 0, count: n)
        waitedFor = Array(repeating: Self.startedNow, count: n)
        waitedForLane = Array(repeating: false, count: n)

        let lanes = calendars.count
        capacity = Array(repeating: [], count: lanes)
        booked = Array(repeating: [], count: lanes)
        freeAt = Array(repeating: clock.nowTime, count: lanes)
        lastTask = Array(repeating: -1, count: lanes)
        ready = Array(repeating: MinHeap(), count: lanes)
        wakePending = Array(repeating: false, count: lanes)
        events = MinHeap(capacity: n + lanes)
    }

    // MARK: - Running

    mutating func run() {
        for i in 0..<source.count where pending[i] == 0 { push(Self.readyKind, at: clock.nowTime, i) }
        while let e = events.pop() {
            let time = e >> (Self.subjectBits + 1)
            let subject = e & Self.subjectMask
            if (e >> Self.subjectBits) & 1 == Self.readyKind {
                becameReady(subject, at: time)
            } else {
                laneFree(subject, at: time)
            }
        }
    }

    private mutating func push(_ kind: Int, at time: Int, _ subject: Int) {
        events.push(time << (Self.subjectBits + 1) | kind << Self.subjectBits | subject)
    }

    private mutating func becameReady(_ i: Int, at time: Int) {
        let l = Int(laneOf[i])
        if work[i] == 0 {
            // No work left: it needs nobody's time, so it is done the moment it is ready.
            place(i, start: time, finish: time, finishDay: time / WorkClock.minutesPerDay, afterDue: 0)
            waitedFor[i] = dependencyDelayed(i) ? readyDep[i] : Self.startedNow
            return
        }
        if l == unassignedLane && parallelUnassigned {
            let start = nextWorkingTime(l, from: time)
            waitedFor[i] = dependencyDelayed(i) ? readyDep[i] : Self.startedNow
            book(i, on: l, from: start)
            return
        }
        ready[l].push(Int(rank[i]))
        if !wakePending[l] {
            wakePending[l] = true
            push(Self.wakeKind, at: nextWorkingTime(l, from: max(time, freeAt[l])), l)
        }
    }

    /// Lane `l` can work at `time` (a working minute of its calendar): it takes its best
    /// ready task, or idles until a task for it becomes ready.
    private mutating func laneFree(_ l: Int, at time: Int) {
        guard let r = ready[l].pop() else {
            wakePending[l] = false
            return
        }
        let i = Int(taskOfRank[r])
        let previous = lastTask[l]
        if dependencyDelayed(i) && readyAt[i] >= freeAt[l] {
            // It became ready only after the lane was free: the dependency decided.
            waitedFor[i] = readyDep[i]
        } else if previous >= 0 && freeAt[l] > readyAt[i] {
            // It was ready while the lane worked on something else.
            waitedFor[i] = previous
            waitedForLane[i] = true
        } else {
            waitedFor[i] = Self.startedNow
        }
        let finish = book(i, on: l, from: time)
        freeAt[l] = finish
        lastTask[l] = Int32(i)
        push(Self.wakeKind, at: nextWorkingTime(l, from: finish), l)
    }

    private func dependencyDelayed(_ i: Int) -> Bool {
        readyDep[i] >= 0 && readyAt[i] > clock.nowTime
    }

    /// Books task `i`'s work on lane `l` from `start` (a working minute), day by day,
    /// and releases the tasks waiting for it. Returns the finish time.
    @discardableResult
    private mutating func book(_ i: Int, on l: Int, from start: Int) -> Int {
        var d = start / WorkClock.minutesPerDay
        var offset = start % WorkClock.minutesPerDay
        var left = Int(work[i])
        var late = 0
        let due = dueIndex[i]
        while true {
            let take = min(capacity[l][d] - offset, left)
            booked[l][d] += take
            if d > due { late += take }
            left -= take
            if left == 0 {
                offset += take
                break
            }
            d += 1
            offset = 0
            ensureDays(l, through: d)
            while capacity[l][d] == 0 {
                d += 1
                ensureDays(l, through: d)
            }
        }
        // A task that fills its last day to the end finishes at the end of that day, not
        // at the start of the next working day: that is the clock time it is done.
        let finish = d * WorkClock.minutesPerDay + offset
        place(i, start: start, finish: finish, finishDay: d, afterDue: late)
        return finish
    }

    /// Records where task `i` went and tells the tasks waiting for it when it finishes.
    private mutating func place(_ i: Int, start: Int, finish: Int, finishDay d: Int, afterDue late: Int) {
        startTime[i] = start
        finishTime[i] = finish
        finishDay[i] = Int32(d)
        afterDue[i] = Int32(late)
        if d > dueIndex[i] { flags[i].insert(.missesDue) }
        if readyAt[i] > clock.nowTime { flags[i].insert(.waitedForDependency) }
        for k in Int(graph.succStart[i])..<Int(graph.succStart[i + 1]) {
            let s = Int(graph.successors[k])
            // The last dependency to finish decides; on a tie, the smallest ID.
            if finish > readyAt[s] || (finish == readyAt[s] && (readyDep[s] < 0 || Int32(i) < readyDep[s])) {
                readyAt[s] = finish
                readyDep[s] = Int32(i)
            }
            pending[s] -= 1
            if pending[s] == 0 { push(Self.readyKind, at: readyAt[s], s) }
        }
    }

    /// The first time at or after `time` that lane `l` has a minute of capacity.
    private mutating func nextWorkingTime(_ l: Int, from time: Int) -> Int {
        var d = time / WorkClock.minutesPerDay
        var offset = time % WorkClock.minutesPerDay
        ensureDays(l, through: d)
        while offset >= capacity[l][d] {
            d += 1
            offset = 0
            ensureDays(l, through: d)
        }
        return d * WorkClock.minutesPerDay + offset
    }

    /// Lane calendars are filled as the forecast reaches further: how far depends on
    /// the work, and a lane with a short queue should not pay for a long horizon.
    private mutating func ensureDays(_ l: Int, through d: Int) {
        let have = capacity[l].count
        guard d >= have else { return }
        let more = max(d + 1 - have, max(64, have))
        capacity[l].append(contentsOf: calendars[l].capacities(from: clock.today + have, count: more))
        booked[l].append(contentsOf: repeatElement(0, count: more))
    }
}
