import Foundation
import PaceCore

/// The daily standup: `S` starts, joins or opens it; in the speaker view the
/// facilitator moves it along and writes down what was said. Every change is a
/// `Command` the store saves at once, and every other dashboard shows it on its next
/// reload; the view itself only ever draws `snapshot.standup`.
extension Update {
    /// `S` on the dashboard.
    static func standupKeyOnDashboard(_ s: inout AppState) -> [Effect] {
        guard let snapshot = s.snapshot else { return [] }
        if let running = s.runningStandup {
            if s.readOnly || running.facilitator == s.actor { return openStandup(&s) }
            s.standup.choice = StandupScreenState.Choice(id: running.id, facilitator: running.facilitator)
            return []
        }
        guard editable(&s) else { return [] }
        do {
            // The same start as `pace standup`; the reload that brings the new standup
            // back switches this dashboard to it.
            return [.apply(try StandupStart.command(snapshot, now: s.now, order: s.standupOrder,
                                                    timeboxSeconds: s.standupTimeboxSeconds, load: s.load))]
        } catch let error as UserError {
            s.footer = FooterMessage(error.message, isError: true)
            return []
        } catch {
            s.footer = FooterMessage("\(error)", isError: true)
            return []
        }
    }

    static func openStandup(_ s: inout AppState) -> [Effect] {
        guard let running = s.runningStandup else { return [] }
        s.zoomed = false
        s.screen = .standup
        s.standup.cursorSpeaker = nil
        s.deriveStandup()
        return [.loadActivity(since: running.since)]
    }

    /// The "someone else runs it" question: `j` (or Enter) joins as a viewer, `t` takes
    /// over, Esc or `q` leaves it. Its own letters, as in any yes/no question.
    static func standupChoiceKey(_ s: inout AppState, _ key: Key) -> [Effect] {
        guard let choice = s.standup.choice else { return [] }
        switch key {
        case .char("j"), .char("v"), .enter:
            s.standup.choice = nil
            return openStandup(&s)
        case .char("t"):
            s.standup.choice = nil
            return openStandup(&s) + [.apply(.takeOverStandup(id: choice.id))]
        case .escape, .char("q"), .ctrl("c"), .ctrl("g"):
            s.standup.choice = nil
        default:
            break
        }
        return []
    }

    /// Keys of the speaker view and the summary. Returns nil to fall through to the
    /// common actions (help, task detail, repaint).
    static func standupKey(_ s: inout AppState, _ action: Action?) -> [Effect]? {
        if s.screen == .standupSummary {
            switch action {
            case .back?, .quit?, .standup?:
                showDashboard(&s)
                return []
            case .help?, .refresh?:
                return nil
            default:
                return []
            }
        }
        guard let session = s.runningStandup else {
            if [.back, .quit, .standup].contains(action) { showDashboard(&s) }
            return action == .help || action == .refresh ? nil : []
        }
        switch action {
        case nil:
            return []
        case .back?, .standup?:
            showDashboard(&s)
            return []
        case .help?, .refresh?, .openDetail?:
            return nil
        case .moveDown?, .moveUp?, .top?, .bottom?, .pageDown?, .pageUp?:
            moveStandupCursor(&s, action!)
            return []
        case .standupNext?, .standupPrevious?, .standupPause?, .standupSkip?, .standupNote?, .standupFollowUp?,
             .block?, .markDone?, .nextStatus?, .quickAdd?, .quit?:
            guard s.isStandupFacilitator else {
                // A viewer's q just leaves; the meeting goes on without them.
                if action == .quit { showDashboard(&s); return [] }
                s.footer = FooterMessage("read-only: only @\(session.facilitator) moves the standup", isError: true)
                return []
            }
            return facilitate(&s, session, action!)
        default:
            // Board, timeline, filter and the rest belong to the dashboard: Esc first.
            return []
        }
    }

