import Testing
@testable import PaceUI

@Suite struct ListViewTests {
    static let items: [TextLine] = ["Alice", "Bob", "Carol", "日本語の名前です"]

    @Test func scrollsToTheSelectionAndMarksIt() {
        var c = Canvas(width: 10, height: 3)
        let state = ListState(itemCount: 4, selected: 3)
        ListView(items: Self.items, styles: ListView.Styles(selected: TestStyles.selected), glyphs: .unicode)
            .render(into: &c, area: c.bounds, state: state)
        expectSnapshot(c, """
              Bob
              Carol
            ▸ 日本語…
            """)
        expectStyles(c, [".": .plain, "s": TestStyles.selected], """
            ..........
            ..........
            ssssssssss
            """)
    }

    @Test func asciiPointerAndNoPointer() {
        var c = Canvas(width: 8, height: 2)
        ListView(items: Self.items, glyphs: .ascii).render(into: &c, area: c.bounds, state: ListState(itemCount: 4))
        expectSnapshot(c, """
            > Alice
              Bob
            """)
        var d = Canvas(width: 4, height: 2)
        ListView(items: Self.items, showsPointer: false, glyphs: .ascii)
            .render(into: &d, area: d.bounds, state: ListState(itemCount: 4, selected: 2))
        expectSnapshot(d, """
            Bob
            Car~
            """)
    }

    @Test func spansKeepTheirStylesAndTheRestUsesTheItemStyle() {
        var c = Canvas(width: 12, height: 1)
        let item = TextLine([Span("WEB-1", style: TestStyles.dim), Span(" Fix")])
        ListView(items: [item], showsPointer: false, styles: ListView.Styles(item: TestStyles.green,
                                                                           selected: Style()),
                 glyphs: .unicode)
            .render(into: &c, area: c.bounds, state: ListState(itemCount: 1))
        expectSnapshot(c, "WEB-1 Fix")
        expectStyles(c, ["d": TestStyles.dim, "g": TestStyles.green], "dddddggggggg")
    }

    @Test func staleStateLargerThanTheItemsIsIgnored() {
        var c = Canvas(width: 8, height: 2)
        ListView(items: ["one"], glyphs: .unicode).render(into: &c, area: c.bounds, state: ListState(itemCount: 9, selected: 7))
        expectSnapshot(c, "  one\n")
    }

    @Test func tinyAreasNeverCrash() {
        var empty = Canvas(width: 0, height: 0)
        ListView(items: Self.items, glyphs: .unicode).render(into: &empty, area: empty.bounds, state: ListState(itemCount: 4))
        var one = Canvas(width: 1, height: 1)
        ListView(items: Self.items, glyphs: .unicode).render(into: &one, area: one.bounds, state: ListState(itemCount: 4))
        expectSnapshot(one, "▸")
        var two = Canvas(width: 3, height: 1)
        ListView(items: Self.items, glyphs: .unicode).render(into: &two, area: two.bounds,
                                                             state: ListState(itemCount: 4, selected: 3))
        expectSnapshot(two, "▸ …")
    }
}
