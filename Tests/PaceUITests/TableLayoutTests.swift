import Testing
@testable import PaceUI

@Suite struct TableLayoutTests {
    typealias Column = Table.Column

    @Test func flexColumnTakesTheSpareWidth() {
        let columns = [Column("ID", width: .fixed(6)), Column("Title", width: .flex(min: 5)), Column("Due", width: .fixed(4))]
        #expect(TableLayout.columnWidths(for: columns, available: 30) == [6, 18, 4])
        // Spacing is only between columns: 6 + 1 + 18 + 1 + 4 = 30.
        #expect(TableLayout.columnWidths(for: columns, available: 30, spacing: 3) == [6, 14, 4])
    }

    @Test func spareWidthIsSharedByWeightWithTheRemainderGoingLeft() {
        let weighted = [Column("a", width: .flex(min: 2, weight: 1)), Column("b", width: .flex(min: 2, weight: 2))]
        #expect(TableLayout.columnWidths(for: weighted, available: 20) == [7, 12])
        let even = [Column("a", width: .flex(min: 1)), Column("b", width: .flex(min: 1))]
        #expect(TableLayout.columnWidths(for: even, available: 8) == [4, 3])
    }

    @Test func percentIsOfTheWholeWidth() {
        let columns = [Column("a", width: .percent(50)), Column("b", width: .flex(min: 3))]
        #expect(TableLayout.columnWidths(for: columns, available: 40) == [20, 19])
    }

    @Test func withoutFlexColumnsTheRestOfTheRowStaysEmpty() {
        let columns = [Column("a", width: .fixed(3)), Column("b", width: .fixed(2))]
        #expect(TableLayout.columnWidths(for: columns, available: 20) == [3, 2])
    }

    @Test func lowestPriorityColumnsAreDroppedFirstAsTheWidthShrinks() {
        let columns = [
            Column("ID", width: .fixed(6), priority: 3),
            Column("Title", width: .flex(min: 10), priority: 5),
            Column("Owner", width: .fixed(8), priority: 1),
            Column("Due", width: .fixed(5), priority: 2),
        ]
        #expect(TableLayout.columnWidths(for: columns, available: 40) == [6, 18, 8, 5])
        #expect(TableLayout.columnWidths(for: columns, available: 32) == [6, 10, 8, 5])
        #expect(TableLayout.columnWidths(for: columns, available: 31) == [6, 18, 0, 5])
        #expect(TableLayout.columnWidths(for: columns, available: 22) == [6, 15, 0, 0])
        #expect(TableLayout.columnWidths(for: columns, available: 16) == [0, 16, 0, 0])
        // The most important column is never dropped, only narrowed.
        #expect(TableLayout.columnWidths(for: columns, available: 4) == [0, 4, 0, 0])
        #expect(TableLayout.columnWidths(for: columns, available: 0) == [0, 0, 0, 0])
    }

    @Test func onEqualPriorityTheRightmostColumnGoesFirst() {
        let columns = [Column("a", width: .fixed(5)), Column("b", width: .fixed(5)), Column("c", width: .fixed(5))]
        #expect(TableLayout.columnWidths(for: columns, available: 11) == [5, 5, 0])
        #expect(TableLayout.columnWidths(for: columns, available: 10) == [5, 0, 0])
    }

    @Test func degenerateSpecsStillGiveEveryShownColumnACell() {
        #expect(TableLayout.columnWidths(for: [], available: 10) == [])
        let columns = [Column("a", width: .fixed(0)), Column("b", width: .flex(min: -3, weight: 0)),
                       Column("c", width: .percent(-10))]
        #expect(TableLayout.columnWidths(for: columns, available: 10) == [1, 1, 1])
        #expect(TableLayout.columnWidths(for: columns, available: -5) == [0, 0, 0])
    }
}
