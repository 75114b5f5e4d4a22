import Foundation
import PaceCore

// The JSON that `--json` prints. These shapes are a public interface (scripts depend on
// them): add fields, never rename or remove one. Absent values are `null`, never
// missing keys. Hours are decimal numbers, dates `YYYY-MM-DD`, instants ISO 8601 UTC.
// Documented in docs/json.md.

private func hours(_ minutes: Int?) -> Double? { minutes.map { Double($0) / 60 } }

struct TaskJSON: Encodable {
    let task: ProjectTask
    let milestoneName: String?
    let today: Day

    enum Keys: String, CodingKey {
        case id, project, number, title, notes, status, blockedReason, priority, assignee, estimateHours,
             remainingHours, spentHours, due, overdue, milestone, tags, dependencies, created, updated, started,
             completed, removed
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(task.id.description, forKey: .id)
        try c.encode(task.id.projectKey, forKey: .project)
        try c.encode(task.id.number, forKey: .number)
        try c.encode(task.title, forKey: .title)
        try c.encode(task.notes, forKey: .notes)
        try c.encode(task.status.rawValue, forKey: .status)
        try c.encode(task.blockedReason, forKey: .blockedReason)
        try c.encode(task.priority.rawValue, forKey: .priority)
        try c.encode(task.assignee, forKey: .assignee)
        try c.encode(hours(task.estimateMinutes), forKey: .estimateHours)
        try c.encode(hours(task.effectiveRemainingMinutes), forKey: .remainingHours)
        try c.encode(hours(task.spentMinutes), forKey: .spentHours)
        try c.encode(task.due?.iso, forKey: .due)
        try c.encode(task.isOverdue(today: today), forKey: .overdue)
        try c.encode(milestoneName, forKey: .milestone)
        try c.encode(task.tags, forKey: .tags)
        try c.encode(task.dependencies.map(\.description), forKey: .dependencies)
        try c.encode(Format.timestamp(task.created), forKey: .created)
        try c.encode(Format.timestamp(task.updated), forKey: .updated)
        try c.encode(task.started.map(Format.timestamp), forKey: .started)
        try c.encode(task.completed.map(Format.timestamp), forKey: .completed)
        try c.encode(task.deleted.map(Format.timestamp), forKey: .removed)
    }
}

struct TaskDetailJSON: Encodable {
    let task: TaskJSON
    let timeEntries: [TimeEntryJSON]
    let history: [ActivityJSON]

    enum Keys: String, CodingKey { case task, timeEntries, history }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(task, forKey: .task)
        try c.encode(timeEntries, forKey: .timeEntries)
        try c.encode(history, forKey: .history)
    }
}

struct TimeEntryJSON: Encodable {
    let entry: TimeEntry
    enum Keys: String, CodingKey { case id, task, member, date, hours, note }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(entry.id, forKey: .id)
        try c.encode(entry.task.description, forKey: .task)
        try c.encode(entry.member, forKey: .member)
        try c.encode(entry.date.iso, forKey: .date)
        try c.encode(Double(entry.minutes) / 60, forKey: .hours)
        try c.encode(entry.note, forKey: .note)
    }
}

struct ActivityJSON: Encodable {
    let activity: Activity
    enum Keys: String, CodingKey { case id, change, at, actor, entity, entityId, field, old, new }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(activity.id, forKey: .id)
        try c.encode(activity.changeID, forKey: .change)
        try c.encode(Format.timestamp(activity.at), forKey: .at)
        try c.encode(activity.actor, forKey: .actor)
        try c.encode(activity.entity.rawValue, forKey: .entity)
        try c.encode(activity.entityID, forKey: .entityId)
        try c.encode(activity.field, forKey: .field)
        try c.encode(activity.oldValue, forKey: .old)
        try c.encode(activity.newValue, forKey: .new)
    }
}

struct MoneyJSON: Encodable {
    let money: Money
    enum Keys: String, CodingKey { case amount, currency }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(money.amount, forKey: .amount)
        try c.encode(money.currency, forKey: .currency)
    }
}

struct ProjectJSON: Encodable {
    let project: Project
    let isDefault: Bool
    enum Keys: String, CodingKey { case key, name, client, start, target, budget, hoursBudget, status, hoursPerDay, isDefault = "default" }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(project.key, forKey: .key)
        try c.encode(project.name, forKey: .name)
        try c.encode(project.client, forKey: .client)
        try c.encode(project.startDate?.iso, forKey: .start)
        try c.encode(project.targetDate?.iso, forKey: .target)
        try c.encode(project.budget.map(MoneyJSON.init), forKey: .budget)
        try c.encode(hours(project.hoursBudgetMinutes), forKey: .hoursBudget)
        try c.encode(project.status.rawValue, forKey: .status)
        try c.encode(project.hoursPerDay, forKey: .hoursPerDay)
        try c.encode(isDefault, forKey: .isDefault)
    }
}

struct MemberJSON: Encodable {
    let member: Member
    enum Keys: String, CodingKey { case handle, name, role, weeklyCapacityHours, workingDays, hourlyRate, timeOff }
    enum OffKeys: String, CodingKey { case id, start, end, note }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(member.handle, forKey: .handle)
        try c.encode(member.name, forKey: .name)
        try c.encode(member.role, forKey: .role)
        try c.encode(Double(member.weeklyCapacityMinutes) / 60, forKey: .weeklyCapacityHours)
        try c.encode(member.workingDays.sorted().map(\.shortName), forKey: .workingDays)
        try c.encode(member.hourlyRate.map(MoneyJSON.init), forKey: .hourlyRate)
        var offs = c.nestedUnkeyedContainer(forKey: .timeOff)
        for off in member.timeOff {
            var o = offs.nestedContainer(keyedBy: OffKeys.self)
            try o.encode(off.id, forKey: .id)
            try o.encode(off.range.start.iso, forKey: .start)
            try o.encode(off.range.end.iso, forKey: .end)
            try o.encode(off.note, forKey: .note)
        }
    }
}

struct MilestoneJSON: Encodable {
    let milestone: Milestone
    let taskCount: Int
    let openCount: Int
    let doneEstimateHours: Double
    let totalEstimateHours: Double
    enum Keys: String, CodingKey { case id, project, name, due, description, tasks, openTasks, doneEstimateHours, totalEstimateHours }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(milestone.id, forKey: .id)
        try c.encode(milestone.projectKey, forKey: .project)
        try c.encode(milestone.name, forKey: .name)
        try c.encode(milestone.due?.iso, forKey: .due)
        try c.encode(milestone.description, forKey: .description)
        try c.encode(taskCount, forKey: .tasks)
        try c.encode(openCount, forKey: .openTasks)
        try c.encode(doneEstimateHours, forKey: .doneEstimateHours)
        try c.encode(totalEstimateHours, forKey: .totalEstimateHours)
    }
}
