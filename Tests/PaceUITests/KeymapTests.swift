import Testing
@testable import PaceUI

@Suite struct KeymapTests {
    let keymap = Keymap.default

    @Test func theDefaultTableHasNoConflictsAndBindsEveryAction() throws {
        let checked = try Keymap(bindings: keymap.bindings)
        #expect(checked == keymap)
        for action in Action.allCases {
            #expect(!keymap.keys(for: action).isEmpty, "\(action) has no key")
            for key in keymap.keys(for: action) {
                #expect(keymap.action(for: key) == action)
            }
        }
    }

    /// The bindings users are told about; a change here is a change to the manual.
    @Test(arguments: [
        (Action.focusNext, ["tab"]), (.focusPrevious, ["shift-tab"]),
        (.focusPane1, ["1"]), (.focusPane2, ["2"]), (.focusPane3, ["3"]),
        (.moveDown, ["j", "down"]), (.moveUp, ["k", "up"]), (.top, ["g", "home"]), (.bottom, ["G", "end"]),
        (.pageDown, ["pgdn", "ctrl-d"]), (.pageUp, ["pgup", "ctrl-u"]),
        (.openDetail, ["enter"]), (.back, ["esc"]),
        (.quickAdd, ["a"]), (.editField, ["e"]), (.nextStatus, ["s", ">"]), (.previousStatus, ["<"]),
        (.markDone, ["d"]), (.block, ["b"]), (.assign, ["A"]), (.logTime, ["l"]), (.undo, ["u"]),
        (.filter, ["/"]), (.zoom, ["z"]), (.board, ["B"]), (.moveCardLeft, ["H"]), (.moveCardRight, ["L"]),
        (.toggleGrouping, ["o"]), (.commandLine, [":"]), (.help, ["?"]), (.quit, ["q"]), (.refresh, ["ctrl-l"]),
        (.standup, ["S"]), (.standupNext, ["n"]), (.standupPrevious, ["p"]), (.standupPause, ["space"]),
        (.standupSkip, ["x"]), (.standupNote, ["t"]), (.standupFollowUp, ["f"]),
    ])
    func defaultBindings(action: Action, specs: [String]) throws {
        #expect(keymap.keys(for: action).map(Keymap.spec(for:)) == specs)
        for spec in specs {
            #expect(keymap.action(for: try Keymap.parseKey(spec)) == action)
        }
    }

    @Test func unboundKeysDoNothing() {
        #expect(keymap.action(for: .char("X")) == nil)
        #expect(keymap.action(for: .ctrl("x")) == nil)
        #expect(keymap.action(for: .function(5)) == nil)
    }

    @Test func anOverrideReplacesThatActionsKeys() throws {
        let custom = try keymap.overriding([.quit: [.char("X")], .moveDown: [.char("j"), .down, .ctrl("n")]])
        #expect(custom.action(for: .char("X")) == .quit)
        #expect(custom.action(for: .char("q")) == nil)
        #expect(custom.action(for: .ctrl("n")) == .moveDown)
        #expect(custom.keys(for: .moveDown) == [.char("j"), .down, .ctrl("n")])
        #expect(custom.keys(for: .moveUp) == keymap.keys(for: .moveUp))
        // Freed keys can be reused.
        let swapped = try keymap.overriding([.quit: [.char("Q")], .undo: [.char("q")]])
        #expect(swapped.action(for: .char("q")) == .undo)
        #expect(swapped.action(for: .char("u")) == nil)
    }

    @Test func aKeyBoundTwiceIsAConflictNamingBothActions() throws {
        let e = try #require(throws: KeymapError.self) { try keymap.overriding([.quit: [.char("j")]]) }
        #expect(e == .conflict(key: .char("j"), first: .moveDown, second: .quit))
        #expect(e.description.contains("key \"j\" is bound to both move_down and quit"))
        let two = try #require(throws: KeymapError.self) {
            try keymap.overriding([.zoom: [.char("x")], .board: [.char("x")]])
        }
        #expect(two == .conflict(key: .char("x"), first: .zoom, second: .board))
    }

    @Test func repeatingAKeyWithinOneActionIsHarmless() throws {
        let custom = try keymap.overriding([.quit: [.char("q"), .char("q"), .ctrl("q")]])
        #expect(custom.keys(for: .quit) == [.char("q"), .ctrl("q")])
    }

    @Test func actionsCanBeUnboundButNotQuit() throws {
        let custom = try keymap.overriding([.zoom: []])
        #expect(custom.keys(for: .zoom).isEmpty)
        #expect(custom.action(for: .char("z")) == nil)
        #expect(throws: KeymapError.unbound(.quit)) { try keymap.overriding([.quit: []]) }
    }

    @Test func helpRowsCoverEveryActionOnceInGroupOrder() {
        let rows = keymap.helpRows()
        #expect(rows.map(\.action).sorted { $0.rawValue < $1.rawValue } == Action.allCases.sorted { $0.rawValue < $1.rawValue })
        #expect(Set(rows.map(\.action)).count == rows.count)
        // Grouped: each group's rows are together, in the order of Action.Group.
        var seen: [Action.Group] = []
        for row in rows where seen.last != row.group { seen.append(row.group) }
        #expect(seen == Action.Group.allCases)
        for row in rows {
            #expect(row.group == row.action.group)
            #expect(row.description == row.action.help)
            #expect(!row.description.isEmpty)
        }
        #expect(rows.first { $0.action == .moveDown }?.keys == "j, down")
        #expect(rows.first { $0.action == .focusPrevious }?.keys == "shift-tab")
    }

    @Test func helpRowsShowTheUsersOwnKeys() throws {
        let rows = try keymap.overriding([.quit: [.char("X"), .ctrl("c")], .zoom: []]).helpRows()
        #expect(rows.first { $0.action == .quit }?.keys == "X, ctrl-c")
        #expect(rows.first { $0.action == .zoom }?.keys == "(unbound)")
    }

    @Test func everyGroupHasActions() {
        for group in Action.Group.allCases {
            #expect(Action.allCases.contains { $0.group == group }, "\(group)")
            #expect(!group.title.isEmpty)
        }
    }

    @Test func configNamesAreSnakeCaseAndRoundTrip() {
        #expect(Action.moveDown.configName == "move_down")
        #expect(Action.focusPane1.configName == "focus_pane_1")
        #expect(Action.moveCardLeft.configName == "move_card_left")
        #expect(Action.quit.configName == "quit")
        for action in Action.allCases {
            #expect(Action(configName: action.configName) == action)
            #expect(action.configName == action.configName.lowercased())
        }
        #expect(Set(Action.allCases.map(\.configName)).count == Action.allCases.count)
        #expect(Action(configName: "moveDown") == nil)
    }
}
