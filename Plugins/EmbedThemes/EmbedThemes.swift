import Foundation
import PackagePlugin

/// Compiles the repo-root `themes/*.toml` into PaceUI as Swift string literals, so a
/// `pace` binary copied anywhere still has its themes. The files stay the source of
/// truth: the plugin runs on every build and regenerates the Swift whenever a theme
/// changes or one is added (ThemeShippedTests checks the compiled copy against them).
@main
struct EmbedThemes: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appendingPathComponent("themes")
        let themes = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "toml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("BundledThemeFiles.swift")
        return [
            .buildCommand(
                displayName: "Compiling \(themes.count) themes into \(target.name)",
                executable: try context.tool(named: "embed-themes").url,
                arguments: [output.path] + themes.map(\.path),
                // Adding or removing a theme changes the arguments, which reruns it too.
                inputFiles: themes,
                outputFiles: [output]),
        ]
    }
}
