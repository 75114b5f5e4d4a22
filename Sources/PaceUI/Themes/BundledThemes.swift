/// The themes shipped with the program, compiled into it.
///
/// The canonical files are in the repo-root `themes/` folder, where people look for
/// them. The EmbedThemes build plugin (Plugins/EmbedThemes) turns each into a string
/// literal of `files` at build time, so a `pace` binary copied on its own anywhere still
/// lists and draws every theme; nothing is read from beside the executable, the working
/// directory or the source tree. A theme file in the user's config directory still wins
/// over a bundled one of the same name (`ThemeCatalog`).
enum BundledThemes {
    /// How messages name a bundled theme's "file", since there is none on disk.
    static func fileName(_ name: String) -> String { "\(name).toml (built in)" }
}
