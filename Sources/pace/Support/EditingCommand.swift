import ArgumentParser
import PaceCore
import PaceStore

/// A subcommand that changes the workspace: it builds one `Command`, which `run()`
/// applies and the dashboard's `:` line applies the same way.
protocol EditingCommand: ParsableCommand {
    var workspace: WorkspaceOptions { get }
    func makeCommand(_ ctx: CLIContext, _ ws: SQLiteWorkspace) throws -> Command
    func summary(_ outcome: ChangeOutcome) -> String
}

extension EditingCommand {
    func summary(_ outcome: ChangeOutcome) -> String { outcome.summary }

    func run() throws {
        let ctx = try CLIContext()
        let ws = try ctx.openWorkspace(workspace)
        let outcome = try ctx.apply(try makeCommand(ctx, ws), in: ws)
        ctx.output.line(CLIText.safe(summary(outcome)))
    }
}
