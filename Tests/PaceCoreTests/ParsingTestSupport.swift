import Testing
@testable import PaceCore

/// A day from its ISO text; a typo in a test is a crash at the line that made it.
func day(_ iso: String, sourceLocation: SourceLocation = #_sourceLocation) -> Day {
    guard let d = Day(iso: iso) else {
        Issue.record("not an ISO day: \(iso)", sourceLocation: sourceLocation)
        return Day(ordinal: 0)
    }
    return d
}

/// The message of the `UserError` that `body` throws, or nil (recorded as a failure)
/// when it throws nothing or something else.
func userErrorMessage<T>(sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> T) -> String? {
    do {
        let value = try body()
        Issue.record("expected a UserError, got \(value)", sourceLocation: sourceLocation)
        return nil
    } catch let error as UserError {
        return error.message
    } catch {
        Issue.record("expected a UserError, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}
