import SimulationKernel
import Testing

@Suite("Flat hot-path storage")
struct FlatStorageTests {
    /// Values with zeros, negatives and a wide spread, in a fixed order.
    static let observations: [Double] = (0..<20_000).map { i in
        let x = Double((i * 7919) % 10_007)
        return i % 3 == 0 ? 0 : (i % 101 == 0 ? -x : x * x / 1e4)
    }

    @Test("A tally bank's tallies equal tallies fed the same observations")
    func bankMatchesTally() {
        let bank = TallyBank(count: 3)
        var plain = [Tally(), Tally(), Tally()]
        for (i, x) in Self.observations.enumerated() {
            bank.record(x, in: i % 3)
            plain[i % 3].record(x)
        }
        for k in 0..<3 {
            let t = bank.tally(k)
            #expect(t.count == plain[k].count)
            #expect(t.mean == plain[k].mean && t.variance == plain[k].variance)
            #expect(t.minimum == plain[k].minimum && t.maximum == plain[k].maximum)
            for p in [0.1, 0.33, 0.5, 0.95, 0.99] { #expect(t.quantile(p) == plain[k].quantile(p)) }
        }
        bank.reset(1)
        #expect(bank.tally(1).count == 0 && bank.tally(0).count == plain[0].count)
    }

    @Test("Merged moments equal the moments of all observations")
    func merge() {
        var all = TallyMoments(), first = TallyMoments(), second = TallyMoments()
        for (i, x) in Self.observations.enumerated() {
            all.record(x)
            if i < 7_000 { first.record(x) } else { second.record(x) }
        }
        let merged = first.merged(with: second)
        #expect(merged.count == all.count)
        #expect(abs(merged.mean - all.mean) <= 1e-12 * abs(all.mean))
        #expect(abs(merged.variance - all.variance) <= 1e-9 * all.variance)
        #expect(merged.minimum == all.minimum && merged.maximum == all.maximum)
        // Merging with nothing changes nothing, to the bit.
        #expect(TallyMoments().merged(with: all).mean == all.mean)
        #expect(all.merged(with: TallyMoments()).variance == all.variance)
    }

    @Test("Waiting lines stay first-in first-out across growth and wrap-around")
    func lines() {
        let lines = WaitingLines<Int32>(lines: 2)
        var expected: [[Int32]] = [[], []]
        var next: Int32 = 0
        // Interleave appends and pops so the rings wrap, then grow past 16.
        for round in 0..<200 {
            for _ in 0..<(round % 7) {
                let line = Int(next % 2)
                lines.append(next, to: line)
                expected[line].append(next)
                next += 1
            }
            for line in 0..<2 where round % 3 != 0 {
                let popped = lines.popFirst(from: line)
                #expect(popped == expected[line].first)
                if !expected[line].isEmpty { expected[line].removeFirst() }
            }
            for line in 0..<2 { #expect(lines.count(of: line) == expected[line].count) }
        }
        #expect(expected[0].count > 16)
    }

    @Test("Record buffers keep their records as they grow")
    func records() {
        var buffer = RecordBuffer<Int>(capacity: 1)
        for i in 0..<1000 { buffer.append(i) }
        buffer[500] = -1
        #expect(buffer.count == 1000 && buffer[999] == 999 && buffer[500] == -1)
        #expect(buffer.popLast() == 999 && buffer.count == 999)
    }
}
