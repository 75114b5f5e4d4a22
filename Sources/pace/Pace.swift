import ArgumentParser
import Foundation
import PaceCore
import PaceStore
#if canImport(Glibc)
import Glibc
#endif

@main
struct Pace: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pace",
        abstract: "Paceline: tasks, deadlines and team load for IT projects, in the terminal.",
        discussion: """
            Data lives in --data-dir, else $PACELINE_HOME, else $XDG_DATA_HOME/paceline, \
            else ~/.local/share/paceline. $PACELINE_USER names who acts (default: your \
            login name); $PACELINE_NOW (ISO 8601) fixes "now" for reproducible runs.
            """,
        version: PaceVersion.text,
        subcommands: [
            DashboardCommand.self, WatchCommand.self, ThemesCommand.self, InitCommand.self, DemoCommand.self,
            AddCommand.self, ListCommand.self, ShowCommand.self, EditCommand.self,
            StartCommand.self, ReviewCommand.self, DoneCommand.self, ReopenCommand.self, CancelCommand.self,
            BlockCommand.self, UnblockCommand.self, AssignCommand.self, LogCommand.self,
            RemoveCommand.self, RestoreCommand.self, UndoCommand.self, HistoryCommand.self,
            ForecastCommand.self, LoadCommand.self, StandupCommand.self, ExportCommand.self, ImportCommand.self,
            BudgetCommand.self, BaselineCommand.self, BurndownCommand.self, ReportCommand.self,
            ProjectCommand.self, MemberCommand.self, MilestoneCommand.self, VersionCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )

    /// Exit statuses: 0 success, 1 a user error (message on stderr, nothing written),
    /// 2 a usage error (unknown flag, missing argument).
    static func main() {
        let arguments = Array(ProcessInfo.processInfo.arguments.dropFirst())
        if let unknown = CommandSuggestion.unknownCommand(in: arguments, root: Pace.self) {
            FileHandle.standardError.write(Data("pace: \(unknown)\n".utf8))
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch let error as UserError {
            fail(error.message)
        } catch let error as StoreError {
            fail(error.description)
        } catch {
            let code = exitCode(for: error)
            let width = HelpText.width(environment: ProcessInfo.processInfo.environment)
            if code == .success {
                // Help and --version: the parser's text, with its usage lines wrapped.
                print(HelpText.wrappingUsage(fullMessage(for: error), width: width))
                Foundation.exit(0)
            }
            if code == .validationFailure || error is ValidationError {
                FileHandle.standardError.write(Data((HelpText.wrappingUsage(fullMessage(for: error), width: width) + "\n").utf8))
                Foundation.exit(2)
            }
            if code == .failure {
                fail(fullMessage(for: error))
            }
            exit(withError: error)
        }
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("pace: \(TextSafety.clean(message))\n".utf8))
        Foundation.exit(1)
    }
}

enum TextSafety {
    static func clean(_ text: String) -> String { CLIText.safe(text) }
}
