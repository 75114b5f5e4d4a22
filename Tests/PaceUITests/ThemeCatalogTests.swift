import Foundation
import Testing
@testable import PaceUI

/// Finding themes by name and path, user themes over bundled ones, inheritance and
/// the fallback the dashboard uses.
@Suite struct ThemeCatalogTests {
    let dir: ConfigTestDirectory
    let catalog: ThemeCatalog
    let bundledDefault: Theme

    init() throws {
        dir = try ConfigTestDirectory()
        catalog = ThemeCatalog(environment: dir.environment)
        bundledDefault = try ThemeCatalog(userDirectory: nil).load(nameOrPath: "default")
    }

    @Test func theEnvironmentChoosesTheUserDirectory() {
        #expect(catalog.userDirectory == dir.themes)
        dir.remove()
    }

    @Test func aUserThemeOverridesTheBundledOneOfTheSameName() throws {
        defer { dir.remove() }
        try dir.theme("light", """
            inherits = "default"
            [roles.late]
            fg = 21
            """)
        let light = try catalog.load(nameOrPath: "light")
        #expect(light[.late].foreground == .indexed(21))
        #expect(light[.late].foreground16 == .ansi(4))
        // Keys the user left out of the role come from the base: default's late is bold.
        #expect(light[.late].attributes == bundledDefault[.late].attributes)
        #expect(light[.selection] == bundledDefault[.selection])

        let listed = catalog.list()
        #expect(listed.map(\.name) == ThemeShippedTests.shipped)
        let info = try #require(listed.first { $0.name == "light" })
        #expect(info.source == .user)
        #expect(info.overridesBundled)
        #expect(info.url == dir.themes.appendingPathComponent("light.toml"))
        #expect(listed.first { $0.name == "mono" }?.source == .bundled)
    }

    @Test func newUserThemesAreListedAndInheritDefaultImplicitly() throws {
        defer { dir.remove() }
        try dir.theme("mine", "[roles.text]\nfg = \"#ffffff\"\n")
        let info = try #require(catalog.list().first { $0.name == "mine" })
        #expect(info.source == .user && !info.overridesBundled)
        let mine = try catalog.load(nameOrPath: "mine")
        #expect(mine.name == "mine")
        #expect(mine[.text].foreground == .rgb(255, 255, 255))
        #expect(mine[.text].foreground16 == .ansi(15))
        #expect(mine[.late] == bundledDefault[.late])
    }

    @Test func aUserDefaultBuildsOnTheBundledDefault() throws {
        defer { dir.remove() }
        try dir.theme("default", "[roles.title]\nattrs = [\"underline\"]\n")
        try dir.theme("other", "inherits = \"default\"\n")
        let userDefault = try catalog.load(nameOrPath: "default")
        #expect(userDefault[.title].attributes == .underline)
        #expect(userDefault[.title].foreground == bundledDefault[.title].foreground)
        // Others inheriting "default" get the user's default.
        #expect(try catalog.load(nameOrPath: "other")[.title].attributes == .underline)
    }

    @Test func inheritingAnotherBundledTheme() throws {
        defer { dir.remove() }
        try dir.theme("quiet", "inherits = \"mono\"\n[roles.late]\nattrs = [\"bold\"]\n")
        let quiet = try catalog.load(nameOrPath: "quiet")
        let mono = try catalog.load(nameOrPath: "mono")
        #expect(quiet[.late].attributes == .bold)
        #expect(quiet[.selection] == mono[.selection])
    }

    @Test func loadsAFileByPath() throws {
        defer { dir.remove() }
        let url = try dir.write("elsewhere/cool.toml", "[roles.banner]\nbg = 53\n")
        let cool = try catalog.load(nameOrPath: url.path)
        #expect(cool.name == "cool")
        #expect(cool[.banner].background == .indexed(53))
        #expect(ThemeCatalog.isPath("cool.toml"))
        #expect(ThemeCatalog.isPath("./x"))
        #expect(!ThemeCatalog.isPath("solarized-dark"))
    }

