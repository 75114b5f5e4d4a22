extension Style {
    /// This style with `highlight` laid over it: the highlight's colours win where it
    /// sets one (not `.terminalDefault`), attributes add up. A selected row thus keeps
    /// an "overdue" red foreground when the selection style only sets a background or
    /// `.reverse`.
    public func highlighted(with highlight: Style) -> Style {
        var s = self
        if highlight.foreground != .terminalDefault { s.foreground = highlight.foreground }
        if highlight.background != .terminalDefault { s.background = highlight.background }
        if highlight.foreground16 != .terminalDefault { s.foreground16 = highlight.foreground16 }
        if highlight.background16 != .terminalDefault { s.background16 = highlight.background16 }
        s.attributes.formUnion(highlight.attributes)
        return s
    }
}
