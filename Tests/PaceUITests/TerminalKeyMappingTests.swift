import Testing
@testable import PaceUI

/// The ncurses numbers are written out (from ncursesw 6.4's curses.h) rather than taken
/// from the shim, so a wrong constant in the shim makes these fail.
@Suite struct TerminalKeyMappingTests {
    static let functionKeys: [(Int32, Key)] = [
        (258, .down), (259, .up), (260, .left), (261, .right),
        (262, .home), (360, .end), (339, .pageUp), (338, .pageDown),
        (263, .backspace), (330, .delete), (331, .insert),
        (343, .enter), (353, .backTab),
        // Keypad corners with numlock off; Begin, Find and Select as sent for Home/End.
        (348, .home), (349, .pageUp), (351, .end), (352, .pageDown),
        (354, .home), (362, .home), (385, .end),
        // KEY_F(n) = 264 + n.
        (265, .function(1)), (268, .function(4)), (276, .function(12)),
        (277, .function(13)), (327, .function(63)),
    ]

    @Test(arguments: functionKeys)
    func functionKey(code: Int32, key: Key) {
        #expect(KeyMapping.decode(.keyCode(code)) == .key(key))
    }

    @Test func mouseAndResizeNeedTheBackend() {
        #expect(KeyMapping.decode(.keyCode(409)) == .mouse)
        #expect(KeyMapping.decode(.keyCode(410)) == .resize)
    }

    @Test func unknownKeyCodesAreIgnored() {
        #expect(KeyMapping.decode(.keyCode(264)) == nil)  // KEY_F0
        #expect(KeyMapping.decode(.keyCode(350)) == nil)  // KEY_B2, keypad centre
        #expect(KeyMapping.decode(.keyCode(0x22E)) == nil)  // an extended (modifier) key
    }

    static let characters: [(UInt32, Key)] = [
        (0x0D, .enter), (0x0A, .enter), (0x09, .tab), (0x7F, .backspace), (0x08, .backspace),
        (0x1B, .escape),
        (0x01, .ctrl("a")), (0x03, .ctrl("c")), (0x0C, .ctrl("l")), (0x11, .ctrl("q")), (0x1A, .ctrl("z")),
        (0x00, .ctrl(" ")), (0x1C, .ctrl("\\")), (0x1D, .ctrl("]")), (0x1E, .ctrl("^")), (0x1F, .ctrl("_")),
        (0x20, .char(" ")), (0x6A, .char("j")), (0x47, .char("G")), (0x3F, .char("?")),
        (0xE9, .char("é")), (0x65E5, .char("日")), (0x1F389, .char("🎉")),
    ]

    @Test(arguments: characters)
    func character(code: UInt32, key: Key) {
        #expect(KeyMapping.decode(.character(code)) == .key(key))
    }

    @Test func controlCharactersOtherThanTheNamedOnesAreCtrlLetters() {
        let named: Set<UInt32> = [0x08, 0x09, 0x0A, 0x0D]
        for code in UInt32(1)...26 where !named.contains(code) {
            let letter = Character(Unicode.Scalar(UInt8(0x60 + code)))
            #expect(KeyMapping.decode(.character(code)) == .key(.ctrl(letter)))
        }
    }

    @Test func c1ControlsAndInvalidScalarsAreIgnored() {
        #expect(KeyMapping.decode(.character(0x85)) == nil)
        #expect(KeyMapping.decode(.character(0x9B)) == nil)
        #expect(KeyMapping.decode(.character(0xD800)) == nil)
        #expect(KeyMapping.decode(.character(0x11_0000)) == nil)
    }
}

@Suite struct TerminalInputDecoderTests {
    /// Feeds inputs as consecutive reads, then a timeout, and collects the keys.
    func decode(_ inputs: [RawInput]) -> [DecodedInput] {
        var decoder = InputDecoder()
        var out: [DecodedInput] = []
        for input in inputs { out += decoder.feed(input) }
        out += decoder.flush()
        #expect(!decoder.isPending)
        return out
    }

    func chars(_ s: String) -> [RawInput] { s.unicodeScalars.map { .character($0.value) } }

    @Test func plainKeysPassStraightThrough() {
        #expect(decode(chars("jk")) == [.key(.char("j")), .key(.char("k"))])
        #expect(decode([.keyCode(259)]) == [.key(.up)])
    }

    @Test func escapeAloneIsEscapeOnceNothingFollows() {
        var decoder = InputDecoder()
        #expect(decoder.feed(.character(0x1B)) == [])
        #expect(decoder.isPending)
        // ncurses has already waited ESCDELAY before handing ESC over.
        #expect(decoder.continuationTimeoutMs == 0)
        #expect(decoder.flush() == [.key(.escape)])
        #expect(!decoder.isPending)
    }

