import Foundation
import PaceCore

// The standup shapes of `--json` (documented in docs/json.md, "Standups"). Like every
// shape here: keys sorted, absent values null, fields only ever added. Durations are
// seconds (numbers), instants ISO 8601 UTC, dates local `YYYY-MM-DD`.

struct StandupNoteJSON: JSONWritable {
    let note: StandupNote
    func write(_ w: inout JSONWriter) {
        w.object { w in
            w.field("at", Format.timestamp(note.at))
            w.field("author", note.author)
            w.field("handle", note.handle)
            w.field("id", note.id)
            w.field("kind", note.kind.rawValue)
            w.field("task", note.task?.description)
            w.field("text", note.text)
            w.field("unblocker", note.unblocker)
        }
    }
}

struct StandupSummaryJSON: JSONWritable {
    let session: StandupSession
    let timeZone: TimeZone
    func write(_ w: inout JSONWriter) {
        let s = session
        w.object { w in
            w.field("blockers", s.notes.filter { $0.kind == .blocker }.count)
            w.field("date", Day(s.startedAt, in: timeZone).iso)
            w.field("durationSeconds", s.endedAt.map { $0.timeIntervalSince(s.startedAt) })
            w.field("ended", s.endedAt.map(Format.timestamp))
            w.field("facilitator", s.facilitator)
            w.field("id", s.id)
            w.field("notes", s.notes.count)
            w.field("overrunSeconds", s.turns.reduce(0) { $0 + $1.overrunSeconds })
            w.field("project", s.projectKey)
            w.field("skipped", s.skipped)
            w.field("speakers", Set(s.turns.map(\.handle)).count)
            w.field("started", Format.timestamp(s.startedAt))
        }
    }
}

struct StandupReportJSON: JSONWritable {
    let report: StandupReport
    let timeZone: TimeZone
    func write(_ w: inout JSONWriter) {
        let s = report.session
        w.object { w in
            w.key("blockers"); report.blockers.map(StandupNoteJSON.init).write(&w)
            w.field("date", Day(s.startedAt, in: timeZone).iso)
            w.field("durationSeconds", s.endedAt.map { $0.timeIntervalSince(s.startedAt) })
            w.field("ended", s.endedAt.map(Format.timestamp))
            w.field("facilitator", s.facilitator)
            w.field("facilitators", report.facilitators)
            w.key("followUps"); report.followUps.map(StandupNoteJSON.init).write(&w)
            w.field("id", s.id)
            w.key("notes"); s.notes.map(StandupNoteJSON.init).write(&w)
            w.field("order", s.order)
            w.field("project", s.projectKey)
            w.field("since", Format.timestamp(s.since))
            w.field("skipped", s.skipped)
            w.field("speakers", array: { w in
                for sp in report.speakers {
                    w.object { w in
                        w.field("handle", sp.handle)
                        w.field("overrunSeconds", sp.overrunSeconds)
                        w.field("seconds", sp.seconds)
                        w.field("turns", sp.turns)
                    }
                }
            })
            w.field("started", Format.timestamp(s.startedAt))
            w.field("taskMoves", array: { w in
                for m in report.taskMoves {
                    w.object { w in
                        w.field("actor", m.actor)
                        w.field("at", Format.timestamp(m.at))
                        w.field("field", m.field)
                        w.field("new", m.new)
                        w.field("old", m.old)
                        w.field("task", m.task.description)
                        w.field("title", m.title)
                    }
                }
            })
            w.field("timeboxSeconds", s.timeboxSeconds)
            w.field("turns", array: { w in
                for t in s.turns {
                    w.object { w in
                        w.field("ended", Format.timestamp(t.endedAt))
                        w.field("handle", t.handle)
                        w.field("overrunSeconds", t.overrunSeconds)
                        w.field("seconds", t.seconds)
                        w.field("started", Format.timestamp(t.startedAt))
                    }
                }
            })
        }
    }
}

struct StandupBriefJSON: JSONWritable {
    let brief: StandupBrief
    func write(_ w: inout JSONWriter) {
        let b = brief
        func hours(_ minutes: Int?) -> Double? { minutes.map { Double($0) / 60 } }
        func moves(_ w: inout JSONWriter, _ name: String, _ list: [StandupBrief.Move]) {
            w.field(name, array: { w in
                for m in list {
                    w.object { w in
                        w.field("at", Format.timestamp(m.at))
                        w.field("reason", m.reason)
                        w.field("task", m.task.description)
                        w.field("title", m.title)
                    }
                }
            })
        }
        func handovers(_ w: inout JSONWriter, _ name: String, _ list: [StandupBrief.Handover]) {
            w.field(name, array: { w in
                for h in list {
                    w.object { w in
                        w.field("at", Format.timestamp(h.at))
                        w.field("by", h.by)
                        w.field("from", h.from)
                        w.field("task", h.task.description)
                        w.field("title", h.title)
                        w.field("to", h.to)
                    }
                }
            })
        }
        func holdings(_ w: inout JSONWriter, _ name: String, _ list: [StandupBrief.Holding]) {
            w.field(name, array: { w in
                for h in list {
                    w.object { w in
                        w.field("blockedReason", h.blockedReason)
                        w.field("due", h.due?.iso)
                        w.field("remainingHours", hours(h.remainingMinutes))
                        w.field("status", h.status.rawValue)
                        w.field("task", h.task.description)
                        w.field("title", h.title)
                    }
                }
            })
        }
        w.object { w in
            w.field("absent", b.absent)
            handovers(&w, "assignedIn", b.assignedIn)
            handovers(&w, "assignedOut", b.assignedOut)
            moves(&w, "blocked", b.blocked)
            holdings(&w, "blockedNow", b.blockedNow)
            moves(&w, "finished", b.finished)
            w.field("handle", b.handle)
            holdings(&w, "inProgress", b.inProgress)
            w.field("logged", array: { w in
                for l in b.logged {
                    w.object { w in
                        w.field("hours", hours(l.minutes))
                        w.field("task", l.task.description)
                        w.field("title", l.title)
                    }
                }
            })
            w.field("loggedHours", hours(b.loggedMinutes))
            w.field("name", b.name)
            w.field("risks", array: { w in
                for r in b.risks {
                    w.object { w in
                        w.field("due", r.due?.iso)
                        w.field("forecast", r.forecast?.iso)
                        w.field("kind", r.kind.rawValue)
                        w.field("late", r.late)
                        w.field("name", r.name)
                        w.field("tasks", r.tasks.map(\.description))
                        w.field("title", r.title)
                    }
                }
            })
            w.field("since", Format.timestamp(b.since))
            moves(&w, "started", b.started)
            w.field("weekBookedHours", hours(b.weekBookedMinutes))
            w.field("weekCapacityHours", hours(b.weekCapacityMinutes))
        }
    }
}
