import Foundation
import PaceCore

// `pace budget --json` and `pace baseline ls --json`: public shapes like those in
// JSONShapes.swift (documented in docs/json.md). Money figures are decimal amounts in
// `currency`; hour figures decimal hours.

struct EarnedValueJSON: JSONWritable {
    let value: EarnedValue
    func write(_ w: inout JSONWriter) {
        // Money in minor units becomes an amount; minutes become hours.
        func n(_ v: Int64?) -> Double? { v.map { Double($0) / (value.measure == .money ? 100 : 60) } }
        w.object { w in
            w.field("ac", n(value.ac))
            w.field("bac", n(value.bac))
            w.field("cpi", value.cpi)
            w.field("eac", n(value.eac))
            w.field("etc", n(value.etc))
            w.field("ev", n(value.ev))
            w.field("pv", n(value.pv))
            w.field("spi", value.spi)
            w.field("vac", n(value.vac))
        }
    }
}

struct BudgetJSON: JSONWritable {
    let project: String
    let asOf: Day
    let baseline: String?
    let summary: BudgetSummary
    let milestones: [(name: String, money: EarnedValue, hours: EarnedValue)]

    func write(_ w: inout JSONWriter) {
        let c = summary.currency
        func money(_ minor: Int64?) -> Money? { minor.map { Money(minorUnits: $0, currency: c) } }
        func hours(_ minutes: Int?) -> Double? { minutes.map { Double($0) / 60 } }
        w.object { w in
            w.field("asOf", asOf.iso)
            w.field("baseline", baseline)
            w.field("budget", money: summary.budget)
            w.field("committed", money: money(summary.committed))
            w.field("committedHours", hours(summary.committedMinutes))
            w.field("currency", c)
            w.field("earnedValue", object: { w in
                w.key("hours"); EarnedValueJSON(value: summary.hours).write(&w)
                w.key("money"); EarnedValueJSON(value: summary.money).write(&w)
            })
            w.field("forecastAtCompletion", money: money(summary.forecastAtCompletion))
            w.field("forecastHours", hours(summary.forecastMinutes))
            w.field("forecastVariance", money: money(summary.forecastVariance))
            w.field("hoursBudget", hours(summary.hoursBudgetMinutes))
            w.field("members", array: { w in
                for r in summary.members {
                    w.object { w in
                        w.field("committed", money: money(r.committed))
                        w.field("handle", r.member)
                        w.field("hourlyRate", money: r.rate)
                        w.field("remainingHours", hours(r.remainingMinutes))
                        w.field("spent", money: money(r.spent))
                        w.field("spentHours", hours(r.spentMinutes))
                    }
                }
            })
            w.field("milestones", array: { w in
                for m in milestones {
                    w.object { w in
                        w.field("earnedValue", object: { w in
                            w.key("hours"); EarnedValueJSON(value: m.hours).write(&w)
                            w.key("money"); EarnedValueJSON(value: m.money).write(&w)
                        })
                        w.field("name", m.name)
                    }
                }
            })
            w.field("otherCurrencies", summary.otherCurrencies)
            w.field("project", project)
            w.field("spent", money: money(summary.spent))
            w.field("spentHours", hours(summary.spentMinutes))
        }
    }
}

struct BaselineJSON: JSONWritable {
    let baseline: Baseline
    init(_ baseline: Baseline) { self.baseline = baseline }
    func write(_ w: inout JSONWriter) {
        w.object { w in
            w.field("created", Format.timestamp(baseline.created))
            w.field("createdBy", baseline.createdBy)
            w.field("name", baseline.name)
            w.field("project", baseline.projectKey)
            w.field("tasks", array: { w in
                for t in baseline.tasks {
                    w.object { w in
                        w.field("estimateHours", Double(t.estimateMinutes) / 60)
                        w.field("id", t.task.description)
                        w.field("plannedCost", money: t.plannedCost)
                        w.field("plannedFinish", t.plannedFinish?.iso)
                        w.field("plannedStart", t.plannedStart?.iso)
                    }
                }
            })
        }
    }
}
