import Testing
@testable import PaceUI

@Suite struct TerminalColorDegradeTests {
    typealias RGB = ColorDegrade.RGB

    static let rgbCases: [(RGB, UInt8)] = [
        // Exact cube entries.
        (RGB(255, 0, 0), UInt8(196)), (RGB(0, 0, 0), 16), (RGB(255, 255, 255), 231),
        (RGB(95, 135, 175), 67), (RGB(0, 95, 0), 22), (RGB(215, 175, 255), 183),
        // Greys go to the 24-step grey ramp when it is closer than the cube.
        (RGB(128, 128, 128), 244), (RGB(8, 8, 8), 232), (RGB(238, 238, 238), 255),
        (RGB(250, 250, 250), 231), (RGB(30, 30, 30), 234),
        // In between: nearest cube level per axis.
        (RGB(255, 135, 10), 208), (RGB(40, 60, 120), 24), (RGB(100, 200, 50), 77),
    ]

    @Test(arguments: rgbCases)
    func rgbToNearestXterm256(rgb: RGB, expected: UInt8) {
        #expect(ColorDegrade.indexed(fromRGB: rgb) == expected)
    }

    @Test func rgbNeverMapsIntoTheUserConfigurablePalette() {
        for r in stride(from: 0, through: 255, by: 17) {
            for g in stride(from: 0, through: 255, by: 17) {
                for b in stride(from: 0, through: 255, by: 17) {
                    #expect(ColorDegrade.indexed(fromRGB: RGB(UInt8(r), UInt8(g), UInt8(b))) >= 16)
                }
            }
        }
    }

    @Test func xtermPaletteValues() {
        #expect(ColorDegrade.rgb(ofIndexed: 1) == RGB(205, 0, 0))
        #expect(ColorDegrade.rgb(ofIndexed: 12) == RGB(92, 92, 255))
        #expect(ColorDegrade.rgb(ofIndexed: 16) == RGB(0, 0, 0))
        #expect(ColorDegrade.rgb(ofIndexed: 67) == RGB(95, 135, 175))
        #expect(ColorDegrade.rgb(ofIndexed: 208) == RGB(255, 135, 0))
        #expect(ColorDegrade.rgb(ofIndexed: 231) == RGB(255, 255, 255))
        #expect(ColorDegrade.rgb(ofIndexed: 232) == RGB(8, 8, 8))
        #expect(ColorDegrade.rgb(ofIndexed: 255) == RGB(238, 238, 238))
    }

    @Test func everyCubeAndGreyIndexRoundTripsThroughRGB() {
        for index in 16...255 {
            let rgb = ColorDegrade.rgb(ofIndexed: UInt8(index))
            #expect(ColorDegrade.indexed(fromRGB: rgb) == UInt8(index), "index \(index) via \(rgb)")
        }
    }

    static let paletteCases: [(UInt8, UInt8)] = [
        (196, 9), (46, 10), (226, 11), (51, 14), (201, 13), (231, 15),
        (16, 0), (232, 0), (236, 0), (244, 8), (240, 8), (250, 7), (21, 4), (124, 1), (28, 2),
        // 0–15 are already ANSI colours.
        (0, 0), (7, 7), (9, 9), (15, 15),
    ]

    @Test(arguments: paletteCases)
    func xterm256ToNearestOf16(index: UInt8, expected: UInt8) {
        #expect(ColorDegrade.ansi16(fromIndexed: index) == expected)
    }

    @Test func sixteenToEightMakesBrightColoursNormalAndBold() {
        #expect(ColorDegrade.ansi8(fromAnsi16: 1).color == 1)
        #expect(ColorDegrade.ansi8(fromAnsi16: 1).bright == false)
        #expect(ColorDegrade.ansi8(fromAnsi16: 7).color == 7)
        #expect(ColorDegrade.ansi8(fromAnsi16: 7).bright == false)
        #expect(ColorDegrade.ansi8(fromAnsi16: 8).color == 0)
        #expect(ColorDegrade.ansi8(fromAnsi16: 8).bright == true)
        #expect(ColorDegrade.ansi8(fromAnsi16: 9).color == 1)
        #expect(ColorDegrade.ansi8(fromAnsi16: 9).bright == true)
        #expect(ColorDegrade.ansi8(fromAnsi16: 15).color == 7)
        #expect(ColorDegrade.ansi8(fromAnsi16: 15).bright == true)
    }

    @Test func directColourNumbersArePackedAndAvoidTheAnsiRange() {
        #expect(ColorDegrade.directColorNumber(RGB(0x12, 0x34, 0x56)) == 0x123456)
        #expect(ColorDegrade.directColorNumber(RGB(255, 255, 255)) == 0xFFFFFF)
        // 0–7 would be sent as ANSI colours by direct-colour terminfo entries.
        #expect(ColorDegrade.directColorNumber(RGB(0, 0, 0)) == 8)
        #expect(ColorDegrade.directColorNumber(RGB(0, 0, 5)) == 8)
        #expect(ColorDegrade.directColorNumber(RGB(0, 0, 8)) == 8)
        #expect(ColorDegrade.directColorNumber(RGB(0, 0, 9)) == 9)
    }
}

@Suite struct TerminalColorCapabilityTests {
    @Test func fromColourCounts() {
        func detect(_ colors: Int, rgb: Bool = false) -> ColorCapability {
            ColorCapability.detect(hasColors: true, colors: colors, terminfoHasRGB: rgb, environment: [:])
        }
        #expect(detect(0) == .none)
        #expect(detect(2) == .none)
        #expect(detect(8) == .ansi8)
        #expect(detect(15) == .ansi8)
        #expect(detect(16) == .ansi16)
        #expect(detect(88) == .ansi16)
        #expect(detect(256) == .indexed256)
        #expect(detect(0x100_0000, rgb: true) == .direct)
        // The RGB flag alone, on a palette-based entry, is not direct colour for ncurses.
        #expect(detect(256, rgb: true) == .indexed256)
        // Nor is a huge count without the flag.
        #expect(detect(0x100_0000) == .indexed256)
    }

    @Test func noColourTerminal() {
        #expect(ColorCapability.detect(hasColors: false, colors: 256, terminfoHasRGB: false, environment: [:]) == .none)
    }

    @Test func noColorEnvironmentWinsWhenNonEmpty() {
        #expect(ColorCapability.detect(hasColors: true, colors: 0x100_0000, terminfoHasRGB: true,
                                       environment: ["NO_COLOR": "1"]) == .none)
        // no-color.org: an empty NO_COLOR does not count.
        #expect(ColorCapability.detect(hasColors: true, colors: 256, terminfoHasRGB: false,
                                       environment: ["NO_COLOR": ""]) == .indexed256)
        #expect(ColorCapability.colorDisabled(by: ["NO_COLOR": "yes"]))
        #expect(!ColorCapability.colorDisabled(by: ["NO_COLOR": ""]))
        #expect(!ColorCapability.colorDisabled(by: [:]))
    }

    @Test func colortermCannotPromoteAPaletteEntryToDirectColour() {
        // ncurses would send 24-bit numbers through xterm-256color's `38;5;N`.
        #expect(ColorCapability.detect(hasColors: true, colors: 256, terminfoHasRGB: false,
                                       environment: ["COLORTERM": "truecolor"]) == .indexed256)
    }

    @Test func capabilitiesAreOrdered() {
        #expect(ColorCapability.none < .ansi8)
        #expect(ColorCapability.ansi16 < .indexed256)
        #expect(ColorCapability.indexed256 < .direct)
    }
}
