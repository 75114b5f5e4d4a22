import Foundation
import Testing
@testable import PaceCore

@Suite struct ExchangeICSTests {
    @Test func textEscapesBackslashSemicolonCommaAndNewlines() {
        #expect(ICalendar.escapeText("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf")
    }

    @Test func shortLinesAreNotFolded() {
        let line = String(repeating: "x", count: 75)
        #expect(ICalendar.fold(line) == line + "\r\n")
    }

    /// Every physical line fits 75 octets, continuations start with a space, the text
    /// comes back when unfolded, and no multi-byte character is split (each physical
    /// line is valid UTF-8 on its own).
    @Test(arguments: ["SUMMARY:" + String(repeating: "ascii text ", count: 30),
                      "SUMMARY:" + String(repeating: "ü", count: 100),
                      "SUMMARY:" + String(repeating: "東京", count: 60),
                      "SUMMARY:x" + String(repeating: "🚀", count: 50),
                      "DESCRIPTION:" + ICalendar.escapeText(String(repeating: "Müller, Zoë; \"naïve\"\n", count: 8))])
    func foldingKeepsLinesShortAndCharactersWhole(line: String) {
        let folded = ICalendar.fold(line)
        #expect(folded.hasSuffix("\r\n"))
        let bytes = Array(folded.utf8)
        var physical: [[UInt8]] = []
        var current: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 13 && i + 1 < bytes.count && bytes[i + 1] == 10 {
                physical.append(current); current = []; i += 2
            } else {
                current.append(bytes[i]); i += 1
            }
        }
        #expect(current.isEmpty)
        #expect(physical.count > 1)
        for (n, p) in physical.enumerated() {
            #expect(p.count <= 75, "line \(n) has \(p.count) octets")
            #expect(String(validating: p, as: UTF8.self) != nil, "line \(n) splits a character")
            if n > 0 { #expect(p.first == UInt8(ascii: " ")) }
        }
        #expect(ICalendar.unfold(folded) == line + "\r\n")
    }

    @Test func calendarHasMilestoneEventsAndTaskTodos() {
        let created = Date(timeIntervalSince1970: 1_795_000_000)
        let project = Project(key: "WEB", name: "Portal")
        func task(_ n: Int, _ status: TaskStatus, _ priority: Priority, due: String?) -> ProjectTask {
            ProjectTask(id: TaskID(projectKey: "WEB", number: n), title: "Task \(n), part; two", status: status, priority: priority,
                        due: due.flatMap { Day(iso: $0) }, tags: ["backend"], created: created,
                        completed: status == .done ? created : nil)
        }
        let snapshot = ProjectSnapshot(
            project: project, projects: [project], members: [],
            milestones: [Milestone(id: 1, projectKey: "WEB", name: "beta", due: Day(iso: "2026-12-12")),
                         Milestone(id: 2, projectKey: "WEB", name: "someday", due: nil)],
            tasks: [task(1, .todo, .urgent, due: "2026-12-04"), task(2, .inProgress, .high, due: "2026-12-05"),
                    task(3, .done, .medium, due: "2026-12-06"), task(4, .cancelled, .low, due: "2026-12-07"),
                    task(5, .todo, .low, due: nil)],
            token: 0)
        let stamp = Date(timeIntervalSince1970: 1_796_029_200)  // 2026-11-30T09:00:00Z
        let text = CalendarExport.document(snapshot, stamp: stamp)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let lines = ICalendar.unfold(text).components(separatedBy: "\r\n")
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 1)
        #expect(lines.contains("DTSTART;VALUE=DATE:20261212"))
        #expect(lines.contains("DTEND;VALUE=DATE:20261213"))
        #expect(lines.filter { $0 == "BEGIN:VTODO" }.count == 4)
        #expect(lines.contains("UID:WEB-1@paceline"))
        #expect(!lines.contains("UID:WEB-5@paceline"))
        #expect(lines.contains("DTSTAMP:20261130T090000Z"))
        #expect(lines.contains("DUE;VALUE=DATE:20261204"))
        #expect(lines.contains("SUMMARY:WEB-1 Task 1\\, part\\; two"))
        for expected in ["STATUS:NEEDS-ACTION", "STATUS:IN-PROCESS", "STATUS:COMPLETED", "STATUS:CANCELLED",
                         "PRIORITY:1", "PRIORITY:3", "PRIORITY:5", "PRIORITY:9"] {
            #expect(lines.contains(expected), "missing \(expected)")
        }
    }
}
