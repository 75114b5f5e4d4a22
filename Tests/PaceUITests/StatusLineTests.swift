import Testing
@testable import PaceUI

@Suite struct StatusLineTests {
    static func draw(width: Int, left: [Span] = ["NORMAL", "Tasks"], right: [Span] = ["alice", "09:30"],
                     glyphs: Glyphs = .unicode) -> Canvas {
        var c = Canvas(width: width, height: 1)
        StatusLine(left: left, right: right, glyphs: glyphs).render(into: &c, area: c.bounds)
        return c
    }

    @Test func leftAndRightSegments() {
        expectSnapshot(Self.draw(width: 30), "NORMAL Tasks       alice 09:30")
    }

    @Test func whenNarrowTheRightSideKeepsItsSpaceAndTheLeftIsCut() {
        expectSnapshot(Self.draw(width: 16), "NOR… alice 09:30")
        expectSnapshot(Self.draw(width: 16, glyphs: .ascii), "NOR~ alice 09:30")
        // No room left for even a cut left side: the sides never touch.
        expectSnapshot(Self.draw(width: 12), " alice 09:30")
        expectSnapshot(Self.draw(width: 11), "alice 09:30")
    }

    @Test func rightSideWiderThanTheRowIsCutAtItsEnd() {
        expectSnapshot(Self.draw(width: 8), "alice 0…")
    }

    @Test func onlyOneSide() {
        expectSnapshot(Self.draw(width: 10, right: []), "NORMAL Ta…")
        expectSnapshot(Self.draw(width: 14, left: []), "   alice 09:30")
    }

    @Test func wideCharactersAreNotSplit() {
        expectSnapshot(Self.draw(width: 12, left: ["日本語のステータス"], right: ["OK"]), "日本語の… OK")
        expectSnapshot(Self.draw(width: 11, left: ["日本語のステータス"], right: ["OK"]), "日本語…  OK")
    }

    @Test func segmentStylesOverTheLineStyle() {
        var c = Canvas(width: 12, height: 1)
        StatusLine(left: [Span("OK", style: TestStyles.green)], right: [Span("3!", style: TestStyles.red)],
                   style: TestStyles.dim, glyphs: .unicode).render(into: &c, area: c.bounds)
        expectSnapshot(c, "OK        3!")
        expectStyles(c, ["g": TestStyles.green, "r": TestStyles.red, "d": TestStyles.dim], "ggddddddddrr")
    }

    @Test func tinyAreasNeverCrash() {
        expectSnapshot(Self.draw(width: 0), "")
        expectSnapshot(Self.draw(width: 1), "…")
        expectSnapshot(Self.draw(width: 1, right: []), "…")
    }
}
