import Foundation
import PaceCore
import PaceStore
#if canImport(Glibc)
import Glibc
#endif

/// What every command needs from the outside world, read once at start: the
/// environment, "now", who is acting, and how to print.
struct CLIContext {
    let environment: [String: String]
    let now: Now
    let actor: String
    let output: Output

    init(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        self.environment = environment
        let zone = environment["TZ"].flatMap { TimeZone(identifier: $0) } ?? TimeZone.current
        if let fixed = environment["PACELINE_NOW"], !fixed.isEmpty {
            guard let parsed = Now.parse(fixed, timeZone: zone) else {
                throw UserError("PACELINE_NOW='\(fixed)' is not a date-time; use ISO 8601 like 2026-11-28T09:30:00Z, 2026-11-28T09:30 or 2026-11-28")
            }
            now = parsed
        } else {
            now = Now(instant: Date(), timeZone: zone)
        }
        actor = Self.actor(environment)
        output = Output(environment: environment)
    }

    var today: Day { now.today }

    /// `$PACELINE_USER`, else the login name.
    static func actor(_ env: [String: String]) -> String {
        if let u = env["PACELINE_USER"], !u.isEmpty { return Handle.normalize(u) }
        if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name {
            return String(cString: name)
        }
        return env["USER"] ?? env["LOGNAME"] ?? "unknown"
    }

    func dataDirectory(_ options: WorkspaceOptions) -> DataDirectory {
        DataDirectory.resolve(explicit: options.dataDir, environment: environment)
    }

    /// Listings open the workspace read-only; a workspace from an older `pace` is
    /// upgraded first (with its backup), since the user running a command owns it.
    /// Only `pace watch` refuses instead (it must never write).
    func openWorkspace(_ options: WorkspaceOptions, readOnly: Bool = false) throws -> SQLiteWorkspace {
        do {
            return try SQLiteWorkspace.open(at: dataDirectory(options), readOnly: readOnly)
        } catch StoreError.needsUpgrade {
            _ = try SQLiteWorkspace.open(at: dataDirectory(options), readOnly: false)
            return try SQLiteWorkspace.open(at: dataDirectory(options), readOnly: readOnly)
        }
    }

    @discardableResult
    func apply(_ command: Command, in workspace: SQLiteWorkspace) throws -> ChangeOutcome {
        try workspace.apply(command, actor: actor, at: now.instant)
    }

    func date(_ text: String) throws -> Day {
        try DateExpression.parse(text, today: today)
    }

    func money(_ text: String) throws -> Money {
        guard let m = Money.parse(text) else {
            throw UserError("'\(text)' is not an amount: use e.g. 95, 95 EUR or USD 1200.50")
        }
        return m
    }

    /// `none`/`-` clears a field; anything else is parsed.
    func update<T>(_ text: String?, parse: (String) throws -> T) rethrows -> FieldUpdate<T> {
        guard let text else { return .keep }
        if ["none", "-", ""].contains(text.lowercased()) { return .clear }
        return .set(try parse(text))
    }
}
