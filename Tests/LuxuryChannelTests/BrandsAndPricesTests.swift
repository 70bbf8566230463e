import Experiments
import Foundation
import LuxuryChannel
import ModelSpec
import SimulationKernel
import Testing

/// Brands on the channel are the model's, not a draw: the ones that opted
/// out never walk the runway, and a show cannot need more brands than the
/// channel has; prices are sane.
@Suite("Luxury channel: brands on the channel and prices")
struct BrandsAndPricesTests {
    /// 100 brands, 10% opt out: exactly 90 on the channel in every
    /// replication, 10 products of 3 units each: 2,700 browsing units, plus
    /// the show's 10 looks × 2 products × 50 units: 3,700 units at the start.
    /// (When opting out was drawn per replication, the count varied.)
    @Test("The brands on the channel, and so the stock, are the same in every replication")
    func fixedBrands() throws {
        let r = try results(experiment(model: smallChannel, body: "name: brands\nhorizon: 2h\nreplications: 5\n"))
        #expect(r.values("stock.units") == Array(repeating: 3700, count: 5))
        let spec = try LuxuryCatalogueTests.spec(smallChannel)
        #expect(spec.catalogue.channelBrandCount == 90)
        let brands = spec.catalogue.brandsOnChannel
        // Every tenth brand stays off: 9, 19, …, 99.
        #expect(Set(0..<100).subtracting(brands.map(\.brand)) == Set(stride(from: 9, to: 100, by: 10)))
        // Categories in their shares (30% beauty of 90 brands: 27), within one brand.
        let beauty = brands.filter { $0.category == 0 }.count
        #expect(abs(beauty - 27) <= 1, "\(beauty) beauty brands of 90")
    }

    @Test("A show on a channel every brand left is refused")
    func everyBrandOptedOut() throws {
        let model = smallChannel.replacingOccurrences(of: "opt-out: 10%", with: "opt-out: 100%")
        do {
            _ = try LuxuryCatalogueTests.spec(model)
            Issue.record("a show of 10 looks was accepted with no brand on the channel")
        } catch let error as SpecError {
            #expect(error.message.contains("only 0 of the 100 brands are on the channel"), "\(error.message)")
        }
    }

    @Test("A show needing more brands than the channel has is refused, and so is a look of a brand beyond them")
    func tooFewBrands() throws {
        let model = smallChannel.replacingOccurrences(of: "opt-out: 10%", with: "opt-out: 95%")
        #expect(throws: SpecError.self) { _ = try LuxuryCatalogueTests.spec(model) }
        let named = HandComputedTests.flat + """

            show:
              start: 10m
              viewers: 50k
              build-up: 10m
              watch-time: 30m
              buy-intent: 1%
              buy-delay: {dist: exponential, mean: 30s}
              looks:
                - {at: 15m, brand: 10, products: 2, stock-per-product: 10, price: {dist: deterministic, value: 500}}
            """
        do {
            _ = try LuxuryCatalogueTests.spec(named)
            Issue.record("a look of brand 10 was accepted on a channel of brands 0 to 9")
        } catch let error as SpecError {
            #expect(error.message.contains("numbered 0 to 9"), "\(error.message)")
        }
    }

    @Test("An absurd price is refused where it is written")
    func absurdPrice() throws {
        let model = smallChannel.replacingOccurrences(of: "price: {dist: lognormal, mean: 2000, cv: 0.4}",
                                                      with: "price: {dist: lognormal, mean: 1e15, cv: 0.4}")
        do {
            _ = try LuxuryCatalogueTests.spec(model)
            Issue.record("a look priced at RMB 10^15 was accepted")
        } catch let error as SpecError {
            #expect(error.message.contains("beyond any flash sale"))
        }
        let free = smallChannel.replacingOccurrences(of: "mean: 400, cv: 0.5", with: "mean: 0, cv: 0.5")
        #expect(throws: SpecError.self) { _ = try LuxuryCatalogueTests.spec(free) }
    }
}
