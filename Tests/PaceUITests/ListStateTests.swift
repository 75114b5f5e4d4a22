import Testing
@testable import PaceUI

@Suite struct ListStateTests {
    @Test func emptyListHasNoSelectionAndInitClamps() {
        let empty = ListState(itemCount: 0)
        #expect(empty.selected == nil)
        #expect(empty.offset == 0)
        let clamped = ListState(itemCount: 5, selected: 9, offset: 7)
        #expect(clamped.selected == 4)
        #expect(clamped.offset == 4)
        #expect(ListState(itemCount: 3, selected: nil).selected == 0)
        #expect(ListState(itemCount: -2).itemCount == 0)
    }

    @Test func moveByStopsAtTheEnds() {
        var s = ListState(itemCount: 5)
        s.moveBy(1)
        #expect(s.selected == 1)
        s.moveBy(10)
        #expect(s.selected == 4)
        s.moveBy(-2)
        #expect(s.selected == 2)
        s.moveBy(-10)
        #expect(s.selected == 0)
        s.select(3)
        #expect(s.selected == 3)
        s.select(-1)
        #expect(s.selected == 0)

        var empty = ListState()
        empty.moveBy(1)
        empty.select(2)
        empty.pageDown(visibleRows: 3)
        empty.bottom()
        #expect(empty.selected == nil)
    }

    @Test func pagingMovesSelectionAndViewTogether() {
        var s = ListState(itemCount: 10)
        s.pageDown(visibleRows: 3)
        #expect((s.selected, s.offset) == (3, 3))
        s.pageDown(visibleRows: 3)
        #expect((s.selected, s.offset) == (6, 6))
        // The view stops at the last page; the selection goes on to the last item.
        s.pageDown(visibleRows: 3)
        #expect((s.selected, s.offset) == (9, 7))
        s.pageDown(visibleRows: 3)
        #expect((s.selected, s.offset) == (9, 7))
        s.pageUp(visibleRows: 3)
        #expect((s.selected, s.offset) == (6, 4))
        s.pageUp(visibleRows: 3)
        s.pageUp(visibleRows: 3)
        #expect((s.selected, s.offset) == (0, 0))
    }

    @Test func topAndBottom() {
        var s = ListState(itemCount: 10)
        s.bottom()
        #expect(s.selected == 9)
        s.ensureVisible(visibleRows: 3)
        #expect(s.offset == 7)
        s.top()
        #expect((s.selected, s.offset) == (0, 0))
    }

    @Test func ensureVisibleScrollsTheLeastNeeded() {
        var s = ListState(itemCount: 20, selected: 10, offset: 0)
        s.ensureVisible(visibleRows: 4)
        #expect(s.offset == 7)
        s.moveBy(-1)
        s.ensureVisible(visibleRows: 4)
        #expect(s.offset == 7)
        s.moveBy(-3)
        s.ensureVisible(visibleRows: 4)
        #expect(s.offset == 6)
        #expect(s.visibleRange(visibleRows: 4) == 6..<10)
        // A pane with no room at all still keeps a sane offset.
        s.ensureVisible(visibleRows: 0)
        #expect(s.offset == 6)
        // Exactly one row below the view scrolls by exactly one.
        var edge = ListState(itemCount: 10, selected: 3)
        edge.ensureVisible(visibleRows: 3)
        #expect(edge.offset == 1)
        // A copy for the view, the original untouched.
        let shown = ListState(itemCount: 20, selected: 15).ensuringVisible(visibleRows: 5)
        #expect(shown.offset == 11)
    }

    @Test func shrinkingTheListClampsSelectionAndOffset() {
        var s = ListState(itemCount: 10)
        s.select(8)
        s.ensureVisible(visibleRows: 3)
        #expect(s.offset == 6)
        s.itemCount = 4
        #expect(s.selected == 3)
        #expect(s.offset == 3)
        s.ensureVisible(visibleRows: 3)
        #expect(s.offset == 1)
        #expect(s.visibleRange(visibleRows: 3) == 1..<4)

        s.itemCount = 0
        #expect(s.selected == nil)
        #expect(s.offset == 0)
        #expect(s.visibleRange(visibleRows: 3) == 0..<0)
        s.itemCount = 2
        #expect(s.selected == 0)
    }

    @Test func scrollOffsetForAPlainIndex() {
        #expect(ListState.scrollOffset(offset: 0, selected: 5, itemCount: 10, visibleRows: 3) == 3)
        #expect(ListState.scrollOffset(offset: 9, selected: nil, itemCount: 10, visibleRows: 3) == 7)
        #expect(ListState.scrollOffset(offset: 4, selected: 2, itemCount: 10, visibleRows: 3) == 2)
        #expect(ListState.scrollOffset(offset: 4, selected: 42, itemCount: 10, visibleRows: 3) == 4)
        #expect(ListState.scrollOffset(offset: 4, selected: 0, itemCount: 2, visibleRows: 5) == 0)
    }
}
