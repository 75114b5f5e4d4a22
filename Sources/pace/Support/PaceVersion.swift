/// What `pace --version` and `pace version` print. The number is raised by hand at a
/// release; the commit comes from the build (BuildCommit, written by a build plugin),
/// so a binary always says which sources it was built from.
enum PaceVersion {
    static let number = "0.1.0"

    /// `pace 0.1.0 (commit 049bf466cda8)`
    static var text: String { "pace \(number) (commit \(BuildCommit.id))" }
}
