import Foundation

/// Turns a decoding failure into a message that says where the file is broken and what
/// was expected there, for imports that must reject a bad file with a pointer into it.
public enum ExchangeErrorText {
    public static func describe(_ error: DecodingError, data: Data) -> String {
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return malformedJSON(data)
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): missing; \(context.debugDescription)"
        case .typeMismatch(let type, let context):
            // Foundation's text already reads "Expected to decode String but found number".
            let said = context.debugDescription
            if said.hasPrefix("Expected") { return "\(path(context.codingPath)): wrong type: \(said)" }
            return "\(path(context.codingPath)): wrong type, expected \(said.isEmpty ? "\(type)" : said)"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): null, expected \(type)"
        @unknown default:
            return "\(error)"
        }
    }

    /// `tables.tasks.rows[3][2]`: the same path a person would type to find the spot.
    public static func path(_ keys: [CodingKey]) -> String {
        var out = ""
        for key in keys {
            if let i = key.intValue { out += "[\(i)]" } else { out += out.isEmpty ? key.stringValue : ".\(key.stringValue)" }
        }
        return out.isEmpty ? "the document" : out
    }

    /// Where a syntax error is. JSONDecoder on Linux says only "not valid JSON", so the
    /// parser is asked again for its position ("around character 812"), turned into a
    /// line an editor can jump to; a file that ends mid-value is called cut short, the
    /// usual cause.
    public static func malformedJSON(_ data: Data) -> String {
        let detail: String
        do {
            _ = try JSONSerialization.jsonObject(with: data)
            return "malformed JSON"
        } catch {
            let ns = error as NSError
            detail = ns.userInfo[NSDebugDescriptionErrorKey] as? String ?? "not valid JSON"
        }
        let lines = data.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        if detail.lowercased().contains("end of file") || detail.lowercased().contains("unexpected end") {
            return "malformed JSON: the file ends in the middle of a value (line \(lines)); it looks cut short"
        }
        if let range = detail.range(of: "character "),
           let index = Int(detail[range.upperBound...].prefix { $0.isNumber }) {
            let line = data.prefix(min(index, data.count)).reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            return "malformed JSON at line \(line): \(detail)"
        }
        return "malformed JSON: \(detail)"
    }
}
