import Foundation
import Testing
@testable import PaceUI

@Suite struct ConfigTests {
    func error(_ text: String) -> ConfigError? {
        do {
            _ = try Config.parse(text, file: "/cfg/config.toml")
            return nil
        } catch {
            return error as? ConfigError
        }
    }

    @Test func aMissingFileMeansDefaults() throws {
        let dir = try ConfigTestDirectory()
        defer { dir.remove() }
        let config = try Config.load(environment: dir.environment)
        #expect(config == Config())
        #expect(config.theme == nil)
        #expect(config.keymap == .default)
        #expect(config.deadlineDays == 21)
    }

    @Test func anEmptyFileMeansDefaults() throws {
        #expect(try Config.parse("# nothing yet\n", file: "c") == Config())
    }

    @Test func everySetting() throws {
        let config = try Config.parse("""
            theme = "solarized-dark"

            [keys]
            quit = "X"
            move_down = ["j", "down", "ctrl-n"]
            focus_pane_1 = "f1"

            [dashboard]
            deadline_days = 21
            """, file: "c")
        #expect(config.theme == "solarized-dark")
        #expect(config.deadlineDays == 21)
        #expect(config.keymap.action(for: .char("X")) == .quit)
        #expect(config.keymap.action(for: .char("q")) == nil)
        #expect(config.keymap.keys(for: .moveDown) == [.char("j"), .down, .ctrl("n")])
        #expect(config.keymap.keys(for: .focusPane1) == [.function(1)])
        #expect(config.keymap.keys(for: .moveUp) == Keymap.default.keys(for: .moveUp))
    }

    @Test func readsTheFileFromTheXDGConfigDirectory() throws {
        let dir = try ConfigTestDirectory()
        defer { dir.remove() }
        try dir.write("paceline/config.toml", "theme = \"mono\"\n[dashboard]\ndeadline_days = 7\n")
        let config = try Config.load(environment: dir.environment)
        #expect(config.theme == "mono")
        #expect(config.deadlineDays == 7)
    }

