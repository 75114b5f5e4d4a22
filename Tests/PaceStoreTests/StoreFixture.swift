import Foundation
import PaceCore
@testable import PaceStore

/// A workspace in a fresh temporary data directory, removed when the test ends.
final class StoreFixture {
    let directory: DataDirectory
    let workspace: SQLiteWorkspace
    var clock: Date

    init() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pace-store-\(UUID().uuidString)")
        directory = DataDirectory(url: url)
        workspace = try SQLiteWorkspace.create(at: directory)
        clock = Format.parseTimestamp("2026-11-30T09:00:00.000Z")!
    }

    deinit { try? FileManager.default.removeItem(at: directory.url) }

    @discardableResult
    func apply(_ command: Command, as actor: String = "alice") throws -> ChangeOutcome {
        clock = clock.addingTimeInterval(60)
        return try workspace.apply(command, actor: actor, at: clock)
    }

    /// A project WEB with alice and bob and a milestone beta.
    func seed() throws {
        try apply(.addProject(Project(key: "WEB", name: "Portal", client: "Northwind")))
        try apply(.addMember(Member(handle: "alice", name: "Alice", role: "lead")))
        try apply(.addMember(Member(handle: "bob", name: "Bob", role: "backend")))
        try apply(.addMilestone(projectKey: "WEB", name: "beta", due: Day(iso: "2026-12-12"), description: ""))
    }

    func addTask(_ title: String, _ configure: (inout TaskDraft) -> Void = { _ in }) throws -> TaskID {
        var d = TaskDraft(title: title)
        configure(&d)
        return try apply(.addTask(projectKey: "WEB", d)).task!
    }

    func task(_ id: TaskID) throws -> ProjectTask {
        try workspace.snapshot(projectKey: id.projectKey).task(id)!
    }

    func lastActivity(_ n: Int = 50) throws -> [Activity] {
        try workspace.activity(entity: nil, entityID: nil, limit: n)
    }
}
