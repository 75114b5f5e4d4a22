/// A scrolling list of one-line items with a selection. The selected item gets a
/// pointer in a two-cell gutter as well as the highlight style, so the selection is
/// visible even on a terminal without colours or reverse video.
///
/// ```
/// ▸ Alice
///   Bob
/// ```
public struct ListView: Sendable {
    public struct Styles: Hashable, Sendable {
        public var item: Style
        /// Laid over the selected row with `Style.highlighted(with:)`.
        public var selected: Style

        public init(item: Style = .plain, selected: Style = Style(attributes: .reverse)) {
            self.item = item
            self.selected = selected
        }
    }

    public var items: [TextLine]
    /// Whether to draw the pointer gutter.
    public var showsPointer: Bool
    public var styles: Styles
    public var glyphs: Glyphs

    public init(items: [TextLine], showsPointer: Bool = true, styles: Styles = Styles(), glyphs: Glyphs) {
        self.items = items
        self.showsPointer = showsPointer
        self.styles = styles
        self.glyphs = glyphs
    }

    /// Draws the items visible from `state.offset`, adjusted so the selection shows.
    /// `state.itemCount` is expected to match `items.count`; extra state is ignored.
    public func render(into canvas: inout Canvas, area: Rect, state: ListState) {
        guard !area.isEmpty else { return }
        let selected = state.selected.flatMap { $0 < items.count ? $0 : nil }
        let first = ListState.scrollOffset(offset: state.offset, selected: selected, itemCount: items.count,
                                           visibleRows: area.height)
        let gutter = showsPointer ? min(2, area.width) : 0
        for (line, index) in (first..<min(items.count, first + area.height)).enumerated() {
            let y = area.y + line
            let rowRect = Rect(x: area.x, y: y, width: area.width, height: 1)
            canvas.fill(rowRect, style: styles.item)
            if showsPointer, index == selected {
                canvas.put(String(glyphs.pointer), x: area.x, y: y, style: styles.item, clip: rowRect)
            }
            items[index].render(into: &canvas, x: area.x + gutter, y: y, width: area.width - gutter,
                                base: styles.item, glyphs: glyphs)
            if index == selected {
                canvas.restyle(rowRect) { $0.highlighted(with: styles.selected) }
            }
        }
    }
}
