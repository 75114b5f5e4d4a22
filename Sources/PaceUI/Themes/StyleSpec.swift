import Foundation
import PaceCore

/// How colours and attributes are written in theme files. The accepted forms are listed
/// in one place so that every error message can say exactly what would have worked.
enum StyleSpec {
    static let colourNames: [String] = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow",
        "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    static let attributeNames: [(String, Attributes)] = [
        ("bold", .bold), ("dim", .dim), ("underline", .underline),
        ("reverse", .reverse), ("italic", .italic), ("standout", .standout),
    ]

    static let acceptedColours = """
        accepted: 0–255 (xterm palette), "#rrggbb", "default" (the terminal's own colour) \
        or a name: black, red, green, yellow, blue, magenta, cyan, white, bright-black … bright-white
        """

    static let accepted16 = """
        accepted: 0–15, "default" or a name: black, red, green, yellow, blue, magenta, cyan, white, \
        bright-black … bright-white
        """

    static var acceptedAttributes: String {
        "accepted: " + attributeNames.map(\.0).joined(separator: ", ")
    }

    /// A colour for the 256-colour (or direct colour) slots `fg` and `bg`.
    static func colour(index: Int) throws -> Color {
        guard (0...255).contains(index) else {
            throw ConfigError(message: "\(index) is not a palette colour; \(acceptedColours)")
        }
        return index < 16 ? .ansi(UInt8(index)) : .indexed(UInt8(index))
    }

    static func colour(_ text: String) throws -> Color {
        if text.hasPrefix("#") {
            guard let rgb = hex(text) else {
                throw ConfigError(message: "\"\(text)\" is not a colour: write 6 hex digits, like \"#ff8700\"")
            }
            return rgb
        }
        if let named = try named(text) { return named }
        throw ConfigError(message: unknownName(text, accepted: acceptedColours))
    }

    /// A colour for the 16-colour slots `fg16` and `bg16`, where only the ANSI colours
    /// exist; anything finer would be silently changed by the terminal, so it is refused.
    static func colour16(index: Int) throws -> Color {
        guard (0...15).contains(index) else {
            throw ConfigError(message: "\(index) is not one of the 16 ANSI colours; \(accepted16)")
        }
        return .ansi(UInt8(index))
    }

    static func colour16(_ text: String) throws -> Color {
        if text.hasPrefix("#") {
            throw ConfigError(message: "\"\(text)\" cannot be shown with 16 colours; \(accepted16)")
        }
        if let named = try named(text) { return named }
        throw ConfigError(message: unknownName(text, accepted: accepted16))
    }

    static func attributes(_ names: [String]) throws -> Attributes {
        var result: Attributes = []
        for name in names {
            guard let match = attributeNames.first(where: { $0.0 == name.lowercased() }) else {
                let hint = Suggest.closest(to: name, in: attributeNames.map(\.0)).map { " — did you mean \"\($0)\"?" } ?? ""
                throw ConfigError(message: "unknown attribute \"\(name)\"\(hint); \(acceptedAttributes)")
            }
            result.formUnion(match.1)
        }
        return result
    }

    private static func named(_ text: String) throws -> Color? {
        let name = text.lowercased().replacingOccurrences(of: "_", with: "-")
        if name == "default" { return .terminalDefault }
        return colourNames.firstIndex(of: name).map { .ansi(UInt8($0)) }
    }

    private static func unknownName(_ text: String, accepted: String) -> String {
        let hint = Suggest.closest(to: text, in: colourNames + ["default"]).map { " — did you mean \"\($0)\"?" } ?? ""
        return "unknown colour \"\(text)\"\(hint); \(accepted)"
    }

    private static func hex(_ text: String) -> Color? {
        let digits = text.dropFirst()
        guard digits.count == 6, digits.allSatisfy(\.isHexDigit), let value = UInt32(digits, radix: 16) else { return nil }
        return .rgb(UInt8(value >> 16), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF))
    }
}
