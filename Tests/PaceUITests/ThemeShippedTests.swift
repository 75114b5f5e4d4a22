import Foundation
import Testing
@testable import PaceUI

/// The themes in repo-root `themes/`, as the built program finds them.
@Suite struct ThemeShippedTests {
    static let shipped = ["default", "high-contrast", "light", "mono", "solarized-dark"]
    static let repoThemes = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes")

    var catalog: ThemeCatalog { ThemeCatalog(userDirectory: nil) }

    @Test func theCompiledThemesAreExactlyTheRepoFiles() throws {
        #expect(catalog.list().map(\.name) == Self.shipped)
        #expect(catalog.list().allSatisfy { $0.source == .bundled && !$0.overridesBundled && $0.url == nil })
        let repoFiles = try FileManager.default.contentsOfDirectory(atPath: Self.repoThemes.path).filter { $0.hasSuffix(".toml") }
        #expect(repoFiles.sorted() == Self.shipped.map { "\($0).toml" })
        #expect(BundledThemes.files.keys.sorted() == Self.shipped)
        for name in Self.shipped {
            // Byte for byte the canonical file: the EmbedThemes plugin regenerates the
            // compiled copy on every build, so this only fails if that stops working.
            let file = try String(contentsOf: Self.repoThemes.appendingPathComponent("\(name).toml"), encoding: .utf8)
            #expect(BundledThemes.files[name] == file, "\(name).toml compiled into pace differs from themes/\(name).toml")
        }
    }

    @Test(arguments: shipped) func loadsAndDefinesEveryRoleItself(name: String) throws {
        let theme = try catalog.load(nameOrPath: name)
        #expect(theme.name == name)
        // Defined in the file itself, not borrowed from a base theme.
        let file = try ThemeFile.read(Self.repoThemes.appendingPathComponent("\(name).toml"))
        let missing = Role.allCases.filter { file.roles[$0] == nil }
        #expect(missing.isEmpty, "\(name) does not define \(missing.map(\.tomlName))")
    }

    @Test(arguments: shipped) func documentsTheFormatAtTheTop(name: String) throws {
        let text = try String(contentsOf: Self.repoThemes.appendingPathComponent("\(name).toml"), encoding: .utf8)
        let header = text.split(separator: "\n").prefix { $0.hasPrefix("#") }.joined(separator: "\n")
        for word in ["inherits", "[roles.ROLE]", "fg16", "bg16", "attrs", "#rrggbb", "bright-black", "default"] {
            #expect(header.contains(word), "\(name).toml's header does not explain \(word)")
        }
    }

    @Test func monoUsesNoColourAtAll() throws {
        let mono = try catalog.load(nameOrPath: "mono")
        for role in Role.allCases {
            let style = mono[role]
            #expect([style.foreground, style.background, style.foreground16, style.background16]
                .allSatisfy { $0 == .terminalDefault }, "mono colours \(role)")
        }
        #expect(mono[.selection].attributes.contains(.reverse))
    }

    /// Roles that appear next to each other and must never look the same, or the
    /// screen loses information (most of all in mono, which has only attributes).
    static let mustDiffer: [[Role]] = [
        [.text, .selection, .selectionUnfocused],
        [.border, .borderFocused],
        [.late, .atRisk, .ok, .selection],
        [.priorityUrgent, .priorityHigh, .priorityMedium, .priorityLow],
        [.statusBacklog, .statusTodo, .statusInProgress, .statusReview, .statusBlocked, .statusDone, .statusCancelled],
        [.loadLow, .loadMedium, .loadHigh, .loadOver, .selection],
        [.today, .weekend, .timeOff, .milestone, .ganttBar, .ganttBarDone, .selection],
        [.changeOld, .changeNew],
        [.footerInfo, .footerError],
    ]

    @Test(arguments: shipped) func keepsNeighbouringRolesDistinct(name: String) throws {
        let theme = try catalog.load(nameOrPath: name)
        for group in Self.mustDiffer {
            for (i, a) in group.enumerated() {
                for b in group[(i + 1)...] {
                    #expect(theme[a] != theme[b], "\(name): \(a) and \(b) look the same")
                    // And on a 16-colour terminal.
                    let a16 = [theme[a].foreground16, theme[a].background16]
                    let b16 = [theme[b].foreground16, theme[b].background16]
                    #expect(a16 != b16 || theme[a].attributes != theme[b].attributes,
                            "\(name): \(a) and \(b) look the same with 16 colours")
                }
            }
        }
    }
}
