import Foundation
import GRDB
import PaceCore

/// Field values of each entity as the activity log spells them (the text form the
/// columns hold), and decoding of rows back into domain values.
enum RowCodec {
    static func text(_ day: Day?) -> String? { day?.iso }
    static func text(_ date: Date?) -> String? { date.map(Format.timestamp) }
    static func text(_ int: Int?) -> String? { int.map { String($0) } }
    static func text(_ int: Int64?) -> String? { int.map { String($0) } }

    static func taskFields(_ t: ProjectTask) -> [(String, String?)] {
        [
            ("title", t.title), ("notes", t.notes), ("status", t.status.rawValue),
            ("blocked-reason", t.blockedReason), ("priority", t.priority.rawValue), ("assignee", t.assignee),
            ("estimate", text(t.estimateMinutes)), ("remaining", text(t.remainingMinutes)),
            ("due", text(t.due)), ("milestone", text(t.milestoneID)),
            ("tags", t.tags.joined(separator: ",")),
            ("dependencies", t.dependencies.map(\.description).joined(separator: ",")),
            ("started", text(t.started)), ("completed", text(t.completed)), ("deleted", text(t.deleted)),
        ]
    }

    static func projectFields(_ p: Project) -> [(String, String?)] {
        [
            ("name", p.name), ("client", p.client), ("start", text(p.startDate)), ("target", text(p.targetDate)),
            ("budget", text(p.budget?.minorUnits)), ("currency", p.budget?.currency),
            ("hours-budget", text(p.hoursBudgetMinutes)), ("status", p.status.rawValue),
            ("hours-per-day", String(p.hoursPerDay)),
            ("default-estimate", String(p.defaultEstimateMinutes)), ("milestone-buffer", String(p.milestoneBufferDays)),
        ]
    }

    static func memberFields(_ m: Member) -> [(String, String?)] {
        [
            ("name", m.name), ("role", m.role), ("capacity", String(m.weeklyCapacityMinutes)),
            ("working-days", workingDaysText(m.workingDays)),
            ("rate", text(m.hourlyRate?.minorUnits)), ("currency", m.hourlyRate?.currency),
        ]
    }

    static func milestoneFields(_ m: Milestone) -> [(String, String?)] {
        [("name", m.name), ("due", text(m.due)), ("description", m.description)]
    }

    static func workingDaysText(_ days: Set<Weekday>) -> String {
        days.sorted().map(\.shortName).joined(separator: ",")
    }

    static func workingDays(_ text: String) -> Set<Weekday> {
        Set(text.split(separator: ",").compactMap { Weekday(name: $0) })
    }

    static func day(_ text: String?) -> Day? { text.flatMap { Day(iso: $0) } }
    static func date(_ text: String?) -> Date? { text.flatMap(Format.parseTimestamp) }

    /// The task columns in the order `task(_:spent:)` reads them by index: a 10,000-task
    /// snapshot decodes several times faster than by column name.
    static let taskColumns = """
        project_key, number, title, notes, status, blocked_reason, priority, assignee, estimate_minutes, \
        remaining_minutes, due_date, milestone_id, tags, dependencies, created_at, updated_at, started_at, \
        completed_at, deleted_at
        """

    static func task(_ row: Row, spent: Int) -> ProjectTask {
        let key: String = row[0]
        let created = date(row[14]) ?? Date(timeIntervalSince1970: 0)
        let tags: String = row[12]
        let deps: String = row[13]
        return ProjectTask(
            id: TaskID(projectKey: key, number: row[1]),
            title: row[2],
            notes: row[3],
            status: TaskStatus(rawValue: row[4]) ?? .todo,
            blockedReason: row[5],
            priority: Priority(rawValue: row[6]) ?? .medium,
            assignee: row[7],
            estimateMinutes: row[8],
            remainingMinutes: row[9],
            due: day(row[10]),
            milestoneID: row[11],
            tags: tags.isEmpty ? [] : tags.split(separator: ",").map(String.init),
            dependencies: deps.isEmpty ? [] : deps.split(separator: ",").compactMap { TaskID(parsing: $0) },
            created: created,
            updated: date(row[15]) ?? created,
            started: date(row[16]),
            completed: date(row[17]),
            deleted: date(row[18]),
            spentMinutes: spent)
    }

    static func project(_ row: Row) -> Project {
        let minor: Int64? = row["budget_minor"]
        let currency: String? = row["currency"]
        return Project(
            key: row["key"], name: row["name"], client: row["client"],
            startDate: day(row["start_date"]), targetDate: day(row["target_date"]),
            budget: minor.map { Money(minorUnits: $0, currency: currency ?? "EUR") },
            hoursBudgetMinutes: row["hours_budget_minutes"],
            status: ProjectStatus(rawValue: row["status"]) ?? .active,
            hoursPerDay: row["hours_per_day"],
            defaultEstimateMinutes: row["default_estimate_minutes"],
            milestoneBufferDays: row["milestone_buffer_days"])
    }

    static func member(_ row: Row, timeOff: [TimeOff]) -> Member {
        let minor: Int64? = row["rate_minor"]
        let currency: String? = row["currency"]
        return Member(
            handle: row["handle"], name: row["name"], role: row["role"],
            weeklyCapacityMinutes: row["weekly_capacity_minutes"],
            workingDays: workingDays(row["working_days"]),
            hourlyRate: minor.map { Money(minorUnits: $0, currency: currency ?? "EUR") },
            timeOff: timeOff)
    }

    static func milestone(_ row: Row) -> Milestone {
        Milestone(id: row["id"], projectKey: row["project_key"], name: row["name"],
                  due: day(row["due_date"]), description: row["description"])
    }

    static func timeOff(_ row: Row) -> TimeOff {
        let start = day(row["start_date"]) ?? Day(ordinal: 0)
        let end = day(row["end_date"]) ?? start
        return TimeOff(id: row["id"], range: DayRange(start: start, end: end), note: row["note"])
    }

    /// The columns `timeEntry` reads, in the order it reads them: by position, since
    /// decoding by name (GRDB compares each name) was most of reading 10,000 entries.
    static let timeEntryColumns = "id, project_key, number, member, date, minutes, note"

    static func timeEntry(_ row: Row) -> TimeEntry {
        TimeEntry(id: row[0], task: TaskID(projectKey: row[1], number: row[2]),
                  member: row[3], date: day(row[4]) ?? Day(ordinal: 0),
                  minutes: row[5], note: row[6])
    }

    static func activity(_ row: Row) -> Activity {
        Activity(id: row["id"], changeID: row["change_id"], at: date(row["at"]) ?? Date(timeIntervalSince1970: 0),
                 actor: row["actor"], entity: EntityKind(rawValue: row["entity"]) ?? .workspace,
                 entityID: row["entity_id"], field: row["field"], oldValue: row["old_value"], newValue: row["new_value"])
    }
}
