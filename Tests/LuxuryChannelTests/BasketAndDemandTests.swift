import Experiments
import Foundation
@testable import LuxuryChannel
import ModelSpec
import SimulationKernel
import Testing

/// Baskets of several units, popularity that makes hits and tails, and
/// demand that heeds price when asked to.
@Suite("Luxury channel: baskets, popularity and price")
struct BasketAndDemandTests {
    /// The flat channel (350.9 orders expected in the hour, see
    /// `HandComputedTests`) with two units in every order at RMB 100 each:
    /// units are exactly twice the orders, an order is worth RMB 200, and the
    /// orders' count keeps its expectation.
    @Test("Two units per order: units are twice the orders, an order's value twice the price")
    func twoUnits() throws {
        let model = HandComputedTests.flat.replacingOccurrences(of: "  time-to-order:", with: "  units-per-order: 2\n  time-to-order:")
        let r = try results(experiment(model: model, body: "name: pairs\nhorizon: 1h\nreplications: 100\nseed: 1\n"))
        #expect(zip(r.values("units.sold"), r.values("orders.paid")).allSatisfy { $0 == 2 * $1 })
        #expect(r.values("orders.value_mean").allSatisfy { $0 == 200 })
        #expect(r.values("orders.units_mean").allSatisfy { $0 == 2 })
        let orders = ReplicationSummary(r.values("orders.paid"))
        #expect(abs(orders.mean - 350.9) <= 3 * (350.9 / 100).squareRoot(), "orders \(orders.mean), expected 350.9")
    }

    /// Units per order 1, 2 or 3 with weights 80, 15, 5: 1.25 units an order
    /// on average (ample stock, so nothing is lost from a basket).
    @Test("Units per order follow their distribution")
    func unitsPerOrder() throws {
        let model = HandComputedTests.flat.replacingOccurrences(
            of: "  time-to-order:", with: "  units-per-order: {dist: empirical, values: [1, 2, 3], weights: [80, 15, 5]}\n  time-to-order:")
        let r = try results(experiment(model: model, body: "name: baskets\nhorizon: 1h\nreplications: 20\nseed: 4\n"))
        let units = r.values("units.sold").reduce(0, +)
        let orders = r.values("orders.paid").reduce(0, +)
        // Var of units per order = 1.6 − 1.25² = 0.0375 + … = 0.2875; se of the mean over ~7,000 orders ≈ 0.0064.
        #expect(abs(units / orders - 1.25) < 4 * (0.2875 / orders).squareRoot(), "units per order \(units / orders)")
    }

    /// Picking is per unit, packing per order: with two units an order the
    /// pickers do twice the work for the same orders, so over the same hours
    /// their utilisation roughly doubles while the packers' stays (south's
    /// 20 pickers are far from full either way).
    @Test("Picking is per unit, packing per order")
    func pickPerUnit() throws {
        let body = "name: pick\nhorizon: 1d\nreplications: 4\nseed: 6\nstart: 2017-08-07T08:00:00+08:00\n"
        let roomy = smallChannel.replacingOccurrences(of: "stock-per-product: 3", with: "stock-per-product: 1000")
            .replacingOccurrences(of: "stock-per-product: 50", with: "stock-per-product: 1000")
            .replacingOccurrences(of: "pick: {rate: 60/h, shifts: [{from: 0h, workers: 2}]}", with: "pick: {rate: 60/h, shifts: [{from: 0h, workers: 20}]}")
        let one = try results(experiment(model: roomy, body: body))
        let two = try results(experiment(model: roomy.replacingOccurrences(of: "  time-to-order:", with: "  units-per-order: 2\n  time-to-order:"),
                                         body: body))
        #expect(one.values("orders.paid") == two.values("orders.paid"))
        let pick = (one: ReplicationSummary(one.values("warehouse.south.pick_utilization_horizon")).mean,
                    two: ReplicationSummary(two.values("warehouse.south.pick_utilization_horizon")).mean)
        let pack = (one: ReplicationSummary(one.values("warehouse.south.pack_utilization_horizon")).mean,
                    two: ReplicationSummary(two.values("warehouse.south.pack_utilization_horizon")).mean)
        #expect(pick.two > 1.6 * pick.one, "pick utilisation \(pick.one) → \(pick.two)")
        #expect(abs(pack.two - pack.one) < 0.1 * pack.one, "pack utilisation \(pack.one) → \(pack.two)")
    }

