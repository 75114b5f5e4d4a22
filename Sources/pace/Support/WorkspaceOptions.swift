import ArgumentParser

/// Options every workspace command takes.
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The data directory (default: $PACELINE_HOME, $XDG_DATA_HOME/paceline or ~/.local/share/paceline).", valueName: "dir"))
    var dataDir: String?

    @Option(name: .long, help: ArgumentHelp("The project to work on (default: the workspace's default project).", valueName: "KEY"))
    var project: String?
}

struct JSONOption: ParsableArguments {
    @Flag(name: .long, help: "Print JSON (shape documented in docs/json.md).")
    var json = false
}
