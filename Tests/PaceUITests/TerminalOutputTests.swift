import Testing
@testable import PaceUI

@Suite struct TerminalFrameDiffTests {
    let red = Style(foreground: .ansi(1))
    let blue = Style(foreground: .ansi(4))

    /// Runs as "y:x-endX" strings, easy to read in a failure.
    func describe(_ runs: [FrameDiff.Run]) -> [String] {
        runs.map { "\($0.y):\($0.x)-\($0.endX)" }
    }

    @Test func withoutAPreviousFrameEveryCellIsWrittenInRunsOfOneStyle() {
        var canvas = Canvas(width: 6, height: 2)
        canvas.put("ab", x: 2, y: 0, style: red)
        let runs = FrameDiff.runs(from: nil, to: canvas)
        #expect(describe(runs) == ["0:0-2", "0:2-4", "0:4-6", "1:0-6"])
        #expect(runs.map(\.style) == [.plain, red, .plain, .plain])
        #expect(runs.reduce(0) { $0 + $1.glyphs.count } == 12)
    }

    @Test func oneChangedWordIsOneRun() {
        var old = Canvas(width: 80, height: 24)
        for y in 0..<24 { old.put("row \(y): the quick brown fox jumps over the lazy dog", x: 0, y: y) }
        var new = old
        new.put("camel", x: 18, y: 10)
        #expect(new.lines[10].hasPrefix("row 10: the quick camel fox"))
        #expect(describe(FrameDiff.runs(from: old, to: new)) == ["10:18-23"])
        // "brown" → "frown": an unchanged letter is not rewritten.
        var other = old
        other.put("frown", x: 18, y: 10)
        #expect(describe(FrameDiff.runs(from: old, to: other)) == ["10:18-19"])
        var split = old
        split.put("bRoWn", x: 18, y: 10)
        #expect(describe(FrameDiff.runs(from: old, to: split)) == ["10:19-20", "10:21-22"])
        #expect(FrameDiff.runs(from: new, to: new).isEmpty)
    }

    @Test func runsSplitAtStyleChangesAndUnchangedCells() {
        let old = Canvas(width: 10, height: 1)
        var new = old
        new.put("ab", x: 0, y: 0, style: red)
        new.put("cd", x: 2, y: 0, style: blue)
        new.put("ef", x: 6, y: 0, style: blue)
        #expect(describe(FrameDiff.runs(from: old, to: new)) == ["0:0-2", "0:2-4", "0:6-8"])
    }

    @Test func aStyleOnlyChangeIsAChange() {
        var old = Canvas(width: 5, height: 1)
        old.put("abc", x: 0, y: 0)
        var new = old
        new.restyle(Rect(x: 1, y: 0, width: 1, height: 1)) { $0.with(.reverse) }
        #expect(describe(FrameDiff.runs(from: old, to: new)) == ["0:1-2"])
    }

    @Test func wideCharactersAreOneGlyphAndTheirContinuationIsNeverWritten() {
        let old = Canvas(width: 6, height: 1)
        var new = old
        new.put("日本", x: 1, y: 0)
        let runs = FrameDiff.runs(from: old, to: new)
        #expect(describe(runs) == ["0:1-5"])
        #expect(runs.first?.glyphs == [FrameDiff.Glyph(x: 1, isWide: true), FrameDiff.Glyph(x: 3, isWide: true)])
    }

    @Test func aChangeToTheRightHalfOfAWideCharacterRewritesIt() {
        var old = Canvas(width: 4, height: 1)
        old.put("日", x: 0, y: 0)
        var new = old
        new.restyle(Rect(x: 1, y: 0, width: 1, height: 1)) { _ in Style(background: .ansi(4)) }
        let runs = FrameDiff.runs(from: old, to: new)
        #expect(runs.map(\.glyphs) == [[FrameDiff.Glyph(x: 0, isWide: true)]])
    }