    /// Zipf popularity with exponent 1 over a brand's 10 products: the k-th
    /// weighs 1/k; the alias table draws each product with its weight's share.
    @Test("Zipf weights rank a brand's products 1/k, and the picker draws them in proportion")
    func zipfWeights() throws {
        let spec = try LuxuryCatalogueTests.spec(smallChannel.replacingOccurrences(
            of: "substitution: 30%", with: "substitution: 30%\n  popularity: {law: zipf, exponent: 1}"))
        let table = CatalogueTable(spec: spec, stream: RandomStream(seed: 1))
        #expect(Array(table.weight[0..<10]) == (1...10).map { 1 / Double($0) })
        let draws = 1_000_000
        var hits = Array(repeating: 0, count: table.browsingCount)
        let stream = RandomStream(seed: 2)
        for _ in 0..<draws { hits[table.browsingPick.index(stream.uniform())] += 1 }
        // Rank 1 of any brand: (1 / H₁₀) / 90 brands of the draws; H₁₀ = 2.929.
        let expected = Double(draws) / 2.928968 / 90
        let rankOne = stride(from: 0, to: table.browsingCount, by: 10).map { Double(hits[$0]) }
        let mean = rankOne.reduce(0, +) / Double(rankOne.count)
        #expect(abs(mean - expected) < 4 * (expected / 90).squareRoot(), "rank-1 draws \(mean), expected \(expected)")
    }

    /// Hits sell out and tails stay: with the same demand and stock (about
    /// 14 units wanted a product a day against 20 in stock), Zipf
    /// popularity runs more products out of stock and loses more units than
    /// even popularity (means over 8 replications, far apart).
    @Test("Skewed popularity sells out hits and loses more units than even popularity")
    func hitsAndTails() throws {
        let model = smallChannel.replacingOccurrences(of: "substitution: 30%", with: "substitution: 0")
            .replacingOccurrences(of: "stock-per-product: 3", with: "stock-per-product: 20")
        let r = try results(experiment(model: model, body: """
            name: popularity
            horizon: 1d
            replications: 8
            scenarios:
              - name: even
              - name: zipf
                overrides:
                  catalogue.popularity: {law: zipf, exponent: 1}
            """))
        let even = ReplicationSummary(r.values("sales.lost_units", variant: 0)).mean
        let zipf = ReplicationSummary(r.values("sales.lost_units", variant: 1)).mean
        #expect(zipf > 1.2 * even, "lost units: even \(even), zipf \(zipf)")
    }

    /// With elasticity 1, a look at twice the price draws half the buy
    /// attempts: (4,600 ÷ 2,300)^−1 = ½. Ample stock and payments that always
    /// succeed make units sold the attempts. Without elasticity the price does not matter.
    @Test("Price elasticity scales show demand by (price ÷ category price)^−ε; off by default")
    func elasticity() throws {
        let show = """

            show:
              start: 10m
              viewers: 100k
              build-up: 10m
              watch-time: 30m
              buy-intent: 1%
              buy-delay: {dist: exponential, mean: 30s}
              looks: {count: 5, first: 5m, every: 5m, products: 1, stock-per-product: 1M, price: {dist: deterministic, value: 100}}
            """
        let base = HandComputedTests.flat.replacingOccurrences(of: "buy-per-view: 10%", with: "buy-per-view: 0") + show
        let body = """
            name: price
            horizon: 2h
            replications: 30
            scenarios:
              - name: at the category price
              - name: twice it
                overrides:
                  show.looks.price: {dist: deterministic, value: 200}
            """
        let blind = try results(experiment(model: base, body: body))
        #expect(blind.values("units.sold_live", variant: 0) == blind.values("units.sold_live", variant: 1))
        let heeding = try results(experiment(model: base.replacingOccurrences(of: "stock-per-product: 1M\n", with: "stock-per-product: 1M\n  price-elasticity: 1\n"),
                                             body: body))
        let at = ReplicationSummary(heeding.values("units.sold_live", variant: 0)).mean
        let twice = ReplicationSummary(heeding.values("units.sold_live", variant: 1)).mean
        #expect(abs(twice / at - 0.5) < 0.05, "units at twice the price: \(twice) against \(at)")
    }
}
