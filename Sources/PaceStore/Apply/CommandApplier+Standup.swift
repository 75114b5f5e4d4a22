import Foundation
import GRDB
import PaceCore

/// The daily standup: one row the facilitator's commands move along, so every dashboard
/// watching the workspace shows the same speaker. Each step is one change with activity
/// rows on entity `standup` (id = the standup's id): the change token moves and other
/// screens reload within a second, and the log says who moved the meeting when.
extension CommandApplier {
    /// Speaker timeboxes outside this range are a typo, not a meeting.
    static let timeboxRange = 10...3600

    func startStandup(_ projectKey: String, order: [String], skipped: [String], timeboxSeconds: Int, since: Date) throws -> ChangeOutcome {
        let p = try project(projectKey)
        if let running = try StandupRows.running(db, projectKey: p.key) {
            throw UserError("a standup is already running, facilitated by @\(running.facilitator) since \(Format.timeOfDay(running.startedAt, in: .current)) — join with pace watch or take over with: pace standup take-over")
        }
        guard Self.timeboxRange.contains(timeboxSeconds) else {
            throw UserError("a speaker's timebox must be between 10 seconds and 60 minutes (e.g. --timebox 2m)")
        }
        let handles = try order.map(requireMember)
        guard Set(handles).count == handles.count else {
            let dup = handles.first { h in handles.filter { $0 == h }.count > 1 }!
            throw UserError("@\(dup) is twice in the speaking order")
        }
        let skip = skipped.map { Handle.normalize($0) }
        for h in skip where !handles.contains(h) {
            throw UserError("@\(h) is skipped but not in the speaking order (\(handles.map { "@" + $0 }.joined(separator: ", ")))")
        }
        guard let first = handles.firstIndex(where: { !skip.contains($0) }) else {
            throw UserError(handles.isEmpty ? "nobody to speak: the project has no members yet (add them with: pace member add)"
                                            : "nobody to speak: everyone is skipped or off today")
        }
        guard since <= now else { throw UserError("a standup's 'since' cannot be in the future") }
        try db.cachedStatement(sql: """
            INSERT INTO standups (project_key, started_at, facilitator, since, speaker_order, skipped, current_index,
                speaker_started_at, paused_seconds, timebox_seconds)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
            """).execute(arguments: [p.key, Format.timestamp(now), recorder.actor, Format.timestamp(since),
                             StandupRows.text(handles), StandupRows.text(skip), first, Format.timestamp(now), timeboxSeconds])
        let id = String(db.lastInsertedRowID)
        recorder.record(.standup, id, "created", old: nil, new: "\(p.key) facilitated by \(recorder.actor)")
        recorder.record(.standup, id, "order", old: nil, new: StandupRows.text(handles))
        recorder.record(.standup, id, "skipped", old: nil, new: skip.isEmpty ? nil : StandupRows.text(skip))
        recorder.record(.standup, id, "timebox", old: nil, new: String(timeboxSeconds))
        recorder.record(.standup, id, "since", old: nil, new: Format.timestamp(since))
        recorder.record(.standup, id, "speaker", old: nil, new: handles[first])
        return try finish("standup started by @\(recorder.actor): @\(handles[first]) speaks first")
    }

    func standupNext(_ id: Int64) throws -> ChangeOutcome {
        let old = try movableStandup(id)
        guard let speaker = old.speaker else {
            throw UserError("everyone has spoken; end the standup with: pace standup end")
        }
        var s = old
        try closeTurn(&s)
        moveTo(&s, index: nextSpeaker(s, after: s.current))
        try save(old: old, new: s)
        return try finish(s.speaker.map { "@\(speaker) done; @\($0) speaks" } ?? "@\(speaker) done; everyone has spoken")
    }

