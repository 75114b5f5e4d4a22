import Foundation
import PackagePlugin

/// Records the commit `pace` is built from, for `pace --version`. A prebuild command
/// runs before every build, so the commit is never stale; the script writes the file
/// only when the commit changed (no needless recompile) and says `unknown` when the
/// sources are not a git checkout (a tarball, a vendored copy), so such a build works.
@main
struct BuildCommit: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("generated")
        let script = context.package.directoryURL.appendingPathComponent("scripts/build-commit.sh")
        return [
            .prebuildCommand(
                displayName: "Reading the commit \(target.name) is built from",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: [script.path, context.package.directoryURL.path,
                            output.appendingPathComponent("BuildCommit.swift").path],
                outputFilesDirectory: output),
        ]
    }
}
