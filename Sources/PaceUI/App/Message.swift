import Foundation
import PaceCore

/// Everything that can happen to the dashboard.
public enum Message: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// The clock moved on (sent when a displayed boundary — minute, day — is crossed;
    /// every second while the standup's countdown is on screen).
    case tick(Now)
    case loaded(ProjectSnapshot)
    case loadFailed(String)
    case applied(ChangeOutcome)
    case failed(String)
    case detailLoaded(TaskID, timeEntries: [TimeEntry], history: [Activity])
    /// A forecast finished, for the snapshot with this change token.
    case forecastReady(token: Int64, schedule: Schedule?, error: String?)
    /// A what-if preview finished for the prompt text `key`.
    case whatIfReady(key: String, shifts: [MilestoneShift])
    /// The activity rows asked for by `.loadActivity`, oldest first.
    case activityLoaded([Activity])
    /// The budget figures for the snapshot with this change token.
    case budgetReady(token: Int64, overview: BudgetOverview?, error: String?)
    /// The burndown asked for by `.loadBurndown`.
    case burndownReady(BurndownRequest, days: [BurndownDay]?, error: String?)
}

/// The I/O `update` asks for; the run loop performs it and feeds the result back as a
/// message.
public enum Effect: Hashable, Sendable {
    case apply(Command)
    /// A `:` line: a `pace` subcommand that edits, parsed by the executable.
    case runCommandLine(String)
    case reload
    case loadDetail(TaskID)
    /// Forecast the snapshot as it would be after `command`, without saving; the result
    /// comes back as `.whatIfReady(key:)`.
    case whatIf(key: String, Command)
    /// Read the activity log from an instant on (`Workspace.activity(since:)`) and send
    /// it back as `.activityLoaded`: the standup's "since" pane and summary.
    case loadActivity(since: Date)
    /// Replay the activity log into burndown days, off the input path; the result comes
    /// back as `.burndownReady`.
    case loadBurndown(BurndownRequest)
    /// Repaint the whole terminal (Ctrl-L after line noise).
    case repaint
    case quit
}
