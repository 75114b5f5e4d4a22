import Foundation
import Testing
@testable import PaceCore

/// Microsoft Project XML read and written without MPXJ: the formats of its dates and
/// durations, and the files an import refuses (MSPDITests in the end-to-end suite check
/// both directions against MPXJ itself).
@Suite struct ExchangeMSPDITests {
    static let utc = TimeZone(identifier: "UTC")!

    static func parse(_ xml: String, key: String? = "PL", projects: [String] = [], members: [Member] = []) throws -> MSPDIImport.Result {
        try MSPDIImport.parse(Data(xml.utf8), projectKey: key, existingProjects: projects, members: members,
                              timeZone: utc, today: Day(iso: "2026-11-30")!)
    }

    static func project(_ tasks: String, resources: String = "", assignments: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <Project xmlns="http://schemas.microsoft.com/project">
          <Name>Plan.xml</Name><Title>Plan</Title><MinutesPerDay>480</MinutesPerDay>
          <Tasks>\(tasks)</Tasks><Resources>\(resources)</Resources><Assignments>\(assignments)</Assignments>
        </Project>
        """
    }

    @Test func datesAndDurations() {
        #expect(MSPDITime.duration(minutes: 990) == "PT16H30M0S")
        #expect(MSPDITime.parseDuration("PT16H30M0S", minutesPerDay: 480) == 990)
        #expect(MSPDITime.parseDuration("PT0.5H", minutesPerDay: 480) == 30)
        #expect(MSPDITime.parseDuration("P2DT4H", minutesPerDay: 480) == 1200)
        #expect(MSPDITime.parseDuration("16h", minutesPerDay: 480) == nil)
        #expect(MSPDITime.parseDuration("PT", minutesPerDay: 480) == nil)
        #expect(MSPDITime.dateTime(Day(iso: "2026-12-01")!, minutes: 9 * 60) == "2026-12-01T09:00:00")
        #expect(MSPDITime.dateTime(Day(iso: "2026-12-01")!, minutes: 1440) == "2026-12-02T00:00:00")
        #expect(MSPDITime.parseDateTime("2026-12-01T17:30:00.000")! == (Day(iso: "2026-12-01")!, 1050))
        #expect(MSPDITime.parseDateTime("2026-13-01T17:30:00") == nil)
        #expect(XMLWriter.escape("a < b & \"c\"\u{1}") == "a &lt; b &amp; &quot;c&quot;")
    }

    @Test func aMinimalPlanBecomesTasksWithTheirWorkAndLinks() throws {
        let r = try Self.parse(Self.project("""
            <Task><UID>0</UID><OutlineLevel>0</OutlineLevel><Name>Plan</Name><Summary>1</Summary></Task>
            <Task><UID>1</UID><Name>Design &amp; review</Name><Work>PT16H0M0S</Work><Priority>900</Priority></Task>
            <Task><UID>2</UID><Name>Build</Name><Work>PT8H0M0S</Work><PercentComplete>0</PercentComplete>
              <PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type></PredecessorLink></Task>
            <Task><UID>3</UID><Name>Done</Name><Milestone>1</Milestone><Finish>2026-12-18T17:00:00</Finish>
              <PredecessorLink><PredecessorUID>2</PredecessorUID></PredecessorLink></Task>
            """))
        #expect(r.project.key == "PL")
        #expect(r.plan.tasks.map(\.draft.title) == ["Design & review", "Build"])
        #expect(r.plan.tasks.map(\.draft.estimateMinutes) == [960, 480])
        #expect(r.plan.tasks[0].draft.priority == .urgent)
        #expect(r.plan.tasks[1].dependsOn == [0])
        #expect(r.plan.tasks[1].draft.milestone == "Done")
        #expect(r.milestones == ["Done"])
        #expect(r.plan.setup.contains { $0.command == .addMilestone(projectKey: "PL", name: "Done", due: Day(iso: "2026-12-18"), description: "") })
        // Without --project, a file named like a key keeps it; else the title gives one.
        #expect(try Self.parse(Self.project(""), key: nil).project.key == "PLAN")
        #expect(try Self.parse(Self.project(""), key: nil, projects: ["PLAN"]).project.key == "PLANA")
    }

    @Test(arguments: [
        ("<Project><Tasks><Task></Project>", "malformed XML at line 1"),
        ("<?xml version=\"1.0\"?><Plan/>", "the file's root element is <Plan>, not <Project>"),
        ("", "malformed XML"),
        (project("<Task><UID>1</UID><Work>PT1H</Work></Task>"), "task UID 1: no Name"),
        (project("<Task><UID>1</UID><Name>A</Name><Work>16 hours</Work></Task>"), "task UID 1 (A), Work: '16 hours'; expected a duration like PT16H0M0S"),
        (project("<Task><UID>1</UID><Name>A</Name><Deadline>next week</Deadline></Task>"), "task UID 1 (A), Deadline: 'next week'; expected a date-time like 2026-12-01T09:00:00"),
        (project("<Task><UID>1</UID><Name>A</Name><PercentComplete>140</PercentComplete></Task>"), "task UID 1 (A), PercentComplete: 140; expected 0 to 100"),
        (project("<Task><UID>1</UID><Name>A</Name><PredecessorLink><PredecessorUID>7</PredecessorUID></PredecessorLink></Task>"),
         "task UID 1 (A): a predecessor link to task UID 7, which is not in the file"),
        (project("<Task><UID>1</UID><Name>A</Name></Task><Task><UID>1</UID><Name>B</Name></Task>"), "task UID 1 appears twice"),
        (project("<Task><UID>1</UID><Name>A</Name></Task>", assignments: "<Assignment><UID>5</UID><TaskUID>1</TaskUID><ResourceUID>9</ResourceUID></Assignment>"),
         "assignment 5: resource UID 9 is not in the file"),
        (project("", resources: "<Resource><UID>1</UID><Name>Nina</Name><StandardRate>lots</StandardRate></Resource>"),
         "resource 1 (Nina), StandardRate: 'lots'; expected an amount like 95 or 95.50"),
    ])
    func brokenFilesAreRefusedWithWhereAndWhat(xml: String, message: String) throws {
        let e = try #require(throws: UserError.self) { try Self.parse(xml) }
        #expect(e.message.contains(message), "\(e.message)")
    }

    @Test func anExistingKeyOrABadOneIsRefused() throws {
        let taken = try #require(throws: UserError.self) { try Self.parse(Self.project(""), key: "WEB", projects: ["WEB"]) }
        #expect(taken.message.contains("project WEB already exists; an MS Project file becomes a new project: choose another key with --project KEY"))
        let bad = try #require(throws: UserError.self) { try Self.parse(Self.project(""), key: "w3") }
        #expect(bad.message == "invalid project key 'w3': use 2 to 6 capital letters, e.g. WEB")
    }

    @Test func resourcesTheWorkspaceHasAreKeptAsTheyAre() throws {
        let r = try Self.parse(Self.project(
            "<Task><UID>1</UID><Name>A</Name><Work>PT2H0M0S</Work></Task>",
            resources: "<Resource><UID>1</UID><Name>Alice Martin</Name><Initials>AM</Initials></Resource>"
                + "<Resource><UID>2</UID><Name>Zoe Ng</Name><Initials>zoe</Initials><StandardRate>60</StandardRate></Resource>"
                + "<Resource><UID>3</UID><Name>Concrete</Name><Type>0</Type></Resource>",
            assignments: "<Assignment><UID>1</UID><TaskUID>1</TaskUID><ResourceUID>1</ResourceUID><Work>PT2H0M0S</Work></Assignment>"
                + "<Assignment><UID>2</UID><TaskUID>1</TaskUID><ResourceUID>3</ResourceUID><Work>PT9H0M0S</Work></Assignment>"),
            members: [Member(handle: "alice", name: "Alice Martin")])
        #expect(r.existingMembers == ["alice"])
        #expect(r.newMembers.map(\.handle) == ["zoe"])
        #expect(r.newMembers.first?.hourlyRate == Money(minorUnits: 6000, currency: "EUR"))
        // The concrete (a material resource) has more work but is nobody's to do.
        #expect(r.plan.tasks.first?.draft.assignee == "alice")
    }
}
