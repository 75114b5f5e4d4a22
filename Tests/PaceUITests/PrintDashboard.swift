import Testing
import PaceCore
@testable import PaceUI

// Prints the snapshot scenarios so they can be reviewed by eye; run with
// PACE_PRINT_SNAPSHOTS=1 swift test --filter printScenarios.
@Test func printScenarios() {
    guard ProcessInfo.processInfo.environment["PACE_PRINT_SNAPSHOTS"] != nil else { return }
    for (name, canvas) in DashboardScenarios.all() + StandupScenarios.all() {
        print("=== \(name)")
        print(canvas.text)
    }
}
import Foundation
