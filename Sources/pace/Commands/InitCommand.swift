import ArgumentParser
import PaceCore
import PaceStore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the workspace in the data directory (safe to run again).")

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let ctx = try CLIContext()
        let dir = ctx.dataDirectory(workspace)
        let existed = FileManager.default.fileExists(atPath: dir.databaseURL.path)
        _ = try SQLiteWorkspace.create(at: dir)
        ctx.output.line(existed ? "workspace already exists at \(dir.url.path)" : "created workspace at \(dir.url.path)")
        if !existed {
            ctx.output.line("next: pace project add KEY \"Name\"   then: pace member add HANDLE \"Full Name\"")
        }
    }
}

import Foundation
