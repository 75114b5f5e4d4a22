import Testing
@testable import PaceUI

/// The snapshot helper is what every widget test relies on, so it is tested too: a
/// helper that never fails would make all the snapshots meaningless.
@Suite struct SnapshotTests {
    @Test func equalTextGivesNoDiffAndTrailingSpacesDoNotCount() {
        var c = Canvas(width: 5, height: 2)
        c.put("ab", x: 0, y: 0)
        c.put("c", x: 2, y: 1)
        #expect(snapshotDiff(actual: c.text, expected: "ab   \n  c") == nil)
        expectSnapshot(c, """
            ab
              c
            """)
    }

    @Test func mismatchListsNumberedLinesWithExpectedAndActual() {
        let diff = snapshotDiff(actual: "same\nactual\nextra", expected: "same\nwanted")
        #expect(diff == """
            Snapshot mismatch (2 lines expected, 3 actual; - expected, + actual):
              1 |same
            - 2 |wanted
            + 2 |actual
            + 3 |extra
            """)
    }

    @Test func expectSnapshotRecordsAnIssueOnMismatch() {
        var c = Canvas(width: 3, height: 1)
        c.put("abc", x: 0, y: 0)
        withKnownIssue {
            expectSnapshot(c, "abd")
        }
    }

    @Test func styleMapNamesEachCellsStyle() {
        var c = Canvas(width: 4, height: 1)
        c.put("ab", x: 1, y: 0, style: TestStyles.red)
        c[3, 0].style = TestStyles.green
        #expect(styleMap(c, [".": .plain, "r": TestStyles.red]) == ".rr?")
        withKnownIssue {
            expectStyles(c, [".": .plain, "r": TestStyles.red], "rrr?")
        }
    }
}
