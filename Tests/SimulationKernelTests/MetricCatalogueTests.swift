import SimulationKernel
import Testing

@Suite("Metric catalogue and summaries over what was measured")
struct MetricCatalogueTests {
    @Test("Wildcards match any run of characters; plain names match themselves")
    func wildcards() {
        #expect(MetricCatalogue.matches("show.look_07.units_sold", "show.look_*"))
        #expect(MetricCatalogue.matches("show.look_07.units_sold", "show.look_*.units_sold"))
        #expect(!MetricCatalogue.matches("show.look_07.units_sold", "show.look_*.viewers"))
        #expect(MetricCatalogue.matches("desk.wait_mean", "*"))
        #expect(MetricCatalogue.matches("desk.wait_mean", "desk.wait_mean"))
        #expect(!MetricCatalogue.matches("desk.wait_mean", "desk.wait"))
        #expect(MetricCatalogue.matches("aXbXc", "a*c"))
        #expect(!MetricCatalogue.matches("abc", "a*d"))
    }

    @Test("A name given twice is a collision")
    func collision() throws {
        var c = MetricCatalogue()
        try c.add(MetricDefinition("network.sojourn_mean", unit: .seconds, range: .nonNegative, kind: .mean, definition: ""))
        #expect(throws: MetricCatalogue.Collision(name: "network.sojourn_mean")) {
            try c.add(MetricDefinition("network.sojourn_mean", unit: .seconds, range: .nonNegative, kind: .mean, definition: ""))
        }
    }

    @Test("Replications that measured nothing are left out, and n says how many remain")
    func nanLeftOut() {
        let s = ReplicationSummary([1, .nan, 3])
        #expect(s.n == 2)
        #expect(s.mean == 2)
        #expect(abs(s.sd - 2.0.squareRoot()) < 1e-12)
        let none = ReplicationSummary([.nan, .nan])
        #expect(none.n == 0)
        #expect(none.mean.isNaN && none.sd.isNaN && none.halfWidth95.isNaN)
        #expect(none.interval95(in: .unitInterval).low.isNaN)
    }

    /// Four replications of a service level, 1, 1, 1, 0.9: mean 0.975, sd
    /// 0.05, t(0.975, 3) = 3.1824, half-width 0.07956, so the Student-t
    /// interval [0.8954, 1.0546] leaves [0, 1] and is clipped at 1.
    @Test("Intervals are clipped to the metric's range")
    func clipped() {
        let s = ReplicationSummary([1, 1, 1, 0.9])
        #expect(abs(s.halfWidth95 - 3.1824 * 0.05 / 2) < 1e-4)
        let i = s.interval95(in: .unitInterval)
        #expect(abs(i.low - (0.975 - 3.1824 * 0.05 / 2)) < 1e-4)
        #expect(i.high == 1)
        let counts = ReplicationSummary([0, 0, 3, 0]).interval95(in: .nonNegative)
        #expect(counts.low == 0)
        #expect(MetricRange.unitInterval.ofDifferences == MetricRange(lower: -1, upper: 1))
        #expect(MetricRange.nonNegative.ofDifferences == .any)
        #expect(s.isRough)
        #expect(!ReplicationSummary([1, 2, 3, 4, 5]).isRough)
    }

    @Test("A mean or quantile over no observations is not a number")
    func emptyTally() {
        let t = Tally()
        #expect(t.mean.isNaN)
        #expect(t.quantile(0.95).isNaN)
        #expect(TallyMoments().mean.isNaN)
    }
}
