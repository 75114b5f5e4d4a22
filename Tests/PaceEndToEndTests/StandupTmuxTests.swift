import Foundation
import Testing

/// A standup run from the terminal, as the facilitator and the room see it: alice runs
/// it with `pace standup`, bob follows in `pace watch`, and the record comes out of
/// `pace standup --report`.
@Suite(.enabled(if: Tmux.isAvailable, "needs tmux (apt-get install tmux); .ci/run installs it"))
struct StandupTmuxTests {
    @Test func facilitatorRunsItAndAWatcherFollowsLive() throws {
        let pace = try PaceRunner.demo()
        defer { pace.cleanUp() }
        let facilitator = try Tmux(command: pace.shellCommand(["standup", "--data-dir", pace.dataDir.path]), width: 120, height: 32)
        defer { facilitator.kill() }
        try facilitator.waitFor("Standup · 1 of 6", "@alice   Alice Martin")

        var bob = pace
        bob.environment["PACELINE_USER"] = "bob"
        let watcher = try Tmux(command: bob.shellCommand(["watch", "--data-dir", pace.dataDir.path]), width: 100, height: 30)
        defer { watcher.kill() }
        try watcher.waitFor("STANDUP · @alice speaking")
        try watcher.press("S")
        try watcher.waitFor("Standup · 1 of 6", "@alice facilitates")

        // A blocker (with who can unblock) and a note, written down during alice's turn.
        try facilitator.press("b")
        try facilitator.type("waiting for staging keys @dave")
        try facilitator.press("Enter")
        try facilitator.waitUntil("the blocker in the notes") { $0.contains("waiting for staging keys") }
        try facilitator.press("t")
        try facilitator.type("y: finished the security review draft")
        try facilitator.press("Enter")
        try facilitator.waitUntil("the note in the notes") { $0.contains("finished the security review draft") }

        // Next speaker: the watcher follows within a second.
        try facilitator.press("n")
        let followed = try watcher.waitUntil("bob speaking on the watcher", timeout: .seconds(3)) { screen in
            screen.contains("Standup · 2 of 6") && screen.contains("@bob   Bob Okafor")
        }
        print("watcher followed the facilitator's n in \(followed)")
        #expect(followed < DashboardTmuxTests.liveLimit)
        // The watcher cannot move the standup.
        try watcher.press("n")
        try watcher.waitUntil("read-only answer") { $0.footer.contains("read-only: only @alice moves the standup") }

        // End it: the facilitator sees the summary, the record is kept.
        try facilitator.press("q")
        try facilitator.waitFor("Standup summary")
        try watcher.waitFor("Standup summary")
        let r = try pace.run("standup", "--report", "--last", "--format", "json")
        #expect(r.status == 0, "\(r.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(report["facilitator"] as? String == "alice")
        #expect(report["ended"] is String)
        let speakers = try #require(report["speakers"] as? [[String: Any]])
        #expect(speakers.map { $0["handle"] as? String } == ["alice", "bob"])
        let blockers = try #require(report["blockers"] as? [[String: Any]])
        #expect(blockers.count == 1)
        #expect(blockers.first?["text"] as? String == "waiting for staging keys")
        #expect(blockers.first?["unblocker"] as? String == "dave")
        let notes = try #require(report["notes"] as? [[String: Any]])
        #expect(notes.contains { $0["kind"] as? String == "yesterday" && $0["text"] as? String == "finished the security review draft" })
        let markdown = try pace.run("standup", "--report", "--last")
        #expect(markdown.stdout.contains("waiting for staging keys"))
    }
}
