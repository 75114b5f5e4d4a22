/// The wide characters handed to ncurses for one canvas cell.
///
/// ncurses stores one spacing character plus up to four combining characters per
/// cell (CCHARW_MAX) and advances by the C library's `wcwidth`, which may disagree
/// with `TextWidth` for newer emoji or sequences. The canvas decides the layout, so
/// whatever is written here must take exactly the cells the canvas gave it.
enum CellText {
    /// Shown for a character that cannot be displayed in its cell.
    static let replacement: UInt32 = 0xFFFD
    static let maxCombining = 4

    struct Output: Equatable {
        /// The NUL-terminated character (base + combining) to write.
        var characters: [UInt32]
        /// Whether the column after a wide cell must be blanked separately, because
        /// ncurses will treat the character as narrow.
        var blankNextColumn: Bool
    }

    /// - Parameters:
    ///   - text: the cell's grapheme ("" or " " for blank).
    ///   - isWide: whether the canvas gave it two columns.
    ///   - isUTF8: whether the terminal's locale can show non-ASCII at all.
    ///   - width: the C library's idea of a scalar's width (wcwidth: -1 unprintable).
    static func characters(for text: String, isWide: Bool, isUTF8: Bool,
                           width: (UInt32) -> Int) -> Output {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first else { return Output(characters: [0x20, 0], blankNextColumn: isWide) }

        if !isUTF8 {
            // Without a UTF-8 locale ncursesw cannot convert non-ASCII for output; a
            // plain `?` keeps every column in place.
            let c = first.value < 0x80 && first.value >= 0x20 ? first.value : 0x3F
            return Output(characters: [c, 0], blankNextColumn: isWide)
        }

        let firstWidth = width(first.value)
        let columns = isWide ? 2 : 1
        if firstWidth < 1 || firstWidth > columns {
            // Unprintable for the C library, or wide where the canvas has room for
            // one column only: writing it would shift the rest of the row.
            return Output(characters: [replacement, 0], blankNextColumn: isWide)
        }
        var characters = [first.value]
        for scalar in scalars.dropFirst() {
            // Combining marks and selectors only; a second spacing character (as in a
            // ZWJ emoji sequence) cannot share an ncurses cell, so the cell keeps the
            // first emoji of the sequence.
            guard width(scalar.value) == 0, characters.count <= maxCombining else { break }
            characters.append(scalar.value)
        }
        // ZWJ itself is zero-width; keep it only when something follows it in the cell.
        while characters.count > 1, characters.last == 0x200D { characters.removeLast() }
        characters.append(0)
        return Output(characters: characters, blankNextColumn: isWide && firstWidth == 1)
    }
}