    func standupPrevious(_ id: Int64) throws -> ChangeOutcome {
        let old = try movableStandup(id)
        guard let back = old.order.indices.prefix(old.current).last(where: { !old.skipped.contains(old.order[$0]) }) else {
            throw UserError("already at the first speaker")
        }
        var s = old
        // Whoever was speaking did speak: their time so far is kept as a turn.
        try closeTurn(&s)
        moveTo(&s, index: back)
        try save(old: old, new: s)
        return try finish("back to @\(old.order[back])")
    }

    func standupSkip(_ id: Int64, _ handle: String) throws -> ChangeOutcome {
        let old = try movableStandup(id)
        let h = Handle.normalize(handle)
        guard old.order.contains(h) else {
            throw UserError.notFound("speaker", h, among: old.order)
        }
        if old.skipped.contains(h) { throw UserError("@\(h) is already skipped") }
        if old.turns.contains(where: { $0.handle == h }) && old.speaker != h {
            throw UserError("@\(h) has already spoken")
        }
        var s = old
        s.skipped.append(h)
        if old.speaker == h {
            // A skipped speaker did not speak: no turn is kept for the seconds it took
            // to notice they are not there.
            moveTo(&s, index: nextSpeaker(s, after: s.current))
        }
        try save(old: old, new: s)
        let then = old.speaker == h ? (s.speaker.map { "; @\($0) speaks" } ?? "; everyone has spoken") : ""
        return try finish("@\(h) skipped" + then)
    }

    func standupPause(_ id: Int64) throws -> ChangeOutcome {
        let old = try movableStandup(id)
        guard old.speaker != nil else { throw UserError("nobody is speaking: there is nothing to pause") }
        if old.pausedAt != nil { throw UserError("the standup is already paused; resume with: pace standup resume") }
        var s = old
        s.pausedAt = now
        try save(old: old, new: s)
        return try finish("standup paused")
    }

    func standupResume(_ id: Int64) throws -> ChangeOutcome {
        let old = try movableStandup(id)
        guard let paused = old.pausedAt else { throw UserError("the standup is not paused") }
        var s = old
        s.pausedSeconds += max(0, now.timeIntervalSince(paused))
        s.pausedAt = nil
        try save(old: old, new: s)
        return try finish("standup resumed")
    }

