import Foundation
import LuxuryChannel
import ModelKit
import ModelSpec
import SimulationKernel
import Testing

@Suite("Luxury channel: the live audience")
struct ShowAudienceTests {
    /// The flat-traffic channel with a 100k-viewer show at 1 h: 20-minute
    /// watch times, ten looks five minutes apart, nobody buying.
    static let oneShow = HandComputedTests.flat + """

        show:
          start: 1h
          viewers: 100k
          build-up: 30m
          watch-time: 20m
          buy-intent: 0
          buy-delay: {dist: deterministic, value: 1}
          looks: {count: 10, first: 5m, every: 5m, products: 1, stock-per-product: 1, price: {dist: deterministic, value: 100}}
        """

    /// Two shows whose audiences overlap: a 60k-viewer show at 1 h and a
    /// 150k-viewer show at 105 minutes with longer watch times; viewers buy.
    static let twoShows = HandComputedTests.flat + """

        shows:
          - name: morning
            start: 1h
            viewers: 60k
            build-up: 20m
            watch-time: 15m
            buy-intent: 0.2%
            buy-delay: {dist: exponential, mean: 30s}
            looks: {count: 6, first: 5m, every: 5m, products: 2, stock-per-product: 30, price: {dist: deterministic, value: 100}}
          - name: evening
            start: 105m
            viewers: 150k
            build-up: 30m
            watch-time: 25m
            buy-intent: 0.1%
            buy-delay: {dist: exponential, mean: 30s}
            looks: {count: 8, first: 5m, every: 5m, products: 1, stock-per-product: 200, price: {dist: deterministic, value: 100}}
        """

    /// The mean audience m(t) = ∫ λ(s) e^(−(t−s)/θ) ds of an Mt/M/∞ queue
    /// (viewers join as a Poisson process of rate λ, watch for an exponential
    /// time of mean θ; Eick, Massey & Whitt, "The physics of the Mt/G/∞
    /// queue", Operations Research 1993). λ is the documented join profile:
    /// six equal steps up to the flat rate over the build-up, then flat until
    /// the last look has walked, with `viewers` joins in all.
    static func meanAudience(_ show: LuxuryChannelSpec.Show) -> (Double) -> Double {
        let start = show.startTime(on: LocalClock())
        let looks = show.walkTimes(on: LocalClock())
        let end = looks[looks.count - 1] + (looks[looks.count - 1] - looks[looks.count - 2])
        let flat = show.viewers / (end - start - show.buildUp / 2)
        var pieces: [(from: Double, to: Double, rate: Double)] = (0..<6).map { k in
            let step = show.buildUp / 6
            return (start + Double(k) * step, start + Double(k + 1) * step, flat * (Double(k) + 0.5) / 6)
        }
        pieces.append((start + show.buildUp, end, flat))
        let theta = show.watchTime
        return { t in
            pieces.reduce(0) { total, p in
                guard t > p.from else { return total }
                return total + p.rate * theta * (exp(-(t - min(t, p.to)) / theta) - exp(-(t - p.from) / theta))
            }
        }
    }

    /// Runs `model` for 3 h, `replications` times; returns each run's observations.
    static func runs(_ model: String, replications: Int) throws -> (LuxuryChannelSpec, [Observations]) {
        let spec = try LuxuryChannelSpec(from: SpecDocument.parse(data: Data(model.utf8), file: "shows"))
        let runs = (0..<replications).map { r in
            LuxurySimulation.run(spec: spec, seeds: StreamSeeds(seed: 11, replication: r),
                                 settings: RunSettings(horizon: 3 * 3600, seriesBucket: 900))
        }
        return (spec, runs)
    }

