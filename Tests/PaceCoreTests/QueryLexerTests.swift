import Testing
@testable import PaceCore

@Suite struct QueryLexerTests {
    static func texts(_ input: String) throws -> [String] {
        try QueryLexer.words(in: input).map(\.text)
    }

    @Test func splitsOnAnyWhitespace() throws {
        #expect(try Self.texts("  fix\tthe \n bug  ") == ["fix", "the", "bug"])
        #expect(try Self.texts("") == [])
        #expect(try Self.texts("   ") == [])
    }

    @Test func quotesKeepSpacesAndJoinWhatTouchesThem() throws {
        #expect(try Self.texts(#"say "hello   world" now"#) == ["say", "hello   world", "now"])
        #expect(try Self.texts(#"^"beta 2" due:"next week""#) == ["^beta 2", "due:next week"])
        #expect(try Self.texts(#"ab"c d"ef"#) == ["abc def"])
        #expect(try Self.texts(#""""#) == [""])
    }

    @Test func backslashInsideQuotesEscapesOnlyQuoteAndBackslash() throws {
        #expect(try Self.texts(#""a \"b\" c""#) == [#"a "b" c"#])
        #expect(try Self.texts(#""x\\y""#) == [#"x\y"#])
        #expect(try Self.texts(#""C:\temp""#) == [#"C:\temp"#])
    }

    @Test func backslashOutsideQuotesMakesTheNextCharacterLiteral() throws {
        #expect(try Self.texts(#"\@home \"hi\" a\ b \\"#) == ["@home", #""hi""#, "a b", #"\"#])
        #expect(try Self.texts(#"end\"#) == [#"end\"#])
    }

    @Test func apostrophesAreOrdinary() throws {
        #expect(try Self.texts("don't stop") == ["don't", "stop"])
    }

    @Test func remembersWhatWasTypedAndHowMuchWasPlain() throws {
        let words = try QueryLexer.words(in: #"@alice \@home "@x" ^"beta 2" ab\cd"#)
        #expect(words.map(\.source) == ["@alice", #"\@home"#, #""@x""#, #"^"beta 2""#, #"ab\cd"#])
        #expect(words.map(\.plainPrefixLength) == [6, 0, 0, 1, 2])
    }

    @Test("an unterminated quote is an error naming where it starts", arguments: [
        (#"fix "the bug"#, #"'"the bug'"#),
        (#"a "b" "c"#, #"'"c'"#),
        (#""x\""#, #"'"x\"'"#),
    ])
    func unterminatedQuote(input: String, named: String) {
        let message = userErrorMessage { try QueryLexer.words(in: input) }
        #expect(message?.hasPrefix("unterminated quote in \(named)") == true, "\(message ?? "nil")")
    }

    @Test("which words look like fields", arguments: [
        ("due:fri", "due", "fri", true),
        ("foo:bar", "foo", "bar", true),
        ("foo:", "foo", "", false),
        ("https://example.com", "https", "//example.com", false),
        (#"due:"next week""#, "due", "next week", true),
    ])
    func fieldPrefix(input: String, name: String, value: String, unknownLooking: Bool) throws {
        let word = try #require(try QueryLexer.words(in: input).first)
        #expect(word.fieldPrefix?.name == name)
        #expect(word.fieldPrefix?.value == value)
        #expect(word.looksLikeUnknownField == unknownLooking)
    }

    @Test("prose with a colon is not a field", arguments: [
        "Note:", "Re:x", "10:30", "follow-up:x", #"\foo:bar"#, #""foo:bar""#, #"fo\o:bar"#, "ÄÖ:x", ":x",
    ])
    func notAField(input: String) throws {
        let word = try #require(try QueryLexer.words(in: input).first)
        #expect(word.fieldPrefix == nil)
        #expect(!word.looksLikeUnknownField)
    }
}
