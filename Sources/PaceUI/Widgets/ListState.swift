/// Selection and scroll position of a list or table, as a plain value that `update`
/// changes and `view` reads.
///
/// Invariant: `selected` is `nil` exactly when the list is empty, and always a valid
/// index otherwise. Changing `itemCount` (a reload removed tasks) clamps both
/// `selected` and `offset`. Only `ensureVisible(visibleRows:)` needs the pane height;
/// renderers apply it to a copy anyway, so a stale offset never hides the selection.
public struct ListState: Hashable, Sendable {
    public var itemCount: Int {
        didSet { clamp() }
    }
    public private(set) var selected: Int?
    /// Index of the first item shown.
    public private(set) var offset: Int

    public init(itemCount: Int = 0, selected: Int? = 0, offset: Int = 0) {
        self.itemCount = max(0, itemCount)
        self.selected = selected
        self.offset = offset
        clamp()
    }

    /// Selects `index`, clamped to the list.
    public mutating func select(_ index: Int) {
        guard itemCount > 0 else { return }
        selected = min(max(0, index), itemCount - 1)
    }

    /// Moves the selection by `delta` items (negative is up), stopping at the ends.
    public mutating func moveBy(_ delta: Int) {
        guard let s = selected else { return }
        select(s + delta)
    }

    /// Moves selection and view down by one page, keeping the selection at the same
    /// place on screen where possible (like `less`).
    public mutating func pageDown(visibleRows: Int) {
        guard let s = selected else { return }
        let step = max(1, visibleRows)
        select(s + step)
        offset = min(offset + step, max(0, itemCount - max(1, visibleRows)))
        ensureVisible(visibleRows: visibleRows)
    }

    public mutating func pageUp(visibleRows: Int) {
        guard let s = selected else { return }
        let step = max(1, visibleRows)
        select(s - step)
        offset = max(0, offset - step)
        ensureVisible(visibleRows: visibleRows)
    }

    public mutating func top() {
        select(0)
        offset = 0
    }

    /// Selects the last item; the offset follows at the next `ensureVisible`.
    public mutating func bottom() {
        select(itemCount - 1)
    }

    /// Scrolls the least needed to show the selection, and never leaves empty rows at
    /// the bottom while items above are scrolled away.
    public mutating func ensureVisible(visibleRows: Int) {
        offset = ListState.scrollOffset(offset: offset, selected: selected, itemCount: itemCount,
                                        visibleRows: visibleRows)
    }

    public func ensuringVisible(visibleRows: Int) -> ListState {
        var copy = self
        copy.ensureVisible(visibleRows: visibleRows)
        return copy
    }

    /// The items shown in a view of `visibleRows` rows starting at `offset`.
    public func visibleRange(visibleRows: Int) -> Range<Int> {
        let start = min(offset, itemCount)
        return start..<min(itemCount, start + max(0, visibleRows))
    }

    /// The offset that shows `selected` (if any), starting from `offset`. Shared with
    /// widgets that take a plain index, such as a read-only `Table`.
    public static func scrollOffset(offset: Int, selected: Int?, itemCount: Int, visibleRows: Int) -> Int {
        let rows = max(1, visibleRows)
        var o = max(0, offset)
        if let s = selected, s >= 0, s < itemCount {
            if s < o { o = s }
            if s >= o + rows { o = s - rows + 1 }
        }
        return max(0, min(o, itemCount - rows))
    }

    private mutating func clamp() {
        if itemCount < 0 { itemCount = 0 }
        if itemCount == 0 {
            selected = nil
            offset = 0
            return
        }
        selected = min(max(0, selected ?? 0), itemCount - 1)
        offset = min(max(0, offset), itemCount - 1)
    }
}
