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
