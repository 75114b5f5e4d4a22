// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Paceline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "pace", targets: ["pace"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // ncursesw, wide-character build. Only PaceUI's terminal backend imports it.
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The domain: values and pure logic. Imports nothing of ours.
        .target(name: "PaceCore"),
        // The workspace on disk (SQLite through GRDB).
        .target(
            name: "PaceStore",
            dependencies: [
                "PaceCore",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // Canvas, widgets, panes, themes, app state/update/view, terminal backend.
        // The repo-root themes/*.toml are compiled in (EmbedThemes), so `pace` is one
        // file that can be copied anywhere. See Sources/PaceUI/Themes/BundledThemes.swift.
        .target(
            name: "PaceUI",
            dependencies: [
                "PaceCore",
                "CNcurses",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            plugins: ["EmbedThemes"]
        ),
        .executableTarget(
            name: "pace",
            dependencies: [
                "PaceCore", "PaceStore", "PaceUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            plugins: ["BuildCommit"]
        ),
        // Build-time helpers, never installed: themes into Swift, and the commit for
        // `pace --version` (a shell script, since prebuild commands cannot run a tool
        // built from this package).
        .executableTarget(name: "embed-themes"),
        .plugin(name: "EmbedThemes", capability: .buildTool(), dependencies: ["embed-themes"]),
        .plugin(name: "BuildCommit", capability: .buildTool()),
        // How long the schedule forecaster takes on synthetic workspaces:
        // `swift run -c release pace-bench`. Not part of any test.
        .executableTarget(name: "pace-bench", dependencies: ["PaceCore"]),
        .testTarget(name: "PaceCoreTests", dependencies: ["PaceCore"]),
        .testTarget(name: "PaceStoreTests", dependencies: ["PaceCore", "PaceStore"]),
        .testTarget(name: "PaceUITests", dependencies: ["PaceCore", "PaceUI", "PaceStore"]),
        // Snapshots/ holds expected report output, read by path (see ReportCLITests).
        .testTarget(name: "PaceEndToEndTests", dependencies: ["PaceCore", "PaceStore"], exclude: ["Snapshots"]),
    ],
    swiftLanguageModes: [.v6]
)
