import Testing

@Suite struct HelpTests {
    @Test func helpListsTheCommands() throws {
        let pace = try PaceRunner()
        defer { pace.cleanUp() }
        let r = try pace.run("--help")
        #expect(r.status == 0)
        #expect(r.stdout.contains("Paceline"))
    }
}
