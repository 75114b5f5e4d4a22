import Foundation
import Testing
@testable import PaceUI

@Suite struct ConfigDirectoryTests {
    @Test func xdgConfigHomeWins() {
        let d = ConfigDirectory.resolve(environment: ["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/home/a"])
        #expect(d.url.path == "/x/cfg/paceline")
        #expect(d.configFile.path == "/x/cfg/paceline/config.toml")
        #expect(d.themesDirectory.path == "/x/cfg/paceline/themes")
    }

    @Test func elseDotConfigInHome() {
        #expect(ConfigDirectory.resolve(environment: ["HOME": "/home/a"]).url.path == "/home/a/.config/paceline")
        // The XDG spec says relative paths are invalid and are to be ignored.
        #expect(ConfigDirectory.resolve(environment: ["XDG_CONFIG_HOME": "cfg", "HOME": "/home/a"]).url.path
            == "/home/a/.config/paceline")
        #expect(ConfigDirectory.resolve(environment: ["XDG_CONFIG_HOME": "", "HOME": "/home/a"]).url.path
            == "/home/a/.config/paceline")
    }
}
