import Testing
@testable import PaceUI

@Suite struct FrameTests {
    @Test func drawsBorderWithTitleAndReturnsTheInside() {
        var c = Canvas(width: 12, height: 4)
        let inner = Frame(title: "Tasks", glyphs: .unicode).render(into: &c, area: c.bounds)
        expectSnapshot(c, """
            ┌─ Tasks ──┐
            │          │
            │          │
            └──────────┘
            """)
        #expect(inner == Rect(x: 1, y: 1, width: 10, height: 2))
    }

    @Test func rightTitleSitsAtTheRightEnd() {
        var c = Canvas(width: 20, height: 2)
        Frame(title: "Tasks", rightTitle: "3/12", glyphs: .unicode).render(into: &c, area: c.bounds)
        expectSnapshot(c, """
            ┌─ Tasks ─── 3/12 ─┐
            └──────────────────┘
            """)
    }

    @Test func rightTitleAloneIsCutWhenNarrow() {
        var c = Canvas(width: 9, height: 1)
        Frame(rightTitle: "12/40 open", glyphs: .unicode).render(into: &c, area: c.bounds)
        expectSnapshot(c, "┌ 12/… ─┐")
    }

    @Test func whenNarrowTheLeftTitleWinsAndIsCutWithAnEllipsis() {
        var c = Canvas(width: 10, height: 2)
        Frame(title: "Deadlines", rightTitle: "3/12", glyphs: .unicode).render(into: &c, area: c.bounds)
        expectSnapshot(c, """
            ┌─ Dead… ┐
            └────────┘
            """)
    }

    @Test func wideTitleIsNeverCutInsideACharacter() {
        var c = Canvas(width: 11, height: 2)
        Frame(title: "日本語のタスク", glyphs: .unicode).render(into: &c, area: c.bounds)
        expectSnapshot(c, """
            ┌─ 日本… ─┐
            └─────────┘
            """)
        // Every cell is accounted for: nothing spills past the corner.
        #expect(c.lines[0].reduce(0) { $0 + TextWidth.of($1) } == 11)
    }

    @Test func asciiGlyphs() {
        var c = Canvas(width: 12, height: 3)
        Frame(title: "Team load!!", glyphs: .ascii).render(into: &c, area: c.bounds)
        expectSnapshot(c, """
            +- Team l~ +
            |          |
            +----------+
            """)
    }

    @Test func controlCharactersInTitlesAreShownHarmlessly() {
        var c = Canvas(width: 14, height: 1)
        Frame(title: "a\u{1B}[2Jb", glyphs: .unicode).render(into: &c, area: c.bounds)
        expectSnapshot(c, "┌─ a^[[2Jb ──┐")
    }

    @Test func tinyAreasDrawWhatFitsAndNeverCrash() {
        var empty = Canvas(width: 0, height: 0)
        #expect(Frame(title: "T", glyphs: .unicode).render(into: &empty, area: empty.bounds).isEmpty)

        var one = Canvas(width: 1, height: 1)
        #expect(Frame(title: "T", glyphs: .unicode).render(into: &one, area: one.bounds).isEmpty)
        expectSnapshot(one, "")

        var two = Canvas(width: 2, height: 2)
        #expect(Frame(title: "Tasks", glyphs: .unicode).render(into: &two, area: two.bounds).isEmpty)
        expectSnapshot(two, """
            ┌┐
            └┘
            """)

        var three = Canvas(width: 5, height: 3)
        let inner = Frame(title: "Tasks", glyphs: .unicode).render(into: &three, area: three.bounds)
        #expect(inner == Rect(x: 1, y: 1, width: 3, height: 1))
        expectSnapshot(three, """
            ┌───┐
            │   │
            └───┘
            """)

        var row = Canvas(width: 9, height: 1)
        Frame(title: "Tasks", glyphs: .unicode).render(into: &row, area: row.bounds)
        expectSnapshot(row, "┌─ Tas… ┐")

        var column = Canvas(width: 1, height: 4)
        Frame(title: "Tasks", glyphs: .unicode).render(into: &column, area: column.bounds)
        expectSnapshot(column, "\n\n\n")
    }

    @Test func anAreaPartlyOffTheCanvasIsClipped() {
        var c = Canvas(width: 6, height: 3)
        Frame(title: "Log", glyphs: .unicode).render(into: &c, area: Rect(x: -3, y: 1, width: 8, height: 4))
        expectSnapshot(c, """

            Log ┐
                │
            """)
    }

    @Test func focusChangesOnlyTheStyles() {
        let styles = Frame.Styles(border: TestStyles.border, title: TestStyles.title, focusedBorder: TestStyles.focused)
        let legend: [Character: Style] = [".": .plain, "b": TestStyles.border, "t": TestStyles.title,
                                          "f": TestStyles.focused]
        var plain = Canvas(width: 10, height: 3)
        Frame(title: "Ab", styles: styles, glyphs: .unicode).render(into: &plain, area: plain.bounds)
        expectStyles(plain, legend, """
            bbttttbbbb
            b........b
            bbbbbbbbbb
            """)

        var focused = Canvas(width: 10, height: 3)
        Frame(title: "Ab", isFocused: true, styles: styles, glyphs: .unicode).render(into: &focused, area: focused.bounds)
        expectStyles(focused, legend, """
            ffttttffff
            f........f
            ffffffffff
            """)
        #expect(plain.text == focused.text)
    }
}
