import Foundation
import PaceCore

// The JSON that `--json` prints. These shapes are a public interface (scripts depend on
// them): add fields, never rename or remove one. Absent values are `null`, never
// missing keys; keys are sorted. Hours are decimal numbers, dates `YYYY-MM-DD`,
// instants ISO 8601 UTC. Documented in docs/json.md.

private func hours(_ minutes: Int?) -> Double? { minutes.map { Double($0) / 60 } }

struct TaskJSON: JSONWritable {
    let task: ProjectTask
    let milestoneName: String?
    let today: Day

    func write(_ w: inout JSONWriter) {
        w.object { w in
            w.field("assignee", task.assignee)
            w.field("blockedReason", task.blockedReason)
            w.field("completed", task.completed.map(Format.timestamp))
            w.field("created", Format.timestamp(task.created))
            w.field("dependencies", task.dependencies.map(\.description))
            w.field("due", task.due?.iso)
            w.field("estimateHours", hours(task.estimateMinutes))
            w.field("id", task.id.description)
            w.field("milestone", milestoneName)
            w.field("notes", task.notes)
            w.field("number", task.id.number)
            w.field("overdue", task.isOverdue(today: today))
            w.field("priority", task.priority.rawValue)
            w.field("project", task.id.projectKey)
            w.field("remainingHours", hours(task.effectiveRemainingMinutes))
            w.field("removed", task.deleted.map(Format.timestamp))
            w.field("spentHours", hours(task.spentMinutes))
            w.field("started", task.started.map(Format.timestamp))
            w.field("status", task.status.rawValue)
            w.field("tags", task.tags)
            w.field("title", task.title)
            w.field("updated", Format.timestamp(task.updated))
        }
    }
}

struct TaskDetailJSON: JSONWritable {
    let task: TaskJSON
    let timeEntries: [TimeEntryJSON]
    let history: [ActivityJSON]

    func write(_ w: inout JSONWriter) {
        w.object { w in
            w.key("history"); history.write(&w)
            w.key("task"); task.write(&w)
            w.key("timeEntries"); timeEntries.write(&w)
        }
    }
}

struct TimeEntryJSON: JSONWritable {
    let entry: TimeEntry
    func write(_ w: inout JSONWriter) {
        w.object { w in
            w.field("date", entry.date.iso)
            w.field("hours", Double(entry.minutes) / 60)
            w.field("id", entry.id)
            w.field("member", entry.member)
            w.field("note", entry.note)
            w.field("task", entry.task.description)
        }
    }
}

struct ActivityJSON: JSONWritable {
    let activity: Activity
    func write(_ w: inout JSONWriter) {
        w.object { w in
            w.field("actor", activity.actor)
            w.field("at", Format.timestamp(activity.at))
            w.field("change", activity.changeID)
            w.field("entity", activity.entity.rawValue)
            w.field("entityId", activity.entityID)
            w.field("field", activity.field)
            w.field("id", activity.id)
            w.field("new", activity.newValue)
            w.field("old", activity.oldValue)
        }
    }
}

struct MoneyJSON: JSONWritable {
    let money: Money
    func write(_ w: inout JSONWriter) {
        w.object { w in
            w.field("amount", money.amount)
            w.field("currency", money.currency)
        }
    }
}

extension JSONWriter {
    mutating func field(_ name: String, money: Money?) {
        key(name)
        if let money { MoneyJSON(money: money).write(&self) } else { value(nil as String?) }
    }
}

struct ProjectJSON: JSONWritable {
    let project: Project
    let isDefault: Bool
    func write(_ w: inout JSONWriter) {
        w.object { w in
            w.field("budget", money: project.budget)
            w.field("client", project.client)
            w.field("default", isDefault)
            w.field("defaultEstimateHours", Double(project.defaultEstimateMinutes) / 60)
            w.field("hoursBudget", hours(project.hoursBudgetMinutes))
            w.field("hoursPerDay", project.hoursPerDay)
            w.field("key", project.key)
            w.field("milestoneBufferDays", project.milestoneBufferDays)
            w.field("name", project.name)
            w.field("start", project.startDate?.iso)
            w.field("status", project.status.rawValue)
            w.field("target", project.targetDate?.iso)
        }
    }
}

struct MemberJSON: JSONWritable {
    let member: Member
    /// The member's rate periods, oldest first.
    let rates: [RatePeriod]
    func write(_ w: inout JSONWriter) {
        w.object { w in
            w.field("handle", member.handle)
            w.field("hourlyRate", money: member.hourlyRate)
            w.field("name", member.name)
            w.field("rateHistory", array: { w in
                for p in rates {
                    w.object { w in
                        w.field("from", p.effectiveFrom.iso)
                        w.field("rate", money: p.rate)
                    }
                }
            })
            w.field("role", member.role)
            w.field("timeOff", array: { w in
                for off in member.timeOff {
                    w.object { w in
                        w.field("end", off.range.end.iso)
                        w.field("id", off.id)
                        w.field("note", off.note)
                        w.field("start", off.range.start.iso)
                    }
                }
            })
            w.field("weeklyCapacityHours", Double(member.weeklyCapacityMinutes) / 60)
            w.field("workingDays", member.workingDays.sorted().map(\.shortName))
        }
    }
}