    @Test func themePathsAreRelativeToTheConfigFile() throws {
        let dir = try ConfigTestDirectory()
        defer { dir.remove() }
        try dir.write("paceline/config.toml", "theme = \"themes/mine.toml\"\n")
        #expect(try Config.load(environment: dir.environment).theme
            == dir.paceline.appendingPathComponent("themes/mine.toml").path)
        try dir.write("paceline/config.toml", "theme = \"~/t/mine.toml\"\n")
        var environment = dir.environment
        environment["HOME"] = "/home/a"
        #expect(try Config.load(environment: environment).theme == "/home/a/t/mine.toml")
        try dir.write("paceline/config.toml", "theme = \"/abs/mine.toml\"\n")
        #expect(try Config.load(environment: environment).theme == "/abs/mine.toml")
    }

    @Test func aBadKeyNamesFileLineActionAndWhatIsAccepted() throws {
        let e = try #require(error("""
            [keys]
            quit = "q"
            move_down = ["j", "downn"]
            """))
        #expect(e.file == "/cfg/config.toml")
        #expect(e.line == 3)
        #expect(e.key == "keys.move_down")
        #expect(e.description.hasPrefix("/cfg/config.toml:3: keys.move_down: unknown key \"downn\""))
        #expect(e.message.contains("accepted: a single character"))
    }

    @Test func unknownActionsGetASuggestionAndTheList() throws {
        let e = try #require(error("[keys]\nmove_dwon = \"j\"\n"))
        #expect(e.line == 2)
        #expect(e.message.contains("unknown action 'move_dwon' — did you mean 'move_down'?"))
        #expect(e.message.contains("focus_pane_1"))
    }

    @Test func conflictsNameBothActionsAndPointAtTheOverride() throws {
        let e = try #require(error("""
            theme = "light"
            [keys]
            undo = "U"
            quit = ["j"]
            """))
        #expect(e.line == 4)
        #expect(e.key == "keys.quit")
        #expect(e.message.contains("key \"j\" is bound to both move_down and quit"))
        #expect(e.message.contains("(move_down has \"j\" by default)"))

        let both = try #require(error("[keys]\nzoom = \"x\"\nboard = \"x\"\n"))
        #expect(both.line == 3)
        #expect(both.message.contains("bound to both zoom and board"))
        #expect(!both.message.contains("by default"))
    }

    @Test func quitMustKeepAKey() throws {
        let e = try #require(error("[keys]\nquit = []\n"))
        #expect(e.line == 2)
        #expect(e.message.contains("quit needs at least one key"))
        #expect(try Config.parse("[keys]\nzoom = []\n", file: "c").keymap.keys(for: .zoom).isEmpty)
    }

    @Test func wrongTypes() throws {
        #expect(try #require(error("[keys]\nquit = 1")).message.contains("expected a key like \"q\""))
        #expect(try #require(error("[keys]\nquit = [\"q\", 1]")).message.contains("expected keys in quotes"))
        #expect(try #require(error("keys = \"q\"")).message.contains("expected a [keys] table, found a string"))
        #expect(try #require(error("theme = 3")).message.contains("expected a theme name or path"))
        #expect(try #require(error("theme = \"\"")).key == "theme")
        #expect(try #require(error("dashboard = 1")).message.contains("expected a [dashboard] table"))
    }

    @Test func deadlineDaysMustBeInRange() throws {
        for bad in ["0", "366", "-3", "\"21\"", "2.5"] {
            let e = try #require(error("\n[dashboard]\ndeadline_days = \(bad)\n"), "\(bad)")
            #expect(e.line == 3)
            #expect(e.key == "dashboard.deadline_days")
            #expect(e.message.contains("expected a whole number of days from 1 to 365"))
        }
        #expect(try Config.parse("[dashboard]\ndeadline_days = 365", file: "c").deadlineDays == 365)
        #expect(try Config.parse("[dashboard]\ndeadline_days = 1", file: "c").deadlineDays == 1)
    }

    @Test func unknownKeysAreErrorsNotIgnored() throws {
        let top = try #require(error("them = \"light\""))
        #expect(top.line == 1)
        #expect(top.message.contains("did you mean 'theme'?"))
        #expect(top.message.contains("config.toml has theme, [keys], [dashboard] and [standup]"))
        let dash = try #require(error("[dashboard]\ndeadline_day = 3"))
        #expect(dash.key == "dashboard.deadline_day")
        #expect(dash.message.contains("did you mean 'deadline_days'?"))
        let table = try #require(error("[colours]\nx = 1"))
        #expect(table.line == 1)
        #expect(table.key == "colours")
    }

    @Test func syntaxErrors() throws {
        let e = try #require(error("theme = \"light\"\n[keys\nquit = \"q\"\n"))
        #expect(e.line == 2)
        #expect(e.message.hasPrefix("not valid TOML"))
    }

    @Test func theFallbackGivesDefaultsAndTheReason() throws {
        let dir = try ConfigTestDirectory()
        defer { dir.remove() }
        try dir.write("paceline/config.toml", "[dashboard]\ndeadline_days = 0\n")
        let (config, error) = Config.loadWithFallback(environment: dir.environment)
        #expect(config == Config())
        let reason = try #require(error)
        #expect(reason.file == dir.paceline.appendingPathComponent("config.toml").path)
        #expect(reason.line == 2)
    }
}

@Suite struct StandupConfigTests {
    @Test func standupOrderAndTimeboxAreRead() throws {
        let c = try Config.parse("""
            [standup]
            order = "random"
            timebox = "90s"
            """, file: "config.toml")
        #expect(c.standupOrder == .shuffled && c.standupTimeboxSeconds == 90)
        let fixed = try Config.parse("[standup]\norder = \"bob,alice\"\n", file: "config.toml")
        #expect(fixed.standupOrder == .fixed(["bob", "alice"]) && fixed.standupTimeboxSeconds == 120)
    }

    @Test func badStandupSettingsNameTheLineAndWhatIsAccepted() {
        #expect(throws: ConfigError.self) { try Config.parse("[standup]\ntimebox = \"soon\"\n", file: "config.toml") }
        do {
            _ = try Config.parse("[standup]\norder = \"whoever\"\n", file: "config.toml")
        } catch let e as ConfigError {
            #expect(e.line == 2 && e.description.contains("alphabetical"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
