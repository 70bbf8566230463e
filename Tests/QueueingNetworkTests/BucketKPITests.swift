import Experiments
import Foundation
import ModelKit
import ModelSpec
import QueueingNetwork
import SimulationKernel
import Testing

/// One replication of a network with series of `bucket`, returning metrics and series by name.
func replicateWithSeries(_ yaml: String, horizon: Double, bucket: Double, clock: LocalClock = LocalClock(),
                         seed: UInt64 = 1, replication: Int = 0) throws -> (metrics: [String: Double], series: [String: [Double]]) {
    let spec = try NetworkSpec(from: SpecDocument.parse(data: Data(yaml.utf8), file: "test.yaml"))
    let o = spec.replicate(seeds: StreamSeeds(seed: seed, replication: replication),
                           settings: RunSettings(horizon: horizon, seriesBucket: bucket, clock: clock))
    #expect(o.matches(spec.metricCatalogue))
    #expect(Set(o.series.map(\.name)) == Set(spec.metricCatalogue.series.map(\.name)))
    return (o.valuesByName, Dictionary(uniqueKeysWithValues: o.series.map { ($0.name, $0.series.values) }))
}

@Suite("Per-bucket operating figures of a station")
struct BucketKPITests {
    static let mmc = """
        kind: queueing-network
        stations:
          - name: desk
            arrivals: {dist: exponential, rate: 8}
            service: {dist: exponential, mean: 1}
            servers: 10
            service-level-target: 0.25
        """

    /// Conservation: counts per bucket add up to the run's counts.
    @Test("Bucket counts add up to the totals")
    func countsAddUp() throws {
        let (m, s) = try replicateWithSeries("""
            kind: queueing-network
            stations:
              - {name: d, arrivals: {dist: exponential, rate: 3}, service: {dist: exponential, mean: 1}, servers: 2,
                 capacity: 5, patience: {dist: exponential, mean: 1}}
            """, horizon: 5000, bucket: 500)
        for name in ["arrivals", "served"] {
            #expect(s["d.\(name)"]!.reduce(0, +) == m["d.\(name)"])
        }
        let arrivals = try #require(m["d.arrivals"])
        #expect(abs(s["d.blocked"]!.reduce(0, +) - arrivals * m["d.blocked_fraction"]!) < 1e-6)
        #expect(abs(s["d.abandoned"]!.reduce(0, +) - arrivals * m["d.abandoned_fraction"]!) < 1e-6)
        #expect(s["d.on_duty_mean"]!.allSatisfy { $0 == 2 })
        #expect(s["d.in_system_at_start"]![0] == 0)
        #expect(s["d.in_system_at_start"]!.allSatisfy { $0 >= 0 && $0 <= 5 && $0 == $0.rounded() })
    }

    /// M/M/c, λ = 8, μ = 1, c = 10: Erlang C gives the probability an
    /// arrival waits, C = 0.4092, and P(W ≤ τ) = 1 − C·e^(−(cμ−λ)τ) at τ = 0.25:
    /// 1 − 0.4092·e^(−0.5) = 0.7518. Twenty replications of 20,000 time units
    /// must bracket both, and the per-bucket shares must average to them.
    @Test("Share delayed and service level agree with Erlang C")
    func erlangC() throws {
        let c = QueueingTheory.erlangC(servers: 10, load: 8)
        let sl = 1 - c * exp(-(10 - 8) * 0.25)
        var delayed: [Double] = [], level: [Double] = [], bucketDelayed: [Double] = [], present: [Double] = []
        for r in 0..<20 {
            let (m, s) = try replicateWithSeries(Self.mmc, horizon: 20_000, bucket: 1000, replication: r)
            delayed.append(m["desk.delayed_fraction"]!)
            level.append(m["desk.service_level"]!)
            bucketDelayed.append(s["desk.delayed_fraction"]!.dropFirst().reduce(0, +) / 19)
            present.append(s["desk.in_system_at_start"]!.dropFirst().reduce(0, +) / 19)
        }
        for (name, values, analytic) in [("delayed", delayed, c), ("service level", level, sl), ("per bucket", bucketDelayed, c)] {
            let summary = ReplicationSummary(values)
            let h = summary.halfWidth(level: 0.99)
            #expect(abs(summary.mean - analytic) <= h, "\(name): \(summary.mean) ± \(h), analytic \(analytic)")
        }
        // Customers present at a bucket's start: L = Lq + λ/μ = C·ρ/(1 − ρ) + 8 = 9.637 (ρ = 0.8).
        let l = c * 0.8 / 0.2 + 8
        let snapshots = ReplicationSummary(present)
        #expect(abs(snapshots.mean - l) <= snapshots.halfWidth(level: 0.99) + 0.05, "L \(snapshots.mean) vs \(l)")
    }

    /// Two servers, five between t = 100 and 200 by a dated change: the
    /// buckets of 50 show 2, 2, 5, 5, 2, 2 on duty.
    @Test("Dated server changes move the staff on duty")
    func datedChange() throws {
        let (_, s) = try replicateWithSeries("""
            kind: queueing-network
            stations:
              - name: d
                arrivals: {dist: exponential, rate: 1}
                service: {dist: exponential, mean: 1}
                servers: {shifts: [{from: 0, servers: 2}], dated: [{from: 100, to: 200, servers: 5}]}
            """, horizon: 300, bucket: 50)
        #expect(s["d.on_duty_mean"] == [2, 2, 5, 5, 2, 2])
    }

    /// A dated change given as a date needs the experiment's start; with it,
    /// the date lands on the run's clock (start 08:00, change 09:00–09:30).
    @Test("A date in a shift plan needs the experiment's start, and lands on its clock")
    func datedInstant() throws {
        let yaml = """
            kind: queueing-network
            stations:
              - name: d
                arrivals: {dist: exponential, rate: 1}
                service: {dist: exponential, mean: 1}
                servers: {shifts: [{from: 0, servers: 1}], dated: [{from: 2026-11-11T09:00:00+08:00, to: 2026-11-11T09:30:00+08:00, servers: 3}]}
            """
        let spec = try NetworkSpec(from: SpecDocument.parse(data: Data(yaml.utf8), file: "m.yaml"))
        #expect(throws: LocatedError.self) { try spec.validate(for: RunSettings(horizon: 7200)) }
        let start = try #require(ISO8601Moment.parse("2026-11-11T08:00:00+08:00"))
        let clock = LocalClock(offset: 2 * 86_400 + 8 * 3600, start: start.instant)
        try spec.validate(for: RunSettings(horizon: 7200, clock: clock))
        let (_, s) = try replicateWithSeries(yaml, horizon: 7200, bucket: 1800, clock: clock)
        #expect(s["d.on_duty_mean"] == [1, 1, 3, 1])
    }
}
