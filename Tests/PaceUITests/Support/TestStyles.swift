@testable import PaceUI

/// Distinct styles for tests, so a style map can tell them apart. Their colours
/// mean nothing; themes choose the real ones.
enum TestStyles {
    static let border = Style(foreground: .ansi(4))
    static let focused = Style(foreground: .ansi(3), attributes: .bold)
    static let title = Style(foreground: .ansi(6))
    static let header = Style(attributes: .bold)
    static let selected = Style(background: .ansi(4))
    static let red = Style(foreground: .ansi(1))
    static let green = Style(foreground: .ansi(2))
    static let dim = Style(attributes: .dim)
    static let input = Style(attributes: .underline)
}
