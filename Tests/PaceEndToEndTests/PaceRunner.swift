import Foundation

/// Runs the built `pace` binary the way a user would, against a throwaway data
/// directory, with a fixed clock and user.
struct PaceRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    let dataDir: URL
    var environment: [String: String]

    init(now: String = "2026-11-30T09:00:00Z", user: String = "alice") throws {
        dataDir = FileManager.default.temporaryDirectory
            .appendingPathComponent("pace-e2e-\(UUID().uuidString)")
        var env = ProcessInfo.processInfo.environment
        env["PACELINE_HOME"] = dataDir.path
        env["PACELINE_NOW"] = now
        env["PACELINE_USER"] = user
        env["TZ"] = "UTC"
        env["NO_COLOR"] = "1"
        env["COLUMNS"] = "120"
        environment = env
    }

    static var binary: URL {
        // Tests/PaceEndToEndTests/PaceRunner.swift → package root
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        if let explicit = ProcessInfo.processInfo.environment["PACE_BINARY"] {
            return URL(fileURLWithPath: explicit)
        }
        return root.appendingPathComponent(".build/debug/pace")
    }

    @discardableResult
    func run(_ arguments: String..., stdin: String? = nil, as user: String? = nil) throws -> Result {
        try run(arguments, stdin: stdin, as: user)
    }

    @discardableResult
    func run(_ arguments: [String], stdin: String? = nil, as user: String? = nil) throws -> Result {
        let p = Process()
        p.executableURL = Self.binary
        p.arguments = arguments
        var env = environment
        if let user { env["PACELINE_USER"] = user }
        p.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        // Read both pipes before waiting so a large output cannot fill a pipe and stall.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: dataDir)
    }
}
