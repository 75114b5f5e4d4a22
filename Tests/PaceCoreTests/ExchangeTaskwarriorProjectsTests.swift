import Foundation
import Testing
@testable import PaceCore

/// Projects made from Taskwarrior's `project` field when the workspace has none.
@Suite struct ExchangeTaskwarriorProjectsTests {
    @Test func keysComeFromTheNameAndStayUnique() {
        #expect(ProjectKey.derived(from: "Home.Garden", taken: []) == "HOMEGA")
        #expect(ProjectKey.derived(from: "Café", taken: []) == "CAFE")
        #expect(ProjectKey.derived(from: "x", taken: []) == "XX")
        #expect(ProjectKey.derived(from: "42", taken: []) == "XX")
        #expect(ProjectKey.derived(from: "Home", taken: ["HOME"]) == "HOMEA")
        #expect(ProjectKey.derived(from: "Home", taken: ["HOME", "HOMEA"]) == "HOMEB")
        #expect(ProjectKey.derived(from: "Warehouse", taken: ["WAREHO"]) == "WAREHA")
        let every = Set(["AB"] + (65...90).map { "AB" + String(UnicodeScalar(UInt8($0))) })
        #expect(ProjectKey.derived(from: "ab", taken: every) == "ABAA")
        #expect(ProjectKey.derived(from: "Home", taken: ["HOME"]).map(ProjectKey.isValid) == true)
    }

    static func tasks() throws -> [ImportedTask] {
        try TaskwarriorImport.parse(Data("""
            [{"uuid":"a","description":"Plant tulips","status":"pending","project":"Home.Garden"},
             {"uuid":"b","description":"Fix fence","status":"pending","project":"Home","depends":["a"]},
             {"uuid":"c","description":"Call bank","status":"pending"},
             {"uuid":"d","description":"Water tulips","status":"pending","project":"Home.Garden"}]
            """.utf8), timeZone: TimeZone(identifier: "UTC")!)
    }

    @Test func oneProjectPerTaskwarriorProjectAndAnInboxForTheRest() throws {
        let (plan, created) = try TaskwarriorProjects.plan(try Self.tasks(), chosenKey: nil)
        #expect(created.map { "\($0.project.key) \($0.project.name) \($0.taskCount)" } == ["HOMEGA Home.Garden 2", "HOME Home 1", "INBOX Inbox 1"])
        #expect(plan.tasks.map(\.project) == ["HOMEGA", "HOME", "INBOX", "HOMEGA"])
        #expect(plan.setup.map(\.command) == created.map { .addProject($0.project) })
        // Dependencies stay between the tasks, across the new projects.
        #expect(plan.tasks[1].dependsOn == [0])
    }

    @Test func aChosenKeyTakesEverything() throws {
        let (plan, created) = try TaskwarriorProjects.plan(try Self.tasks(), chosenKey: "home")
        #expect(created.map { "\($0.project.key) \($0.project.name) \($0.taskCount)" } == ["HOME HOME 4"])
        #expect(plan.tasks.allSatisfy { $0.project == "HOME" })
        let one = try TaskwarriorImport.parse(Data(#"[{"uuid":"a","description":"x","status":"pending","project":"Garden"}]"#.utf8),
                                             timeZone: TimeZone(identifier: "UTC")!)
        #expect(try TaskwarriorProjects.plan(one, chosenKey: "GD").created.first?.project.name == "Garden")
        let e = try #require(throws: UserError.self) { try TaskwarriorProjects.plan(one, chosenKey: "g1") }
        #expect(e.message == "invalid project key 'g1': use 2 to 6 capital letters, e.g. WEB")
    }
}
