import Foundation

/// A throwaway `$XDG_CONFIG_HOME` for tests that read real files.
struct ConfigTestDirectory {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("pace-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    var environment: [String: String] { ["XDG_CONFIG_HOME": root.path, "HOME": "/nonexistent"] }
    var paceline: URL { root.appendingPathComponent("paceline") }
    var themes: URL { paceline.appendingPathComponent("themes") }

    @discardableResult
    func write(_ relativePath: String, _ text: String) throws -> URL {
        let url = root.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func theme(_ name: String, _ text: String) throws {
        try write("paceline/themes/\(name).toml", text)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
