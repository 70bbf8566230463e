import Foundation
import ModelSpec
import QueueingNetwork
import SimulationKernel
import Testing

@Suite("Networks and arrival profiles agree with theory")
struct NetworkValidationTests {
    /// Jackson's theorem: with arrival rates from the traffic equations
    /// λ = γ + λP, each station is an independent M/M/c queue, and the mean
    /// time in the network is Σ Lᵢ / γ (Little). (Jackson 1957; Kleinrock vol. 1 §4.8)
    @Test("Open Jackson network with feedback")
    func jackson() throws {
        let results = try runValidation("jackson")
        // Stations triage, lab, doctor: external rates, service means, servers, routing matrix P[i][j].
        let external = [1.0, 0, 0]
        let serviceMean = [1.2, 0.8, 2.0]
        let servers = [2, 1, 3]
        let routing = [[0, 0.4, 0.5], [0, 0, 1], [0.1, 0.1, 0]]
        var lambda = external
        for _ in 0..<500 {
            lambda = (0..<3).map { j in external[j] + (0..<3).reduce(0) { $0 + lambda[$1] * routing[$1][j] } }
        }
        var inNetwork = 0.0
        for (i, name) in ["triage", "lab", "doctor"].enumerated() {
            let sojourn = QueueingTheory.mmcWait(lambda: lambda[i], mu: 1 / serviceMean[i], servers: servers[i]) + serviceMean[i]
            expectAgreement(results, "\(name).sojourn_mean", analytic: sojourn)
            inNetwork += lambda[i] * sojourn
        }
        expectAgreement(results, "network.sojourn_mean", analytic: inNetwork / external.reduce(0, +))
    }

    /// A non-homogeneous Poisson process: the count in each piece of the
    /// profile is Poisson with mean ∫ rate = rate × width. Counted over many
    /// independent streams, the mean count per piece must match within 99%
    /// (Poisson: variance = mean), and the total too.
    @Test("Rate-profile arrivals: counts per piece match the integral of the rate")
    func rateProfile() throws {
        let root = try SpecDocument.load(path: "\(repositoryRoot)/models/validation/profile.yaml")
        let spec = try NetworkSpec(from: root)
        guard case .profile(let profile)? = spec.stations[0].arrivals else {
            Issue.record("the gate station should have a rate profile")
            return
        }
        let replications = 4000
        let width = 10.0
        var counts = Array(repeating: 0.0, count: profile.rates.count)
        for r in 0..<replications {
            let stream = StreamSeeds(seed: 7, replication: r).stream("arrivals.gate")
            var t = 0.0
            while let next = profile.nextArrival(after: t, using: stream), next < profile.end {
                counts[Int(next / width)] += 1
                t = next
            }
        }
        for (i, rate) in profile.rates.enumerated() {
            let expected = profile.expectedArrivals(from: Double(i) * width, to: Double(i + 1) * width)
            #expect(abs(expected - rate * width) < 1e-9)
            let mean = counts[i] / Double(replications)
            let halfWidth = 2.576 * (expected / Double(replications)).squareRoot()
            #expect(abs(mean - expected) <= halfWidth, "piece \(i): \(mean) arrivals on average, expected \(expected)")
        }
        // No arrivals after a non-repeating profile ends.
        let stream = StreamSeeds(seed: 7, replication: 0).stream("arrivals.gate")
        #expect(profile.nextArrival(after: profile.end, using: stream) == nil)
    }
}

@Suite("Network sojourn without routing")
struct PooledSojournTests {
    /// With no routing every customer visits one station, so their time in
    /// the network is their sojourn there: the network's mean must be the
    /// stations' sojourn means weighted by customers served (pooled, not kept).
    @Test("Network sojourn is the served-weighted mean of the stations' sojourns")
    func pooled() throws {
        let model = """
            kind: queueing-network
            stations:
              - {name: a, arrivals: {dist: exponential, rate: 2}, service: {dist: exponential, mean: 0.4}, servers: 1}
              - {name: b, arrivals: {dist: exponential, rate: 5}, service: {dist: lognormal, mean: 1, cv: 2}, servers: 7}
            """
        let spec = try NetworkSpec(from: SpecDocument.parse(data: Data(model.utf8), file: "pooled"))
        let o = NetworkSimulation.run(spec: spec, seeds: StreamSeeds(seed: 3, replication: 0), horizon: 20_000, warmup: 100)
        func value(_ name: String) -> Double { o.metrics.first { $0.name == name }?.value ?? .nan }
        let weighted = (value("a.served") * value("a.sojourn_mean") + value("b.served") * value("b.sojourn_mean"))
            / (value("a.served") + value("b.served"))
        #expect(value("a.sojourn_mean") != value("b.sojourn_mean"))
        #expect(abs(value("network.sojourn_mean") - weighted) <= 1e-12 * weighted)

        // One station: the very same number.
        let single = try NetworkSpec(from: SpecDocument.parse(data: Data("""
            kind: queueing-network
            stations:
              - {name: a, arrivals: {dist: exponential, rate: 9}, service: {dist: exponential, mean: 1}, servers: 10}
            """.utf8), file: "single"))
        let s = NetworkSimulation.run(spec: single, seeds: StreamSeeds(seed: 3, replication: 0), horizon: 2_000, warmup: 100)
        #expect(s.metrics.first { $0.name == "network.sojourn_mean" }?.value == s.metrics.first { $0.name == "a.sojourn_mean" }?.value)
    }
}
