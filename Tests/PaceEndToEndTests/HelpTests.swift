import Foundation
import Testing

@Suite struct HelpTests {
    @Test func helpListsTheCommands() throws {
        let pace = try PaceRunner()
        defer { pace.cleanUp() }
        let r = try pace.run("--help")
        #expect(r.status == 0)
        #expect(r.stdout.contains("Paceline"))
    }

    @Test func aMistypedCommandGetsASuggestionNotTheDashboardsUsage() throws {
        let pace = try PaceRunner()
        defer { pace.cleanUp() }
        let typo = try pace.run("forcast")
        #expect(typo.status == 2)
        #expect(typo.stdout.isEmpty)
        #expect(typo.stderr.hasPrefix("pace: unknown command 'forcast' — did you mean 'forecast'?\n"), "\(typo.stderr)")
        #expect(!typo.stderr.contains("dashboard"))

        let nested = try pace.run("project", "lss")
        #expect(nested.status == 2)
        #expect(nested.stderr.contains("'lss' is not a 'pace project' command — did you mean 'ls'?"), "\(nested.stderr)")
        #expect(nested.stderr.contains("pace help project"))

        let nothingClose = try pace.run("member", "zzzz")
        #expect(nothingClose.status == 2)
        #expect(nothingClose.stderr.contains("its commands: add, ls, show, edit, off"), "\(nothingClose.stderr)")

        let unknown = try pace.run("xyzzy", "--json")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown command 'xyzzy'"), "\(unknown.stderr)")

        // Real commands and `pace help COMMAND` are untouched.
        #expect(try pace.run("help", "forecast").stdout.contains("USAGE: pace forecast"))
        #expect(try pace.run("version").status == 0)
    }

    /// Every command path, from the parser's own description of the tool.
    static func commandPaths(_ pace: PaceRunner) throws -> [[String]] {
        let dump = try pace.run("--experimental-dump-help")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        var paths: [[String]] = []
        func walk(_ command: [String: Any], _ path: [String]) {
            paths.append(path)
            for sub in command["subcommands"] as? [[String: Any]] ?? [] {
                walk(sub, path + [sub["commandName"] as! String])
            }
        }
        walk(try #require(json["command"] as? [String: Any]), [])
        return paths
    }

    /// At 80 columns no help line is longer, and no sentence is cut by a hard line
    /// break in our text meeting the parser's own wrap: a line broken early although
    /// the next line's first word would have fitted, in the middle of a sentence.
    @Test func everyHelpTextWrapsCleanlyAtEightyColumns() throws {
        var pace = try PaceRunner()
        defer { pace.cleanUp() }
        pace.environment["COLUMNS"] = "80"
        let paths = try Self.commandPaths(pace)
        #expect(paths.count > 40)
        for path in paths {
            let help = try pace.run(path + ["--help"])
            #expect(help.status == 0)
            let lines = help.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for line in lines {
                #expect(line.count <= 80, "pace \(path.joined(separator: " ")) --help: \(line.count) columns: \(line)")
            }
            // The parser wraps a paragraph to at most 79 columns.
            var inUsage = false
            for i in lines.indices.dropLast() {
                let line = lines[i], next = lines[i + 1]
                let text = line.trimmingCharacters(in: .whitespaces)
                if line.hasPrefix("USAGE:") { inUsage = true }
                if text.isEmpty { inUsage = false }
                guard !inUsage, i > 0, !text.isEmpty, let word = next.split(separator: " ").first else { continue }
                let indent = line.prefix { $0 == " " }.count
                guard next.prefix(while: { $0 == " " }).count == indent else { continue }
                let endsThought = [".", ":", ")", "?"].contains { text.hasSuffix($0) }
                let fitted = line.count + 1 + word.count <= 79
                // A line the parser wrapped is full: its next word did not fit. A short
                // line right after one, mid-sentence, with more of the paragraph below,
                // is a hard break in our text.
                let previousIsFull = lines[i - 1].count + 1 + (text.split(separator: " ").first?.count ?? 0) > 79
                #expect(!(fitted && !endsThought && previousIsFull),
                        "pace \(path.joined(separator: " ")) --help breaks a sentence:\n\(lines[i - 1])\n\(line)\n\(next)")
            }
        }
    }

    @Test func usageLinesAreWrappedBetweenTheirParts() throws {
        var pace = try PaceRunner()
        defer { pace.cleanUp() }
        pace.environment["COLUMNS"] = "80"
        let help = try pace.run("member", "edit", "--help")
        #expect(help.stdout.contains("""
            USAGE: pace member edit [--data-dir <dir>] [--project <KEY>] <handle>
                                    [--name <name>] [--role <role>] [--capacity <capacity>]
                                    [--days <days>] [--rate <rate>] [--from <from>]
            """), "\(help.stdout)")
        // The same for the usage in a usage error.
        let missing = try pace.run("member", "edit")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Usage: pace member edit [--data-dir <dir>] [--project <KEY>] <handle>\n"), "\(missing.stderr)")
    }
}
