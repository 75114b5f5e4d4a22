import Foundation

/// Turns a decoding failure into a message that says where the file is broken and what
/// was expected there, for imports that must reject a bad file with a pointer into it.
public enum ExchangeErrorText {
    public static func describe(_ error: DecodingError, data: Data) -> String {
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return "malformed JSON\(position(context.underlyingError, data: data)): \(detail(context))"
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): missing; \(context.debugDescription)"
        case .typeMismatch(let type, let context):
            let said = context.debugDescription
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

    private static func detail(_ context: DecodingError.Context) -> String {
        if let underlying = context.underlyingError as NSError? {
            return underlying.userInfo[NSDebugDescriptionErrorKey] as? String ?? underlying.localizedDescription
        }
        return context.debugDescription
    }

    /// Foundation reports the byte offset of a syntax error; a line number is what an
    /// editor can jump to.
    private static func position(_ underlying: Error?, data: Data) -> String {
        guard let ns = underlying as NSError?, let index = ns.userInfo["NSJSONSerializationErrorIndex"] as? Int else {
            return ""
        }
        let end = min(index, data.count)
        let line = data.prefix(end).reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        return " at line \(line) (byte \(index))"
    }
}
