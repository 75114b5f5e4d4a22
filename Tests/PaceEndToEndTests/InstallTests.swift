import Foundation
import Testing

/// `pace` as a tool on someone's machine: one file that works wherever it is copied,
/// that says which build it is, and that installs with its man page and completions.
@Suite struct InstallTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The binary under test, copied alone into an empty folder far from the build
    /// directory (where the old resource bundle used to sit beside it).
    static func lonelyCopy() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pace-alone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("pace")
        try FileManager.default.copyItem(at: PaceRunner.binary, to: copy)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["pace"])
        return copy
    }

    static func run(_ binary: URL, _ arguments: [String], environment: [String: String],
                    in directory: URL? = nil) throws -> PaceRunner.Result {
        let p = Process()
        p.executableURL = binary
        p.arguments = arguments
        p.environment = environment
        if let directory { p.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return .init(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                     stderr: String(decoding: e, as: UTF8.self))
    }

    @Test func aCopiedBinaryAloneListsTheFiveThemes() throws {
        let pace = try PaceRunner()
        defer { pace.cleanUp() }
        let copy = try Self.lonelyCopy()
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        var env = pace.environment
        env["XDG_CONFIG_HOME"] = pace.dataDir.appendingPathComponent("no-config").path
        let r = try Self.run(copy, ["themes"], environment: env, in: copy.deletingLastPathComponent())
        #expect(r.status == 0, "\(r.stderr)")
        let names = r.stdout.split(separator: "\n").dropFirst().compactMap { line in
            line.split(separator: " ").first { $0 != "*" }.map(String.init)
        }
        #expect(names == ["default", "high-contrast", "light", "mono", "solarized-dark"])
        #expect(r.stdout.split(separator: "\n").dropFirst().allSatisfy { $0.contains("bundled") && $0.contains("(built in)") })
    }

    @Test(.enabled(if: Tmux.isAvailable, "needs tmux"))
    func aCopiedBinaryAloneDrawsTheDashboardInColour() throws {
        let pace = try PaceRunner.small()
        defer { pace.cleanUp() }
        let copy = try Self.lonelyCopy()
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        let tmux = try Tmux(command: pace.shellCommand(["--data-dir", pace.dataDir.path], binary: copy))
        defer { tmux.kill() }
        try tmux.waitUntil("the dashboard") { $0.showsDashboard }
        let screen = try tmux.capture()
        #expect(!screen.contains("no theme"), "\(screen)")
        // The default theme colours the header, the selection and the statuses: with
        // no themes found the dashboard would fall back to plain attributes only.
        let escapes = try tmux.captureWithEscapes()
        #expect(escapes.contains("\u{1B}[38;5;") || escapes.contains("\u{1B}[48;5;"),
                "no 256-colour escapes on the screen:\n\(escapes)")
    }

    @Test func versionPrintsTheNumberAndTheCommitOfTheBuild() throws {
        let pace = try PaceRunner()
        defer { pace.cleanUp() }
        let flag = try pace.run("--version")
        let command = try pace.run("version")
        #expect(flag.status == 0 && command.status == 0)
        #expect(flag.stdout == command.stdout)
        let line = flag.stdout.trimmingCharacters(in: .newlines)
        #expect(line.hasPrefix("pace 0.1.0 (commit "), "\(line)")
        // The commit is the checkout's, read at build time.
        let git = try Shell.run("git", ["-C", Self.root.path, "rev-parse", "--short=12", "HEAD"])
        if git.status == 0 {
            let head = git.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(line == "pace 0.1.0 (commit \(head))" || line == "pace 0.1.0 (commit \(head)-dirty)", "\(line) vs HEAD \(head)")
        }
    }

    @Test func theCommitScriptSaysUnknownOutsideAGitCheckout() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pace-no-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("generated/BuildCommit.swift")
        let r = try Shell.run("/bin/sh", [Self.root.appendingPathComponent("scripts/build-commit.sh").path, folder.path, out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(text.contains("static let id = \"unknown\""), "\(text)")
    }

    @Test func completionScriptsKnowTheCommands() throws {
        let pace = try PaceRunner()
        defer { pace.cleanUp() }
        for shell in ["bash", "zsh", "fish"] {
            let r = try pace.run("--generate-completion-script", shell)
            #expect(r.status == 0, "\(shell): \(r.stderr)")
            for word in ["forecast", "standup", "import", "mspdi", "jira"] {
                #expect(r.stdout.contains(word), "\(shell) completion does not offer \(word)")
            }
        }
        let bash = try pace.run("--generate-completion-script", "bash")
        let file = pace.dataDir.appendingPathComponent("pace.bash")
        try FileManager.default.createDirectory(at: pace.dataDir, withIntermediateDirectories: true)
        try bash.stdout.write(to: file, atomically: true, encoding: .utf8)
        let syntax = try Shell.run("bash", ["-n", file.path])
        #expect(syntax.status == 0, "bash -n: \(syntax.stderr)")
    }

    /// The README's install step, into a temporary prefix. It builds the debug
    /// configuration the tests already built (so there is nothing to compile) and runs
    /// the man page plugin; --ignore-lock because this test runs inside `swift test`,
    /// which holds the build directory's lock.
    @Test(.enabled(if: Shell.which("make") != nil, "needs make"))
    func makeInstallPutsTheBinaryManPageAndCompletionsInPlaceAndUninstallTakesThemAway() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("pace-prefix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let scratch = PaceRunner.binary.resolvingSymlinksInPath().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let make = ["-C", Self.root.path, "CONFIGURATION=debug", "PREFIX=\(prefix.path)",
                    "SWIFTPM_FLAGS=--ignore-lock --scratch-path \(scratch.path)"]
        let install = try Shell.run("make", make + ["install"])
        try #require(install.status == 0, "make install failed:\n\(install.stdout)\n\(install.stderr)")

        let files = ["bin/pace", "share/man/man1/pace.1", "share/bash-completion/completions/pace",
                     "share/zsh/site-functions/_pace", "share/fish/vendor_completions.d/pace.fish"]
        for file in files {
            #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(file).path), "\(file) not installed")
        }
        let installed = try Self.run(prefix.appendingPathComponent("bin/pace"), ["--version"], environment: [:])
        #expect(installed.stdout.hasPrefix("pace 0.1.0 (commit "))

        // The man page is generated from the command definitions: every command is in it.
        let page = try String(contentsOf: prefix.appendingPathComponent("share/man/man1/pace.1"), encoding: .utf8)
        #expect(page.contains(".Dt PACE 1"))
        #expect(page.contains(".Nd \"Paceline: tasks, deadlines and team load for IT projects, in the terminal.\""))
        for command in ["dashboard", "forecast", "standup", "import", "export", "version"] {
            #expect(page.contains(".It Em \(command)"), "the man page has no \(command)")
        }
        #expect(page.contains("mspdi"))
        // mdoc warns about empty lines; paragraph breaks are .Pp instead.
        #expect(!page.split(separator: "\n", omittingEmptySubsequences: false).contains(""))
        if Shell.which("man") != nil {
            let shown = try Shell.run("man", ["-l", prefix.appendingPathComponent("share/man/man1/pace.1").path])
            #expect(shown.stdout.contains("NAME"))
            #expect(!shown.stderr.contains("warning"), "\(shown.stderr)")
        }

        let uninstall = try Shell.run("make", make + ["uninstall"])
        #expect(uninstall.status == 0, "\(uninstall.stderr)")
        for file in files {
            #expect(!FileManager.default.fileExists(atPath: prefix.appendingPathComponent(file).path), "\(file) left behind")
        }
    }
}
