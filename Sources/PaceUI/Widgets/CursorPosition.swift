/// Where the terminal cursor should sit after a frame is drawn (canvas coordinates).
/// Widgets with a text input report it; the backend moves the real cursor there,
/// which is what input methods and screen readers follow.
public struct CursorPosition: Hashable, Sendable {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}
