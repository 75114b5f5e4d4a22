import Foundation
import PaceCore

// `pace report status|debrief --format json`: public shapes documented in docs/json.md,
// written like the others (sorted keys, every key always present, null when unknown).
// Money is `{amount, currency}`, hours decimal hours, days `YYYY-MM-DD`, instants UTC.

private func hours(_ minutes: Int?) -> Double? { minutes.map { Double($0) / 60 } }

extension JSONWriter {
    fileprivate mutating func project(_ p: Project) {
        field("project", object: { w in
            w.field("client", p.client)
            w.field("key", p.key)
            w.field("name", p.name)
            w.field("start", p.startDate?.iso)
            w.field("target", p.targetDate?.iso)
        })
    }

    fileprivate mutating func field(_ name: String, minor: Int64?, currency: String) {
        field(name, money: minor.map { Money(minorUnits: $0, currency: currency) })
    }
}

struct StatusReportJSON: JSONWritable {
    let report: StatusReport

    func write(_ w: inout JSONWriter) {
        let r = report
        let b = r.budget
        w.object { w in
            w.field("baseline", r.baselineName)
            w.field("blocked", array: { w in
                for t in r.blocked {
                    w.object { w in
                        w.field("assignee", t.assignee)
                        w.field("days", t.days)
                        w.field("reason", t.reason)
                        w.field("since", t.since.map(Format.timestamp))
                        w.field("task", t.task.description)
                        w.field("title", t.title)
                    }
                }
            })
            w.field("budget", object: { w in
                w.field("budget", money: b.budget)
                w.field("committed", minor: b.committed, currency: b.currency)
                w.field("committedHours", hours(b.committedMinutes))
                w.field("currency", b.currency)
                w.field("earnedValue", object: { w in
                    w.key("hours"); EarnedValueJSON(value: b.hours).write(&w)
                    w.key("money"); EarnedValueJSON(value: b.money).write(&w)
                })
                w.field("forecastAtCompletion", minor: b.forecastAtCompletion, currency: b.currency)
                w.field("forecastHours", hours(b.forecastMinutes))
                w.field("forecastVariance", minor: b.forecastVariance, currency: b.currency)
                w.field("hasMoney", r.hasMoney)
                w.field("hoursBudget", hours(b.hoursBudgetMinutes))
                switch r.budgetStatus?.level {
                case .onTrack?: w.field("level", "on-track")
                case .atRisk?: w.field("level", "at-risk")
                case .over?: w.field("level", "over-budget")
                case nil: w.field("level", nil as String?)
                }
                w.field("otherCurrencies", b.otherCurrencies)
                w.field("spent", minor: b.spent, currency: b.currency)
                w.field("spentHours", hours(b.spentMinutes))
            })
            w.field("burndown", array: { w in
                for d in r.burndown {
                    w.object { w in
                        w.field("day", d.day.iso)
                        w.field("doneHours", hours(d.doneMinutes))
                        w.field("remainingHours", hours(d.remainingMinutes))
                        w.field("scopeAddedHours", hours(d.scopeAddedMinutes))
                        w.field("scopeHours", hours(d.scopeMinutes))
                        w.field("scopeRemovedHours", hours(d.scopeRemovedMinutes))
                    }
                }
            })
            w.field("done", object: { w in
                w.field("loggedByMember", array: { w in
                    for m in r.loggedByMember {
                        w.object { w in
                            w.field("handle", m.handle)
                            w.field("hours", hours(m.minutes))
                        }
                    }
                })
                w.field("loggedHours", hours(r.loggedMinutes))
                w.field("tasks", array: { w in
                    for t in r.done {
                        w.object { w in
                            w.field("assignee", t.assignee)
                            w.field("completed", t.completed.iso)
                            w.field("estimateHours", hours(t.estimateMinutes))
                            w.field("loggedHours", hours(t.loggedMinutes))
                            w.field("milestone", t.milestone)
                            w.field("task", t.task.description)
                            w.field("title", t.title)
                        }
                    }
                })
            })
            w.field("generated", Format.timestamp(r.generated))
            w.field("kind", "status")
            w.field("milestones", array: { w in
                for m in r.milestones {
                    w.object { w in
                        w.field("doneEstimateHours", hours(m.doneEstimateMinutes))
                        w.field("doneTasks", m.doneTasks)
                        w.field("drivingChain", array: { w in
                            for link in m.drivingChain { ChainLinkJSON(link: link).write(&w) }
                        })
                        w.field("due", m.due?.iso)
                        w.field("estimateHours", hours(m.estimateMinutes))
                        w.field("finished", m.finished?.iso)
                        w.field("forecast", m.forecast?.iso)
                        w.field("health", m.health.rawValue)
                        w.field("name", m.name)
                        w.field("openTasks", m.openTasks)
                        w.field("progress", m.progress)
                        w.field("remainingHours", hours(m.remainingMinutes))
                        w.field("slackWorkingDays", m.slackWorkingDays)
                    }
                }
            })
            w.field("next", array: { w in
                for t in r.next {
                    w.object { w in
                        w.field("due", t.due?.iso)
                        w.field("finish", t.finish.iso)
                        w.field("late", t.late)
                        w.field("milestone", t.milestone)
                        w.field("start", t.start.iso)
                        w.field("status", t.status.rawValue)
                        w.field("task", t.task.description)
                        w.field("title", t.title)
                        w.field("who", t.who)
                    }
                }
            })
            w.field("nextDays", r.nextDays)
            w.field("overall", r.overall.rawValue)
            w.field("overdue", array: { w in
                for t in r.overdue {
                    w.object { w in
                        w.field("assignee", t.assignee)
                        w.field("daysOverdue", t.daysOverdue)
                        w.field("due", t.due.iso)
                        w.field("forecast", t.forecast?.iso)
                        w.field("status", t.status.rawValue)
                        w.field("task", t.task.description)
                        w.field("title", t.title)
                    }
                }
            })
            w.field("overloaded", array: { w in
                for o in r.overloaded {
                    w.object { w in
                        w.field("handle", o.handle)
                        w.field("lastLateTask", o.lastLateTask?.description)
                        w.field("lateTasks", o.lateTasks)
                        w.field("name", o.name)
                        w.field("slipWorkingDays", o.slipWorkingDays)
                        w.field("weeksOver", array: { w in
                            for week in o.weeksOver {
                                w.object { w in
                                    w.field("bookedHours", hours(week.bookedMinutes))
                                    w.field("capacityHours", hours(week.capacityMinutes))
                                    w.field("week", week.start.iso)
                                }
                            }
                        })
                    }
                }
            })
            w.field("period", object: { w in
                w.field("from", r.since.iso)
                w.field("to", r.today.iso)
            })
            w.project(r.project)
            w.field("tasks", object: { w in
                w.field("blocked", r.blocked.count)
                w.field("done", r.doneTasks)
                w.field("open", r.openTasks)
                w.field("overdue", r.overdue.count)
            })
        }
    }
}

