/// A binary min-heap of integers. The forecaster packs everything it orders — an event's
/// time, kind and subject; a task's rank among its lane's ready work — into one `Int`,
/// so every comparison is a single integer compare and ties are broken by construction.
struct MinHeap: Sendable {
    private(set) var items: [Int] = []

    var isEmpty: Bool { items.isEmpty }
    var count: Int { items.count }

    init(capacity: Int = 0) { items.reserveCapacity(capacity) }

    mutating func push(_ value: Int) {
        items.append(value)
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) >> 1
            guard items[parent] > value else { break }
            items[i] = items[parent]
            i = parent
        }
        items[i] = value
    }

    mutating func pop() -> Int? {
        guard let last = items.popLast() else { return nil }
        guard !items.isEmpty else { return last }
        let top = items[0]
        let n = items.count
        var i = 0
        while true {
            let l = 2 * i + 1
            if l >= n { break }
            let r = l + 1
            let c = r < n && items[r] < items[l] ? r : l
            guard items[c] < last else { break }
            items[i] = items[c]
            i = c
        }
        items[i] = last
        return top
    }
}