    func standupNote(_ id: Int64, _ handle: String, _ kind: StandupNote.Kind, _ text: String, _ task: TaskID?, _ unblocker: String?) throws -> ChangeOutcome {
        // Anyone in the room may write a note (the author is kept); only moving the
        // meeting is the facilitator's.
        let s = try runningStandup(id)
        let h = try requireMember(handle)
        let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !body.isEmpty else { throw UserError("a note needs some text") }
        if let task { _ = try self.task(task) }
        let who = try unblocker.map(requireMember)
        try db.cachedStatement(sql: """
            INSERT INTO standup_notes (standup_id, handle, kind, text, task, unblocker, author, at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [s.id, h, kind.rawValue, body, task?.description, who, recorder.actor, Format.timestamp(now)])
        var value = "\(kind.rawValue) for \(h)"
        if let task { value += " on \(task)" }
        if let who { value += " (unblocks: \(who))" }
        recorder.record(.standup, String(s.id), "note", old: nil, new: value + ": " + body)
        return try finish("\(kind.rawValue) noted for @\(h)", task: task)
    }

    func takeOverStandup(_ id: Int64) throws -> ChangeOutcome {
        let old = try runningStandup(id)
        if old.facilitator == recorder.actor { throw UserError("you already facilitate this standup") }
        var s = old
        s.facilitator = recorder.actor
        try save(old: old, new: s)
        return try finish("@\(recorder.actor) took over the standup from @\(old.facilitator)")
    }

    func endStandup(_ id: Int64) throws -> ChangeOutcome {
        let old = try movableStandup(id)
        var s = old
        try closeTurn(&s)
        s.speakerStartedAt = nil
        s.pausedAt = nil
        s.pausedSeconds = 0
        s.endedAt = now
        try save(old: old, new: s)
        let spoke = Set(s.turns.map(\.handle)).count
        return try finish("standup ended: \(spoke) spoke, \(Format.clock(now.timeIntervalSince(s.startedAt))) in all")
    }

    // MARK: - Steps

    func runningStandup(_ id: Int64) throws -> StandupSession {
        guard let s = try StandupRows.session(db, id: id) else {
            throw UserError("no standup \(id)")
        }
        if let ended = s.endedAt {
            throw UserError("that standup ended at \(Format.localDateTime(ended, in: .current)); start a new one with: pace standup start")
        }
        return s
    }

    /// A running standup the actor may move: only its facilitator moves it, so two
    /// people pressing "next" in two rooms cannot skip a speaker between them.
    func movableStandup(_ id: Int64) throws -> StandupSession {
        let s = try runningStandup(id)
        guard s.facilitator == recorder.actor else {
            throw UserError("only the facilitator @\(s.facilitator) can move this standup; take over with: pace standup take-over")
        }
        return s
    }

    /// The next speaker's index after `index` who is not skipped, else `order.count`.
    func nextSpeaker(_ s: StandupSession, after index: Int) -> Int {
        var i = index + 1
        while i < s.order.count && s.skipped.contains(s.order[i]) { i += 1 }
        return min(i, s.order.count)
    }

    func moveTo(_ s: inout StandupSession, index: Int) {
        s.current = index
        s.speakerStartedAt = index < s.order.count ? now : nil
        s.pausedAt = nil
        s.pausedSeconds = 0
    }

    /// Keeps the current speaker's turn: speaking time without pauses, and how far it
    /// ran over the timebox.
    func closeTurn(_ s: inout StandupSession) throws {
        guard let speaker = s.speaker, let started = s.speakerStartedAt else { return }
        let seconds = s.speakerSeconds(at: now)
        let over = max(0, seconds - Double(s.timeboxSeconds))
        try db.cachedStatement(sql: """
            INSERT INTO standup_turns (standup_id, handle, started_at, ended_at, seconds, overrun_seconds)
            VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [s.id, speaker, Format.timestamp(started), Format.timestamp(now), seconds, over])
        s.turns.append(StandupTurn(handle: speaker, startedAt: started, endedAt: now, seconds: seconds, overrunSeconds: over))
        recorder.record(.standup, String(s.id), "turn", old: nil,
                        new: "\(speaker) \(Format.clock(seconds))" + (over > 0 ? " (+\(Format.clock(over)) over)" : ""))
    }

    /// Writes the standup's columns and records the fields people read in the log:
    /// who speaks, who is skipped, pauses, the facilitator and the end.
    func save(old: StandupSession, new s: StandupSession) throws {
        try db.cachedStatement(sql: """
            UPDATE standups SET facilitator = ?, skipped = ?, current_index = ?, speaker_started_at = ?,
                paused_at = ?, paused_seconds = ?, ended_at = ? WHERE id = ?
            """).execute(arguments: [s.facilitator, StandupRows.text(s.skipped), s.current, RowCodec.text(s.speakerStartedAt),
                             RowCodec.text(s.pausedAt), s.pausedSeconds, RowCodec.text(s.endedAt), s.id])
        let id = String(s.id)
        recorder.record(.standup, id, "speaker", old: old.speaker, new: s.speaker)
        recorder.record(.standup, id, "skipped", old: old.skipped.isEmpty ? nil : StandupRows.text(old.skipped),
                        new: s.skipped.isEmpty ? nil : StandupRows.text(s.skipped))
        recorder.record(.standup, id, "paused", old: RowCodec.text(old.pausedAt), new: RowCodec.text(s.pausedAt))
        recorder.record(.standup, id, "facilitator", old: old.facilitator, new: s.facilitator)
        recorder.record(.standup, id, "ended", old: RowCodec.text(old.endedAt), new: RowCodec.text(s.endedAt))
    }
}
