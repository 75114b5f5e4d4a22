import ArgumentParser
import PaceCore

/// Catches a mistyped subcommand before the parser sees it. Without this, `pace forcast`
/// reads as the dashboard (the default command) given a stray word, and the user gets
/// the dashboard's usage instead of the command they meant.
enum CommandSuggestion {
    /// The message for the first word that should name a subcommand and does not, or
    /// nil when the words are fine (or begin with options, which are the parser's
    /// business: it knows which of them take a value).
    static func unknownCommand(in arguments: [String], root: ParsableCommand.Type) -> String? {
        var command = root
        var path = [root._commandName]
        for word in arguments {
            if word.hasPrefix("-") { return nil }
            // `pace help forecast`: the parser's own help command, not in the list.
            if word == "help" && path.count == 1 { return nil }
            let subcommands = command.configuration.subcommands
            // A command without subcommands takes its own arguments from here on. No group
            // of ours (nor its default) takes a bare word, so one here must be a command.
            guard !subcommands.isEmpty else { return nil }
            if let next = subcommands.first(where: { names(of: $0).contains(word) }) {
                command = next
                path.append(word)
                continue
            }
            let visible = subcommands.filter { $0.configuration.shouldDisplay }
            let group = path.joined(separator: " ")
            var message = path.count == 1
                ? "unknown command '\(CLIText.safe(word))'"
                : "'\(CLIText.safe(word))' is not a '\(group)' command"
            if let best = Suggest.closest(to: word, in: visible.flatMap(names)) {
                message += " — did you mean '\(best)'?"
            } else if path.count > 1 {
                message += "; its commands: \(visible.map { $0._commandName }.joined(separator: ", "))"
            }
            return message + "\nSee '\(path.count == 1 ? "pace help" : "pace help \(path.dropFirst().joined(separator: " "))")' for what each one does."
        }
        return nil
    }

    private static func names(of command: ParsableCommand.Type) -> [String] {
        [command._commandName] + command.configuration.aliases
    }
}
