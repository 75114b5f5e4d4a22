import Testing
@testable import PaceUI

/// Key specs as written in config.toml and shown in the help overlay.
@Suite struct KeymapKeySpecTests {
    @Test(arguments: [
        ("j", Key.char("j")), ("G", .char("G")), ("?", .char("?")), ("/", .char("/")), ("-", .char("-")),
        ("é", .char("é")), ("1", .char("1")), ("space", .char(" ")),
        ("ctrl-x", .ctrl("x")), ("alt-x", .alt("x")), ("alt-X", .alt("X")), ("alt-space", .alt(" ")),
        ("alt-.", .alt(".")),
        ("enter", .enter), ("esc", .escape), ("tab", .tab), ("shift-tab", .backTab),
        ("backspace", .backspace), ("delete", .delete), ("insert", .insert),
        ("up", .up), ("down", .down), ("left", .left), ("right", .right), ("home", .home), ("end", .end),
        ("pgup", .pageUp), ("pgdn", .pageDown), ("f1", .function(1)), ("f5", .function(5)), ("f63", .function(63)),
    ])
    func canonicalSpecsRoundTrip(spec: String, key: Key) throws {
        #expect(try Keymap.parseKey(spec) == key)
        #expect(Keymap.spec(for: key) == spec)
    }

    @Test(arguments: [
        ("return", Key.enter), ("escape", .escape), ("ESC", .escape), ("Enter", .enter), ("backtab", .backTab),
        ("Shift-Tab", .backTab), ("del", .delete), ("ins", .insert), ("pageup", .pageUp), ("pagedown", .pageDown),
        ("PgDn", .pageDown), ("pgdown", .pageDown), ("page-up", .pageUp), ("F5", .function(5)), ("Ctrl-X", .ctrl("x")), ("ctrl-X", .ctrl("x")),
        ("meta-x", .alt("x")), ("SPACE", .char(" ")),
    ])
    func aliasesAndCaseInNamesAreAccepted(spec: String, key: Key) throws {
        #expect(try Keymap.parseKey(spec) == key)
    }

    @Test func singleCharactersAreCaseSensitive() throws {
        #expect(try Keymap.parseKey("g") != Keymap.parseKey("G"))
    }

    @Test func everyDefaultKeyRoundTrips() throws {
        for keys in Keymap.default.bindings.values {
            for key in keys {
                #expect(try Keymap.parseKey(Keymap.spec(for: key)) == key)
            }
        }
    }

    @Test(arguments: [
        ("", "it is empty"), (" ", "by name"), ("\t", "by name"), ("ctrl-1", "a letter a–z"),
        ("ctrl-", "a letter a–z"), ("ctrl-xy", "a letter a–z"), ("alt-", "single character"),
        ("alt-xy", "single character"), ("f0", "f1 to f63"), ("f64", "f1 to f63"), ("shift-x", "capital letter"),
        ("pgdwn", "did you mean \"pgdn\"?"), ("hoem", "did you mean \"home\"?"),
        ("hyper-x", ""), ("jk", ""), ("f+1", ""), ("control-x", ""),
    ])
    func unknownSpecsAreRefusedWithWhatIsAccepted(spec: String, reason: String) throws {
        let e = try #require(throws: KeymapError.self) { try Keymap.parseKey(spec) }
        guard case .unknownKey(let refused, let why) = e else {
            Issue.record("expected unknownKey, got \(e)")
            return
        }
        #expect(refused == spec)
        if reason.isEmpty {
            #expect(why.isEmpty)
        } else {
            #expect(why.contains(reason))
        }
        #expect(e.description.contains("unknown key \"\(spec)\""))
        #expect(e.description.contains("accepted: a single character"))
        #expect(e.description.contains("shift-tab"))
    }
}
