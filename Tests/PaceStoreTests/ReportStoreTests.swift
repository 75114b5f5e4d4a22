import Foundation
import Testing
import PaceCore
@testable import PaceStore

/// What reports read from the store.
@Suite struct ReportStoreTests {
    @Test func taskActivityIsOneProjectsTaskRowsOldestFirst() throws {
        let f = try StoreFixture()
        try f.seed()
        // WEBX starts like WEB: its rows must not leak into WEB's.
        try f.apply(.addProject(Project(key: "WEBX", name: "Other")))
        let login = try f.addTask("login") { $0.estimateMinutes = 120 }
        try f.apply(.addTask(projectKey: "WEBX", TaskDraft(title: "elsewhere")))
        try f.apply(.setStatus(login, .blocked, reason: "keys"))
        try f.apply(.logTime(login, member: "alice", date: Day(iso: "2026-11-30")!, minutes: 60, note: ""))

        let rows = try f.workspace.taskActivity(projectKey: "WEB")
        #expect(Set(rows.map(\.entityID)) == ["WEB-1"])
        #expect(rows.allSatisfy { $0.entity == .task })
        #expect(rows.map(\.id) == rows.map(\.id).sorted())
        // The same rows, field for field, as the general reader gives.
        let all = try f.workspace.activity(since: Date(timeIntervalSince1970: 0))
            .filter { $0.entity == .task && $0.entityID.hasPrefix("WEB-") }
        #expect(rows == all)
        #expect(rows.contains { $0.field == "blocked-reason" && $0.newValue == "keys" && $0.oldValue == nil })
        #expect(try f.workspace.taskActivity(projectKey: "WEBX").map(\.entityID).allSatisfy { $0 == "WEBX-1" })
        #expect(try f.workspace.taskActivity(projectKey: "OPS").isEmpty)
    }
}
