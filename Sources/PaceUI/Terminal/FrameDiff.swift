/// Which cells of a frame must be written, given the frame drawn before it.
///
/// Only changed cells are handed to ncurses. ncurses would find an unchanged cell
/// itself, but skipping it here keeps a frame's work proportional to what changed,
/// and grouping by style resolves each style and colour pair once per run.
struct FrameDiff {
    /// A character to write: its column and whether it is wide (covers the next
    /// column too, whose continuation cell is never written itself).
    struct Glyph: Hashable {
        var x: Int
        var isWide: Bool
    }

    /// Changed glyphs next to each other on one row, all with the same style.
    struct Run: Hashable {
        var y: Int
        var style: Style
        var glyphs: [Glyph]

        var x: Int { glyphs.first?.x ?? 0 }
        /// One past the last column covered.
        var endX: Int { glyphs.last.map { $0.x + ($0.isWide ? 2 : 1) } ?? 0 }
    }

    /// The runs to write to turn `old` into `new`. With no `old`, or one of another
    /// size, every cell is written.
    static func runs(from old: Canvas?, to new: Canvas) -> [Run] {
        let previous = old.flatMap { $0.width == new.width && $0.height == new.height ? $0 : nil }
        var runs: [Run] = []
        for y in 0..<new.height {
            var current: Run?
            var x = 0
            while x < new.width {
                let cell = new[x, y]
                // A continuation cell is covered by the wide glyph before it. One that
                // has no wide glyph before it (never made by Canvas) is written as a
                // plain cell, so nothing stale stays on screen there.
                let isWide = !cell.isContinuation && x + 1 < new.width && new[x + 1, y].isContinuation
                let span = isWide ? 2 : 1
                var changed = previous == nil
                if let previous {
                    for i in x..<(x + span) where previous[i, y] != new[i, y] {
                        changed = true
                    }
                }
                if changed {
                    let glyph = Glyph(x: x, isWide: isWide)
                    if var run = current, run.style == cell.style, run.endX == x {
                        run.glyphs.append(glyph)
                        current = run
                    } else {
                        if let run = current { runs.append(run) }
                        current = Run(y: y, style: cell.style, glyphs: [glyph])
                    }
                } else if let run = current {
                    runs.append(run)
                    current = nil
                }
                x += span
            }
            if let run = current { runs.append(run) }
        }
        return runs
    }
}
