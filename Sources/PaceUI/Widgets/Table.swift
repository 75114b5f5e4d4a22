/// Rows of cells under a header, in columns sized by `TableLayout`. Columns that do not
/// fit are dropped by priority; cell text that does not fit is cut with an ellipsis.
///
/// ```
/// ID      Title           Due
/// WEB-12  Fix login       3d
/// WEB-13  Move the data…  12d     ← selected: row restyled with `styles.selected`
/// ```
public struct Table: Sendable {
    public struct Column: Hashable, Sendable {
        public enum Width: Hashable, Sendable {
            /// Exactly `n` cells.
            case fixed(Int)
            /// At least `min` cells, plus a share of the spare width by `weight`.
            case flex(min: Int, weight: Int = 1)
            /// A percentage of the table's width.
            case percent(Int)
        }

        public enum Alignment: Hashable, Sendable {
            case left, right
        }

        public var title: String
        public var width: Width
        public var alignment: Alignment
        /// Columns with lower priority are dropped first when the table is too narrow.
        public var priority: Int

        public init(_ title: String, width: Width, alignment: Alignment = .left, priority: Int = 0) {
            self.title = title
            self.width = width
            self.alignment = alignment
            self.priority = priority
        }
    }

    public struct Row: Hashable, Sendable {
        /// One span per column; missing trailing cells are empty. A cell's own style
        /// wins over the row's.
        public var cells: [Span]
        /// The row's style (gaps between columns included); `nil` uses `styles.row`.
        public var style: Style?

        public init(_ cells: [Span], style: Style? = nil) {
            self.cells = cells
            self.style = style
        }
    }

    public struct Styles: Hashable, Sendable {
        public var header: Style
        public var row: Style
        /// Laid over the selected row with `Style.highlighted(with:)`.
        public var selected: Style

        public init(header: Style = .plain, row: Style = .plain, selected: Style = Style(attributes: .reverse)) {
            self.header = header
            self.row = row
            self.selected = selected
        }
    }

    public var columns: [Column]
    public var rows: [Row]
    public var showsHeader: Bool
    public var columnSpacing: Int
    public var styles: Styles
    public var glyphs: Glyphs

    public init(columns: [Column], rows: [Row], showsHeader: Bool = true, columnSpacing: Int = 1,
                styles: Styles = Styles(), glyphs: Glyphs) {
        self.columns = columns
        self.rows = rows
        self.showsHeader = showsHeader
        self.columnSpacing = columnSpacing
        self.styles = styles
        self.glyphs = glyphs
    }

    /// Rows left for data once the header is drawn.
    public func visibleRows(in area: Rect) -> Int {
        max(0, area.height - (showsHeader ? 1 : 0))
    }

    /// Draws the table with the list state's selection and offset.
    public func render(into canvas: inout Canvas, area: Rect, state: ListState) {
        render(into: &canvas, area: area, selected: state.selected, offset: state.offset)
    }

    /// Draws rows from `offset` on, adjusted so that `selected` is visible (the view
    /// cannot write the adjusted offset back; `update` keeps it with
    /// `ListState.ensureVisible`). `selected: nil` draws no highlight.
    public func render(into canvas: inout Canvas, area: Rect, selected: Int?, offset: Int) {
        guard !area.isEmpty else { return }
        let widths = TableLayout.columnWidths(for: columns, available: area.width, spacing: columnSpacing)
        var body = area
        if showsHeader {
            let split = area.splitTop(1)
            body = split.rest
            canvas.fill(split.top, style: styles.header)
            drawRow(columns.map { Span($0.title) }, widths: widths, y: area.y, x: area.x, style: styles.header,
                    into: &canvas)
        }
        let first = ListState.scrollOffset(offset: offset, selected: selected, itemCount: rows.count,
                                           visibleRows: body.height)
        for (line, index) in (first..<min(rows.count, first + body.height)).enumerated() {
            let y = body.y + line
            let row = rows[index]
            let style = row.style ?? styles.row
            let rowRect = Rect(x: body.x, y: y, width: body.width, height: 1)
            canvas.fill(rowRect, style: style)
            drawRow(row.cells, widths: widths, y: y, x: body.x, style: style, into: &canvas)
            if index == selected {
                canvas.restyle(rowRect) { $0.highlighted(with: styles.selected) }
            }
        }
    }

    private func drawRow(_ cells: [Span], widths: [Int], y: Int, x: Int, style: Style, into canvas: inout Canvas) {
        var col = x
        var first = true
        for (i, column) in columns.enumerated() where widths[i] > 0 {
            if !first { col += max(0, columnSpacing) }
            first = false
            let cell = i < cells.count ? cells[i] : Span("")
            let text = glyphs.pad(cell.text, width: widths[i], alignRight: column.alignment == .right)
            canvas.put(text, x: col, y: y, style: cell.style ?? style,
                       clip: Rect(x: col, y: y, width: widths[i], height: 1))
            col += widths[i]
        }
    }
}
