/// What one `[roles.NAME]` table says about a role. Keys left out keep the base
/// theme's value, so a user theme can change just `fg` of `late` and keep its bold.
struct StylePatch: Hashable, Sendable {
    var foreground: Color?
    var background: Color?
    var foreground16: Color?
    var background16: Color?
    var attributes: Attributes?

    func applied(to base: Style) -> Style {
        var style = base
        if let foreground {
            style.foreground = foreground
            // A new fg without fg16 must not keep the base's fallback: that would show
            // a different colour on 16-colour terminals than the author chose.
            style.foreground16 = foreground16 ?? ANSIPalette.nearest16(foreground)
        } else if let foreground16 {
            style.foreground16 = foreground16
        }
        if let background {
            style.background = background
            style.background16 = background16 ?? ANSIPalette.nearest16(background)
        } else if let background16 {
            style.background16 = background16
        }
        if let attributes { style.attributes = attributes }
        return style
    }
}
