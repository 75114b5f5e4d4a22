import GRDB

/// Numbered schema migrations. A new schema change is a new entry at the end; entries
/// already shipped are never edited, because workspaces out there have run them.
enum Migrations {
    static let all: [(name: String, migrate: @Sendable (Database) throws -> Void)] = [
        ("v1-initial", v1),
        ("v2-forecast-calendar", v2),
        ("v3-standups", v3),
        ("v4-rates-baselines", v4),
    ]

    static func v1(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE meta (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            );
            -- One row per command: the unit of undo and of "who did what when".
            CREATE TABLE changes (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                summary TEXT NOT NULL,
                undoes INTEGER REFERENCES changes(id),
                undone_by INTEGER REFERENCES changes(id)
            );
            CREATE INDEX changes_by_actor ON changes(actor, id);
            CREATE TABLE activity (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                change_id INTEGER NOT NULL REFERENCES changes(id),
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                entity TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                field TEXT NOT NULL,
                old_value TEXT,
                new_value TEXT
            );
            CREATE INDEX activity_by_entity ON activity(entity, entity_id, id);
            CREATE INDEX activity_by_time ON activity(at);
            CREATE TABLE projects (
                key TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                client TEXT NOT NULL DEFAULT '',
                start_date TEXT,
                target_date TEXT,
                budget_minor INTEGER,
                currency TEXT,
                hours_budget_minutes INTEGER,
                status TEXT NOT NULL,
                hours_per_day REAL NOT NULL DEFAULT 8,
                next_number INTEGER NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL
            );
            CREATE TABLE members (
                handle TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                role TEXT NOT NULL DEFAULT '',
                weekly_capacity_minutes INTEGER NOT NULL,
                working_days TEXT NOT NULL,
                rate_minor INTEGER,
                currency TEXT,
                created_at TEXT NOT NULL
            );
            CREATE TABLE time_off (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                member TEXT NOT NULL REFERENCES members(handle),
                start_date TEXT NOT NULL,
                end_date TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX time_off_by_member ON time_off(member);
            CREATE TABLE milestones (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                project_key TEXT NOT NULL REFERENCES projects(key),
                name TEXT NOT NULL,
                due_date TEXT,
                description TEXT NOT NULL DEFAULT '',
                UNIQUE (project_key, name)
            );
            -- Tags and dependencies are kept as comma-separated text: a task has a
            -- handful of each, they are always read with the task, and one column per
            -- field keeps every edit (and its undo) a single-column update.
            CREATE TABLE tasks (
                project_key TEXT NOT NULL REFERENCES projects(key),
                number INTEGER NOT NULL,
                title TEXT NOT NULL,
                notes TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL,
                blocked_reason TEXT,
                priority TEXT NOT NULL,
                assignee TEXT REFERENCES members(handle),
                estimate_minutes INTEGER,
                remaining_minutes INTEGER,
                due_date TEXT,
                milestone_id INTEGER REFERENCES milestones(id),
                tags TEXT NOT NULL DEFAULT '',
                dependencies TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                started_at TEXT,
                completed_at TEXT,
                deleted_at TEXT,
                PRIMARY KEY (project_key, number)
            ) WITHOUT ROWID;
            CREATE INDEX tasks_by_assignee ON tasks(assignee);
            CREATE TABLE time_entries (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                project_key TEXT NOT NULL,
                number INTEGER NOT NULL,
                member TEXT NOT NULL REFERENCES members(handle),
                date TEXT NOT NULL,
                minutes INTEGER NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                FOREIGN KEY (project_key, number) REFERENCES tasks(project_key, number)
            );
            CREATE INDEX time_entries_by_task ON time_entries(project_key, number);
            CREATE INDEX time_entries_by_date ON time_entries(date);
            """)
    }

    /// What the forecaster needs from a project: its public holidays, the estimate to
    /// assume for unestimated tasks, and how many working days of slack count as safe.
    static func v2(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE projects ADD COLUMN default_estimate_minutes INTEGER NOT NULL DEFAULT 240;
            ALTER TABLE projects ADD COLUMN milestone_buffer_days INTEGER NOT NULL DEFAULT 2;
            CREATE TABLE holidays (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                project_key TEXT NOT NULL REFERENCES projects(key),
                date TEXT NOT NULL,
                name TEXT NOT NULL DEFAULT '',
                UNIQUE (project_key, date)
            );
            """)
    }

