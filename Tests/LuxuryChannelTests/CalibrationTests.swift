import Experiments
import Foundation
import LuxuryChannel
import ModelSpec
import SimulationKernel
import Testing

/// The default model against the calibration targets of DOMAIN.md
/// ("Further defaults … calibration targets"), by `experiments/calibration.yaml`
/// at a tenth of its scale: 10M app visitors a day, 300 brands (the same
/// demand per brand), a tenth of the viewers and of each look's stock (the
/// same demand per unit). Every figure below is a ratio that the scale
/// leaves alone, except the show's orders, whose range is scaled with it.
@Suite("Luxury channel: the default model against DOMAIN's calibration targets")
struct CalibrationTests {
    static let scaled = """
        extends: \(repositoryRoot)/experiments/calibration.yaml
        replications: 4
        scenarios:
          - name: 10M viewers
            overrides: {traffic.visitors-per-day: 10M, catalogue.brands: 300, show.viewers: 1M, show.looks.stock-per-product: 30}
          - name: 1.3M viewers
            overrides: {traffic.visitors-per-day: 10M, catalogue.brands: 300, show.viewers: 130k, show.looks.stock-per-product: 30}
        """

    static func run() throws -> ExperimentResults {
        let folder = NSTemporaryDirectory() + "runway-calibration-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/scaled.yaml"
        try Self.scaled.write(toFile: path, atomically: true, encoding: .utf8)
        return try ReplicationRunner.results(of: try ExperimentLoader.plan(path: path), jobs: ProcessInfo.processInfo.activeProcessorCount)
    }

    /// The mean over replications of `metric` in scenario `v`.
    static func mean(_ r: ExperimentResults, _ metric: String, _ v: Int) -> Double {
        ReplicationSummary(r.values(metric, variant: v)).mean
    }

    @Test("Each calibration figure lands in DOMAIN's range, in both scenarios")
    func figures() throws {
        let r = try Self.run()
        for v in 0..<2 {
            let scenario = v == 0 ? "10M viewers" : "1.3M viewers"
            // Nothing left unfinished: the figures cover the orders' whole life.
            #expect(Self.mean(r, "care.pending_end", v) == 0 && Self.mean(r, "returns.pending_end", v) == 0)
            // Luxury session conversion ≈ 0.94% (convertcart.com; DOMAIN "Funnel"):
            // "about" read as within a quarter of it.
            let conversion = Self.mean(r, "visitors.conversion", v)
            #expect((0.0094 * 0.75...0.0094 * 1.25).contains(conversion), "\(scenario): conversion \(conversion)")
            // 5-15% of reservations expire unpaid [est] (DOMAIN "Flash-sale stock and payment").
            let expired = Self.mean(r, "reservations.expired_share", v)
            #expect((0.05...0.15).contains(expired), "\(scenario): expired unpaid \(expired)")
            // Flash-sale sell-through 60-85% [est] (DOMAIN "Funnel"): the brands' flash sale.
            let sellThrough = Self.mean(r, "stock.sell_through_browsing", v)
            #expect((0.60...0.85).contains(sellThrough), "\(scenario): sell-through \(sellThrough)")
            // 7-15 contacts per 100 orders over the orders' whole life [est] (DOMAIN "Customer care").
            let contacts = Self.mean(r, "care.contacts_per_order", v)
            #expect((0.07...0.15).contains(contacts), "\(scenario): contacts per order \(contacts)")
        }
        // A 1.3M-viewer show evening: on the order of 25k orders (thegoodlife.fr,
        // derived; DOMAIN "The launch"), read as within a factor of two: 12.5k-50k
        // at full scale, a tenth of it here.
        let live = Self.mean(r, "orders.paid_live", 1)
        #expect((1_250...5_000).contains(live), "1.3M viewers: \(live) show orders at a tenth of the scale")
    }

    /// Promises and lead times consistent (DOMAIN "Fulfilment and delivery":
    /// tier 1: 1-2 days, tier 2: 2-3, tier 3/4: 3-5): an order that just
    /// missed a truck waits at most the longest gap between its carrier's
    /// cut-offs, then travels the carrier's mean lead time; that must fit in
    /// its tier's promise, and each promise lies within DOMAIN's range for
    /// the tier. (The old single 72 h promise was below JD's 88 h to tier 3/4.)
    @Test("Every carrier's mean lead time plus its longest wait for a truck fits the tier's promise")
    func promises() throws {
        let text = try String(contentsOfFile: repositoryRoot + "/models/tmall-luxury.yaml", encoding: .utf8)
        let spec = try LuxuryChannelSpec(from: SpecDocument.parse(data: Data(text.utf8), file: "tmall-luxury.yaml"))
        let f = try #require(spec.fulfilment)
        let ranges: [String: ClosedRange<Double>] = ["tier-1": 1...2, "tier-2": 2...3, "tier-3-4": 3...5]
        for (k, tier) in f.tiers.enumerated() {
            let days = f.sla[k] / 86_400
            #expect(try #require(ranges[tier.name]).contains(days), "\(tier.name): promise of \(days) days")
            for carrier in f.carriers {
                let cutoffs = carrier.cutoffs
                let gaps = zip(cutoffs, cutoffs.dropFirst() + [cutoffs[0] + 86_400]).map { $1 - $0 }
                let worst = (gaps.max() ?? 86_400) + carrier.leadTimes[k].mean
                #expect(worst <= f.sla[k], "\(carrier.name) to \(tier.name): \(worst / 3600) h against a promise of \(f.sla[k] / 3600) h")
            }
        }
    }
}
