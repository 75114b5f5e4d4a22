/// Turns column width specs into cell widths for a given table width.
///
/// Rules, in order:
/// 1. Every column has a minimum: `fixed(n)` → n, `flex(min:weight:)` → min,
///    `percent(p)` → p% of the whole available width (at least 1 cell).
/// 2. While the minimums plus the spacing between shown columns exceed the width, the
///    column with the lowest priority is dropped (the rightmost one on a tie). The
///    last column standing is never dropped: it is narrowed to the width instead, so
///    a very narrow pane still shows its most important column.
/// 3. Space left over goes to flex columns in proportion to their weights; the
///    rounding remainder goes one cell each to the leftmost flex columns. Without flex
///    columns the rest of the row stays empty.
public enum TableLayout {
    /// Widths in column order; 0 means the column is dropped. Shown columns are
    /// separated by `spacing` cells.
    public static func columnWidths(for columns: [Table.Column], available: Int, spacing: Int = 1) -> [Int] {
        var widths = Array(repeating: 0, count: columns.count)
        let available = max(0, available)
        let spacing = max(0, spacing)
        guard available > 0, !columns.isEmpty else { return widths }

        let minimums = columns.map { minimum(of: $0.width, available: available) }
        var shown = Array(columns.indices)

        func needed() -> Int {
            shown.reduce(0) { $0 + minimums[$1] } + spacing * (shown.count - 1)
        }
        while shown.count > 1, needed() > available {
            // Lowest priority first; among equals the rightmost goes first, so the
            // left-to-right reading order of what remains is kept.
            let victim = shown.min { a, b in
                columns[a].priority != columns[b].priority
                    ? columns[a].priority < columns[b].priority
                    : a > b
            }!
            shown.removeAll { $0 == victim }
        }
        for i in shown { widths[i] = minimums[i] }
        if shown.count == 1, needed() > available {
            widths[shown[0]] = available
            return widths
        }

        var leftover = available - needed()
        let flex = shown.compactMap { i -> (index: Int, weight: Int)? in
            if case .flex(_, let weight) = columns[i].width, weight > 0 { return (i, weight) }
            return nil
        }
        let totalWeight = flex.reduce(0) { $0 + $1.weight }
        guard leftover > 0, totalWeight > 0 else { return widths }
        var given = 0
        for (i, weight) in flex {
            let share = leftover * weight / totalWeight
            widths[i] += share
            given += share
        }
        leftover -= given
        for (i, _) in flex where leftover > 0 {
            widths[i] += 1
            leftover -= 1
        }
        return widths
    }

    static func minimum(of width: Table.Column.Width, available: Int) -> Int {
        switch width {
        case .fixed(let n): return max(1, n)
        case .flex(let min, _): return max(1, min)
        case .percent(let p): return max(1, available * max(0, p) / 100)
        }
    }
}
