import Foundation
import TOMLKit

/// A parsed TOML file that knows where its keys are, so every reader of our files
/// (themes, `config.toml`) reports mistakes the same way: file, line, key, what is
/// accepted. It is the only place that imports TOMLKit.
///
/// TOMLKit's tables are reference types around a C++ document; a `TOMLDocument` lives
/// only for the duration of one load and is never shared, which is why it is not `Sendable`.
struct TOMLDocument {
    /// The file as messages name it.
    let file: String
    let root: TOMLTable
    private let locator: TOMLKeyLocator

    init(text: String, file: String) throws {
        self.file = file
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(file: file, line: error.source.begin.line, column: error.source.begin.column,
                              message: "not valid TOML: \(error.description)")
        }
        locator = TOMLKeyLocator(text: text)
    }

    /// Reads and parses `url`.
    static func read(_ url: URL) throws -> TOMLDocument {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ConfigError(file: url.path, message: "cannot read the file (\(Self.reason(error)))")
        }
        return try TOMLDocument(text: text, file: url.path)
    }

    private static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoSuchFileError { return "no such file" }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadInapplicableStringEncodingError {
            return "it is not UTF-8 text"
        }
        return ns.localizedDescription
    }

    /// The line `path` is written on, if it can be found.
    func line(of path: [String]) -> Int? { locator.line(of: path) }

    /// An error about the key at `path`, with its line.
    func error(at path: [String], _ message: String) -> ConfigError {
        ConfigError(file: file, line: locator.line(of: path), key: path.joined(separator: "."), message: message)
    }

    /// The entries of `table` (found at `path`) in the order they are written, so the
    /// first mistake reported is the first one in the file.
    func entries(of table: TOMLTable, at path: [String]) -> [(key: String, value: TOMLValueConvertible)] {
        table.keys
            .compactMap { key in table[key].map { (key: key, value: $0) } }
            .sorted { (locator.line(of: path + [$0.key]) ?? .max, $0.key) < (locator.line(of: path + [$1.key]) ?? .max, $1.key) }
    }

    /// "a string", "an integer", … for "expected X, found Y" messages.
    static func describe(_ value: TOMLValueConvertible) -> String {
        switch value.type {
        case .string: "a string"
        case .int: "an integer"
        case .double: "a decimal number"
        case .bool: "true/false"
        case .array: "a list"
        case .table: "a table"
        case .date, .time, .dateTime: "a date/time"
        }
    }
}
