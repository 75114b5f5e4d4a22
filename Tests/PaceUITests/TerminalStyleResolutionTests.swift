import Testing
@testable import PaceUI

@Suite struct TerminalStyleResolutionTests {
    /// A theme-like style: a 24-bit preferred colour with hand-picked 16-colour fallbacks.
    let accent = Style(foreground: .rgb(255, 135, 0), background: .indexed(236),
                       foreground16: .ansi(11), background16: .ansi(0), attributes: [.underline])

    @Test func direct() {
        let r = ResolvedStyle.resolve(accent, for: .direct)
        #expect(r == ResolvedStyle(foreground: 0xFF8700, background: 0x303030, attributes: [.underline]))
    }

    @Test func directKeepsPaletteColoursBelowEightAndSpellsOutTheRest() {
        let style = Style(foreground: .ansi(3), background: .ansi(12))
        let r = ResolvedStyle.resolve(style, for: .direct)
        #expect(r.foreground == 3)
        #expect(r.background == 0x5C5CFF)
        #expect(ResolvedStyle.resolve(Style(foreground: .indexed(196)), for: .direct).foreground == 0xFF0000)
    }

    @Test func indexed256UsesThePreferredColours() {
        let r = ResolvedStyle.resolve(accent, for: .indexed256)
        #expect(r == ResolvedStyle(foreground: 208, background: 236, attributes: [.underline]))
    }

    @Test func ansi16UsesTheFallbacks() {
        let r = ResolvedStyle.resolve(accent, for: .ansi16)
        #expect(r == ResolvedStyle(foreground: 11, background: 0, attributes: [.underline]))
    }

    @Test func ansi8TurnsABrightForegroundIntoBold() {
        let r = ResolvedStyle.resolve(accent, for: .ansi8)
        #expect(r == ResolvedStyle(foreground: 3, background: 0, attributes: [.underline, .bold]))
    }

    @Test func ansi8BrightBackgroundLosesBrightnessWithoutBold() {
        let r = ResolvedStyle.resolve(Style(foreground: .ansi(2), background: .ansi(12)), for: .ansi8)
        #expect(r == ResolvedStyle(foreground: 2, background: 4, attributes: []))
    }

    @Test func noneKeepsOnlyAttributes() {
        let r = ResolvedStyle.resolve(accent.with(.reverse), for: .none)
        #expect(r == ResolvedStyle(foreground: -1, background: -1, attributes: [.underline, .reverse]))
    }

    @Test func terminalDefaultStaysDefaultEverywhere() {
        for capability in [ColorCapability.none, .ansi8, .ansi16, .indexed256, .direct] {
            let r = ResolvedStyle.resolve(.plain, for: capability)
            #expect(r == ResolvedStyle(foreground: -1, background: -1, attributes: []), "\(capability)")
        }
    }

    @Test func stylesWithoutFallbacksDegradeTheirPreferredColour() {
        // Style's init copies the preferred colour into the 16-colour slots.
        let style = Style(foreground: .rgb(255, 0, 0), background: .indexed(21))
        #expect(ResolvedStyle.resolve(style, for: .ansi16) == ResolvedStyle(foreground: 9, background: 4, attributes: []))
        #expect(ResolvedStyle.resolve(style, for: .ansi8) == ResolvedStyle(foreground: 1, background: 4, attributes: [.bold]))
        #expect(ResolvedStyle.resolve(style, for: .indexed256) == ResolvedStyle(foreground: 196, background: 21, attributes: []))
    }
}

@Suite struct TerminalColorPairCacheTests {
    @Test func defaultOnDefaultIsPairZero() {
        var cache = ColorPairCache(limit: 4)
        #expect(cache.pair(foreground: -1, background: -1) == .cached(0))
        #expect(cache.count == 0)
    }

    @Test func pairsAreHandedOutOnceAndReused() {
        var cache = ColorPairCache(limit: 4)
        #expect(cache.pair(foreground: 1, background: -1) == .new(1))
        #expect(cache.pair(foreground: 2, background: 0) == .new(2))
        #expect(cache.pair(foreground: 1, background: -1) == .cached(1))
        #expect(cache.pair(foreground: -1, background: 1) == .new(3))
        #expect(cache.pair(foreground: 5, background: 5) == .exhausted)
        #expect(cache.pair(foreground: 2, background: 0) == .cached(2))
    }

    @Test func resetStartsOverFromOne() {
        var cache = ColorPairCache(limit: 2)
        #expect(cache.pair(foreground: 1, background: 2) == .new(1))
        #expect(cache.pair(foreground: 3, background: 4) == .exhausted)
        cache.reset()
        #expect(cache.pair(foreground: 3, background: 4) == .new(1))
    }
}
