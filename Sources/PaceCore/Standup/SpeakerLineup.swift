import Foundation

/// Who speaks, in which order, and who is skipped because they are not at work today.
public struct SpeakerLineup: Hashable, Sendable {
    /// Every speaker in order, absent ones included (they are in `skipped` too), so the
    /// room sees who is missing and where they would have spoken.
    public var order: [String]
    /// Members off today (time off, or not one of their working days).
    public var skipped: [String]

    public init(order: [String], skipped: [String]) {
        self.order = order
        self.skipped = skipped
    }
}

extension SpeakerOrder {
    /// Resolves the order for `today`. Alphabetical by handle; a fixed list must name
    /// members, each once (members left out do not speak); the shuffle is seeded by the
    /// date, so every screen and a re-run on the same day agree, and it changes daily;
    /// by load puts the most booked hours this week first (from `load`'s first week),
    /// ties alphabetical.
    public func lineup(members: [Member], today: Day, load: TeamLoad? = nil) throws -> SpeakerLineup {
        let handles = members.map(\.handle).sorted()
        let order: [String]
        switch self {
        case .alphabetical:
            order = handles
        case .fixed(let list):
            var seen: Set<String> = []
            let list = list.map { Handle.normalize($0) }
            for h in list {
                guard handles.contains(h) else { throw UserError.notFound("member", h, among: handles) }
                guard seen.insert(h).inserted else { throw UserError("@\(h) is twice in the speaking order") }
            }
            order = list
        case .shuffled:
            order = Self.shuffle(handles, seed: UInt64(bitPattern: Int64(today.ordinal)))
        case .byLoad:
            var booked: [String: Int] = [:]
            for row in load?.rows ?? [] { booked[row.handle] = row.weeks.first?.bookedMinutes ?? 0 }
            order = handles.sorted { (booked[$0] ?? 0, $1) > (booked[$1] ?? 0, $0) }
        }
        let byHandle = Dictionary(uniqueKeysWithValues: members.map { ($0.handle, $0) })
        let skipped = order.filter { byHandle[$0].map { !$0.works(on: today) } ?? false }
        return SpeakerLineup(order: order, skipped: skipped)
    }

    /// Fisher–Yates written out with SplitMix64, rather than the standard library's
    /// `shuffle(using:)`, whose algorithm is not promised to stay the same: the order
    /// must not change when the toolchain does.
    static func shuffle(_ items: [String], seed: UInt64) -> [String] {
        var out = items
        var rng = SeededGenerator(seed: seed &* 0x2545_F491_4F6C_DD1D)
        var i = out.count - 1
        while i > 0 {
            let j = Int(rng.next() % UInt64(i + 1))
            out.swapAt(i, j)
            i -= 1
        }
        return out
    }
}
