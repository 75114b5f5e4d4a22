import Testing
@testable import PaceUI

@Test func printDashboard() {
    for (w, h) in [(80, 24), (160, 48)] {
        let s = DemoFixture.state(width: w, height: h)
        print(DashboardView.render(s).text)
    }
}
