import Foundation
import Testing
import PaceCore
@testable import PaceUI

// Prints the snapshot scenarios so they can be reviewed by eye; run with
// PACE_PRINT_SNAPSHOTS=1 swift test --filter printScenarios, or with
// PACE_PRINT_SNAPSHOTS=/tmp/scenarios.txt to write them to that file instead (the test
// runner's output can interleave long prints).
@Test func printScenarios() throws {
    guard let target = ProcessInfo.processInfo.environment["PACE_PRINT_SNAPSHOTS"] else { return }
    var text = ""
    for (name, canvas) in DashboardScenarios.all() + StandupScenarios.all() {
        text += "=== \(name)\n\(canvas.text)\n"
    }
    if target.hasPrefix("/") {
        try text.write(toFile: target, atomically: true, encoding: .utf8)
    } else {
        print(text)
    }
}
