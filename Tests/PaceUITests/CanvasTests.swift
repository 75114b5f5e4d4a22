import Testing
@testable import PaceUI

@Suite struct CanvasTests {
    @Test func wideCharactersTakeTwoCellsAndAreNeverSplit() {
        var c = Canvas(width: 6, height: 1)
        c.put("日本語", x: 0, y: 0)
        #expect(c.text == "日本語")
        var narrow = Canvas(width: 5, height: 1)
        narrow.put("日本語", x: 0, y: 0)
        #expect(narrow.text == "日本")
        #expect(narrow[4, 0].text == " ")
    }

    @Test func controlCharactersAreMadeVisible() {
        var c = Canvas(width: 20, height: 1)
        c.put("a\u{1B}]0;pwned\u{07}b", x: 0, y: 0)
        #expect(c.text == "a^[]0;pwned^Gb")
    }
}

@Suite struct CanvasEditingTests {
    @Test func fillOverHalfAWideCharacterBlanksTheOtherHalf() {
        var c = Canvas(width: 8, height: 1)
        c.put("日本語日", x: 0, y: 0)
        // Columns 1 and 4 are the right half of 日 and the left half of 語.
        c.fill(Rect(x: 1, y: 0, width: 4, height: 1), with: ".")
        #expect(c.lines == [" .... 日"])
        #expect(!c[5, 0].isContinuation)
    }

    @Test func centeredRectStaysInsideAndRoundsTowardsTopLeft() {
        let area = Rect(x: 2, y: 1, width: 11, height: 6)
        #expect(area.centered(width: 4, height: 3) == Rect(x: 5, y: 2, width: 4, height: 3))
        #expect(area.centered(width: 40, height: 40) == area)
        #expect(area.centered(width: -1, height: 2) == Rect(x: 7, y: 3, width: 0, height: 2))
    }

    @Test func truncateWithAMarkNeverExceedsTheWidthOrSplitsACharacter() {
        #expect(TextWidth.truncate("Deadlines", to: 5, mark: "~") == "Dead~")
        #expect(TextWidth.truncate("日本語", to: 4, mark: "…") == "日…")
        #expect(TextWidth.truncate("日本語", to: 6, mark: "…") == "日本語")
        #expect(TextWidth.truncate("abc", to: 1, mark: "..") == "a")
        #expect(TextWidth.truncate("abc", to: 0, mark: "…") == "")
        // The old entry point keeps its behaviour.
        #expect(TextWidth.truncate("Deadlines", to: 5, ascii: true) == "Dead~")
    }
}
