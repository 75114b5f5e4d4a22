import Testing
@testable import PaceUI

@Suite struct SparklineTests {
    static func draw(_ values: [Double], width: Int, maximum: Double? = nil, glyphs: Glyphs = .unicode) -> Canvas {
        var c = Canvas(width: width, height: 1)
        Sparkline(values: values, maximum: maximum, glyphs: glyphs).render(into: &c, area: c.bounds)
        return c
    }

    @Test func valuesMapToLevels() {
        expectSnapshot(Self.draw([0, 1, 2, 3, 4, 5, 6, 7], width: 8), "▁▂▃▄▅▆▇█")
        expectSnapshot(Self.draw([0, 1, 2, 3, 4], width: 5, glyphs: .ascii), "_.-=#")
    }

    @Test func keepsTheLastValuesThatFit() {
        expectSnapshot(Self.draw((0..<10).map(Double.init), width: 4), "▆▆▇█")
        expectSnapshot(Self.draw([1, 2], width: 6), "▅█")
    }

    @Test func zeroNegativeAndNaNShowTheLowestLevel() {
        expectSnapshot(Self.draw([0, 0, 0], width: 3), "▁▁▁")
        expectSnapshot(Self.draw([-5, .nan, 4], width: 3), "▁▁█")
    }

    @Test func explicitMaximumCapsTheScale() {
        expectSnapshot(Self.draw([5, 20], width: 2, maximum: 10), "▅█")
        #expect(Sparkline(values: [5, 20], maximum: 10, glyphs: .unicode).levels(width: 2) == [4, 7])
    }

    @Test func tinyAreasNeverCrash() {
        expectSnapshot(Self.draw([1, 2, 3], width: 0), "")
        expectSnapshot(Self.draw([1, 2, 3], width: 1), "█")
        expectSnapshot(Self.draw([], width: 4), "")
    }
}
