import Foundation
import PaceCore
import TOMLKit

/// A theme file as written, before its base theme fills in what it leaves out.
/// `ThemeCatalog` does the filling in, because only it knows where the base comes from.
struct ThemeFile: Hashable, Sendable {
    enum Base: Hashable, Sendable {
        /// No `inherits` key: missing roles come from `default`.
        case implicitDefault
        /// `inherits = "NAME"`.
        case named(String)
        /// `inherits = "none"`: the file must define every role itself.
        case none
    }

    var name: String
    /// The file as messages name it.
    var file: String
    var base: Base
    /// Where `inherits` is written, for errors about the base theme.
    var baseLine: Int?
    var roles: [Role: StylePatch]

    static let topLevelKeys = ["inherits", "roles"]
    static let roleKeys = ["fg", "bg", "fg16", "bg16", "attrs"]

    static func read(_ url: URL) throws -> ThemeFile {
        try parse(TOMLDocument.read(url), name: url.deletingPathExtension().lastPathComponent)
    }

    static func parse(_ text: String, name: String, file: String) throws -> ThemeFile {
        try parse(TOMLDocument(text: text, file: file), name: name)
    }

    private static func parse(_ doc: TOMLDocument, name: String) throws -> ThemeFile {
        var theme = ThemeFile(name: name, file: doc.file, base: .implicitDefault, roles: [:])
        for (key, value) in doc.entries(of: doc.root, at: []) {
            switch key {
            case "inherits":
                guard let base = value.string, !base.isEmpty else {
                    throw doc.error(at: [key], "expected a theme name in quotes, like inherits = \"default\", or \"none\"")
                }
                theme.base = base == "none" ? .none : .named(base)
                theme.baseLine = doc.line(of: [key])
            case "roles":
                guard let roles = value.table else {
                    throw doc.error(at: [key], "expected [roles.NAME] tables, found \(TOMLDocument.describe(value))")
                }
                theme.roles = try parseRoles(roles, doc)
            default:
                let hint = Suggest.closest(to: key, in: topLevelKeys).map { " — did you mean '\($0)'?" } ?? ""
                throw doc.error(at: [key], "unknown key '\(key)'\(hint); a theme file has 'inherits' and [roles.NAME] tables")
            }
        }
        return theme
    }

    private static func parseRoles(_ table: TOMLTable, _ doc: TOMLDocument) throws -> [Role: StylePatch] {
        var roles: [Role: StylePatch] = [:]
        for (key, value) in doc.entries(of: table, at: ["roles"]) {
            let path = ["roles", key]
            guard let role = Role(tomlName: key) else {
                let names = Role.allCases.map(\.tomlName)
                let hint = Suggest.closest(to: key, in: names).map { " — did you mean '\($0)'?" } ?? ""
                throw doc.error(at: path, "unknown role '\(key)'\(hint); roles are: \(names.joined(separator: ", "))")
            }
            guard let fields = value.table else {
                throw doc.error(at: path, "expected a table like { fg = 196, attrs = [\"bold\"] }, found \(TOMLDocument.describe(value))")
            }
            roles[role] = try parsePatch(fields, at: path, doc)
        }
        return roles
    }

    private static func parsePatch(_ table: TOMLTable, at rolePath: [String], _ doc: TOMLDocument) throws -> StylePatch {
        var patch = StylePatch()
        for (key, value) in doc.entries(of: table, at: rolePath) {
            let path = rolePath + [key]
            do {
                switch key {
                case "fg": patch.foreground = try colour(value, wide: true)
                case "bg": patch.background = try colour(value, wide: true)
                case "fg16": patch.foreground16 = try colour(value, wide: false)
                case "bg16": patch.background16 = try colour(value, wide: false)
                case "attrs": patch.attributes = try attributes(value)
                default:
                    let hint = Suggest.closest(to: key, in: roleKeys).map { " — did you mean '\($0)'?" } ?? ""
                    throw ConfigError(message: "unknown key '\(key)'\(hint); a role has fg, bg, fg16, bg16 and attrs")
                }
            } catch let error as ConfigError where error.file == nil {
                throw doc.error(at: path, error.message)
            }
        }
        return patch
    }

    private static func colour(_ value: TOMLValueConvertible, wide: Bool) throws -> Color {
        if let index = value.int {
            return wide ? try StyleSpec.colour(index: index) : try StyleSpec.colour16(index: index)
        }
        if let text = value.string {
            return wide ? try StyleSpec.colour(text) : try StyleSpec.colour16(text)
        }
        let accepted = wide ? StyleSpec.acceptedColours : StyleSpec.accepted16
        throw ConfigError(message: "expected a colour, found \(TOMLDocument.describe(value)); \(accepted)")
    }

    private static func attributes(_ value: TOMLValueConvertible) throws -> Attributes {
        // A lone string is accepted too: `attrs = "bold"` is what people write first.
        if let name = value.string { return try StyleSpec.attributes([name]) }
        guard let list = value.array else {
            throw ConfigError(message: "expected a list like [\"bold\", \"underline\"], found \(TOMLDocument.describe(value)); \(StyleSpec.acceptedAttributes)")
        }
        var names: [String] = []
        for item in list {
            guard let name = item.string else {
                throw ConfigError(message: "expected attribute names in quotes, found \(TOMLDocument.describe(item)); \(StyleSpec.acceptedAttributes)")
            }
            names.append(name)
        }
        return try StyleSpec.attributes(names)
    }
}
