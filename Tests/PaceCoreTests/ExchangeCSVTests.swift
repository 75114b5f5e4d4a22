import Foundation
import Testing
@testable import PaceCore

@Suite struct ExchangeCSVTests {
    @Test func plainFieldsAreNotQuoted() {
        #expect(CSV.record(["WEB-1", "Set up CI", "4"]) == "WEB-1,Set up CI,4\r\n")
    }

    @Test func commasQuotesAndLineBreaksAreQuotedAndDoubled() {
        #expect(CSV.field("a,b") == "\"a,b\"")
        #expect(CSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSV.field("line 1\nline 2") == "\"line 1\nline 2\"")
        #expect(CSV.field("cr\r\nlf") == "\"cr\r\nlf\"")
        #expect(CSV.field("Müller — 東京") == "Müller — 東京")
    }

    @Test func whatIsWrittenReadsBackFieldForField() throws {
        let rows = [["id", "title", "notes"],
                    ["WEB-1", "Fix, then \"ship\"", "line 1\r\nline 2\nline 3"],
                    ["WEB-2", "Übersetzung für 東京 🚀", ""],
                    ["WEB-3", "", "\"\""]]
        let text = rows.map(CSV.record).joined()
        #expect(try CSV.parse(text) == rows)
        #expect(Array(text.utf8).starts(with: Array("id,title,notes\r\n".utf8)))
    }

    @Test func readerAcceptsLFAndAMissingFinalLineEnd() throws {
        #expect(try CSV.parse("a,b\n1,2") == [["a", "b"], ["1", "2"]])
        #expect(try CSV.parse("a,b\r\n,\r\n") == [["a", "b"], ["", ""]])
    }

    @Test func malformedQuotingNamesTheLine() throws {
        #expect(throws: CSV.ParseError(line: 2, message: "a quoted field is never closed; expected a closing \"")) {
            try CSV.parse("a,b\n\"open,1\n")
        }
        do { _ = try CSV.parse("a,b\n1,x\"y\n"); Issue.record("accepted") } catch { #expect(error.line == 2) }
        do { _ = try CSV.parse("a,b\r\n\"q\"x,1\r\n"); Issue.record("accepted") } catch {
            #expect(error.line == 2)
            #expect(error.message.contains("after a closing quote"))
        }
    }

    @Test func taskSheetHasTheDocumentedColumnsAndHours() throws {
        let created = Date(timeIntervalSince1970: 1_795_000_000)
        let project = Project(key: "WEB", name: "Portal")
        let a = ProjectTask(id: TaskID(projectKey: "WEB", number: 1), title: "Fix, \"login\"", status: .inProgress, priority: .high,
                            assignee: "bob", estimateMinutes: 240, due: Day(iso: "2026-12-04"), milestoneID: 7,
                            tags: ["backend", "auth"], created: created, spentMinutes: 90)
        let b = ProjectTask(id: TaskID(projectKey: "WEB", number: 2), title: "Ship", status: .done,
                            dependencies: [a.id], created: created, completed: created.addingTimeInterval(3600))
        let snapshot = ProjectSnapshot(project: project, projects: [project], members: [],
                                       milestones: [Milestone(id: 7, projectKey: "WEB", name: "beta", due: nil)],
                                       tasks: [b, a], token: 0)
        let rows = try CSV.parse(SpreadsheetExport.tasks(snapshot))
        #expect(rows[0] == SpreadsheetExport.taskColumns)
        #expect(rows[1] == ["WEB-1", "Fix, \"login\"", "in-progress", "high", "bob", "4", "1.5", "2.5", "2026-12-04", "beta",
                            "backend auth", "", Format.timestamp(created), ""])
        #expect(rows[2][11] == "WEB-1")
        #expect(rows[2][13] == Format.timestamp(created.addingTimeInterval(3600)))
    }
}
