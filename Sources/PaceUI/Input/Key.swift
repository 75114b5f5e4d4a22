/// A key press as the app sees it, independent of ncurses' key codes.
public enum Key: Hashable, Sendable {
    /// A printable character (already decoded from UTF-8), e.g. `j`, `G`, `?`, `é`.
    case char(Character)
    /// Alt (Meta) + character, sent by terminals as ESC followed by the character.
    case alt(Character)
    /// Ctrl + letter, e.g. `.ctrl("c")`.
    case ctrl(Character)
    case enter, escape, tab, backTab, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
}

/// A mouse event in canvas coordinates.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, release, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int
    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}

/// What the terminal reports between two frames.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
}
