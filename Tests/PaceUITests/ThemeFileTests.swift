import Testing
@testable import PaceUI

/// Parsing one theme file: every accepted colour form, and errors that name the file,
/// the line and the key.
@Suite struct ThemeFileTests {
    func parse(_ text: String) throws -> ThemeFile {
        try ThemeFile.parse(text, name: "t", file: "/cfg/themes/t.toml")
    }

    func patch(_ body: String, _ role: Role = .late) throws -> StylePatch {
        try #require(parse("[roles.\(role.tomlName)]\n\(body)\n").roles[role])
    }

    func error(_ text: String) -> ConfigError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error as? ConfigError
        }
    }

    @Test func paletteIndexesAndTheirANSIRange() throws {
        #expect(try patch("fg = 196").foreground == .indexed(196))
        #expect(try patch("fg = 255").foreground == .indexed(255))
        #expect(try patch("fg = 16").foreground == .indexed(16))
        // 0–15 are the ANSI colours, however they are written.
        #expect(try patch("fg = 1").foreground == .ansi(1))
        #expect(try patch("fg = 0").foreground == .ansi(0))
        #expect(try patch("bg = 15").background == .ansi(15))
        #expect(try patch("fg16 = 9").foreground16 == .ansi(9))
        #expect(try patch("bg16 = 0").background16 == .ansi(0))
    }

    @Test func hexColours() throws {
        #expect(try patch("fg = \"#ff8700\"").foreground == .rgb(255, 135, 0))
        #expect(try patch("bg = \"#002B36\"").background == .rgb(0, 0x2b, 0x36))
    }

    @Test(arguments: Array(StyleSpec.colourNames.enumerated()))
    func namedColours(index: Int, name: String) throws {
        #expect(try patch("fg = \"\(name)\"").foreground == .ansi(UInt8(index)))
        #expect(try patch("fg16 = \"\(name)\"").foreground16 == .ansi(UInt8(index)))
        #expect(try patch("bg16 = \"\(name.uppercased())\"").background16 == .ansi(UInt8(index)))
    }

    @Test func brightNamesAreTheUpperEight() throws {
        #expect(try patch("fg = \"bright-red\"").foreground == .ansi(9))
        #expect(try patch("fg = \"bright_white\"").foreground == .ansi(15))
    }

    @Test func defaultIsTheTerminalsOwnColour() throws {
        let p = try patch("fg = \"default\"\nbg = \"default\"\nfg16 = \"default\"\nbg16 = \"Default\"")
        #expect(p == StylePatch(foreground: .terminalDefault, background: .terminalDefault,
                                foreground16: .terminalDefault, background16: .terminalDefault))
    }

    @Test func attributes() throws {
        #expect(try patch("attrs = [\"bold\", \"underline\"]").attributes == [.bold, .underline])
        #expect(try patch("attrs = [\"dim\", \"reverse\", \"italic\", \"standout\"]").attributes
            == [.dim, .reverse, .italic, .standout])
        #expect(try patch("attrs = \"bold\"").attributes == .bold)
        #expect(try patch("attrs = []").attributes == [])
    }

    @Test func sixteenColourFallbackIsTheNearestWhenLeftOut() {
        let base = Style(foreground: .ansi(2), foreground16: .ansi(2))
        #expect(StylePatch(foreground: .indexed(196)).applied(to: base).foreground16 == .ansi(9))
        #expect(StylePatch(foreground: .rgb(0, 0, 0)).applied(to: base).foreground16 == .ansi(0))
        #expect(StylePatch(foreground: .indexed(231)).applied(to: base).foreground16 == .ansi(15))
        #expect(StylePatch(foreground: .indexed(21)).applied(to: base).foreground16 == .ansi(4))
        #expect(StylePatch(background: .indexed(46)).applied(to: base).background16 == .ansi(10))
        // An explicit fallback wins, and keys left out keep the base.
        let both = StylePatch(foreground: .indexed(196), foreground16: .ansi(1)).applied(to: base.with(.bold))
        #expect(both == Style(foreground: .indexed(196), foreground16: .ansi(1), attributes: .bold))
    }

    @Test func inlineAndStandardTablesMeanTheSame() throws {
        let inline = try parse("[roles]\nlate = { fg = 196, fg16 = \"red\", attrs = [\"bold\"] }\n")
        let standard = try parse("[roles.late]\nfg = 196\nfg16 = \"red\"\nattrs = [\"bold\"]\n")
        #expect(inline.roles == standard.roles)
        #expect(inline.roles[.late] == StylePatch(foreground: .indexed(196), foreground16: .ansi(1), attributes: .bold))
    }

    @Test func inherits() throws {
        #expect(try parse("").base == .implicitDefault)
        #expect(try parse("inherits = \"light\"").base == .named("light"))
        #expect(try parse("inherits = \"none\"").base == .none)
    }

    // MARK: - Errors

    @Test func unknownColourNamesFileLineKeyAndWhatIsAccepted() throws {
        let e = try #require(error("""
            # my theme
            inherits = "default"

            [roles.late]
            attrs = ["bold"]
            fg = "purpel"
            """))
        #expect(e.file == "/cfg/themes/t.toml")
        #expect(e.line == 6)
        #expect(e.key == "roles.late.fg")
        #expect(e.description.hasPrefix("/cfg/themes/t.toml:6: roles.late.fg: unknown colour \"purpel\""))
        #expect(e.message.contains("accepted: 0–255"))
        #expect(e.message.contains("#rrggbb"))
        #expect(e.message.contains("bright-black"))
    }

    @Test func errorsInsideInlineTablesPointAtTheirLine() throws {
        let e = try #require(error("[roles]\ntext = { fg = 7 }\nlate = { fg = 300 }\n"))
        #expect(e.line == 3)
        #expect(e.key == "roles.late.fg")
        #expect(e.message.contains("300 is not a palette colour"))
    }

    @Test func typosGetASuggestion() throws {
        let colour = try #require(error("[roles.late]\nfg = \"magneta\""))
        #expect(colour.message.contains("did you mean \"magenta\"?"))
        let role = try #require(error("[roles.lat]\nfg = 1"))
        #expect(role.line == 1)
        #expect(role.key == "roles.lat")
        #expect(role.message.contains("unknown role 'lat' — did you mean 'late'?"))
        #expect(role.message.contains("border_focused"))
        let key = try #require(error("[roles.late]\n\nfgg = 1"))
        #expect(key.line == 3)
        #expect(key.message.contains("did you mean 'fg'?"))
        #expect(key.message.contains("fg, bg, fg16, bg16 and attrs"))
        let attr = try #require(error("[roles.late]\nattrs = [\"bold\", \"blink\"]"))
        #expect(attr.line == 2)
        #expect(attr.message.contains("unknown attribute \"blink\""))
        #expect(attr.message.contains("accepted: bold, dim, underline, reverse, italic, standout"))
        let top = try #require(error("inherit = \"default\""))
        #expect(top.line == 1)
        #expect(top.message.contains("did you mean 'inherits'?"))
    }

    @Test func sixteenColourSlotsRefuseWhatTheyCannotShow() throws {
        let hex = try #require(error("[roles.late]\nfg16 = \"#ff0000\""))
        #expect(hex.key == "roles.late.fg16")
        #expect(hex.message.contains("cannot be shown with 16 colours"))
        #expect(hex.message.contains("accepted: 0–15"))
        let index = try #require(error("[roles.late]\nbg16 = 16"))
        #expect(index.key == "roles.late.bg16")
        #expect(index.message.contains("not one of the 16 ANSI colours"))
    }

    @Test func malformedValues() throws {
        #expect(try #require(error("[roles.late]\nfg = \"#12345\"")).message.contains("6 hex digits"))
        #expect(try #require(error("[roles.late]\nfg = \"#12345g\"")).message.contains("6 hex digits"))
        #expect(try #require(error("[roles.late]\nfg = -1")).message.contains("not a palette colour"))
        #expect(try #require(error("[roles.late]\nfg = 1.5")).message.contains("expected a colour, found a decimal number"))
        #expect(try #require(error("[roles.late]\nattrs = 3")).message.contains("expected a list"))
        #expect(try #require(error("[roles.late]\nattrs = [1]")).message.contains("expected attribute names in quotes"))
        #expect(try #require(error("[roles]\nlate = 3")).message.contains("expected a table"))
        #expect(try #require(error("roles = 3")).message.contains("expected [roles.NAME] tables"))
        #expect(try #require(error("inherits = 3")).key == "inherits")
    }

    @Test func syntaxErrorsCarryTOMLKitsPosition() throws {
        let e = try #require(error("[roles.late]\nfg = 196\nbg = \n"))
        #expect(e.file == "/cfg/themes/t.toml")
        #expect(e.line == 3)
        #expect(e.column != nil)
        #expect(e.key == nil)
        #expect(e.description.hasPrefix("/cfg/themes/t.toml:3:"))
        #expect(e.message.hasPrefix("not valid TOML: "))
    }
}
