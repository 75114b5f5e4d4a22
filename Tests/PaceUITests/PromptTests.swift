import Testing
@testable import PaceUI

@Suite struct PromptTests {
    static func background(width: Int, height: Int) -> Canvas {
        var c = Canvas(width: width, height: height)
        c.fill(c.bounds, with: "x")
        return c
    }

    static let styles = Prompt.Styles(label: TestStyles.header, input: TestStyles.input, hint: TestStyles.dim,
                                      error: TestStyles.red)

    static func prompt(hint: String? = "enter save", error: String? = "Title is required") -> Prompt {
        Prompt(title: "New task", label: "Title", input: TextInput("Fix login"), hint: hint, error: error, width: 26,
               styles: styles, glyphs: .unicode)
    }

    @Test func centredBoxWithLabelInputHintAndError() {
        var c = Self.background(width: 30, height: 8)
        let cursor = Self.prompt().render(into: &c, area: c.bounds)
        expectSnapshot(c, """
            xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
            xx┌─ New task ─────────────┐xx
            xx│ Title                  │xx
            xx│ Fix login              │xx
            xx│ enter save             │xx
            xx│ Title is required      │xx
            xx└────────────────────────┘xx
            xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
            """)
        #expect(cursor == CursorPosition(x: 13, y: 3))
        #expect(c[4, 2].style == TestStyles.header)
        #expect(c[4, 3].style == TestStyles.input)
        #expect(c[20, 3].style == TestStyles.input)
        #expect(c[4, 4].style == TestStyles.dim)
        #expect(c[4, 5].style == TestStyles.red)
    }

    @Test func withoutHintAndErrorTheBoxShrinks() {
        var c = Self.background(width: 30, height: 6)
        let cursor = Self.prompt(hint: nil, error: nil).render(into: &c, area: c.bounds)
        expectSnapshot(c, """
            xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
            xx┌─ New task ─────────────┐xx
            xx│ Title                  │xx
            xx│ Fix login              │xx
            xx└────────────────────────┘xx
            xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
            """)
        #expect(cursor == CursorPosition(x: 13, y: 3))
    }

    @Test func squeezedBoxKeepsTheInputThenTheError() {
        var c = Self.background(width: 20, height: 4)
        let cursor = Self.prompt().render(into: &c, area: c.bounds)
        expectSnapshot(c, """
            ┌─ New task ───────┐
            │ Fix login        │
            │ Title is requir… │
            └──────────────────┘
            """)
        #expect(cursor == CursorPosition(x: 11, y: 1))
    }

    @Test func longInputScrollsInsideTheBox() {
        var c = Canvas(width: 16, height: 3)
        let p = Prompt(label: "", input: TextInput("a fairly long title"), styles: Self.styles, glyphs: .ascii)
        let cursor = p.render(into: &c, area: c.bounds)
        expectSnapshot(c, """
            +--------------+
            | ~long title  |
            +--------------+
            """)
        #expect(cursor == CursorPosition(x: 13, y: 1))
    }

    @Test func tinyAreasNeverCrash() {
        var empty = Canvas(width: 0, height: 0)
        #expect(Self.prompt().render(into: &empty, area: empty.bounds) == nil)
        var one = Canvas(width: 1, height: 1)
        #expect(Self.prompt().render(into: &one, area: one.bounds) == nil)
        var two = Canvas(width: 2, height: 2)
        #expect(Self.prompt().render(into: &two, area: two.bounds) == nil)
        expectSnapshot(two, """
            ┌┐
            └┘
            """)
        var three = Canvas(width: 3, height: 3)
        #expect(Self.prompt().render(into: &three, area: three.bounds) == CursorPosition(x: 1, y: 1))
        expectSnapshot(three, """
            ┌─┐
            │ │
            └─┘
            """)
    }
}
