import SimulationKernel
import Testing

@Suite("Statistics")
struct StatisticsTests {
    @Test("Tally mean, variance, extremes and quantiles")
    func tally() {
        var t = Tally()
        let values = (1...10_000).map { Double($0) }
        for v in values.reversed() { t.record(v) }
        #expect(t.count == 10_000)
        #expect(abs(t.mean - 5000.5) < 1e-9)
        // Variance of 1…n is n(n+1)/12.
        #expect(abs(t.variance - 10_000.0 * 10_001 / 12) < 1e-6)
        #expect(t.minimum == 1 && t.maximum == 10_000)
        for p in [0.5, 0.9, 0.95, 0.99] {
            let exact = p * 10_000
            #expect(abs(t.quantile(p) - exact) / exact < 0.005, "p\(p): \(t.quantile(p))")
        }
    }

    @Test("Quantiles count exact zeros")
    func zeros() {
        var t = Tally()
        for _ in 0..<60 { t.record(0) }
        for _ in 0..<40 { t.record(2) }
        #expect(t.quantile(0.5) == 0)
        #expect(abs(t.quantile(0.9) - 2) < 0.01)
    }

    /// Many changes per bucket, some exactly on bucket edges, some jumping
    /// buckets: each bucket's time-average must equal the one computed
    /// directly, interval by interval, and each must equal the level's area
    /// over that bucket divided by its width.
    @Test("Level series: bucket time-averages of a busy level")
    func levelSeries() {
        let stream = RandomStream(seed: 4)
        var series = LevelSeries(start: 0, width: 10, buckets: 30)
        var direct = TimeSeries(start: 0, width: 10, buckets: 30)
        var level = TimeWeightedLevel()
        var t = 0.0, value = 0.0
        while t < 320 {
            let step = stream.uniform() < 0.05 ? 10 - t.truncatingRemainder(dividingBy: 10) : stream.exponential(mean: 0.3)
            let next = t + (stream.uniform() < 0.01 ? 25 : step)
            direct.recordLevel(value, from: t, to: min(next, 300))
            value = Double(Int(stream.uniform() * 7))
            series.set(value, at: next)
            if next <= 300 { level.set(value, at: next) }
            t = next
        }
        series.finish(at: 300)
        for (a, b) in zip(series.series.values, direct.values) { #expect(abs(a - b) <= 1e-9 * max(1, abs(b))) }
        let mean = series.series.values.reduce(0, +) / 30
        #expect(abs(mean - level.mean(at: 300)) <= 1e-9 * level.mean(at: 300))
    }

    /// Buckets of 1/6: 2 / (1/6) rounds to 11.999…, so a level starting at
    /// t = 2 (bucket 12's start) once sat on bucket 11's end and never moved on.
    /// Spread over [2, 4], a level of 1 fills buckets 12–23 exactly.
    @Test("A level over buckets whose width is not a binary fraction fills each bucket once")
    func levelOnInexactEdges() {
        let width = 1.0 / 6
        var series = TimeSeries(start: 0, width: width, buckets: 30)
        series.recordLevel(1, from: 2, to: 4)
        for (i, x) in series.values.enumerated() {
            #expect(abs(x - ((12..<24).contains(i) ? 1 : 0)) < 1e-9, "bucket \(i): \(x)")
        }
    }

    @Test("Time-weighted level: mean and maximum")
    func level() {
        var q = TimeWeightedLevel()
        q.set(2, at: 1)   // 0 on [0,1)
        q.set(5, at: 3)   // 2 on [1,3)
        q.set(1, at: 4)   // 5 on [3,4)
        // Area to 10: 0 + 4 + 5 + 6 = 15.
        #expect(abs(q.mean(at: 10) - 1.5) < 1e-12)
        #expect(q.maximum == 5)
        q.reset(at: 10)
        #expect(abs(q.mean(at: 20) - 1) < 1e-12)
        #expect(q.maximum == 1)
    }

    /// Student-t 97.5% quantiles: 12.706 (1 df), 2.262 (9 df), 2.093 (19 df) from standard tables.
    @Test("Confidence interval uses Student's t")
    func confidenceInterval() {
        let s = ReplicationSummary([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
        #expect(s.mean == 5.5)
        let sd = (110.0 / 12).squareRoot()  // variance of 1…10 with n − 1
        #expect(abs(s.sd - sd) < 1e-12)
        #expect(abs(s.halfWidth95 - 2.2622 * sd / 10.0.squareRoot()) < 1e-3)
        #expect(abs(ReplicationSummary.halfWidth(sd: 1, n: 2, level: 0.95) - 12.706 / 2.0.squareRoot()) < 1e-3)
        // One replication has no interval and no spread: not a number, not 0.
        #expect(ReplicationSummary([4]).halfWidth95.isNaN)
        #expect(ReplicationSummary([4]).sd.isNaN)
    }

    @Test("FIFO queue keeps order across growth and wrap-around")
    func fifo() {
        var q = FIFOQueue<Int>()
        var expected: [Int] = []
        var next = 0
        for round in 0..<50 {
            for _ in 0..<(round % 7 + 3) { q.append(next); expected.append(next); next += 1 }
            for _ in 0..<(round % 5 + 1) { #expect(q.popFirst() == expected.removeFirst()) }
        }
        while let x = q.popFirst() { #expect(x == expected.removeFirst()) }
        #expect(expected.isEmpty)
    }

    @Test("A per-bucket share is not a number where its population is empty, never 0")
    func bucketShareOverNothing() {
        let waited = TimeSeries(start: 0, width: 60, values: [3, 0, 0])
        let admitted = TimeSeries(start: 0, width: 60, values: [4, 0, 2])
        let share = waited.divided(by: admitted)
        #expect(share.values[0] == 0.75)
        #expect(share.values[1].isNaN)
        #expect(share.values[2] == 0)
        #expect(share.start == 0 && share.width == 60)
    }
}
