import Foundation
import Testing
@testable import PaceCore

@Suite struct TaskIDTests {
    @Test func formatsAndParses() {
        #expect(TaskID(projectKey: "WEB", number: 12).description == "WEB-12")
        #expect(TaskID(parsing: "web-12") == TaskID(projectKey: "WEB", number: 12))
        #expect(TaskID(parsing: "12", defaultProject: "OPS") == TaskID(projectKey: "OPS", number: 12))
        #expect(TaskID(parsing: "#7", defaultProject: "OPS") == TaskID(projectKey: "OPS", number: 7))
        #expect(TaskID(parsing: "12") == nil)
        #expect(TaskID(parsing: "W-1") == nil)
        #expect(TaskID(parsing: "WEB-0") == nil)
        #expect(TaskID(parsing: "WEB-x") == nil)
        #expect(TaskID(parsing: "TOOLONGKEY-1") == nil)
        #expect(TaskID(projectKey: "WEB", number: 2) < TaskID(projectKey: "WEB", number: 10))
    }

    @Test func projectKeysAndHandles() {
        #expect(ProjectKey.isValid("WEB") && ProjectKey.isValid("AB") && ProjectKey.isValid("ABCDEF"))
        #expect(!ProjectKey.isValid("A") && !ProjectKey.isValid("ABCDEFG") && !ProjectKey.isValid("web") && !ProjectKey.isValid("W3B"))
        #expect(Handle.isValid("alice") && Handle.isValid("j.doe-2"))
        #expect(!Handle.isValid("Alice") && !Handle.isValid("2pac") && !Handle.isValid("a b") && !Handle.isValid(""))
        #expect(Handle.normalize("@Bob") == "bob")
    }
}

@Suite struct TaskRulesTests {
    let t0 = Date(timeIntervalSince1970: 1_000_000)
    let t1 = Date(timeIntervalSince1970: 2_000_000)

    func task(_ status: TaskStatus, started: Date? = nil) -> ProjectTask {
        ProjectTask(id: TaskID(projectKey: "WEB", number: 1), title: "t", status: status, created: t0, started: started)
    }

    @Test func startingStampsStartedOnceAndDoneStampsCompleted() throws {
        let started = try TaskRules.transition(task(.todo), to: .inProgress, reason: nil, at: t1)
        #expect(started.status == .inProgress && started.started == t1 && started.updated == t1)
        let again = try TaskRules.transition(try TaskRules.transition(started, to: .review, reason: nil, at: t0), to: .inProgress, reason: nil, at: t0)
        #expect(again.started == t1)
        let done = try TaskRules.transition(started, to: .done, reason: nil, at: t0)
        #expect(done.completed == t0)
        let reopened = try TaskRules.transition(done, to: .todo, reason: nil, at: t1)
        #expect(reopened.completed == nil && reopened.status == .todo)
    }

    @Test(arguments: [
        (TaskStatus.done, TaskStatus.inProgress, "WEB-1 is done; reopen it first (pace reopen WEB-1)"),
        (.cancelled, .review, "WEB-1 is cancelled; reopen it first (pace reopen WEB-1)"),
        (.done, .done, "WEB-1 is already done"),
        (.inProgress, .inProgress, "WEB-1 is already in progress"),
        (.done, .blocked, "WEB-1 is done; reopen it before blocking it (pace reopen WEB-1)"),
        (.cancelled, .done, "WEB-1 is already cancelled"),
    ])
    func refusedMovesSayWhy(from: TaskStatus, to: TaskStatus, message: String) {
        #expect(throws: UserError(message)) { try TaskRules.transition(task(from), to: to, reason: "r", at: t1) }
    }

