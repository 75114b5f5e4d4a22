import CNcurses

/// ncurses mouse button states (`MEVENT.bstate`) → what the app sees.
enum MouseMapping {
    struct Masks: Sendable {
        var button1Pressed: UInt64
        var button1Released: UInt64
        var button1Clicked: UInt64
        var wheelUp: UInt64
        var wheelDown: UInt64

        /// The masks of the ncurses this was built against (they differ between
        /// mouse protocol versions 1 and 2, so they are not hard-coded).
        static let ncurses = Masks(
            button1Pressed: pace_button1_pressed(),
            button1Released: pace_button1_released(),
            button1Clicked: pace_button1_clicked(),
            wheelUp: pace_button4_pressed(),
            wheelDown: pace_button5_pressed()
        )

        /// What the backend asks ncurses to report: press and release rather than
        /// clicks (ncurses would delay a press to see whether a release follows),
        /// and the wheel.
        var requested: UInt64 { button1Pressed | button1Released | wheelUp | wheelDown }
    }

    /// The events in one `bstate`, in the order they happened. A click, should
    /// ncurses report one, is a press then a release.
    static func kinds(bstate: UInt64, masks: Masks = .ncurses) -> [MouseEvent.Kind] {
        var kinds: [MouseEvent.Kind] = []
        if bstate & masks.button1Pressed != 0 { kinds.append(.press) }
        if bstate & masks.button1Clicked != 0 { kinds.append(contentsOf: [.press, .release]) }
        if bstate & masks.button1Released != 0 { kinds.append(.release) }
        if bstate & masks.wheelUp != 0 { kinds.append(.wheelUp) }
        if bstate & masks.wheelDown != 0 { kinds.append(.wheelDown) }
        return kinds
    }
}
