import ArgumentParser

struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version",
        abstract: "Print the version and the commit pace was built from (as --version does).")

    func run() throws {
        print(PaceVersion.text)
    }
}
