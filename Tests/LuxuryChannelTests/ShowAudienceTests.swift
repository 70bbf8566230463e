import Foundation
import LuxuryChannel
import ModelSpec
import SimulationKernel
import Testing

@Suite("Luxury channel: the live audience")
struct ShowAudienceTests {
    /// The flat-traffic channel with a 100k-viewer show at 1 h: 20-minute
    /// watch times, ten looks five minutes apart, nobody buying.
    static let model = HandComputedTests.flat + """

        show:
          start: 1h
          viewers: 100k
          build-up: 30m
          watch-time: 20m
          buy-intent: 0
          buy-delay: {dist: deterministic, value: 1}
          looks: {count: 10, first: 5m, every: 5m, products: 1, stock-per-product: 1, price: {dist: deterministic, value: 100}}
        """

    /// Viewers join as a Poisson process of rate λ(t) and watch for an
    /// exponential time of mean θ: the audience is an Mt/M/∞ queue, so the
    /// number watching at t is Poisson with mean m(t) = ∫ λ(s) e^(−(t−s)/θ) ds
    /// (Eick, Massey & Whitt, "The physics of the Mt/G/∞ queue", Operations
    /// Research 1993). λ is the documented join profile: six equal steps up to
    /// the flat rate over the build-up, then flat until the last look has
    /// walked, with `viewers` joins in all. Each quarter-hour's time-average
    /// audience, averaged over replications, must match m averaged over that
    /// quarter hour, within 4 standard errors and 1%.
    @Test("The audience follows the Mt/M/∞ queue's mean")
    func mtMInfinity() throws {
        let spec = try LuxuryChannelSpec(from: SpecDocument.parse(data: Data(Self.model.utf8), file: "show"))
        let show = try #require(spec.show)
        let bucket = 900.0, horizon = 3 * 3600.0, replications = 40

        let looks = show.looks.map(\.start)
        let end = looks[looks.count - 1] + (looks[looks.count - 1] - looks[looks.count - 2])
        let flat = show.viewers / (end - show.start - show.buildUp / 2)
        var pieces: [(from: Double, to: Double, rate: Double)] = (0..<6).map { k in
            let step = show.buildUp / 6
            return (show.start + Double(k) * step, show.start + Double(k + 1) * step, flat * (Double(k) + 0.5) / 6)
        }
        pieces.append((show.start + show.buildUp, end, flat))
        let theta = show.watchTime
        func meanAudience(_ t: Double) -> Double {
            pieces.reduce(0) { total, p in
                guard t > p.from else { return total }
                return total + p.rate * theta * (exp(-(t - min(t, p.to)) / theta) - exp(-(t - p.from) / theta))
            }
        }

        var averages: [[Double]] = []
        for r in 0..<replications {
            let o = LuxurySimulation.run(spec: spec, seeds: StreamSeeds(seed: 11, replication: r), horizon: horizon,
                                         clockOffset: 0, seriesBucket: bucket)
            averages.append(try #require(o.series.first { $0.name == "show.concurrent" }).series.values)
        }
        var checked = 0
        for b in 0..<Int(horizon / bucket) {
            let from = Double(b) * bucket
            // m averaged over the bucket, by the midpoint rule on one-second steps.
            let expected = (0..<Int(bucket)).reduce(0) { $0 + meanAudience(from + Double($1) + 0.5) } / bucket
            guard expected > 1000 else { continue }
            let simulated = ReplicationSummary(averages.map { $0[b] })
            let standardError = simulated.sd / Double(replications).squareRoot()
            let detail = "quarter hour \(b): simulated \(simulated.mean) ± \(standardError), Mt/M/∞ \(expected)"
            #expect(abs(simulated.mean - expected) <= 4 * standardError, "\(detail)")
            #expect(abs(simulated.mean - expected) <= 0.01 * expected, "\(detail)")
            checked += 1
        }
        #expect(checked >= 6)
    }
}
