import Foundation
import PaceCore
import PaceStore

extension ExportCommand {
    /// The project's plan for Microsoft Project: its snapshot, the forecast the
    /// dashboard shows, the rates over time and the latest baseline, read together.
    func mspdiDocument(_ ws: SQLiteWorkspace, ctx: CLIContext) throws -> Data {
        let snapshot = try ws.snapshot(projectKey: workspace.project)
        let ledger = try ws.ledger(projectKey: snapshot.project.key)
        let schedule = try forecast(snapshot, ctx: ctx)
        let input = MSPDIExport.Input(snapshot: snapshot, schedule: schedule, rates: ledger.rates,
                                      baseline: ledger.baseline, now: ctx.now)
        return Data(MSPDIExport.document(input).utf8)
    }
}
