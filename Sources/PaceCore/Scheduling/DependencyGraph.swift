/// Which open tasks wait for which, over dense task indices (tasks in ID order), in
/// compressed rows: a few flat arrays instead of an array per task, so 100,000 tasks
/// cost a handful of allocations.
struct DependencyGraph: Sendable {
    /// `dependencies[depStart[i]..<depStart[i+1]]`: the open tasks task `i` waits for,
    /// ascending, each once.
    let depStart: [Int32]
    let dependencies: [Int32]
    /// `successors[succStart[i]..<succStart[i+1]]`: the tasks waiting for task `i`, ascending.
    let succStart: [Int32]
    let successors: [Int32]

    /// `deps[depStart[i]..<depStart[i+1]]`: the indices task `i` waits for, in any
    /// order, possibly repeated.
    init(count n: Int, depStart rawStart: [Int32], deps raw: [Int32]) {
        var depStart = [Int32](repeating: 0, count: n + 1)
        var flat: [Int32] = []
        flat.reserveCapacity(raw.count)
        var inCount = [Int32](repeating: 0, count: n + 1)
        for i in 0..<n {
            let row = raw[Int(rawStart[i])..<Int(rawStart[i + 1])]
            if row.count == 1 {
                flat.append(row[row.startIndex])
                inCount[Int(row[row.startIndex])] += 1
            } else if row.count > 1 {
                var last: Int32 = -1
                for x in row.sorted() where x != last {
                    flat.append(x)
                    inCount[Int(x)] += 1
                    last = x
                }
            }
            depStart[i + 1] = Int32(flat.count)
        }
        var succStart = [Int32](repeating: 0, count: n + 1)
        for i in 0..<n { succStart[i + 1] = succStart[i] + inCount[i] }
        var fill = Array(succStart.prefix(n))
        var succ = [Int32](repeating: 0, count: flat.count)
        // Visiting tasks in ascending order fills each successor row ascending.
        for i in 0..<n {
            for k in Int(depStart[i])..<Int(depStart[i + 1]) {
                let d = Int(flat[k])
                succ[Int(fill[d])] = Int32(i)
                fill[d] += 1
            }
        }
        self.depStart = depStart
        self.dependencies = flat
        self.succStart = succStart
        self.successors = succ
    }

    func dependencyCount(_ i: Int) -> Int { Int(depStart[i + 1] - depStart[i]) }

    /// A ring of tasks that wait for each other, as indices where each waits for the
    /// next and the last for the first, starting at the smallest index; nil when there
    /// is none. Deterministic: the same graph always names the same ring.
    func cycle() -> [Int]? {
        let n = depStart.count - 1
        // Kahn's algorithm: whatever never becomes free sits on or behind a ring.
        var pending = (0..<n).map { dependencyCount($0) }
        var stack = (0..<n).filter { pending[$0] == 0 }
        var freed = 0
        while let i = stack.popLast() {
            freed += 1
            for k in Int(succStart[i])..<Int(succStart[i + 1]) {
                let s = Int(successors[k])
                pending[s] -= 1
                if pending[s] == 0 { stack.append(s) }
            }
        }
        guard freed < n, let first = pending.firstIndex(where: { $0 > 0 }) else { return nil }
        // Every stuck task waits for at least one stuck task, so following the smallest
        // stuck dependency from the smallest stuck task must come back on itself.
        var position = [Int: Int]()
        var path: [Int] = []
        var i = first
        while position[i] == nil {
            position[i] = path.count
            path.append(i)
            var next = -1
            for k in Int(depStart[i])..<Int(depStart[i + 1]) where pending[Int(dependencies[k])] > 0 {
                next = Int(dependencies[k])
                break
            }
            i = next
        }
        let ring = Array(path[position[i]!...])
        let smallest = ring.indices.min { ring[$0] < ring[$1] }!
        return Array(ring[smallest...] + ring[..<smallest])
    }
}