struct ChainLinkJSON: JSONWritable {
    let link: StatusReport.ChainLink
    func write(_ w: inout JSONWriter) {
        w.object { w in
            w.field("finish", link.finish.iso)
            switch link.reason {
            case .now: w.field("reason", "now")
            case .dependency: w.field("reason", "dependency")
            case .busy: w.field("reason", "busy")
            }
            w.field("start", link.start.iso)
            w.field("task", link.task.description)
            w.field("title", link.title)
            w.field("waitsFor", link.reason.waitedFor?.description)
            w.field("who", link.who)
        }
    }
}

struct DebriefReportJSON: JSONWritable {
    let report: DebriefReport

    func write(_ w: inout JSONWriter) {
        let r = report
        let today = r.today
        w.object { w in
            w.field("accuracy", object: { w in
                w.field("byMember", array: { w in
                    for m in r.accuracyByMember { MemberAccuracyJSON(value: m).write(&w) }
                })
                w.field("doneWithoutEstimate", r.doneWithoutEstimate)
                w.field("doneWithoutTime", r.doneWithoutTime)
                w.field("tasks", array: { w in
                    for a in r.accuracy {
                        w.object { w in
                            w.field("assignee", a.assignee)
                            w.field("estimateHours", hours(a.estimateMinutes))
                            w.field("finalEstimateHours", hours(a.finalEstimateMinutes))
                            w.field("loggedHours", hours(a.loggedMinutes))
                            w.field("ratio", a.ratio)
                            w.field("task", a.task.description)
                            w.field("title", a.title)
                        }
                    }
                })
                w.key("total"); MemberAccuracyJSON(value: r.accuracyTotal).write(&w)
            })
            w.field("baseline", r.baselineName)
            w.field("blockers", array: { w in
                for b in r.blockers {
                    w.object { w in
                        w.field("end", b.span.end.map(Format.timestamp))
                        w.field("hours", b.seconds / 3600)
                        w.field("open", b.span.end == nil)
                        w.field("reasons", b.span.reasons)
                        w.field("start", Format.timestamp(b.span.start))
                        w.field("task", b.span.task.description)
                        w.field("title", b.title)
                    }
                }
            })
            w.field("currency", r.currency)
            w.field("generated", Format.timestamp(r.generated))
            w.field("hasMoney", r.hasMoney)
            w.field("kind", "debrief")
            w.field("milestones", array: { w in
                for m in r.milestones { OutcomeJSON(value: m, currency: r.currency).write(&w) }
            })
            w.field("otherCurrencies", r.otherCurrencies)
            w.project(r.project)
            w.field("scope", object: { w in
                w.field("changes", array: { w in
                    for c in r.scopeChanges {
                        w.object { w in
                            w.field("at", Format.timestamp(c.at))
                            w.field("by", c.actor)
                            w.field("deltaHours", hours(c.deltaMinutes))
                            w.field("kind", c.kind.rawValue)
                            w.field("newEstimateHours", hours(c.newMinutes))
                            w.field("oldEstimateHours", hours(c.oldMinutes))
                            w.field("task", c.task.description)
                            w.field("title", c.title)
                        }
                    }
                })
                w.field("netHours", hours(r.scopeNetMinutes))
                switch r.scopeReference {
                case .baseline(_, let saved):
                    w.field("reference", "baseline")
                    w.field("since", Format.timestamp(saved))
                case .projectStart(let day):
                    w.field("reference", "project-start")
                    w.field("since", Format.timestamp((day + 1).start(in: r.timeZone)))
                case .firstTask(let day):
                    w.field("reference", "first-task")
                    w.field("since", Format.timestamp((day + 1).start(in: r.timeZone)))
                case .none:
                    w.field("reference", "none")
                    w.field("since", nil as String?)
                }
            })
            w.field("slips", object: { w in
                w.field("against", r.slipsAgainstBaseline ? "baseline" : "due")
                w.field("tasks", array: { w in
                    for s in r.slips {
                        w.object { w in
                            w.field("assignee", s.assignee)
                            w.field("causes", array: { w in
                                for c in s.causes { SlipCauseJSON(cause: c, today: today).write(&w) }
                            })
                            w.field("finish", s.finish.iso)
                            w.field("finishIsForecast", s.finishIsForecast)
                            w.field("plannedFinish", s.plannedFinish.iso)
                            w.field("plannedStart", s.plannedStart?.iso)
                            w.field("task", s.task.description)
                            w.field("title", s.title)
                            w.field("workingDaysLate", s.workingDays)
                        }
                    }
                })
            })
            w.field("throughput", array: { w in
                for t in r.throughput {
                    w.object { w in
                        w.field("loggedHours", hours(t.loggedMinutes))
                        w.field("start", t.week.start.iso)
                        w.field("tasksDone", t.tasksDone)
                        w.field("week", t.week.description)
                    }
                }
            })
            w.key("total"); OutcomeJSON(value: r.total, currency: r.currency).write(&w)
        }
    }
}

