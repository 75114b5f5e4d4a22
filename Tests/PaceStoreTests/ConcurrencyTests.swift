import Foundation
import PaceCore
import Testing
@testable import PaceStore

@Suite struct ConcurrencyTests {
    /// Four writers, each with its own connection (as four `pace` processes would have),
    /// adding and editing at once: every write lands, numbers stay unique, and nobody
    /// sees "database is locked".
    @Test func fourConcurrentWritersLoseNothing() async throws {
        let f = try StoreFixture()
        try f.seed()
        let dir = f.directory
        let perWriter = 40
        try await withThrowingTaskGroup(of: Void.self) { group in
            for w in 0..<4 {
                group.addTask {
                    let ws = try SQLiteWorkspace.open(at: dir)
                    for i in 0..<perWriter {
                        let out = try ws.apply(.addTask(projectKey: "WEB", TaskDraft(title: "w\(w) t\(i)")), actor: "writer\(w)", at: Date())
                        var e = TaskEdit()
                        e.notes = "edited by \(w)"
                        _ = try ws.apply(.editTask(out.task!, e), actor: "writer\(w)", at: Date())
                    }
                }
            }
            try await group.waitForAll()
        }
        let snap = try f.workspace.snapshot(projectKey: "WEB")
        #expect(snap.tasks.count == 4 * perWriter)
        #expect(Set(snap.tasks.map(\.id.number)) == Set(1...(4 * perWriter)))
        for w in 0..<4 {
            let mine = snap.tasks.filter { $0.title.hasPrefix("w\(w) ") }
            #expect(mine.count == perWriter)
            #expect(mine.allSatisfy { $0.notes == "edited by \(w)" })
        }
        let activity = try f.workspace.activity(entity: .task, entityID: nil, limit: 10_000)
        #expect(activity.filter { $0.field == "created" }.count == 4 * perWriter)
        #expect(activity.filter { $0.field == "notes" }.count == 4 * perWriter)
    }
}
