import Foundation
import PaceCore
import Testing
@testable import PaceUI

@Suite struct DashboardRenderingTests {
    static let mono: Theme = try! ThemeCatalog(environment: [:]).load(nameOrPath: "mono")

    func row(_ canvas: Canvas, containing text: String) -> Int? {
        canvas.lines.firstIndex { $0.contains(text) }
    }

    func column(_ canvas: Canvas, of text: String, row y: Int) -> Int {
        // Count cells, not characters: box lines are one cell each.
        var x = 0
        var line = ""
        while x < canvas.width {
            line += canvas[x, y].text
            if line.hasSuffix(text) { return x - TextWidth.of(text) + 1 }
            x += 1
        }
        return -1
    }

    @Test func monoThemeUsesAttributesOnlyAndKeepsDistinctionsVisible() throws {
        let canvas = DashboardView.render(DemoFixture.state(width: 80, height: 24, theme: Self.mono))
        // No colour anywhere.
        for cell in canvas.cells {
            #expect(cell.style.foreground == .terminalDefault && cell.style.background == .terminalDefault)
        }
        // The selected task (first task row) is in reverse video across its width.
        let selectedRow = row(canvas, containing: "WEB-15 U Carrier webhook")
        let selected = try #require(selectedRow)
        #expect(canvas[10, selected].style.attributes.contains(.reverse))
        // A late due date is bold and underlined; an urgent priority mark too.
        let lateRow = row(canvas, containing: "WEB-10 H Alpha smoke tests")
        let late = try #require(lateRow)
        let x = column(canvas, of: "5d late", row: late)
        #expect(canvas[x, late].style.attributes.isSuperset(of: [.bold, .underline]))
        // The focused pane's border is bold, an unfocused one is not.
        #expect(canvas[0, 2].style.attributes.contains(.bold))
        #expect(!canvas[0, 13].style.attributes.contains(.bold))
    }

    @Test func defaultThemeColoursLateWorkDifferentlyFromOnTimeWork() throws {
        let canvas = DashboardView.render(DemoFixture.state(width: 80, height: 24))
        let lateRow = row(canvas, containing: "WEB-10 H Alpha smoke tests")
        let onTimeRow = row(canvas, containing: "WEB-12 H Shipment detail API")
        let late = try #require(lateRow)
        let onTime = try #require(onTimeRow)
        let lateStyle = canvas[column(canvas, of: "5d late", row: late), late].style
        let onTimeStyle = canvas[column(canvas, of: "in 4d", row: onTime), onTime].style
        #expect(lateStyle.foreground != onTimeStyle.foreground)
    }

    /// User text never reaches another viewer's terminal with control characters, and
    /// wide characters are cut on cell boundaries.
    @Test func titlesWithEscapesAndWideCharactersAreSafe() throws {
        var snapshot = DemoFixture.snapshot
        let evil = ProjectTask(id: TaskID(projectKey: "WEB", number: 99),
                               title: "Evil \u{1B}]52;c;cGF5bG9hZA==\u{07}\u{1B}[2J\u{9B}31m 日本語のタイトルとても長いタイトル",
                               status: .blocked, blockedReason: "x", priority: .urgent, created: Date(timeIntervalSince1970: 0))
        snapshot.tasks.append(evil)
        var s = DemoFixture.state(width: 80, height: 24)
        _ = Update.update(&s, .loaded(snapshot))
        let canvas = DashboardView.render(s)
        for cell in canvas.cells {
            #expect(!cell.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
        let evilRow = row(canvas, containing: "WEB-99")
        let y = try #require(evilRow)
        #expect(canvas.lines[y].contains("Evil ^[]52;c;cGF5bG9hZA==^G^[[2J<9B>31m"))
        // The wide title is cut on a character boundary and the columns after it line up.
        let otherRow = row(canvas, containing: "WEB-15")
        let other = try #require(otherRow)
        #expect(column(canvas, of: "│", row: y) == column(canvas, of: "│", row: other))
        #expect(canvas.lines[y].hasSuffix("│"))
    }

    @Test func everySizeDownToOneByOneRendersWithoutCrashing() {
        var s = DemoFixture.state(width: 80, height: 24)
        for w in [0, 1, 2, 5, 20, 39, 40, 41, 79, 80, 119, 120, 200] {
            for h in [0, 1, 2, 5, 11, 12, 13, 24, 60] {
                _ = Update.update(&s, .resize(width: w, height: h))
                let c = DashboardView.render(s)
                #expect(c.width == w && c.height == h)
                // Overlays too.
                var d = s
                _ = Update.update(&d, .key(.char("?")))
                _ = DashboardView.render(d)
                var b = s
                _ = Update.update(&b, .key(.char("B")))
                _ = DashboardView.render(b)
            }
        }
    }

    @Test func asciiGlyphsWhenTheLocaleIsNotUTF8() {
        var s = DemoFixture.state(width: 80, height: 24)
        s.glyphs = .ascii
        let canvas = DashboardView.render(s)
        for cell in canvas.cells where !cell.isContinuation {
            #expect(cell.text.unicodeScalars.allSatisfy { $0.isASCII }, "non-ASCII cell '\(cell.text)'")
        }
    }
}
