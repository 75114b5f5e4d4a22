/// A report laid out as headings, paragraphs, tables, lists, notes and charts, built
/// once from a `StatusReport` or `DebriefReport` and rendered by `ReportMarkdown` and
/// `ReportHTML`, so both formats say the same things in the same order. All text in it
/// is plain (user text included): each renderer escapes everything for its format.
public struct ReportDocument: Hashable, Sendable {
    public enum Tone: String, Hashable, Sendable {
        case good, warn, bad, muted
    }

    public enum Inline: Hashable, Sendable {
        case text(String)
        case strong(String)
        /// A command or literal: code in Markdown and HTML.
        case code(String)
        case toned(String, Tone)
    }

    public struct Cell: Hashable, Sendable {
        public var inlines: [Inline]
        public init(_ inlines: [Inline]) { self.inlines = inlines }
        public init(_ text: String, _ tone: Tone? = nil) {
            inlines = text.isEmpty ? [] : [tone.map { .toned(text, $0) } ?? .text(text)]
        }
    }

    public struct Column: Hashable, Sendable {
        public var header: String
        public var numeric: Bool
        public init(_ header: String, numeric: Bool = false) {
            self.header = header
            self.numeric = numeric
        }
    }

    public struct Table: Hashable, Sendable {
        public var columns: [Column]
        public var rows: [[Cell]]
        /// A totals row, set apart.
        public var footer: [Cell]?
        public init(_ columns: [Column], _ rows: [[Cell]], footer: [Cell]? = nil) {
            self.columns = columns
            self.rows = rows
            self.footer = footer
        }
    }

    public struct Item: Hashable, Sendable {
        public var inlines: [Inline]
        /// Numbered lines under the item (a driving chain).
        public var steps: [[Inline]]
        public init(_ inlines: [Inline], steps: [[Inline]] = []) {
            self.inlines = inlines
            self.steps = steps
        }
    }

    /// Charts are drawn in HTML only; Markdown leaves them out (the tables carry the figures).
    public enum Chart: Hashable, Sendable {
        /// Scope, done and remaining hours per day.
        case burnup(title: String, days: [BurndownDay])
        /// One bar per label, e.g. tasks done per week; `texts` label the bars when given.
        case bars(title: String, labels: [String], values: [Double], unit: String, texts: [String]?)
        /// Two horizontal bars per row (planned against actual), with the figures as text.
        case pairs(title: String, first: String, second: String, rows: [PairRow])
    }

    public struct PairRow: Hashable, Sendable {
        public var label: String
        public var first: Double
        public var second: Double
        public var firstText: String
        public var secondText: String
        public init(label: String, first: Double, second: Double, firstText: String, secondText: String) {
            self.label = label
            self.first = first
            self.second = second
            self.firstText = firstText
            self.secondText = secondText
        }
    }

    public enum Block: Hashable, Sendable {
        /// Level 2 starts a section, level 3 a part of one.
        case heading(Int, String)
        case paragraph([Inline])
        case table(Table)
        case list([Item])
        /// A remark set apart: what a figure needs, or why one is missing.
        case note([Inline])
        case chart(Chart)
    }

    public var title: String
    /// The line under the title: client, date, period, baseline.
    public var meta: [Inline]
    public var blocks: [Block]

    public init(title: String, meta: [Inline], blocks: [Block]) {
        self.title = title
        self.meta = meta
        self.blocks = blocks
    }
}
