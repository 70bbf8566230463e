import Experiments
import SimulationKernel
import Testing

/// Small cases whose outcome follows from a line of arithmetic.
@Suite("Luxury channel: hand-computed cases and the two traffic modes")
struct HandComputedTests {
    /// 86,400 app visitors a day with a flat profile: 1 a second. Half enter,
    /// each views Poisson(2) products and buys each with 10%, nothing else.
    /// Buys happen at a uniform moment in the first 180 s of the visit, so over
    /// a 3600 s horizon the expected buys before it are 0.5 × 2 × 0.1 × (3600 − 90) = 351,
    /// minus those whose 1 s payment ends after the horizon (0.1 per second): 350.9.
    /// Units sold are Poisson (thinned Poisson arrivals), so the mean over 300
    /// replications must lie within 3 standard errors, √(350.9 / 300).
    static let flat = """
        kind: luxury-channel
        traffic:
          visitors-per-day: 86400
          hourly: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
          segments:
            - {name: all, share: 100%, channel-entry: 50%, views-per-visit: 2, cart-per-view: 0, buy-per-view: 10%, order-per-cart: 0}
        catalogue:
          brands: 10
          products-per-brand: 10
          stock-per-product: 1M
          categories: [{name: fashion, share: 100%, price: {dist: deterministic, value: 100}}]
        checkout:
          hold: 20m
          time-to-order: {dist: deterministic, value: 1}
          payment: {success: 100%, time: {dist: deterministic, value: 1}}
          orders-per-second: 1M
          payments-per-second: 1M
        """

    @Test("Flat traffic, buy-now only, ample stock: units sold match the arithmetic")
    func flatTraffic() throws {
        let r = try results(experiment(model: Self.flat, body: "name: flat\nhorizon: 1h\nreplications: 300\nseed: 1\n"))
        let expected = 0.5 * 2 * 0.1 * (3600 - 90) - 0.1 * 1
        let sold = ReplicationSummary(r.values("units.sold"))
        #expect(abs(sold.mean - expected) <= 3 * (expected / 300).squareRoot(), "units sold \(sold.mean), expected \(expected)")
        let app = ReplicationSummary(r.values("visitors.app"))
        #expect(abs(app.mean - 3600) <= 3 * (3600.0 / 300).squareRoot(), "app visitors \(app.mean), expected 3600")
        // Revenue is 100 RMB a unit exactly.
        #expect(zip(r.values("revenue.rmb"), r.values("units.sold")).allSatisfy { $0 == 100 * $1 })
    }

    @Test("No stock: every attempt is a lost sale")
    func noStock() throws {
        let model = Self.flat.replacingOccurrences(of: "stock-per-product: 1M", with: "stock-per-product: 0")
        let r = try results(experiment(model: model, body: "name: empty\nhorizon: 1h\nreplications: 20\nseed: 1\n"))
        #expect(r.values("units.sold").allSatisfy { $0 == 0 })
        let lost = ReplicationSummary(r.values("sales.lost_units"))
        let expected = 0.5 * 2 * 0.1 * (3600 - 90)
        #expect(abs(lost.mean - expected) <= 3 * (expected / 20).squareRoot())
    }

    /// Looks listed one by one: the second has no stock, so it sells nothing
    /// and every attempt to buy it is lost; the first sells.
    @Test("Looks listed one by one, with their own brand and stock")
    func explicitLooks() throws {
        let model = Self.flat + """

            show:
              start: 10m
              viewers: 50k
              build-up: 10m
              watch-time: 30m
              buy-intent: 1%
              buy-delay: {dist: exponential, mean: 30s}
              looks:
                - {at: 15m, brand: 3, products: 2, stock-per-product: 1000, price: {dist: deterministic, value: 500}}
                - {at: 20m, brand: 7, products: 1, stock-per-product: 0, price: {dist: deterministic, value: 900}}
            """
        let r = try results(experiment(model: model, body: "name: looks\nhorizon: 1h\nreplications: 5\nseed: 2\n"))
        #expect(r.values("show.look_1.units_sold").allSatisfy { $0 > 0 })
        #expect(r.values("show.look_2.units_sold").allSatisfy { $0 == 0 })
        #expect(r.values("show.looks_sold_out").allSatisfy { $0 == 1 })
        #expect(r.values("sales.lost_units_live").allSatisfy { $0 > 0 })
    }

    /// Thinning (only channel visitors become entities) and simulating every
    /// app visitor must agree in distribution: means within Welch's test at 0.1%.
    @Test("Visitor-level and thinned traffic agree")
    func visitorLevelAgrees() throws {
        let base = smallChannel.replacingOccurrences(of: "visitors-per-day: 2M", with: "visitors-per-day: 200k")
        let body = "name: modes\nhorizon: 12h\nreplications: 30\nseed: 3\nstart: 2017-08-07T08:00:00+08:00\n"
        let thinned = try results(experiment(model: base, body: body))
        let individual = try results(experiment(model: "visitor-level: true\n" + base, body: body))
        for metric in ["visitors.app", "visitors.channel", "carts.created", "orders.paid", "revenue.rmb"] {
            let p = WelchTest.pValue(thinned.values(metric), individual.values(metric))
            #expect(p > 0.001, "\(metric): thinned \(ReplicationSummary(thinned.values(metric)).mean) vs visitor-level \(ReplicationSummary(individual.values(metric)).mean), p = \(p)")
        }
        #expect(individual.summaries(variant: 0).first { $0.name == "visitors.app" }!.summary.mean > 90_000)
    }
}
