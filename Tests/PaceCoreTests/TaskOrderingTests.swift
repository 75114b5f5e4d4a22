import Foundation
import Testing
@testable import PaceCore

@Suite struct TaskOrderingTests {
    static func task(_ id: String, _ priority: Priority, due: String? = nil) -> ProjectTask {
        ProjectTask(id: TaskID(parsing: id)!, title: id, priority: priority, due: due.map { day($0) },
                    created: Date(timeIntervalSince1970: 0))
    }

    @Test func priorityThenDueWithUndatedLastThenID() {
        let tasks = [
            Self.task("WEB-9", .low, due: "2026-11-01"),
            Self.task("WEB-8", .high),
            Self.task("WEB-7", .high, due: "2026-12-10"),
            Self.task("WEB-6", .high, due: "2026-12-01"),
            Self.task("WEB-5", .urgent),
            Self.task("WEB-12", .high, due: "2026-12-01"),
            Self.task("API-40", .high, due: "2026-12-01"),
            Self.task("WEB-2", .high),
            Self.task("WEB-1", .medium, due: "2026-11-15"),
        ]
        let order = TaskOrdering.standard.sorted(tasks).map(\.id.description)
        #expect(order == ["WEB-5", "API-40", "WEB-6", "WEB-12", "WEB-7", "WEB-2", "WEB-8", "WEB-1", "WEB-9"])
    }

    @Test func isAStrictOrderThatDoesNotDependOnInputOrder() {
        let tasks = [
            Self.task("WEB-3", .medium), Self.task("WEB-1", .medium), Self.task("WEB-2", .medium, due: "2026-12-01"),
            Self.task("WEB-4", .urgent, due: "2027-01-01"),
        ]
        let expected = ["WEB-4", "WEB-2", "WEB-1", "WEB-3"]
        #expect(TaskOrdering.standard.sorted(tasks).map(\.id.description) == expected)
        #expect(TaskOrdering.standard.sorted(tasks.reversed()).map(\.id.description) == expected)
        for t in tasks {
            #expect(!TaskOrdering.standard.areInIncreasingOrder(t, t))
        }
    }
}
