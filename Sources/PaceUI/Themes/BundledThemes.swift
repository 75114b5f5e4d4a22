import Foundation

/// Finds the theme files shipped with the program.
///
/// The canonical files are in the repo-root `themes/` folder, where people look for
/// them, but SwiftPM only bundles resources that are inside the target's folder. So
/// `Sources/PaceUI/Themes/Bundled` is a symlink to `../../../themes`, and Package.swift
/// declares it with `.process`, which follows the link and copies each file (a real
/// copy, refreshed when a theme changes or a file is added) into the target's resource
/// bundle. `.copy` would not do: it copies the symlink itself, which dangles as soon as
/// the bundle is moved. `.process` flattens the folder, so the `.toml` files sit at the
/// top of the bundle: keep PaceUI's other resources, if any come, free of `.toml` files.
///
/// At run time the bundle (`Paceline_PaceUI.resources` on Linux, `….bundle` on macOS)
/// must sit next to the `pace` executable, as `swift build` leaves it; an install copies
/// both. Nothing depends on the working directory or the source tree.
enum BundledThemes {
    static let bundleName = "Paceline_PaceUI"

    /// The folder holding the bundled `*.toml` files, or nil for a broken install (the
    /// catalog then falls back to `Theme.emergency` and says why).
    static let directory: URL? = locate(executableDirectory: Bundle.main.bundleURL)

    static func locate(executableDirectory: URL) -> URL? {
        let candidates = [
            executableDirectory.appendingPathComponent("\(bundleName).resources"),
            executableDirectory.appendingPathComponent("\(bundleName).bundle/Contents/Resources"),
            executableDirectory.appendingPathComponent("\(bundleName).bundle"),
        ]
        if let found = candidates.first(where: containsThemes) { return found }
        #if os(Linux)
        // On Linux Bundle.main is the executable's folder, so the candidates above are
        // exactly where `Bundle.module` looks first; its only other place is the build
        // directory, and when that is missing too it calls fatalError. A dashboard that
        // starts with a plain theme and an explanation is better than a crash.
        return nil
        #else
        // On macOS a test runner's Bundle.main is Xcode's xctest tool, so only
        // `Bundle.module` (which also knows the build directory) finds the resources.
        return Bundle.module.resourceURL
        #endif
    }

    private static func containsThemes(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent("default.toml").path)
    }
}
