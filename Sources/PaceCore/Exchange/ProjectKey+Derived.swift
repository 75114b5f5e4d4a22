import Foundation

extension ProjectKey {
    /// A key for a project that only has a name (an import from a tool without keys):
    /// its first six letters in capitals, accents dropped (`Home.Garden` → `HOMEGA`,
    /// `Café` → `CAFE`), padded with X to two, and made unique against `taken` by
    /// adding or changing the last letters (`HOME`, `HOMEA`, `HOMEB`, …). Nil when
    /// every variant is taken.
    public static func derived(from name: String, taken: Set<String>) -> String? {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
            .uppercased().filter { $0.isASCII && $0.isLetter }
        var base = String(folded.prefix(6))
        while base.count < 2 { base += "X" }
        if !taken.contains(base) { return base }
        let letters = (UInt8(ascii: "A")...UInt8(ascii: "Z")).map { String(Character(Unicode.Scalar($0))) }
        // A letter added or changed at the end, then two: 26 + 676 variants.
        for suffixes in [letters, letters.flatMap { a in letters.map { a + $0 } }] {
            let stem = base.prefix(6 - suffixes[0].count)
            if let key = suffixes.map({ stem + $0 }).first(where: { !taken.contains($0) }) { return key }
        }
        return nil
    }
}