struct MilestoneJSON: JSONWritable {
    let milestone: Milestone
    let taskCount: Int
    let openCount: Int
    let doneEstimateHours: Double
    let totalEstimateHours: Double
    func write(_ w: inout JSONWriter) {
        w.object { w in
            w.field("description", milestone.description)
            w.field("doneEstimateHours", doneEstimateHours)
            w.field("due", milestone.due?.iso)
            w.field("id", milestone.id)
            w.field("name", milestone.name)
            w.field("openTasks", openCount)
            w.field("project", milestone.projectKey)
            w.field("tasks", taskCount)
            w.field("totalEstimateHours", totalEstimateHours)
        }
    }
}

struct HolidayJSON: JSONWritable {
    let holiday: Holiday
    func write(_ w: inout JSONWriter) {
        w.object { w in
            w.field("date", holiday.date.iso)
            w.field("name", holiday.name)
        }
    }
}

struct ScheduledTaskJSON: JSONWritable {
    let task: ScheduledTask
    let title: String?
    let slack: Int?
    func write(_ w: inout JSONWriter) {
        w.object { w in
            w.field("due", task.due?.iso)
            w.field("finish", Format.timestamp(task.finish))
            w.field("finishDay", task.finishDay.iso)
            w.field("flags", task.flags.names)
            w.field("id", task.id.description)
            w.field("lane", task.lane.handle)
            w.field("reason", task.startedBecause.description)
            w.field("slackWorkingDays", slack)
            w.field("start", Format.timestamp(task.start))
            w.field("startDay", task.startDay.iso)
            w.field("title", title)
            w.field("waitedFor", task.startedBecause.waitedFor?.description)
            w.field("workHours", Double(task.workMinutes) / 60)
        }
    }
}

struct ForecastJSON: JSONWritable {
    let snapshot: ProjectSnapshot
    let schedule: Schedule
    let milestones: [MilestoneForecast]
    let tasks: [ScheduledTask]

    func write(_ w: inout JSONWriter) {
        let titles = Dictionary(uniqueKeysWithValues: snapshot.tasks.map { ($0.id, $0.title) })
        w.object { w in
            w.field("asOf", Format.timestamp(schedule.now.instant))
            w.field("milestones", array: { w in
                for m in milestones {
                    w.object { w in
                        w.field("drivingChain", array: { w in
                            for link in m.drivingChain {
                                ScheduledTaskJSON(task: link, title: titles[link.id], slack: nil).write(&w)
                            }
                        })
                        w.field("due", m.milestone.due?.iso)
                        w.field("forecast", m.forecastDay?.iso)
                        w.field("name", m.milestone.name)
                        w.field("openTasks", m.openTasks)
                        w.field("slackWorkingDays", m.slackWorkingDays)
                        w.field("status", m.status.label.replacingOccurrences(of: " ", with: "-"))
                    }
                }
            })
            w.field("project", snapshot.project.key)
            w.field("tasks", array: { w in
                for t in tasks {
                    let slack = t.due.map { schedule.projectCalendar.slack(finish: t.finishDay, due: $0) }
                    ScheduledTaskJSON(task: t, title: titles[t.id], slack: slack).write(&w)
                }
            })
        }
    }
}

struct LoadJSON: JSONWritable {
    let load: TeamLoad
    let naive: TeamLoad
    let overruns: [String: MemberOverrun]

    func write(_ w: inout JSONWriter) {
        w.object { w in
            w.field("members", array: { w in
                for row in load.rows {
                    let n = naive.rows.first { $0.handle == row.handle }
                    w.object { w in
                        w.field("beyondHours", Double(row.beyondMinutes) / 60)
                        w.field("handle", row.handle)
                        w.field("naiveWeeks", array: { w in
                            for week in n?.weeks ?? [] {
                                w.object { w in
                                    w.field("bookedHours", Double(week.bookedMinutes) / 60)
                                    w.field("capacityHours", Double(week.capacityMinutes) / 60)
                                    w.field("start", week.start.iso)
                                }
                            }
                        })
                        if let o = overruns[row.handle], o.isOverbooked {
                            w.field("overrun", object: { w in
                                w.field("hoursAfterDue", Double(o.minutesAfterDue) / 60)
                                w.field("lastLateDue", o.lastLateDue?.iso)
                                w.field("lastLateFinish", o.lastLateFinish.map(Format.timestamp))
                                w.field("lastLateTask", o.lastLateTask?.description)
                                w.field("lateTasks", o.lateTasks)
                                w.field("workingDaysLate", o.lastLateWorkingDays)
                            })
                        } else {
                            w.field("overrun", nil as String?)
                        }
                        w.field("weeks", array: { w in
                            for week in row.weeks {
                                w.object { w in
                                    w.field("bookedHours", Double(week.bookedMinutes) / 60)
                                    w.field("capacityHours", Double(week.capacityMinutes) / 60)
                                    w.field("start", week.start.iso)
                                }
                            }
                        })
                    }
                }
            })
            w.field("unassignedHours", Double(load.unassignedMinutes) / 60)
            w.field("weekStarts", load.weekStarts.map(\.iso))
        }
    }
}
