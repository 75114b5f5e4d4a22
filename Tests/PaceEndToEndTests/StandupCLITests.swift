import Foundation
import Testing

/// A standup run entirely from the command line, each step at its own fixed instant
/// (Monday 2026-11-30 from 09:00 UTC), then kept and reported.
@Suite struct StandupCLITests {
    /// Runs `pace` at a given instant.
    func at(_ pace: PaceRunner, _ now: String, _ args: String..., as user: String? = nil) throws -> PaceRunner.Result {
        var runner = pace
        runner.environment["PACELINE_NOW"] = now
        return try runner.run(args, as: user)
    }

    func ok(_ r: PaceRunner.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == 0, "stderr: \(r.stderr)", sourceLocation: sourceLocation)
    }

    struct NotJSON: Error, CustomStringConvertible {
        let text: String
        var description: String { "not JSON: \(text)" }
    }

    func json(_ text: String) throws -> Any {
        do { return try JSONSerialization.jsonObject(with: Data(text.utf8)) } catch { throw NotJSON(text: text) }
    }

    /// WEB with alice, bob and carol (off Monday); on Friday bob started WEB-1, logged
    /// time on it, WEB-2 got blocked and handed to him.
    func seeded() throws -> PaceRunner {
        let pace = try PaceRunner(now: "2026-11-27T10:00:00Z")
        for args in [["init"], ["project", "add", "WEB", "Client portal"], ["member", "add", "alice", "Alice Martin"],
                     ["member", "add", "bob", "Bob Okafor"], ["member", "add", "carol", "Carol Diaz"],
                     ["member", "off", "carol", "2026-11-30"],
                     ["add", "Fix login timeout @bob est:4h due:2026-12-04"], ["add", "Rotate API keys @alice est:2h"]] {
            let r = try pace.run(args)
            try #require(r.status == 0, "\(args): \(r.stderr)")
        }
        ok(try at(pace, "2026-11-27T11:00:00Z", "start", "1", as: "bob"))
        ok(try at(pace, "2026-11-27T12:00:00Z", "log", "1", "1h30m", as: "bob"))
        ok(try at(pace, "2026-11-27T13:00:00Z", "block", "2", "--reason", "waiting for ops"))
        ok(try at(pace, "2026-11-27T14:00:00Z", "assign", "2", "@bob"))
        return pace
    }

    @Test func aWholeStandupFromTheCommandLine() throws {
        let pace = try seeded()
        defer { pace.cleanUp() }

        // bob's brief before the meeting: what moved since Friday 00:00.
        let prep = try at(pace, "2026-11-30T08:55:00Z", "standup", "--prep", "@bob")
        ok(prep)
        #expect(prep.stdout.hasPrefix("@bob Bob Okafor — since Fri Nov 27 00:00"))
        #expect(prep.stdout.contains("Started\n  WEB-1  Fix login timeout"))
        #expect(prep.stdout.contains("Logged 1.5h\n  WEB-1  Fix login timeout  1.5h"))
        #expect(prep.stdout.contains("WEB-2  Rotate API keys (from @alice)"))
        #expect(prep.stdout.contains("Blocked now\n  WEB-2  Rotate API keys — waiting for ops"))
        let prepJSON = try #require(try json(try at(pace, "2026-11-30T08:55:00Z", "standup", "--prep", "bob", "--json").stdout) as? [String: Any])
        #expect(prepJSON["loggedHours"] as? Double == 1.5)
        #expect((prepJSON["inProgress"] as? [[String: Any]])?.first?["remainingHours"] as? Double == 2.5)
        #expect(prepJSON["absent"] as? Bool == false)
        let carol = try #require(try json(try at(pace, "2026-11-30T08:55:00Z", "standup", "--prep", "@carol", "--json").stdout) as? [String: Any])
        #expect(carol["absent"] as? Bool == true)

        // Nothing to report, nothing running yet.
        #expect(try at(pace, "2026-11-30T08:59:00Z", "standup", "--report", "--last").status == 1)
        let early = try at(pace, "2026-11-30T08:59:00Z", "standup", "next")
        #expect(early.status == 1)
        #expect(early.stderr.contains("no standup is running in WEB"))

        ok(try at(pace, "2026-11-30T09:00:00Z", "standup", "start", "--timebox", "1m"))
        let again = try at(pace, "2026-11-30T09:00:05Z", "standup", "start", as: "bob")
        #expect(again.status == 1)
        #expect(again.stderr.contains("a standup is already running, facilitated by @alice since 09:00"))
        let notYours = try at(pace, "2026-11-30T09:00:10Z", "standup", "next", as: "bob")
        #expect(notYours.status == 1)
        #expect(notYours.stderr.contains("only the facilitator @alice"))
        // alice speaks 0:00–1:40 with a 30 s pause: 1:10, 0:10 over.
        ok(try at(pace, "2026-11-30T09:00:40Z", "standup", "pause"))
        ok(try at(pace, "2026-11-30T09:01:10Z", "standup", "resume"))
        let next = try at(pace, "2026-11-30T09:01:40Z", "standup", "next")
        ok(next)
        #expect(next.stdout.contains("@alice done; @bob speaks"))
        ok(try at(pace, "2026-11-30T09:01:50Z", "standup", "note", "--kind", "blocker", "--task", "WEB-2", "--unblocker", "@alice", "keys", "from", "ops"))
        ok(try at(pace, "2026-11-30T09:02:00Z", "standup", "note", "--kind", "follow-up", "Pair on the login flow"))
        ok(try at(pace, "2026-11-30T09:02:10Z", "standup", "note", "--for", "@alice", "Demo on Friday"))
        let badNote = try at(pace, "2026-11-30T09:02:15Z", "standup", "note", "--kind", "rumour", "x")
        #expect(badNote.status == 1)
        #expect(badNote.stderr.contains("unknown kind 'rumour'"))
        ok(try at(pace, "2026-11-30T09:02:20Z", "done", "1", as: "bob"))
        ok(try at(pace, "2026-11-30T09:02:30Z", "standup", "take-over", as: "bob"))
        ok(try at(pace, "2026-11-30T09:03:40Z", "standup", "next", as: "bob"))  // bob: 2:00, 1:00 over
        let end = try at(pace, "2026-11-30T09:04:00Z", "standup", "end", as: "bob")
        ok(end)
        #expect(end.stdout.contains("standup ended: 2 spoke"))

        let report = try at(pace, "2026-11-30T09:10:00Z", "standup", "--report", "--last", "--format", "json")
        ok(report)
        let r = try #require(try json(report.stdout) as? [String: Any])
        #expect(r["date"] as? String == "2026-11-30")
        #expect(r["facilitators"] as? [String] == ["alice", "bob"])
        #expect(r["facilitator"] as? String == "bob")
        #expect(r["durationSeconds"] as? Double == 240)
        #expect(r["since"] as? String == "2026-11-27T00:00:00.000Z")
        #expect(r["skipped"] as? [String] == ["carol"])
        let speakers = try #require(r["speakers"] as? [[String: Any]])
        #expect(speakers.map { $0["handle"] as? String } == ["alice", "bob"])
        #expect(speakers.map { $0["seconds"] as? Double } == [70, 120])
        #expect(speakers.map { $0["overrunSeconds"] as? Double } == [10, 60])
        let notes = try #require(r["notes"] as? [[String: Any]])
        #expect(notes.map { $0["kind"] as? String } == ["blocker", "follow-up", "note"])
        #expect(notes.map { $0["handle"] as? String } == ["bob", "bob", "alice"])
        let blockers = try #require(r["blockers"] as? [[String: Any]])
        #expect(blockers.count == 1)
        #expect(blockers.first?["text"] as? String == "keys from ops")
        #expect(blockers.first?["task"] as? String == "WEB-2")
        #expect(blockers.first?["unblocker"] as? String == "alice")
        #expect(blockers.first?.keys.contains("author") == true)
        #expect((r["followUps"] as? [[String: Any]])?.first?["text"] as? String == "Pair on the login flow")
        let moves = try #require(r["taskMoves"] as? [[String: Any]])
        #expect(moves.contains { $0["task"] as? String == "WEB-1" && $0["field"] as? String == "status" && $0["new"] as? String == "done" })

        let md = try at(pace, "2026-11-30T09:10:00Z", "standup", "--report", "--date", "2026-11-30")
        ok(md)
        #expect(md.stdout.hasPrefix("# Standup WEB — Mon Nov 30 2026\n"))
        #expect(md.stdout.contains("- Facilitator: @alice → @bob"))
        #expect(md.stdout.contains("## Speakers\n\n- @alice: 1:10 (+0:10 over)\n- @bob: 2:00 (+1:00 over)"))
        #expect(md.stdout.contains("Skipped: @carol"))
        #expect(md.stdout.contains("## Blockers\n\n- @bob (WEB-2): keys from ops — @alice can unblock"))
        #expect(md.stdout.contains("## Follow-ups\n\n- @bob: Pair on the login flow"))
        #expect(md.stdout.contains("## Notes\n\n- note @alice: Demo on Friday"))
        #expect(md.stdout.contains("## Tasks moved during the standup\n\n- WEB-1 Fix login timeout: status in-progress → done (@bob)"))
        #expect(!md.stdout.contains("\u{1B}"))
        #expect(try at(pace, "2026-11-30T09:10:00Z", "standup", "--report", "--date", "2026-11-27").status == 1)

        let ls = try at(pace, "2026-11-30T09:10:00Z", "standup", "ls")
        ok(ls)
        #expect(ls.stdout.contains("2026-11-30  09:00  @bob"))
        let list = try #require(try json(try at(pace, "2026-11-30T09:10:00Z", "standup", "ls", "--json").stdout) as? [[String: Any]])
        #expect(list.count == 1)
        #expect(list.first?["speakers"] as? Int == 2)
        #expect(list.first?["blockers"] as? Int == 1)

        // The next standup looks back to this one's start; bob's brief shows WEB-1 done.
        let tuesday = try at(pace, "2026-12-01T08:55:00Z", "standup", "--prep", "@bob")
        #expect(tuesday.stdout.hasPrefix("@bob Bob Okafor — since Mon Nov 30 09:00"))
        #expect(tuesday.stdout.contains("Finished\n  WEB-1  Fix login timeout"))

        // The dashboard needs a terminal: refused without writing anything.
        let noTTY = try at(pace, "2026-12-01T09:00:00Z", "standup")
        #expect(noTTY.status == 1)
        #expect(noTTY.stderr.contains("needs a terminal"))
        #expect(try json(try at(pace, "2026-12-01T09:00:00Z", "standup", "ls", "--json").stdout) as? [[String: Any]] != nil)
        let running = try at(pace, "2026-12-01T09:00:01Z", "standup", "next")
        #expect(running.stderr.contains("no standup is running"))
    }

    @Test func startOptionsAreChecked() throws {
        let pace = try seeded()
        defer { pace.cleanUp() }
        let badOrder = try at(pace, "2026-11-30T09:00:00Z", "standup", "start", "--order", "sideways")
        #expect(badOrder.status == 1)
        #expect(badOrder.stderr.contains("unknown order 'sideways'"))
        let stranger = try at(pace, "2026-11-30T09:00:00Z", "standup", "start", "--order", "bob,zed")
        #expect(stranger.status == 1)
        #expect(stranger.stderr.contains("no member 'zed'"))
        let timebox = try at(pace, "2026-11-30T09:00:00Z", "standup", "start", "--timebox", "2h")
        #expect(timebox.status == 1)
        #expect(timebox.stderr.contains("unknown timebox"))
        #expect(try at(pace, "2026-11-30T09:00:00Z", "standup", "ls").stdout.contains("no standups yet"))
        let fixed = try at(pace, "2026-11-30T09:00:00Z", "standup", "start", "--order", "bob,alice", "--timebox", "90s")
        ok(fixed)
        #expect(fixed.stdout.contains("@bob speaks first"))
        // Skipping from the command line moves on from the current speaker.
        let skip = try at(pace, "2026-11-30T09:00:30Z", "standup", "skip", "@bob")
        ok(skip)
        #expect(skip.stdout.contains("@bob skipped; @alice speaks"))
        // A standup step is not undone: undo says so.
        let undo = try at(pace, "2026-11-30T09:00:40Z", "undo", as: "carol")
        #expect(undo.status == 1)
    }
}