    @Test func unknownNamesSuggestAndList() throws {
        defer { dir.remove() }
        let e = try #require(throws: ConfigError.self) { try catalog.load(nameOrPath: "solarised-dark") }
        #expect(e.message.contains("no theme 'solarised-dark' — did you mean 'solarized-dark'?"))
        #expect(e.message.contains("themes: default, high-contrast, light, mono, solarized-dark"))
        let missing = try #require(throws: ConfigError.self) { try catalog.load(nameOrPath: "/nope/x.toml") }
        #expect(missing.file == "/nope/x.toml")
        #expect(missing.message.contains("cannot read"))
    }

    @Test func anUnknownBaseIsReportedAtTheInheritsLine() throws {
        defer { dir.remove() }
        try dir.theme("bad", "# comment\n\ninherits = \"defualt\"\n")
        let e = try #require(throws: ConfigError.self) { try catalog.load(nameOrPath: "bad") }
        #expect(e.file == dir.themes.appendingPathComponent("bad.toml").path)
        #expect(e.line == 3)
        #expect(e.key == "inherits")
        #expect(e.message.contains("did you mean 'default'?"))
    }

    @Test func inheritanceCirclesAreRefused() throws {
        defer { dir.remove() }
        try dir.theme("a", "inherits = \"b\"\n")
        try dir.theme("b", "inherits = \"a\"\n")
        let e = try #require(throws: ConfigError.self) { try catalog.load(nameOrPath: "a") }
        #expect(e.message.contains("circle: a → b → a"))
    }

    @Test func standaloneThemesMustDefineEveryRole() throws {
        defer { dir.remove() }
        try dir.theme("tiny", "inherits = \"none\"\n[roles.text]\nfg = 1\n")
        let e = try #require(throws: ConfigError.self) { try catalog.load(nameOrPath: "tiny") }
        #expect(e.key == "roles")
        #expect(e.message.contains("missing roles: muted, border,"))
        #expect(!e.message.contains("text,"))
    }

    @Test func brokenThemesFallBackToDefaultWithTheReason() throws {
        defer { dir.remove() }
        try dir.theme("broken", "[roles.late]\nfg = \"purpel\"\n")
        let (theme, error) = catalog.loadWithFallback(nameOrPath: "broken")
        #expect(theme == bundledDefault)
        let reason = try #require(error)
        #expect(reason.description.contains("broken.toml:2: roles.late.fg: unknown colour \"purpel\""))

        let (fine, none) = catalog.loadWithFallback(nameOrPath: "mono")
        #expect(fine.name == "mono" && none == nil)
        #expect(catalog.loadWithFallback(nameOrPath: nil).theme == bundledDefault)
    }

    @Test func aBrokenUserDefaultFallsBackToTheEmergencyThemeWithTheReason() throws {
        defer { dir.remove() }
        try dir.theme("default", "[roles.late]\nfg = \"purpel\"\n")
        let (theme, error) = catalog.loadWithFallback(nameOrPath: nil)
        #expect(theme == .emergency)
        #expect(theme[.selection] != theme[.text])
        #expect(try #require(error).description.contains("default.toml:2: roles.late.fg: unknown colour \"purpel\""))
    }

    @Test func bundledThemesHaveNoFileAndAnEmptyCatalogSaysSo() throws {
        defer { dir.remove() }
        // The bundled themes have no file on disk: listings and messages say so.
        #expect(catalog.list().filter { $0.source == .bundled }.allSatisfy { $0.url == nil })
        let noBundle = ThemeCatalog(bundled: [:], userDirectory: dir.themes)
        let e = try #require(throws: ConfigError.self) { try noBundle.load(nameOrPath: "mono") }
        #expect(e.message.contains("no theme 'mono'; there are no themes"))
    }
}
