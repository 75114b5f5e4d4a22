/// A dated checkpoint of a project, e.g. "beta" due Dec 12.
public struct Milestone: Hashable, Sendable, Codable {
    public var id: Int64
    public var projectKey: String
    public var name: String
    public var due: Day?
    public var description: String

    public init(id: Int64, projectKey: String, name: String, due: Day?, description: String = "") {
        self.id = id
        self.projectKey = projectKey
        self.name = name
        self.due = due
        self.description = description
    }
}
