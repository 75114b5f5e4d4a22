import Testing
@testable import PaceUI

@Suite struct TableTests {
    static let columns = [
        Table.Column("ID", width: .fixed(6), priority: 3),
        Table.Column("Title", width: .flex(min: 5), priority: 5),
        Table.Column("Due", width: .fixed(4), alignment: .right, priority: 2),
    ]

    static let rows = [
        Table.Row(["WEB-1", "Fix login", Span("3d", style: TestStyles.red)]),
        Table.Row(["WEB-12", "Move the database to Postgres", Span("12d", style: TestStyles.red)]),
        Table.Row(["WEB-3", "日本語のタスク", "1d"]),
    ]

    static func table(_ glyphs: Glyphs = .unicode, rows: [Table.Row] = rows, header: Bool = true) -> Table {
        Table(columns: columns, rows: rows, showsHeader: header,
              styles: Table.Styles(header: TestStyles.header, selected: TestStyles.selected), glyphs: glyphs)
    }

    /// One flexible column, for the scrolling tests.
    static func names(_ count: Int, header: Bool = true) -> Table {
        Table(columns: [Table.Column("Name", width: .flex(min: 1))], rows: (0..<count).map { Table.Row(["T\($0)"]) },
              showsHeader: header, glyphs: .unicode)
    }

    @Test func headerRowsAlignmentAndEllipsis() {
        var c = Canvas(width: 24, height: 4)
        Self.table().render(into: &c, area: c.bounds, selected: 1, offset: 0)
        expectSnapshot(c, """
            ID     Title         Due
            WEB-1  Fix login      3d
            WEB-12 Move the da…  12d
            WEB-3  日本語のタ…    1d
            """)
    }

    @Test func selectedRowIsHighlightedKeepingCellColours() {
        var c = Canvas(width: 24, height: 4)
        Self.table().render(into: &c, area: c.bounds, selected: 1, offset: 0)
        expectStyles(c, [".": .plain, "h": TestStyles.header, "r": TestStyles.red, "s": TestStyles.selected,
                         "x": Style(foreground: .ansi(1), background: .ansi(4))], """
            hhhhhhhhhhhhhhhhhhhhhhhh
            ....................rrrr
            ssssssssssssssssssssxxxx
            ........................
            """)
    }

    @Test func narrowTableDropsTheLowPriorityColumn() {
        var c = Canvas(width: 16, height: 4)
        Self.table().render(into: &c, area: c.bounds, selected: nil, offset: 0)
        expectSnapshot(c, """
            ID     Title
            WEB-1  Fix login
            WEB-12 Move the…
            WEB-3  日本語の…
            """)
    }

    @Test func veryNarrowTableKeepsOnlyTheMostImportantColumn() {
        var c = Canvas(width: 8, height: 3)
        Self.table(.ascii).render(into: &c, area: c.bounds, selected: nil, offset: 0)
        expectSnapshot(c, """
            Title
            Fix log~
            Move th~
            """)
    }

    @Test func scrollsToKeepTheSelectionVisible() {
        var c = Canvas(width: 6, height: 4)
        Self.names(10).render(into: &c, area: c.bounds, selected: 7, offset: 0)
        expectSnapshot(c, """
            Name
            T5
            T6
            T7
            """)

        // An offset past the end is pulled back so the last rows fill the view.
        var d = Canvas(width: 6, height: 4)
        Self.names(10).render(into: &d, area: d.bounds, selected: nil, offset: 8)
        expectSnapshot(d, """
            Name
            T7
            T8
            T9
            """)
    }

    @Test func rendersFromListState() {
        var state = ListState(itemCount: 10)
        state.select(4)
        state.ensureVisible(visibleRows: 2)
        var c = Canvas(width: 6, height: 2)
        Self.names(10, header: false).render(into: &c, area: c.bounds, state: state)
        expectSnapshot(c, """
            T3
            T4
            """)
        #expect(Self.names(10, header: false).visibleRows(in: c.bounds) == 2)
        #expect(Self.names(10).visibleRows(in: c.bounds) == 1)
    }

    @Test func rowStyleCoversTheGapsAndMissingCellsAreBlank() {
        var c = Canvas(width: 14, height: 1)
        let table = Table(columns: Self.columns, rows: [Table.Row(["A"], style: TestStyles.green)], showsHeader: false,
                          glyphs: .unicode)
        table.render(into: &c, area: c.bounds, selected: nil, offset: 0)
        expectSnapshot(c, "A")
        expectStyles(c, ["g": TestStyles.green], "gggggggggggggg")
    }

    @Test func tinyAreasNeverCrash() {
        var empty = Canvas(width: 0, height: 0)
        Self.table().render(into: &empty, area: empty.bounds, selected: 0, offset: 0)
        var one = Canvas(width: 1, height: 1)
        Self.table().render(into: &one, area: one.bounds, selected: 2, offset: 5)
        expectSnapshot(one, "…")
        var noRows = Canvas(width: 20, height: 1)
        Self.table(rows: []).render(into: &noRows, area: Rect(x: 0, y: 0, width: 20, height: 3), selected: 0, offset: 3)
        expectSnapshot(noRows, "ID     Title     Due")
    }
}
