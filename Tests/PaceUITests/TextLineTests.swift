import Testing
@testable import PaceUI

@Suite struct TextLineTests {
    @Test func cutLineEndsInAnEllipsisStyledLikeTheTextItCuts() {
        var c = Canvas(width: 6, height: 1)
        let line = TextLine([Span("ab", style: TestStyles.red), Span("cdef", style: TestStyles.green)])
        let end = line.render(into: &c, x: 1, y: 0, width: 4, base: .plain, glyphs: .unicode)
        expectSnapshot(c, " abc…")
        expectStyles(c, [".": .plain, "r": TestStyles.red, "g": TestStyles.green], ".rrgg.")
        #expect(end == 5)
    }

    @Test func fittingLineIsDrawnWholeWithTheBaseStyleForUnstyledSpans() {
        var c = Canvas(width: 6, height: 1)
        let line: TextLine = "x\(42)"
        #expect(line.width == 3)
        line.render(into: &c, x: 0, y: 0, width: 6, base: TestStyles.dim, glyphs: .ascii)
        expectSnapshot(c, "x42")
        expectStyles(c, [".": .plain, "d": TestStyles.dim], "ddd...")
    }

    @Test func wideCharacterThatDoesNotFitBeforeTheEllipsisIsLeftOut() {
        var c = Canvas(width: 5, height: 1)
        TextLine("ab日本").render(into: &c, x: 0, y: 0, width: 4, base: .plain, glyphs: .ascii)
        expectSnapshot(c, "ab~")
        #expect(TextLine("a\u{1B}").width == 3)
    }
}
