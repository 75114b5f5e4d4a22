import ArgumentParser
import PaceCore
import PaceStore
import PaceUI

@main
struct Pace: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pace",
        abstract: "Paceline: tasks, deadlines and team load for IT projects, in the terminal."
    )
}
