/// Projects for a Taskwarrior import into a workspace that has none yet, so `pace
/// init` then `pace import --from taskwarrior export.json` just works: one project per
/// Taskwarrior `project` (tasks without one go to an Inbox), or all of them into the one
/// the user names with `--project KEY`.
public enum TaskwarriorProjects {
    /// A project the import makes, and how many of the file's tasks go into it.
    public struct Created: Hashable, Sendable {
        public var project: Project
        public var taskCount: Int
    }

    public static let inboxName = "Inbox"

    public static func plan(_ tasks: [ImportedTask], chosenKey: String?) throws(UserError) -> (plan: ImportPlan, created: [Created]) {
        var created: [Created] = []
        var tasks = tasks
        if let chosen = chosenKey {
            let key = chosen.uppercased()
            guard ProjectKey.isValid(key) else {
                throw UserError("invalid project key '\(chosen)': use \(ProjectKey.rule)")
            }
            // Named after the Taskwarrior project when the whole file is one.
            let sources = Set(tasks.map(\.sourceProject))
            let name = sources.count == 1 ? sources.first!.flatMap { $0.isEmpty ? nil : $0 } ?? key : key
            for i in tasks.indices { tasks[i].project = key }
            created = [Created(project: Project(key: key, name: name), taskCount: tasks.count)]
        } else {
            var keyByName: [String: String] = [:]
            var taken: Set<String> = []
            for i in tasks.indices {
                let name = tasks[i].sourceProject.flatMap { $0.isEmpty ? nil : $0 } ?? inboxName
                if let key = keyByName[name] {
                    tasks[i].project = key
                    created[created.firstIndex { $0.project.key == key }!].taskCount += 1
                    continue
                }
                guard let key = ProjectKey.derived(from: name, taken: taken) else {
                    throw UserError("record \(i + 1): no project key left for Taskwarrior project '\(name)'; import it with --project KEY")
                }
                taken.insert(key)
                keyByName[name] = key
                tasks[i].project = key
                created.append(Created(project: Project(key: key, name: name), taskCount: 1))
            }
        }
        let setup = created.map { ImportPlan.Step(.addProject($0.project), source: "project \($0.project.key) (\($0.project.name))") }
        return (ImportPlan(setup: setup, tasks: tasks), created)
    }
}