struct MemberAccuracyJSON: JSONWritable {
    let value: DebriefReport.MemberAccuracy
    func write(_ w: inout JSONWriter) {
        w.object { w in
            w.field("estimateHours", hours(value.estimateMinutes))
            w.field("handle", value.handle)
            w.field("loggedHours", hours(value.loggedMinutes))
            w.field("ratio", value.ratio)
            w.field("tasks", value.tasks)
        }
    }
}

struct OutcomeJSON: JSONWritable {
    let value: DebriefReport.MilestoneOutcome
    let currency: String
    func write(_ w: inout JSONWriter) {
        let m = value
        w.object { w in
            w.field("actualCost", minor: m.actualCost, currency: currency)
            w.field("costAtCompletion", minor: m.costAtCompletion, currency: currency)
            w.field("due", m.due?.iso)
            w.field("estimateHours", hours(m.estimateMinutes))
            w.field("finish", m.finish?.iso)
            w.field("finishIsForecast", m.finishIsForecast)
            w.field("loggedHours", hours(m.loggedMinutes))
            w.field("name", m.name)
            w.field("plannedCost", minor: m.plannedCost, currency: currency)
            w.field("plannedFinish", m.plannedFinish?.iso)
            w.field("plannedHours", hours(m.plannedMinutes))
            w.field("remainingHours", hours(m.remainingMinutes))
            w.field("slipVsDue", m.slipVsDue)
            w.field("slipVsPlan", m.slipVsPlan)
            w.field("tasksDone", m.tasksDone)
            w.field("tasksOpen", m.tasksOpen)
        }
    }
}

/// One shape for every cause: `kind` says which of the other keys carry it.
struct SlipCauseJSON: JSONWritable {
    let cause: DebriefReport.SlipCause
    let today: Day
    func write(_ w: inout JSONWriter) {
        var hoursBlocked: Double?, reasons: [String] = [], from: Int?, to: Int?, days: Int?, started: Day?, planned: Day?
        var notStarted = false, tasks: [String] = [], handles: [String] = []
        let kind: String
        switch cause {
        case .blocked(let seconds, let r): kind = "blocked"; hoursBlocked = seconds / 3600; reasons = r
        case .estimateRaised(let f, let t): kind = "estimate-raised"; from = f; to = t
        case .startedLate(let d, let s, let p, let notYet): kind = "started-late"; days = d; started = s; planned = p; notStarted = notYet
        case .waitedOn(let ids): kind = "waited-on"; tasks = ids.map(\.description)
        case .reassigned(let h): kind = "reassigned"; handles = h
        case .effortOverrun(let logged, let plannedMinutes): kind = "effort-overrun"; from = plannedMinutes; to = logged
        }
        w.object { w in
            w.field("fromHours", hours(from))
            w.field("handles", handles)
            w.field("hours", hoursBlocked)
            w.field("kind", kind)
            w.field("notStarted", notStarted)
            w.field("planned", planned?.iso)
            w.field("reasons", reasons)
            w.field("started", started?.iso)
            w.field("tasks", tasks)
            w.field("text", ReportText.cause(cause, today: today))
            w.field("toHours", hours(to))
            w.field("workingDays", days)
        }
    }
}