    static func facilitate(_ s: inout AppState, _ session: StandupSession, _ action: Action) -> [Effect] {
        let id = session.id
        switch action {
        case .standupNext:
            guard session.speaker != nil, nextSpeaker(session) != nil else { return endStandup(&s, session) }
            return [.apply(.standupNext(id: id))]
        case .standupPrevious:
            guard session.current > 0 else {
                s.footer = FooterMessage("@\(session.speaker ?? "?") is the first speaker", isError: true)
                return []
            }
            return [.apply(.standupPrevious(id: id))]
        case .standupPause:
            return [.apply(session.pausedAt == nil ? .standupPause(id: id) : .standupResume(id: id))]
        case .quit:
            return endStandup(&s, session)
        default:
            break
        }
        guard let speaker = session.speaker else {
            s.footer = FooterMessage("everyone has spoken: n or q ends the standup", isError: true)
            return []
        }
        switch action {
        case .standupSkip:
            return [.apply(.standupSkip(id: id, handle: speaker))]
        case .standupNote:
            s.prompt = PromptState(.standupNote(id: id, handle: speaker))
        case .standupFollowUp:
            s.prompt = PromptState(.standupFollowUp(id: id, handle: speaker))
        case .block:
            s.prompt = PromptState(.standupBlocker(id: id, handle: speaker, task: s.currentTask?.id))
        case .quickAdd:
            s.prompt = PromptState(.quickAdd, text: "@\(speaker) ")
        case .markDone, .nextStatus:
            guard s.currentTask != nil else {
                s.footer = FooterMessage("@\(speaker) has no open task to move", isError: true)
                return []
            }
            return taskAction(&s, action)
        default:
            break
        }
        return []
    }

    /// Ends the meeting and shows its summary at once; if the store refuses, the
    /// speaker view comes back (`standupEndRefused`).
    static func endStandup(_ s: inout AppState, _ session: StandupSession) -> [Effect] {
        var closed = session
        closed.endedAt = s.now.instant
        s.standup.summary = closed
        s.standup.ending = session.id
        s.screen = .standupSummary
        s.deriveStandup()
        return [.apply(.endStandup(id: session.id))]
    }

    static func standupEndRefused(_ s: inout AppState) {
        s.standup.ending = nil
        guard s.screen == .standupSummary, s.runningStandup != nil else { return }
        s.standup.summary = nil
        s.screen = .standup
        s.deriveStandup()
    }

    /// The speaker after the current one who is not skipped, if any.
    static func nextSpeaker(_ session: StandupSession) -> String? {
        let skipped = Set(session.skipped)
        return session.order.indices.first { $0 > session.current && !skipped.contains(session.order[$0]) }
            .map { session.order[$0] }
    }

    static func moveStandupCursor(_ s: inout AppState, _ action: Action) {
        let rows = StandupView.visibleTaskRows(Layout(s).body)
        switch action {
        case .moveDown: s.standup.list.moveBy(1)
        case .moveUp: s.standup.list.moveBy(-1)
        case .top: s.standup.list.top()
        case .bottom: s.standup.list.bottom()
        case .pageDown: s.standup.list.pageDown(visibleRows: rows)
        default: s.standup.list.pageUp(visibleRows: rows)
        }
        s.standup.list.ensureVisible(visibleRows: rows)
        if let t = s.currentTask { s.selectedTask = t.id }
    }

    /// After every reload: follow the standup. The facilitator's dashboard switches to
    /// a standup they just started; a standup that ended while on screen becomes its
    /// summary; on the standup screens the activity behind "since" is read again.
    static func standupReloaded(_ s: inout AppState) -> [Effect] {
        if s.standup.openOnLoad, let running = s.runningStandup {
            s.standup.openOnLoad = false
            s.standup.lastSeen = running
            return standupKeyOnDashboard(&s)
        }
        if let running = s.runningStandup {
            if running.id != s.standup.lastSeen?.id, running.facilitator == s.actor, !s.readOnly,
               s.screen != .standupSummary, s.prompt == nil {
                s.standup.lastSeen = running
                s.standup.choice = nil
                return openStandup(&s)
            }
            s.standup.lastSeen = running
            if let c = s.standup.choice, c.id != running.id || running.facilitator == s.actor { s.standup.choice = nil }
        } else {
            if let last = s.standup.lastSeen, s.screen == .standup {
                var closed = last
                closed.endedAt = s.now.instant
                s.standup.summary = closed
                s.screen = .standupSummary
            }
            s.standup.lastSeen = nil
            s.standup.choice = nil
        }
        s.deriveStandup()
        switch s.screen {
        case .standup:
            return s.runningStandup.map { [.loadActivity(since: $0.since)] } ?? []
        case .standupSummary:
            return s.standup.summary.map { [.loadActivity(since: $0.since)] } ?? []
        default:
            return []
        }
    }
}
