import Testing
@testable import PaceUI

@Suite struct GlyphsTests {
    static func all(_ g: Glyphs) -> [Character] {
        [g.topLeft, g.topRight, g.bottomLeft, g.bottomRight, g.horizontal, g.vertical,
         g.teeRight, g.teeLeft, g.teeDown, g.teeUp, g.barFull, g.barEmpty, g.overflow, g.ellipsis,
         g.arrowUp, g.arrowDown, g.arrowLeft, g.arrowRight, g.check, g.bullet, g.pointer]
            + g.barEighths + g.sparkLevels
    }

    /// Layout code counts every glyph as one cell; a wide one would shift whole rows.
    @Test(arguments: ["unicode", "ascii"])
    func everyGlyphIsOneCell(set: String) {
        let glyphs: Glyphs = set == "ascii" ? .ascii : .unicode
        for g in Self.all(glyphs) {
            #expect(TextWidth.of(g) == 1, "\(g) is not one cell wide")
        }
        #expect(glyphs.barEighths.count == 7)
        #expect(!glyphs.sparkLevels.isEmpty)
    }

    @Test func asciiSetIsPlainSevenBit() {
        for g in Self.all(.ascii) {
            #expect(g.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F },
                    "\(g) is not printable ASCII")
        }
    }

    @Test func fitSanitizesBeforeMeasuring() {
        // ESC is shown as "^[", two cells, so only "a^" fits before the ellipsis.
        #expect(Glyphs.unicode.fit("a\u{1B}bc", width: 3) == "a^…")
        #expect(Glyphs.ascii.pad("日本語", width: 5) == "日本~")
        #expect(Glyphs.unicode.pad("ab", width: 4, alignRight: true) == "  ab")
    }
}