    @Test func blockingNeedsAReasonAndUnblockingClearsIt() throws {
        #expect(throws: UserError.self) { try TaskRules.transition(task(.todo), to: .blocked, reason: nil, at: t1) }
        let blocked = try TaskRules.transition(task(.inProgress, started: t0), to: .blocked, reason: " keys ", at: t1)
        #expect(blocked.blockedReason == "keys")
        let reblocked = try TaskRules.transition(blocked, to: .blocked, reason: "new reason", at: t1)
        #expect(reblocked.blockedReason == "new reason")
        #expect(TaskRules.unblockedStatus(of: blocked) == .inProgress)
        #expect(TaskRules.unblockedStatus(of: task(.blocked)) == .todo)
        let unblocked = try TaskRules.transition(blocked, to: .inProgress, reason: nil, at: t1)
        #expect(unblocked.blockedReason == nil)
    }

    @Test func flowOrder() {
        #expect(TaskStatus.backlog.next == .todo && TaskStatus.review.next == .done && TaskStatus.done.next == nil)
        #expect(TaskStatus.todo.previous == .backlog && TaskStatus.backlog.previous == nil && TaskStatus.blocked.next == .inProgress)
        #expect(TaskStatus(name: "WIP") == .inProgress && TaskStatus(name: "canceled") == .cancelled && TaskStatus(name: "nope") == nil)
    }
}

@Suite struct SmallValueTests {
    @Test func money() {
        #expect(Money.parse("120") == Money(minorUnits: 12000, currency: "EUR"))
        #expect(Money.parse("95.5 usd") == Money(minorUnits: 9550, currency: "USD"))
        #expect(Money.parse("GBP 1,200.05") == Money(minorUnits: 120005, currency: "GBP"))
        #expect(Money.parse("12.345") == nil && Money.parse("abc") == nil && Money.parse("1 EU") == nil)
        #expect(Money(minorUnits: 12_000_000, currency: "EUR").description == "120,000.00 EUR")
    }

    @Test func workingDays() throws {
        #expect(try WorkingDays.parse("mon-fri") == Weekday.workWeek)
        #expect(try WorkingDays.parse("mon,wed,fri") == [.monday, .wednesday, .friday])
        #expect(try WorkingDays.parse("mon-tue,sat") == [.monday, .tuesday, .saturday])
        #expect(throws: UserError.self) { try WorkingDays.parse("fri-mon") }
        #expect(throws: UserError.self) { try WorkingDays.parse("funday") }
        #expect(WorkingDays.describe([.monday, .tuesday, .wednesday, .thursday]) == "mon-thu")
        #expect(WorkingDays.describe([.monday, .wednesday]) == "mon,wed")
    }

    @Test func suggestions() {
        #expect(Suggest.closest(to: "alcie", in: ["alice", "bob"]) == "alice")
        #expect(Suggest.closest(to: "zzzzzz", in: ["alice", "bob"]) == nil)
        #expect(UserError.notFound("member", "bbo", among: ["bob"]).message == "no member 'bbo' — did you mean 'bob'?")
    }

    @Test func formats() {
        let today = Day(iso: "2026-11-30")!
        #expect(Format.hours(90) == "1.5h" && Format.hours(240) == "4h" && Format.hours(20) == "0.33h" && Format.hours(nil) == "—")
        #expect(Format.relative(today, today: today) == "today")
        #expect(Format.relative(today + 1, today: today) == "tomorrow")
        #expect(Format.relative(today + 3, today: today) == "in 3d")
        #expect(Format.relative(today + 14, today: today) == "in 2w")
        #expect(Format.relative(today - 2, today: today) == "2d late")
        #expect(Format.shortDate(Day(iso: "2027-01-03")!, today: today) == "Jan 3 2027")
    }
}

@Suite struct LoadAndDeadlineTests {
    let monday = Day(iso: "2026-11-30")!

    func snapshot(_ tasks: [ProjectTask], members: [Member], milestones: [Milestone] = []) -> ProjectSnapshot {
        ProjectSnapshot(project: Project(key: "WEB", name: "W"), projects: [], members: members, milestones: milestones,
                        tasks: tasks, token: 0)
    }

