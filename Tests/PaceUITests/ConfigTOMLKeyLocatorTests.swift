import Testing
@testable import PaceUI

/// Finding the line of a key, which TOMLKit does not report for values.
@Suite struct ConfigTOMLKeyLocatorTests {
    let text = """
        # a comment with key = "not a key"
        inherits = "default"   # trailing comment

        [roles]
        text = { fg = 7, attrs = ["bold"] }
        "quoted key" = 1

        [roles.late]
        fg = 196
        attrs = [
          "bold",
          "fake = 1",
        ]
        bg = 1
        notes = \"\"\"
        looks = "like a key"
        \"\"\"
        fg16 = "red"
        [[list.items]]
        name = "x"
        a.b.c = 3
        """

    @Test func findsKeysTablesAndInlineTableMembers() {
        let locator = TOMLKeyLocator(text: text)
        #expect(locator.line(of: ["inherits"]) == 2)
        #expect(locator.line(of: ["roles"]) == 4)
        #expect(locator.line(of: ["roles", "text"]) == 5)
        #expect(locator.line(of: ["roles", "text", "attrs"]) == 5)
        #expect(locator.line(of: ["roles", "quoted key"]) == 6)
        #expect(locator.line(of: ["roles", "late"]) == 8)
        #expect(locator.line(of: ["roles", "late", "fg"]) == 9)
        #expect(locator.line(of: ["roles", "late", "attrs"]) == 10)
        #expect(locator.line(of: ["roles", "late", "bg"]) == 14)
        #expect(locator.line(of: ["roles", "late", "fg16"]) == 18)
        #expect(locator.line(of: ["list", "items", "name"]) == 20)
        #expect(locator.line(of: ["list", "items", "a", "b", "c"]) == 21)
        // An implicit table is found at its first child.
        #expect(locator.line(of: ["list"]) == 19)
        #expect(locator.line(of: ["nowhere"]) == nil)
    }

    @Test func valuesThatLookLikeKeysAreNotKeys() {
        let locator = TOMLKeyLocator(text: text)
        // Text inside a multi-line array or string is a value: asking for it finds only
        // the enclosing table.
        #expect(locator.line(of: ["roles", "late", "fake"]) == 8)
        #expect(locator.line(of: ["roles", "late", "looks"]) == 8)
        #expect(locator.line(of: ["key"]) == nil)
    }
}
