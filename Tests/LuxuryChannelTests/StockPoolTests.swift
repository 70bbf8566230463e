import Experiments
import Foundation
import LuxuryChannel
import ModelKit
import ModelSpec
import SimulationKernel
import Testing

/// Stock pools: substitution stays within a brand's open sale or within a
/// look, the show's units reconcile with its looks, and a look's selling out
/// is reported once and for good.
@Suite("Luxury channel: stock pools, substitution and sold-out looks")
struct StockPoolTests {
    /// The case: every brand's sale closes after 2 h, a show walks at
    /// 12 h with looks that have no stock, and every stock-out substitutes.
    /// The old model sold thousands of "live" units from browsing products
    /// whose sale had closed; look demand may only take look stock.
    @Test("Show demand never substitutes into browsing stock or a closed sale")
    func noCrossPoolSubstitution() throws {
        let model = smallChannel
            .replacingOccurrences(of: "substitution: 30%", with: "substitution: 100%\n  sale: {opens: 0h, length: 2h}")
            .replacingOccurrences(of: "show:\n  start: 8h", with: "show:\n  start: 12h")
            .replacingOccurrences(of: "stock-per-product: 50", with: "stock-per-product: 0")
        let r = try results(experiment(model: model, body: "name: closed\nhorizon: 1d\nreplications: 3\n"))
        #expect(r.values("units.sold_live").allSatisfy { $0 == 0 })
        #expect(r.values("sales.lost_units_live").allSatisfy { $0 > 0 })
        // Browsing sold only in the first two hours' sale.
        #expect(r.values("units.sold").allSatisfy { $0 > 0 })
    }

    /// Every unit sold from the show is a look's unit, and every look's unit
    /// sold came from the show: the two counts are one (a conservation law;
    /// the old model's substitution into browsing stock broke it by ~3.5%).
    /// Likewise categories and brands add up to the totals.
    @Test("Show units equal the looks' units; categories and brands add up to the totals")
    func reconcile() throws {
        let spec = try LuxuryCatalogueTests.spec(smallChannel.replacingOccurrences(of: "stock-per-product: 50", with: "stock-per-product: 5"))
        for r in 0..<4 {
            let o = spec.replicate(seeds: StreamSeeds(seed: 3, replication: r), settings: RunSettings(horizon: 86_400, runOff: 86_400))
            let v = o.valuesByName
            let looks = o.metrics.filter { $0.name.hasPrefix("show.look_") && $0.name.hasSuffix(".units_sold") }.reduce(0) { $0 + $1.value }
            #expect(looks == v["units.sold_live"]!)
            #expect(v["sales.substituted_units"]! > 0)
            let families: [(total: String, part: String)] = [("units.sold", "units.sold."), ("sales.lost_units", "sales.lost_units."),
                                                             ("stock.units", "stock.units."), ("revenue.rmb", "revenue.rmb.")]
            for family in families {
                let parts: [Double] = o.metrics.filter { $0.name.hasPrefix(family.part) }.map(\.value)
                let sum = parts.reduce(0, +)
                let total = v[family.total] ?? .nan
                #expect(abs(sum - total) <= 1e-6 * max(1, total), "\(family.part)* adds up to \(sum), \(family.total) is \(total)")
            }
            // The brands' table covers browsing stock: with the looks' it makes the totals.
            let brands = try #require(o.breakdowns.first { $0.name == "breakdowns" })
            let browsingSold = brands.columns[0].reduce(0, +)
            let browsingStock = brands.columns[2].reduce(0, +)
            #expect(browsingSold + looks == v["units.sold"]!)
            #expect(browsingStock + 10 * 2 * 5 == v["stock.units"]!)
        }
    }

    /// Looks listed one by one: a look of 4 units that many viewers want sells
    /// out after it walks; a look with no stock is sold out as it walks (0 s);
    /// a look of 100,000 units never sells out (empty).
    @Test("Each look reports whether and when it sold out")
    func soldOutAt() throws {
        let model = HandComputedTests.flat + """

            show:
              start: 10m
              viewers: 50k
              build-up: 10m
              watch-time: 30m
              buy-intent: 1%
              buy-delay: {dist: exponential, mean: 30s}
              looks:
                - {at: 15m, brand: 3, products: 2, stock-per-product: 2, price: {dist: deterministic, value: 500}}
                - {at: 20m, brand: 7, products: 1, stock-per-product: 0, price: {dist: deterministic, value: 900}}
                - {at: 25m, brand: 5, products: 1, stock-per-product: 100k, price: {dist: deterministic, value: 900}}
            """
        let r = try results(experiment(model: model, body: "name: soldout\nhorizon: 2h\nreplications: 4\nseed: 2\n"))
        #expect(r.values("show.look_1.units_sold").allSatisfy { $0 == 4 })
        #expect(r.values("show.look_1.sold_out_at").allSatisfy { $0 > 0 && $0 < 3600 })
        #expect(r.values("show.look_2.sold_out_at").allSatisfy { $0 == 0 })
        #expect(r.values("show.look_3.sold_out_at").allSatisfy { $0.isNaN })
        #expect(r.values("show.looks_sold_out").allSatisfy { $0 == 2 })
    }

    /// Every live unit comes back (100%) and every return would be restocked
    /// (100%): a look's returned units go back to the brand, so the looks
    /// that sold out stay sold out and nothing is restocked. (The old model
    /// put them back into the look's stock and undid its selling out.)
    @Test("Returned look units go back to the brand and do not undo a sell-out")
    func returnsKeepSellOut() throws {
        let model = smallChannel
            .replacingOccurrences(of: "cart-per-view: 2%, buy-per-view: 1%", with: "cart-per-view: 0, buy-per-view: 0")
            .replacingOccurrences(of: "cart-per-view: 1%, buy-per-view: 0.5%", with: "cart-per-view: 0, buy-per-view: 0")
            .replacingOccurrences(of: "live: {beauty: 30%, fashion: 40%}", with: "live: {beauty: 100%, fashion: 100%}")
            .replacingOccurrences(of: "restock: 50%", with: "restock: 100%")
            .replacingOccurrences(of: "stock-per-product: 50", with: "stock-per-product: 5")
        let r = try results(experiment(model: model, body: "name: back\nhorizon: 1d\nrun-off: 10d\nreplications: 3\nstart: 2017-08-07T08:00:00+08:00\n"))
        #expect(r.values("returns.units") == r.values("units.sold"))
        #expect(r.values("returns.restocked").allSatisfy { $0 == 0 })
        #expect(r.values("show.looks_sold_out").allSatisfy { $0 > 0 })
        #expect(r.values("stock.units_on_hand") == zip(r.values("stock.units"), r.values("units.sold")).map { $0 - $1 })
    }
}