    func task(_ n: Int, who: String?, est: Int, due: Day?, status: TaskStatus = .todo, milestone: Int64? = nil) -> ProjectTask {
        ProjectTask(id: TaskID(projectKey: "WEB", number: n), title: "t\(n)", status: status, assignee: who,
                    estimateMinutes: est * 60, due: due, milestoneID: milestone, created: Date(timeIntervalSince1970: 0))
    }

    /// Hand-computed: bob works Mon–Fri 8h/day (40h). A 24h task due Friday spreads 4.8h
    /// a day over this week; a 40h task due next week's Friday spreads 4h over 10 days:
    /// 24 + 20 = 44h this week (over), 20h next.
    @Test func naiveLoadSpreadsRemainingHoursOverWorkingDaysToTheDueDate() {
        let bob = Member(handle: "bob", name: "Bob")
        let s = snapshot([task(1, who: "bob", est: 24, due: monday + 4), task(2, who: "bob", est: 40, due: monday + 11)], members: [bob])
        let load = NaiveLoad.compute(s, today: monday)
        #expect(load.weekStarts == [monday, monday + 7, monday + 14, monday + 21])
        let weeks = load.rows[0].weeks
        #expect(weeks.map(\.bookedMinutes) == [44 * 60, 20 * 60, 0, 0])
        #expect(weeks.map(\.capacityMinutes) == [2400, 2400, 2400, 2400])
        #expect(weeks[0].isOver == true)
        #expect(load.overloadedThisWeek == ["bob"])
    }

    @Test func timeOffReducesCapacityAndOverdueWorkLandsToday() {
        var carol = Member(handle: "carol", name: "Carol", weeklyCapacityMinutes: 32 * 60, workingDays: [.monday, .tuesday, .wednesday, .thursday])
        carol.timeOff = [TimeOff(id: 1, range: DayRange(start: monday + 1, end: monday + 2))]
        let s = snapshot([task(1, who: "carol", est: 6, due: monday - 3), task(2, who: nil, est: 5, due: nil)], members: [carol])
        let load = NaiveLoad.compute(s, today: monday)
        // 8h/day on Mon and Thu only this week.
        #expect(load.rows[0].weeks[0].capacityMinutes == 16 * 60)
        #expect(load.rows[0].weeks[0].bookedMinutes == 6 * 60)
        #expect(load.unassignedMinutes == 5 * 60)
    }

    @Test func onAWeekendTheFirstWeekIsTheComingOne() {
        let saturday = monday - 2
        let load = NaiveLoad.compute(snapshot([], members: [Member(handle: "a", name: "A")]), today: saturday)
        #expect(load.weekStarts.first == monday)
        #expect(load.rows[0].weeks[0].capacityMinutes == 2400)
    }

    @Test func deadlinesListLateFirstThenByDateWithinTheHorizon() {
        let ms = [Milestone(id: 1, projectKey: "WEB", name: "alpha", due: monday - 2),
                  Milestone(id: 2, projectKey: "WEB", name: "beta", due: monday + 5),
                  Milestone(id: 3, projectKey: "WEB", name: "launch", due: monday + 60)]
        let tasks = [
            task(1, who: nil, est: 4, due: monday - 2, status: .done, milestone: 1),
            task(2, who: nil, est: 4, due: monday - 1, milestone: 1),
            task(3, who: nil, est: 2, due: monday + 5, milestone: 2),
            task(4, who: nil, est: 2, due: monday + 30),
            task(5, who: nil, est: 2, due: monday + 1, status: .done),
        ]
        let items = Deadlines.compute(snapshot(tasks, members: [], milestones: ms), today: monday, horizonDays: 21)
        #expect(items.map(\.title) == ["alpha", "t2", "beta", "t3"])
        #expect(items.map(\.isLate) == [true, true, false, false])
        #expect(items[0].progress == 0.5)
        let health = ProjectHealth.compute(snapshot(tasks, members: [], milestones: ms), today: monday,
                                           load: TeamLoad(weekStarts: [], rows: [], unassignedMinutes: 0))
        #expect(health.done == 2 && health.total == 5 && health.overdue == 1 && health.blocked == 0)
    }
}
