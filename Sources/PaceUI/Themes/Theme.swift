/// A complete set of styles: one `Style` for every `Role`.
///
/// A theme can only be built from a function over all roles, so a view can never meet
/// a role its theme forgot; partial theme files are completed from their base theme
/// when they are loaded (see `ThemeCatalog`).
public struct Theme: Hashable, Sendable {
    public let name: String
    private let styles: [Role: Style]

    public init(name: String, style: (Role) -> Style) {
        self.name = name
        var styles: [Role: Style] = [:]
        for role in Role.allCases { styles[role] = style(role) }
        self.styles = styles
    }

    public subscript(role: Role) -> Style {
        // Every role was filled in by init, so the fallback is never taken.
        styles[role] ?? .plain
    }

    /// The last resort when not even the bundled default theme can be read (a broken
    /// install). It uses attributes only, so it works on any terminal and keeps the few
    /// distinctions the dashboard cannot do without. The real themes live in
    /// `themes/*.toml`; this is deliberately not a copy of any of them.
    public static let emergency = Theme(name: "builtin") { role in
        switch role {
        case .selection, .statusBar: Style(attributes: .reverse)
        case .selectionUnfocused, .header: Style(attributes: .underline)
        case .borderFocused, .title, .late, .footerError, .priorityUrgent, .loadOver, .helpKey:
            Style(attributes: .bold)
        case .muted, .statusDone, .statusCancelled, .changeOld: Style(attributes: .dim)
        default: .plain
        }
    }
}