    /// Each quarter-hour's time-average audience, averaged over replications,
    /// must match `expected` averaged over that quarter hour, within 4
    /// standard errors and 1%, wherever at least 1,000 watch.
    static func expectAudience(_ runs: [Observations], matches expected: (Double) -> Double,
                               sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let averages = try runs.map { try #require($0.series.first { $0.name == "show.concurrent" }).series.values }
        var checked = 0
        for b in averages[0].indices {
            let from = Double(b) * 900
            // The mean over the bucket, by the midpoint rule on one-second steps.
            let mean = (0..<900).reduce(0) { $0 + expected(from + Double($1) + 0.5) } / 900
            guard mean > 1000 else { continue }
            let simulated = ReplicationSummary(averages.map { $0[b] })
            let standardError = simulated.sd / Double(runs.count).squareRoot()
            let detail = "quarter hour \(b): simulated \(simulated.mean) ± \(standardError), Mt/M/∞ \(mean)"
            #expect(abs(simulated.mean - mean) <= 4 * standardError, "\(detail)", sourceLocation: sourceLocation)
            #expect(abs(simulated.mean - mean) <= 0.01 * mean, "\(detail)", sourceLocation: sourceLocation)
            checked += 1
        }
        #expect(checked >= 6, sourceLocation: sourceLocation)
    }

    @Test("The audience follows the Mt/M/∞ queue's mean")
    func mtMInfinity() throws {
        let (spec, runs) = try Self.runs(Self.oneShow, replications: 40)
        try Self.expectAudience(runs, matches: Self.meanAudience(try #require(spec.show)))
    }

    /// Two overlapping shows: the total audience is the sum of two
    /// independent Mt/M/∞ queues; each show's joins are Poisson with mean
    /// `viewers`; each show's sales add up to its looks' sales.
    @Test("Several shows: audiences add up, each its own Mt/M/∞ queue")
    func severalShows() throws {
        let (spec, runs) = try Self.runs(Self.twoShows, replications: 40)
        #expect(spec.shows.map(\.name) == ["morning", "evening"])
        let morning = Self.meanAudience(spec.shows[0]), evening = Self.meanAudience(spec.shows[1])
        try Self.expectAudience(runs) { morning($0) + evening($0) }
        func value(_ o: Observations, _ name: String) -> Double { o.metrics.first { $0.name == name }?.value ?? .nan }
        for show in spec.shows {
            let joined = ReplicationSummary(runs.map { value($0, "show.\(show.name).viewers") })
            #expect(abs(joined.mean - show.viewers) <= 4 * (show.viewers / Double(runs.count)).squareRoot(),
                    "\(show.name): \(joined.mean) viewers joined, expected \(show.viewers)")
        }
        for o in runs {
            #expect(value(o, "show.viewers") == value(o, "show.morning.viewers") + value(o, "show.evening.viewers"))
            #expect(value(o, "show.peak_concurrent") >= max(value(o, "show.morning.peak_concurrent"), value(o, "show.evening.peak_concurrent")))
            let looks = o.metrics.filter { $0.name.hasPrefix("show.look_") && $0.name.hasSuffix(".units_sold") }.reduce(0) { $0 + $1.value }
            #expect(looks > 0 && looks == value(o, "show.morning.units_sold") + value(o, "show.evening.units_sold"))
        }
    }

    /// Mistakes in the shows are located: both `show` and `shows` (at the
    /// list), two shows of one name (at the second), a listed show without a
    /// name (at that show).
    @Test("Mistakes in the shows name their line and column", arguments: [
        ("both", "not both"), ("twice", "a second show named 'morning'"), ("unnamed", "missing required field 'name'"),
    ])
    func showErrors(mistake: String, message: String) throws {
        var model = Self.twoShows
        switch mistake {
        case "both": model += "\nshow: {start: 1h}"
        case "twice": model = model.replacingOccurrences(of: "name: evening", with: "name: morning")
        default: model = model.replacingOccurrences(of: "  - name: morning\n    start: 1h", with: "  - start: 1h")
        }
        let lines = model.components(separatedBy: "\n")
        let items = lines.indices.filter { lines[$0].hasPrefix("  - ") }
        let expected = mistake == "twice" ? items[1] + 1 : items[0] + 1
        do {
            _ = try LuxuryChannelSpec(from: SpecDocument.parse(data: Data(model.utf8), file: "m.yaml"))
            Issue.record("\(mistake): no error")
        } catch let error as LocatedError {
            #expect(error.message.contains(message), "\(error)")
            #expect(error.line == expected && error.column == (mistake == "both" ? 3 : 5), "\(error)")
        }
    }
}
