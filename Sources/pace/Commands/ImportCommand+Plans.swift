import Foundation
import PaceCore
import PaceStore

/// The imports that may create more than tasks: projects from Taskwarrior, members from
/// Jira, a whole project from Microsoft Project. The reading and checking is PaceCore's
/// (Exchange); this only opens the workspace, writes the plan and says what it made.
extension ImportCommand {
    func importTaskwarrior(_ tasks: [ImportedTask], ctx: CLIContext) throws {
        let ws = try ctx.openWorkspace(workspace)
        guard try ws.projects().projects.isEmpty, !tasks.isEmpty else {
            return try importTasks(tasks, ctx: ctx, into: ws)
        }
        // A new workspace: make the projects the tasks were filed under in Taskwarrior.
        let (plan, created) = try TaskwarriorProjects.plan(tasks, chosenKey: workspace.project)
        let ids = try ws.importPlan(plan, projectKey: nil, actor: ctx.actor, at: ctx.now.instant)
        for c in created {
            ctx.output.line("created project \(c.project.key) (\(CLIText.safe(c.project.name))) for \(Self.count(c.taskCount, "task"))")
        }
        reportImported(ids, ctx: ctx)
    }

    func reportImported(_ ids: [TaskID], ctx: CLIContext) {
        guard let first = ids.first, let last = ids.last else {
            return ctx.output.line("nothing to import: the file holds no tasks")
        }
        if Set(ids.map(\.projectKey)).count == 1 {
            ctx.output.line("imported \(Self.count(ids.count, "task")): \(first)…\(last)")
        } else {
            ctx.output.line("imported \(Self.count(ids.count, "task"))")
        }
    }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}

extension ImportCommand {
    func importJira(_ text: String, ctx: CLIContext) throws {
        let ws = try ctx.openWorkspace(workspace)
        let snapshot = try ws.snapshot(projectKey: workspace.project)
        let result = try JiraImport.parse(text, projectKey: snapshot.project.key, members: snapshot.members,
                                          milestones: snapshot.milestones.map(\.name), addMembers: addMembers,
                                          timeZone: ctx.now.timeZone)
        let ids = try ws.importPlan(result.plan, projectKey: snapshot.project.key, actor: ctx.actor, at: ctx.now.instant)
        for m in result.newMembers {
            ctx.output.line("added member \(m.handle) (\(CLIText.safe(m.name)))")
        }
        for m in result.newMilestones {
            ctx.output.line("added milestone \(CLIText.safe(m)) to \(snapshot.project.key)")
        }
        reportImported(ids, ctx: ctx)
    }

    static func text(_ data: Data, file: String, saveAs: String) throws -> String {
        guard let text = String(data: data, encoding: .utf8) else {
            throw UserError("\(file) is not UTF-8 text; save it as \(saveAs)")
        }
        return text
    }
}

extension ImportCommand {
    func importMSPDI(_ data: Data, ctx: CLIContext) throws {
        let ws = try ctx.openWorkspace(workspace)
        let (projects, _) = try ws.projects()
        let members = try ws.allMembers()
        let result = try MSPDIImport.parse(data, projectKey: workspace.project, existingProjects: projects.map(\.key),
                                           members: members, timeZone: ctx.now.timeZone, today: ctx.today)
        let ids = try ws.importPlan(result.plan, projectKey: result.project.key, actor: ctx.actor, at: ctx.now.instant)
        var made = [Self.count(ids.count, "task"), Self.count(result.milestones.count, "milestone"),
                    Self.count(result.holidays, "holiday")]
        if let b = result.baseline { made.append("baseline '\(b)'") }
        ctx.output.line("created project \(result.project.key) (\(CLIText.safe(result.project.name))): \(made.joined(separator: ", "))")
        for m in result.newMembers { ctx.output.line("added member \(m.handle) (\(CLIText.safe(m.name)))") }
        if !result.existingMembers.isEmpty {
            ctx.output.line("kept existing member\(result.existingMembers.count == 1 ? "" : "s") \(result.existingMembers.joined(separator: ", ")) as they were")
        }
        if let first = ids.first, let last = ids.last { ctx.output.line("imported \(Self.count(ids.count, "task")): \(first)…\(last)") }
    }
}