    /// Daily standups. The running one is the shared state every dashboard follows, so
    /// it is a row the facilitator's commands update (speaker, pause) rather than
    /// something each screen works out; turns and notes are what the report keeps.
    /// Order and skipped handles are comma-separated text like tags: a handful each,
    /// always read with the standup.
    static func v3(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE standups (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                project_key TEXT NOT NULL REFERENCES projects(key),
                started_at TEXT NOT NULL,
                ended_at TEXT,
                facilitator TEXT NOT NULL,
                since TEXT NOT NULL,
                speaker_order TEXT NOT NULL,
                skipped TEXT NOT NULL DEFAULT '',
                current_index INTEGER NOT NULL DEFAULT 0,
                speaker_started_at TEXT,
                paused_at TEXT,
                paused_seconds REAL NOT NULL DEFAULT 0,
                timebox_seconds INTEGER NOT NULL DEFAULT 120
            );
            -- At most one running standup per project, even if two facilitators start
            -- one at the same moment from two terminals.
            CREATE UNIQUE INDEX standups_running ON standups(project_key) WHERE ended_at IS NULL;
            CREATE INDEX standups_by_project ON standups(project_key, started_at);
            CREATE TABLE standup_turns (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                standup_id INTEGER NOT NULL REFERENCES standups(id),
                handle TEXT NOT NULL,
                started_at TEXT NOT NULL,
                ended_at TEXT NOT NULL,
                seconds REAL NOT NULL,
                overrun_seconds REAL NOT NULL
            );
            CREATE INDEX standup_turns_by_standup ON standup_turns(standup_id, id);
            CREATE TABLE standup_notes (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                standup_id INTEGER NOT NULL REFERENCES standups(id),
                handle TEXT NOT NULL,
                kind TEXT NOT NULL,
                text TEXT NOT NULL,
                task TEXT,
                unblocker TEXT,
                author TEXT NOT NULL,
                at TEXT NOT NULL
            );
            CREATE INDEX standup_notes_by_standup ON standup_notes(standup_id, id);
            """)
    }

    /// Rate history and baselines. A rate change applies from a day forward so past cost
    /// stays what it was; rows are only ever added (undo removes the one it added), and
    /// within a day the later row wins. Members who already had a rate get a period
    /// from the earliest day, so their logged time keeps its cost after the upgrade.
    /// A baseline freezes each task's planned dates, estimate and cost at save time.
    static func v4(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE member_rates (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                member TEXT NOT NULL REFERENCES members(handle),
                effective_from TEXT NOT NULL,
                rate_minor INTEGER,
                currency TEXT
            );
            CREATE INDEX member_rates_by_member ON member_rates(member, effective_from, id);
            INSERT INTO member_rates (member, effective_from, rate_minor, currency)
                SELECT handle, '1970-01-01', rate_minor, currency FROM members WHERE rate_minor IS NOT NULL;
            CREATE TABLE baselines (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                project_key TEXT NOT NULL REFERENCES projects(key),
                name TEXT NOT NULL,
                created_at TEXT NOT NULL,
                created_by TEXT NOT NULL
            );
            CREATE UNIQUE INDEX baselines_by_name ON baselines(project_key, name COLLATE NOCASE);
            CREATE TABLE baseline_tasks (
                baseline_id INTEGER NOT NULL REFERENCES baselines(id),
                number INTEGER NOT NULL,
                milestone_id INTEGER,
                planned_start TEXT,
                planned_finish TEXT,
                estimate_minutes INTEGER NOT NULL,
                planned_cost_minor INTEGER,
                currency TEXT,
                PRIMARY KEY (baseline_id, number)
            );
            """)
    }
}
