// pace-bench: how long the schedule forecaster takes on synthetic workspaces.
//
//   swift run -c release pace-bench                 1,000×20, 10,000×100, 100,000×500
//   swift run -c release pace-bench 10000x100       one size (TASKSxMEMBERS)
//   swift run -c release pace-bench 10k 100k --runs 9 --projects 4
//
// The workspaces come from `DemoWorkspace.synthetic`, the same generator `pace demo`
// uses, replayed into plain values here so nothing but PaceCore is involved. Each size
// is forecast several times and the median is reported: the dashboard recomputes on
// every change, so the typical run is what a user feels.
import Foundation
import PaceCore

struct Size {
    var tasks: Int
    var members: Int
}

let defaultSizes = [Size(tasks: 1_000, members: 20), Size(tasks: 10_000, members: 100), Size(tasks: 100_000, members: 500)]

func usage() -> Never {
    print("usage: pace-bench [SIZE ...] [--runs N] [--projects N]")
    print("  SIZE: TASKSxMEMBERS (10000x100), or 1k, 10k, 100k for the standard member counts")
    exit(2)
}

func parseCount(_ text: Substring) -> Int? {
    let t = text.lowercased()
    if t.hasSuffix("k"), let n = Int(t.dropLast()) { return n * 1_000 }
    return Int(t)
}

func parseSize(_ text: String) -> Size? {
    let parts = text.lowercased().split(separator: "x")
    if parts.count == 2, let t = parseCount(parts[0]), let m = parseCount(parts[1]) { return Size(tasks: t, members: max(1, m)) }
    guard parts.count == 1, let t = parseCount(parts[0]) else { return nil }
    return defaultSizes.first { $0.tasks == t } ?? Size(tasks: t, members: max(1, t / 100))
}

var sizes: [Size] = []
var runs = 5
var projects = 1
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
    switch a {
    case "--runs": guard let v = args.popFirst().flatMap({ Int($0) }), v > 0 else { usage() }; runs = v
    case "--projects": guard let v = args.popFirst().flatMap({ Int($0) }), v > 0 else { usage() }; projects = v
    case "-h", "--help": usage()
    default: guard let s = parseSize(a) else { usage() }; sizes.append(s)
    }
}
if sizes.isEmpty { sizes = defaultSizes }

/// Replays the synthetic workspace's commands into the values the forecaster takes.
func input(for size: Size, projects: Int, now: Now) -> ScheduleInput {
    var tasks: [ProjectTask] = []
    var index: [TaskID: Int] = [:]
    var members: [Member] = []
    var milestones: [Milestone] = []
    var milestoneIDs: [String: Int64] = [:]
    var numbers: [String: Int] = [:]
    for step in DemoWorkspace.synthetic(tasks: size.tasks, members: size.members, projects: projects, now: now) {
        switch step.command {
        case .addMember(let m):
            members.append(m)
        case .addMilestone(let key, let name, let due, let description):
            let id = Int64(milestones.count + 1)
            milestones.append(Milestone(id: id, projectKey: key, name: name, due: due, description: description))
            milestoneIDs["\(key)/\(name)"] = id
        case .addTask(let key, let d):
            let number = numbers[key, default: 0] + 1
            numbers[key] = number
            let id = TaskID(projectKey: key, number: number)
            index[id] = tasks.count
            tasks.append(ProjectTask(id: id, title: d.title, status: d.status, priority: d.priority, assignee: d.assignee,
                                     estimateMinutes: d.estimateMinutes, due: d.due,
                                     milestoneID: d.milestone.flatMap { milestoneIDs["\(key)/\($0)"] },
                                     tags: d.tags, dependencies: d.dependencies, created: step.at))
        case .setStatus(let id, let status, let reason):
            if let i = index[id] { tasks[i].status = status; tasks[i].blockedReason = reason }
        case .logTime(let id, _, _, let minutes, _):
            if let i = index[id] { tasks[i].spentMinutes += minutes }
        default:
            break
        }
    }
    return ScheduleInput(tasks: tasks, members: members, milestones: milestones, now: now)
}

/// Peak resident memory of this process so far, in MiB (Linux; nil elsewhere).
func peakMiB() -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kb = line.split(separator: " ").compactMap { Double($0) }.first
        return kb.map { $0 / 1024 }
    }
    return nil
}

func milliseconds(_ d: Duration) -> Double {
    Double(d.components.seconds) * 1_000 + Double(d.components.attoseconds) / 1e15
}

func pad(_ s: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - s.count)) + s
}

let now = Now.parse("2026-11-30T09:00", timeZone: TimeZone(identifier: "UTC")!)!
let clock = ContinuousClock()
let started = clock.now
let columns = ["tasks", "members", "open", "with deps", "schedule ms", "min ms", "load ms", "late", "peak MiB"]
let widths = [8, 8, 8, 10, 12, 8, 8, 6, 9]
print(zip(columns, widths).map { pad($0, $1) }.joined(separator: " "))
for size in sizes {
    let inp = input(for: size, projects: projects, now: now)
    let open = inp.tasks.filter { $0.status.isOpen }
    var times: [Double] = []
    var loadTimes: [Double] = []
    var late = 0
    var milestones = 0
    // One run more than measured: the first pays for page faults a dashboard that
    // recomputes all day has long since paid.
    for run in 0...runs {
        let t0 = clock.now
        let schedule: Schedule
        do {
            schedule = try Scheduler.schedule(inp)
        } catch {
            print("error: \(error)")
            exit(1)
        }
        let t1 = clock.now
        _ = schedule.teamLoad()
        let t2 = clock.now
        guard run > 0 else { continue }
        times.append(milliseconds(t1 - t0))
        loadTimes.append(milliseconds(t2 - t1))
        late = schedule.milestones.filter { $0.status == .late }.count
        milestones = schedule.milestones.count
    }
    times.sort()
    loadTimes.sort()
    let row = [String(size.tasks), String(size.members), String(open.count),
               String(open.filter { !$0.dependencies.isEmpty }.count),
               String(format: "%.1f", times[times.count / 2]), String(format: "%.1f", times[0]),
               String(format: "%.1f", loadTimes[loadTimes.count / 2]), "\(late)/\(milestones)",
               peakMiB().map { String(format: "%.1f", $0) } ?? "-"]
    print(zip(row, widths).map { pad($0, $1) }.joined(separator: " "))
}
print(String(format: "total wall %.0f ms (%d measured runs per size after one warm-up, median shown; peak memory is the process's so far)",
             milliseconds(clock.now - started), runs))