    @Test func replacingAWideCharacterWithNarrowOnesWritesBothColumns() {
        var old = Canvas(width: 4, height: 1)
        old.put("日", x: 0, y: 0)
        var new = old
        new.put("ab", x: 0, y: 0)
        let runs = FrameDiff.runs(from: old, to: new)
        #expect(runs.map(\.glyphs) == [[FrameDiff.Glyph(x: 0, isWide: false), FrameDiff.Glyph(x: 1, isWide: false)]])
    }

    @Test func aFrameOfAnotherSizeIsWrittenInFull() {
        let old = Canvas(width: 4, height: 2)
        let new = Canvas(width: 5, height: 2)
        #expect(describe(FrameDiff.runs(from: old, to: new)) == ["0:0-5", "1:0-5"])
    }
}

@Suite struct TerminalCellTextTests {
    /// A stand-in for wcwidth: wide CJK and 🎉, zero for combining marks, ZWJ and
    /// selectors, -1 for controls.
    static func width(_ v: UInt32) -> Int {
        switch v {
        case 0..<0x20, 0x7F: -1
        case 0x300..<0x370, 0x200D, 0xFE0F: 0
        case 0x4E00...0x9FFF, 0x1F389, 0x1F468, 0x1F469: 2
        default: 1
        }
    }

    func text(_ s: String, wide: Bool = false, utf8: Bool = true, width: (UInt32) -> Int = width) -> CellText.Output {
        CellText.characters(for: s, isWide: wide, isUTF8: utf8, width: width)
    }

    @Test func plainAndBlank() {
        #expect(text("a") == .init(characters: [0x61, 0], blankNextColumn: false))
        #expect(text("") == .init(characters: [0x20, 0], blankNextColumn: false))
        #expect(text(" ") == .init(characters: [0x20, 0], blankNextColumn: false))
    }

    @Test func wideCharacter() {
        #expect(text("日", wide: true) == .init(characters: [0x65E5, 0], blankNextColumn: false))
    }

    @Test func combiningMarksShareTheCell() {
        #expect(text("e\u{301}") == .init(characters: [0x65, 0x301, 0], blankNextColumn: false))
        #expect(text("❤️") == .init(characters: [0x2764, 0xFE0F, 0], blankNextColumn: false))
    }

    @Test func atMostFourCombiningMarks() {
        let zalgo = "a\u{300}\u{301}\u{302}\u{303}\u{304}\u{305}"
        #expect(text(zalgo).characters == [0x61, 0x300, 0x301, 0x302, 0x303, 0])
    }

    @Test func zwjSequenceKeepsItsFirstEmoji() {
        #expect(text("👨‍👩‍👧", wide: true) == .init(characters: [0x1F468, 0], blankNextColumn: false))
    }

    @Test func wideForTheCanvasButNarrowForTheCLibraryBlanksTheSecondColumn() {
        #expect(text("🎉", wide: true, width: { $0 == 0x1F389 ? 1 : Self.width($0) })
                == .init(characters: [0x1F389, 0], blankNextColumn: true))
    }

    @Test func wideForTheCLibraryInANarrowCellIsReplaced() {
        #expect(text("日", wide: false) == .init(characters: [0xFFFD, 0], blankNextColumn: false))
    }

    @Test func unprintableIsReplaced() {
        #expect(text("\u{1B}") == .init(characters: [0xFFFD, 0], blankNextColumn: false))
        #expect(text("\u{E0001}", wide: true, width: { _ in -1 }) == .init(characters: [0xFFFD, 0], blankNextColumn: true))
    }

    @Test func withoutUTF8OnlyASCIIIsWritten() {
        #expect(text("a", utf8: false) == .init(characters: [0x61, 0], blankNextColumn: false))
        #expect(text("é", utf8: false) == .init(characters: [0x3F, 0], blankNextColumn: false))
        #expect(text("日", wide: true, utf8: false) == .init(characters: [0x3F, 0], blankNextColumn: true))
    }
}
