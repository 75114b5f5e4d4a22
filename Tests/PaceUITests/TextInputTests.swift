import Testing
@testable import PaceUI

@Suite struct TextInputTests {
    @Test func typingMovingAndDeleting() {
        var t = TextInput()
        for c in "abc" { t.insert(c) }
        #expect((t.text, t.cursor) == ("abc", 3))
        t.moveLeft()
        t.moveLeft()
        t.insert("X")
        #expect((t.text, t.cursor) == ("aXbc", 2))
        t.backspace()
        #expect((t.text, t.cursor) == ("abc", 1))
        t.delete()
        #expect((t.text, t.cursor) == ("ac", 1))
        t.home()
        t.backspace()
        t.moveLeft()
        #expect((t.text, t.cursor) == ("ac", 0))
        t.end()
        t.delete()
        t.moveRight()
        #expect((t.text, t.cursor) == ("ac", 2))
    }

    @Test func cursorCountsGraphemes() {
        var t = TextInput("日本👍🏽x")
        #expect(t.cursor == 4)
        t.moveLeft()
        t.backspace()
        #expect((t.text, t.cursor) == ("日本x", 2))
        // A combining accent typed after "e" joins it: one grapheme, cursor after it.
        var e = TextInput("e")
        e.insert("\u{301}")
        #expect(e.text == "é")
        #expect(e.cursor == 1)
        e.backspace()
        #expect(e.text == "")
    }

    @Test func killToStartAndToEnd() {
        var t = TextInput("hello world", cursor: 6)
        t.killToStart()
        #expect((t.text, t.cursor) == ("world", 0))
        var k = TextInput("hello world", cursor: 5)
        k.killToEnd()
        #expect((k.text, k.cursor) == ("hello", 5))
    }

    @Test func killWordBackLikeReadline() {
        var t = TextInput("git commit -m  ")
        t.killWordBack()
        #expect((t.text, t.cursor) == ("git commit ", 11))
        t.killWordBack()
        #expect((t.text, t.cursor) == ("git ", 4))
        t.killWordBack()
        t.killWordBack()
        #expect((t.text, t.cursor) == ("", 0))

        var mid = TextInput("foo barbaz", cursor: 7)
        mid.killWordBack()
        #expect((mid.text, mid.cursor) == ("foo baz", 4))
    }

    @Test func controlCharactersNeverEnterTheText() {
        var t = TextInput("a\tb")
        t.insert(contentsOf: "\n\u{1B}[31mc\u{202E}d\u{7F}")
        #expect(t.text == "a b [31mcd")
        t.insert("\u{7}")
        #expect(t.text == "a b [31mcd")
    }

    @Test func keysDriveTheEditor() {
        var t = TextInput()
        for key: Key in [.char("a"), .char("b"), .char(" "), .char("c"), .left, .ctrl("a"), .ctrl("d"), .ctrl("e"),
                         .ctrl("w")] {
            let handled = t.handle(key)
            #expect(handled, "\(key) should be handled")
        }
        #expect((t.text, t.cursor) == ("b ", 2))
        let killed = t.handle(.ctrl("u"))
        #expect(killed)
        #expect(t.isEmpty)
        for key: Key in [.enter, .escape, .tab, .up, .down, .ctrl("c")] {
            let handled = t.handle(key)
            #expect(!handled, "\(key) is not the editor's")
        }
    }

    static func draw(_ t: TextInput, width: Int, x: Int = 0, glyphs: Glyphs = .unicode) -> (Canvas, Int?) {
        var c = Canvas(width: width + x, height: 1)
        let column = t.render(into: &c, area: Rect(x: x, y: 0, width: width, height: 1), style: .plain, glyphs: glyphs)
        return (c, column)
    }

    @Test func shortTextIsShownWholeWithTheCursorAfterIt() {
        let (c, column) = Self.draw(TextInput("abc"), width: 10, x: 3)
        expectSnapshot(c, "   abc")
        #expect(column == 6)
    }

    @Test func scrollsSoTheCursorIsVisible() {
        let t = TextInput("abcdefghijklmnop")
        let (end, endColumn) = Self.draw(t, width: 8)
        expectSnapshot(end, "…klmnop")
        #expect(endColumn == 7)

        let (home, homeColumn) = Self.draw(TextInput(t.text, cursor: 0), width: 8)
        expectSnapshot(home, "abcdefgh")
        #expect(homeColumn == 0)

        // Cursor on "k": the view ends there, with the cursor in the last column.
        let (mid, midColumn) = Self.draw(TextInput(t.text, cursor: 10), width: 8)
        expectSnapshot(mid, "…efghijk")
        #expect(midColumn == 7)

        let (ascii, _) = Self.draw(t, width: 8, glyphs: .ascii)
        expectSnapshot(ascii, "~klmnop")
    }

    @Test func wideCharactersScrollWhole() {
        let t = TextInput("日本語テキスト")
        let (even, evenColumn) = Self.draw(t, width: 8)
        expectSnapshot(even, "…キスト")
        #expect(evenColumn == 7)
        let (odd, oddColumn) = Self.draw(t, width: 7)
        expectSnapshot(odd, "…スト")
        #expect(oddColumn == 5)
        // The cursor stands on a wide character that is cut at the right edge: shown
        // blank rather than split.
        let (cut, cutColumn) = Self.draw(TextInput(t.text, cursor: 3), width: 7)
        expectSnapshot(cut, "日本語")
        #expect(cutColumn == 6)
    }

    @Test func tinyAreasNeverCrash() {
        #expect(Self.draw(TextInput("abc"), width: 0).1 == nil)
        let (one, oneColumn) = Self.draw(TextInput("abc"), width: 1)
        expectSnapshot(one, "")
        #expect(oneColumn == 0)
        let (two, twoColumn) = Self.draw(TextInput("abc", cursor: 1), width: 2)
        expectSnapshot(two, "ab")
        #expect(twoColumn == 1)
    }
}
