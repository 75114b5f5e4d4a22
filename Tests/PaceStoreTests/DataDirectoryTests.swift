import Foundation
import Testing
@testable import PaceStore

@Suite struct DataDirectoryTests {
    @Test func resolutionOrder() {
        let env = ["HOME": "/home/ann", "XDG_DATA_HOME": "/xdg", "PACELINE_HOME": "/ph"]
        #expect(DataDirectory.resolve(explicit: "/given", environment: env).url.path == "/given")
        #expect(DataDirectory.resolve(explicit: nil, environment: env).url.path == "/ph")
        var e = env
        e["PACELINE_HOME"] = nil
        #expect(DataDirectory.resolve(explicit: nil, environment: e).url.path == "/xdg/paceline")
        e["XDG_DATA_HOME"] = nil
        #expect(DataDirectory.resolve(explicit: nil, environment: e).url.path == "/home/ann/.local/share/paceline")
        #expect(DataDirectory.resolve(explicit: "~/w", environment: e).url.path == "/home/ann/w")
        #expect(DataDirectory.demo(environment: e).url.path == "/home/ann/.local/share/paceline/demo")
    }

    @Test func createsDirectoryPrivateToTheUser() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("pace-dd-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let dir = DataDirectory(url: base.appendingPathComponent("a/b"))
        try dir.create()
        let attrs = try FileManager.default.attributesOfItem(atPath: dir.url.path)
        #expect((attrs[.posixPermissions] as? NSNumber)?.intValue == 0o700)
        try dir.create()
    }
}
