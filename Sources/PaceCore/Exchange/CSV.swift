/// Comma-separated values as RFC 4180 has them: CRLF between records, a field quoted
/// when it holds a comma, a quote, CR or LF, a quote inside doubled. Text stays
/// UTF-8 as it is; spreadsheets that ask for an encoding are told UTF-8.
public enum CSV {
    public static func field(_ text: String) -> String {
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 13 || $0 == 10 }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    public static func document(header: [String], rows: [[String]]) -> String {
        record(header) + rows.map(record).joined()
    }

    /// A malformed document: where (1-based line of the record's start) and why.
    public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// Reads records. Accepts LF as well as CRLF (files saved on Unix), and a final
    /// record with or without a line end; rejects a quote in the middle of an unquoted
    /// field and an unclosed quote, because guessing there silently shifts columns.
    public static func parse(_ text: String) throws(ParseError) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quotedField = false
        var afterQuote = false
        // Unicode scalars, not Characters: "\r\n" is one Character in Swift.
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return scalars.next()
        }
        func endField() {
            record.append(field)
            field = ""
            quotedField = false
            afterQuote = false
        }
        while let c = next() {
            if inQuotes {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" { field.unicodeScalars.append("\""); continue }
                        pending = n
                    }
                    inQuotes = false
                    afterQuote = true
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case ",":
                endField()
            case "\r", "\n":
                if c == "\r" {
                    if let n = next(), n != "\n" { pending = n }
                }
                endField()
                records.append(record)
                record = []
                line += 1
                recordLine = line
            case "\"":
                guard field.isEmpty, !quotedField, !afterQuote else {
                    throw ParseError(line: line, message: "a quote inside an unquoted field; quote the whole field and double the quote (\"say \"\"hi\"\"\")")
                }
                inQuotes = true
                quotedField = true
            default:
                if afterQuote {
                    throw ParseError(line: line, message: "text after a closing quote; expected a comma or the end of the line")
                }
                field.unicodeScalars.append(c)
            }
        }
        if inQuotes {
            throw ParseError(line: recordLine, message: "a quoted field is never closed; expected a closing \"")
        }
        if !field.isEmpty || !record.isEmpty || quotedField {
            endField()
            records.append(record)
        }
        return records
    }
}
