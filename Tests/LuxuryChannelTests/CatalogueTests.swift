import Experiments
import Foundation
import LuxuryChannel
import ModelKit
import ModelSpec
import SimulationKernel
import Testing

/// The luxury model's metric catalogue against what a replication reports,
/// and metrics over empty populations.
@Suite("Luxury channel: metric catalogue and nothing measured")
struct LuxuryCatalogueTests {
    static func spec(_ yaml: String) throws -> LuxuryChannelSpec {
        try LuxuryChannelSpec(from: SpecDocument.parse(data: Data(yaml.utf8), file: "m.yaml"))
    }

    static func replicate(_ spec: LuxuryChannelSpec, horizon: Double = 12 * 3600) -> Observations {
        spec.replicate(seeds: StreamSeeds(seed: 5, replication: 0), settings: RunSettings(horizon: horizon))
    }

    /// Variants that switch parts on and off, and a schedule of two shows.
    static let variants: [String] = {
        let noOperations = smallChannel.components(separatedBy: "fulfilment:")[0]
        let twoShows = smallChannel.replacingOccurrences(of: "show:\n  start: 8h", with: """
            shows:
            - name: early
              start: 8h
            """).replacingOccurrences(of: "\n  viewers: 200k", with: "\n  viewers: 200k").replacingOccurrences(
                of: "price: {dist: lognormal, mean: 2000, cv: 0.4}}\n",
                with: "price: {dist: lognormal, mean: 2000, cv: 0.4}}\n- {name: late, start: 10h, viewers: 50k, build-up: 10m, watch-time: 20m, buy-intent: 1%, buy-delay: {dist: exponential, mean: 60s}, looks: {count: 3, every: 5m, products: 1, stock-per-product: 20, price: {dist: lognormal, mean: 900, cv: 0.4}}}\n")
        return [smallChannel, noOperations, twoShows]
    }()

    @Test("Every replication reports exactly the catalogue's metrics, in its order", arguments: 0..<3)
    func observationsMatchCatalogue(variant: Int) throws {
        let spec = try Self.spec(Self.variants[variant])
        let o = Self.replicate(spec)
        #expect(o.metrics.map(\.name) == spec.metricCatalogue.metricNames)
        #expect(o.matches(spec.metricCatalogue))
        // With series, every series the catalogue lists is recorded.
        let withSeries = spec.replicate(seeds: StreamSeeds(seed: 5, replication: 0),
                                        settings: RunSettings(horizon: 3600, seriesBucket: 600))
        #expect(Set(withSeries.series.map(\.name)) == Set(spec.metricCatalogue.series.map(\.name)))
        if variant == 2 { #expect(spec.metricCatalogue.metric("show.late.viewers") != nil) }
    }

    /// No stock at all: nothing sells, so shares of stock, checkout waits and
    /// shipping times have no population and are not numbers.
    @Test("No stock: sell-through, checkout and shipping statistics are empty, not 0")
    func noStock() throws {
        let yaml = smallChannel.replacingOccurrences(of: "stock-per-product: 3", with: "stock-per-product: 0")
            .replacingOccurrences(of: "stock-per-product: 50", with: "stock-per-product: 0")
        let o = Self.replicate(try Self.spec(yaml)).valuesByName
        #expect(o["units.sold"] == 0)
        for name in ["stock.sell_through", "checkout.wait_p95", "ship.order_to_ship_p95", "ship.order_to_ship_p50",
                     "delivery.order_to_door_p95", "delivery.on_time_share", "ship.on_cutoff_share", "care.wait_p90",
                     "care.service_level"] {
            #expect(try #require(o[name]).isNaN, "\(name) should be empty, is \(o[name] ?? 0)")
        }
    }

    /// No agents ever and 30 days of patience: within the horizon nobody is
    /// answered and nobody gives up, so there is no service level to report.
    @Test("Contacts nobody answers or abandons: the service level is empty, not 1")
    func noAgents() throws {
        let yaml = smallChannel.replacingOccurrences(of: "agents: [{from: 0h, agents: 1}, {from: 8h, agents: 2}]",
                                                     with: "agents: [{from: 0h, agents: 0}]")
            .replacingOccurrences(of: "patience: {dist: exponential, mean: 60s}", with: "patience: {dist: deterministic, value: 30d}")
        let o = Self.replicate(try Self.spec(yaml)).valuesByName
        #expect(try #require(o["care.contacts"]) > 0)
        #expect(o["care.answered"] == 0)
        #expect(try #require(o["care.service_level"]).isNaN)
        #expect(try #require(o["care.agent_utilization"]).isNaN)
    }

    @Test("A warm-up is refused for a luxury model, at the line that asks for it")
    func warmupRefused() throws {
        let path = experiment(model: smallChannel, body: "name: w\nhorizon: 6h\nwarmup: 50m\nreplications: 2\n")
        do {
            _ = try ExperimentLoader.plan(path: path)
            Issue.record("a warm-up was accepted and would be ignored")
        } catch let error as LocatedError {
            #expect(error.line == 4)
            #expect(error.message.contains("no warm-up"))
        }
    }
}
