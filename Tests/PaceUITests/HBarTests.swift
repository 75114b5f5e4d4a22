import Testing
@testable import PaceUI

@Suite struct HBarTests {
    static func draw(_ fraction: Double, width: Int = 10, label: HBar.Label = .none, glyphs: Glyphs = .unicode) -> Canvas {
        var c = Canvas(width: width, height: 1)
        HBar(fraction: fraction, label: label, glyphs: glyphs).render(into: &c, area: c.bounds)
        return c
    }

    @Test func unicodeBarsUseEighthBlocks() {
        expectSnapshot(Self.draw(0.5), "█████")
        expectSnapshot(Self.draw(0.55), "█████▌")
        expectSnapshot(Self.draw(0.01), "▏")
        expectSnapshot(Self.draw(0.99), "█████████▉")
        expectSnapshot(Self.draw(1), "██████████")
        expectSnapshot(Self.draw(0), "")
    }

    @Test func overflowFillsTheBarAndMarksTheEnd() {
        expectSnapshot(Self.draw(1.3), "█████████▸")
        expectSnapshot(Self.draw(.infinity), "█████████▸")
        expectSnapshot(Self.draw(1.3, glyphs: .ascii), "#########>")
    }

    @Test func asciiBarsRoundToHalfCells() {
        expectSnapshot(Self.draw(0.55, glyphs: .ascii), "#####=")
        expectSnapshot(Self.draw(0.52, glyphs: .ascii), "#####")
    }

    @Test func percentageLabelSitsRightOfTheBar() {
        expectSnapshot(Self.draw(0.55, width: 14, label: .percent), "█████      55%")
        expectSnapshot(Self.draw(1.3, width: 14, label: .percent, glyphs: .ascii), "########> 130%")
        expectSnapshot(Self.draw(12, width: 8, label: .percent), "█▸ >999%")
        expectSnapshot(Self.draw(.nan, width: 8, label: .percent), "      0%")
        expectSnapshot(Self.draw(-1, width: 8, label: .percent), "      0%")
        expectSnapshot(Self.draw(0.5, width: 10, label: .text("3/6")), "███    3/6")
    }

    @Test func labelIsLeftOutWhenItLeavesNoRoomForTheBar() {
        expectSnapshot(Self.draw(1, width: 5, label: .percent), "█████")
        expectSnapshot(Self.draw(1, width: 6, label: .percent), "█ 100%")
    }

    @Test func stylesOfFilledEmptyOverflowAndLabel() {
        let styles = HBar.Styles(filled: TestStyles.green, empty: TestStyles.dim, overflow: TestStyles.red,
                                 label: TestStyles.header)
        let legend: [Character: Style] = ["f": TestStyles.green, "e": TestStyles.dim, "o": TestStyles.red,
                                          "l": TestStyles.header]
        var c = Canvas(width: 9, height: 2)
        HBar(fraction: 0.5, label: .percent, styles: styles, glyphs: .unicode)
            .render(into: &c, area: Rect(x: 0, y: 0, width: 9, height: 1))
        HBar(fraction: 2, styles: styles, glyphs: .unicode).render(into: &c, area: Rect(x: 0, y: 1, width: 9, height: 1))
        expectStyles(c, legend, """
            ffeelllll
            ffffffffo
            """)
    }

    @Test func tinyAreasNeverCrash() {
        expectSnapshot(Self.draw(0.5, width: 0, label: .percent), "")
        expectSnapshot(Self.draw(3, width: 1, label: .percent), "▸")
        expectSnapshot(Self.draw(0.5, width: 1), "▌")
    }
}
