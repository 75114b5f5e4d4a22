/// Where each part of the dashboard goes for a terminal size. `update` uses it for page
/// sizes and mouse hits, the view for drawing, so they always agree.
public struct Layout: Hashable, Sendable {
    public static let minimumWidth = 40
    public static let minimumHeight = 12

    public var header: Rect
    public var footer: Rect
    public var body: Rect
    public var panes: [AppState.Pane: Rect]
    public var tooSmall: Bool

    public init(width: Int, height: Int, zoomed: Bool, focus: AppState.Pane) {
        tooSmall = width < Layout.minimumWidth || height < Layout.minimumHeight
        header = Rect(x: 0, y: 0, width: width, height: 2)
        footer = Rect(x: 0, y: height - 1, width: width, height: 1)
        body = Rect(x: 0, y: 2, width: width, height: height - 3)
        panes = [:]
        if tooSmall { return }
        if zoomed {
            panes[focus] = body
            return
        }
        if width >= 120 {
            // Three side by side: tasks get half, the others a quarter each.
            let (tasks, rest) = body.splitLeft(body.width / 2)
            let (deadlines, load) = rest.splitLeft(rest.width / 2)
            panes = [.tasks: tasks, .deadlines: deadlines, .load: load]
        } else if width >= 80 {
            let (tasks, rest) = body.splitTop(body.height * 11 / 20)
            let (deadlines, load) = rest.splitLeft(rest.width / 2)
            panes = [.tasks: tasks, .deadlines: deadlines, .load: load]
        } else {
            let (tasks, rest) = body.splitTop(body.height / 2)
            let (deadlines, load) = rest.splitTop(rest.height / 2)
            panes = [.tasks: tasks, .deadlines: deadlines, .load: load]
        }
    }

    public init(_ state: AppState) {
        self.init(width: state.width, height: state.height, zoomed: state.zoomed, focus: state.focus)
    }

    /// Rows of list content a pane shows: inside the frame, below its column header.
    public func visibleRows(_ pane: AppState.Pane) -> Int {
        guard let r = panes[pane] else { return 1 }
        return max(1, r.height - 3)
    }

    /// The rectangle the board uses (the whole body).
    public var board: Rect { body }
}
