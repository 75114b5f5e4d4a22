import Foundation

/// An amount of money in minor units (cents) of an ISO 4217 currency, so sums are exact.
public struct Money: Hashable, Sendable, Codable, CustomStringConvertible {
    public var minorUnits: Int64
    public var currency: String

    public init(minorUnits: Int64, currency: String) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    public var amount: Double { Double(minorUnits) / 100 }

    /// `12,500.00 EUR`
    public var description: String {
        let sign = minorUnits < 0 ? "-" : ""
        let v = abs(minorUnits)
        let whole = String(v / 100)
        var grouped = ""
        for (i, ch) in whole.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { grouped.append(",") }
            grouped.append(ch)
        }
        return "\(sign)\(String(grouped.reversed())).\(String(format: "%02d", v % 100)) \(currency)"
    }

    /// Parses `120`, `120.50`, `95 EUR`, `EUR 95`, `80000USD`, `1,200.00 GBP`. The
    /// currency defaults to `defaultCurrency` when absent.
    public static func parse(_ text: String, defaultCurrency: String = "EUR") -> Money? {
        var t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "")
        var currency = defaultCurrency
        let letters = t.filter(\.isLetter)
        if !letters.isEmpty {
            guard letters.count == 3, letters.allSatisfy({ $0.isASCII }) else { return nil }
            if t.hasPrefix(letters) { t = String(t.dropFirst(3)) }
            else if t.hasSuffix(letters) { t = String(t.dropLast(3)) }
            else { return nil }
            currency = letters.uppercased()
            t = t.trimmingCharacters(in: .whitespaces)
        }
        guard !t.isEmpty, t.allSatisfy({ $0.isNumber || $0 == "." }),
              t.filter({ $0 == "." }).count <= 1 else { return nil }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard let whole = Int64(parts[0].isEmpty ? "0" : parts[0]), whole < 1_000_000_000_000 else { return nil }
        var cents: Int64 = 0
        if parts.count == 2 {
            let frac = parts[1]
            guard frac.count <= 2 else { return nil }
            cents = Int64(frac.padding(toLength: 2, withPad: "0", startingAt: 0)) ?? 0
        }
        return Money(minorUnits: whole * 100 + cents, currency: currency)
    }
}