    @Test func escapeThenPrintableIsAlt() {
        #expect(decode(chars("\u{1B}x")) == [.key(.alt("x"))])
        #expect(decode(chars("\u{1B}X")) == [.key(.alt("X"))])
        #expect(decode(chars("\u{1B}é")) == [.key(.alt("é"))])
        #expect(decode(chars("\u{1B}1a")) == [.key(.alt("1")), .key(.char("a"))])
    }

    @Test func escapeThenNonPrintableIsEscapeThenThatKey() {
        #expect(decode(chars("\u{1B}\r")) == [.key(.escape), .key(.enter)])
        #expect(decode(chars("\u{1B}\u{7F}")) == [.key(.escape), .key(.backspace)])
        #expect(decode(chars("\u{1B}\u{01}")) == [.key(.escape), .key(.ctrl("a"))])
        #expect(decode([.character(0x1B), .keyCode(259)]) == [.key(.escape), .key(.up)])
        #expect(decode([.character(0x1B), .keyCode(410)]) == [.key(.escape), .resize])
    }

    @Test func twoEscapesAreTwoEscapesAndTheSecondCanStartAlt() {
        #expect(decode(chars("\u{1B}\u{1B}")) == [.key(.escape), .key(.escape)])
        #expect(decode(chars("\u{1B}\u{1B}x")) == [.key(.escape), .key(.alt("x"))])
    }

    @Test func unknownControlSequencesAreSwallowedWhole() {
        // A key this terminfo entry does not know, e.g. Ctrl-F5 on some terminals.
        #expect(decode(chars("\u{1B}[15;5~j")) == [.key(.char("j"))])
        #expect(decode(chars("\u{1B}[1;9A")) == [])
        // Focus-in report.
        #expect(decode(chars("\u{1B}[Ik")) == [.key(.char("k"))])
        // SS3 keypad key.
        #expect(decode(chars("\u{1B}OPq")) == [.key(.char("q"))])
    }

    @Test func sequenceContinuationGetsItsOwnWait() {
        var decoder = InputDecoder()
        _ = decoder.feed(.character(0x1B))
        _ = decoder.feed(.character(0x5B))
        #expect(decoder.isPending)
        #expect(decoder.continuationTimeoutMs > 0)
    }

    @Test func altBracketAndAltOWhenNothingFollows() {
        #expect(decode(chars("\u{1B}[")) == [.key(.alt("["))])
        #expect(decode(chars("\u{1B}O")) == [.key(.alt("O"))])
    }

    @Test func aBrokenSequenceGivesBackWhatEndedIt() {
        // A control character cannot be part of a control sequence.
        #expect(decode(chars("\u{1B}[1\r")) == [.key(.enter)])
        #expect(decode(chars("\u{1B}[1\u{1B}x")) == [.key(.alt("x"))])
        #expect(decode([.character(0x1B), .character(0x4F), .keyCode(258)]) == [.key(.down)])
        // A half-received sequence at the timeout is dropped, not typed.
        #expect(decode(chars("\u{1B}[12;")) == [])
    }

    @Test func runawaySequencesEnd() {
        let long = chars("\u{1B}[" + String(repeating: "1", count: InputDecoder.maxSequenceLength + 5))
        let keys = decode(long)
        // After the limit the rest is ordinary input again.
        #expect(keys.count == 5)
        #expect(keys.allSatisfy { $0 == .key(.char("1")) })
    }
}

@Suite struct TerminalMouseMappingTests {
    /// ncurses 6 (mouse protocol 2) masks, written out.
    let masks = MouseMapping.Masks(button1Pressed: 0x2, button1Released: 0x1, button1Clicked: 0x4,
                                   wheelUp: 0x1_0000, wheelDown: 0x20_0000)

    @Test func theShimHasTheseMasks() {
        let real = MouseMapping.Masks.ncurses
        #expect(real.button1Pressed == masks.button1Pressed)
        #expect(real.button1Released == masks.button1Released)
        #expect(real.button1Clicked == masks.button1Clicked)
        #expect(real.wheelUp == masks.wheelUp)
        #expect(real.wheelDown == masks.wheelDown)
        #expect(real.requested == 0x21_0003)
    }

    @Test func buttonStates() {
        #expect(MouseMapping.kinds(bstate: 0x2, masks: masks) == [.press])
        #expect(MouseMapping.kinds(bstate: 0x1, masks: masks) == [.release])
        #expect(MouseMapping.kinds(bstate: 0x4, masks: masks) == [.press, .release])
        #expect(MouseMapping.kinds(bstate: 0x1_0000, masks: masks) == [.wheelUp])
        #expect(MouseMapping.kinds(bstate: 0x20_0000, masks: masks) == [.wheelDown])
        // Button 3, and the modifier bits alone, are not reported.
        #expect(MouseMapping.kinds(bstate: 0x800, masks: masks) == [])
        #expect(MouseMapping.kinds(bstate: 0x400_0000, masks: masks) == [])
    }
}
