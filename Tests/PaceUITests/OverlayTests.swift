import Testing
@testable import PaceUI

@Suite struct OverlayTests {
    static let help: [TextLine] = [
        TextLine([Span("j/k", style: TestStyles.header), Span("  move")]),
        "q    quit",
        "?    help",
    ]

    @Test func centredBoxClearsWhatIsUnderIt() {
        var c = Canvas(width: 20, height: 7)
        c.fill(c.bounds, with: ".")
        let box = Overlay(title: "Help", lines: Self.help, glyphs: .unicode).render(into: &c, area: c.bounds)
        expectSnapshot(c, """
            ....................
            ...┌─ Help ────┐....
            ...│ j/k  move │....
            ...│ q    quit │....
            ...│ ?    help │....
            ...└───────────┘....
            ....................
            """)
        #expect(box == Rect(x: 3, y: 1, width: 13, height: 5))
        #expect(c[5, 2].style == TestStyles.header)
        #expect(c[8, 2].style == .plain)
    }

    @Test func scrolledLinesShowTheirPositionInTheBorder() {
        let lines = (0..<10).map { TextLine("line \($0)") }
        var c = Canvas(width: 20, height: 6)
        Overlay(title: "Log", lines: lines, offset: 3, glyphs: .unicode).render(into: &c, area: c.bounds)
        expectSnapshot(c, """
            ┌─ Log ─── 4-7/10 ─┐
            │ line 3           │
            │ line 4           │
            │ line 5           │
            │ line 6           │
            └──────────────────┘
            """)
        let overlay = Overlay(title: "Log", lines: lines, offset: 99, glyphs: .ascii)
        #expect(overlay.maxOffset(in: c.bounds) == 6)
        #expect(overlay.visibleRows(in: c.bounds) == 4)
        var d = Canvas(width: 20, height: 6)
        overlay.render(into: &d, area: d.bounds)
        expectSnapshot(d, """
            +- Log -- 7-10/10 -+
            | line 6           |
            | line 7           |
            | line 8           |
            | line 9           |
            +------------------+
            """)
    }

    @Test func longLinesAreCutAndWideCharactersUnderTheEdgeAreCleared() {
        var c = Canvas(width: 20, height: 3)
        for y in 0..<3 { c.put("日本語日本語日本語日本", x: 0, y: y) }
        let lines: [TextLine] = ["日本語のとても長い説明です"]
        Overlay(title: "Task", lines: lines, maxWidth: 13, glyphs: .unicode).render(into: &c, area: c.bounds)
        expectSnapshot(c, """
            日 ┌─ Task ────┐語日
            日 │ 日本語の… │語日
            日 └───────────┘語日
            """)
    }

    @Test func tinyAreasNeverCrash() {
        var empty = Canvas(width: 0, height: 0)
        #expect(Overlay(title: "Help", lines: Self.help, glyphs: .unicode).render(into: &empty, area: empty.bounds).isEmpty)
        var one = Canvas(width: 1, height: 1)
        Overlay(title: "Help", lines: Self.help, glyphs: .unicode).render(into: &one, area: one.bounds)
        expectSnapshot(one, "")
        var two = Canvas(width: 2, height: 2)
        Overlay(title: "Help", lines: Self.help, offset: -4, glyphs: .unicode).render(into: &two, area: two.bounds)
        expectSnapshot(two, """
            ┌┐
            └┘
            """)
        var none = Canvas(width: 10, height: 4)
        Overlay(title: "Empty", lines: [], glyphs: .unicode).render(into: &none, area: none.bounds)
        expectSnapshot(none, """

            ┌─ Empty ┐
            └────────┘

            """)
    }
}
