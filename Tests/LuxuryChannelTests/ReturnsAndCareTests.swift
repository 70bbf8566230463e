import Experiments
import Foundation
import LuxuryChannel
import ModelKit
import ModelSpec
import SimulationKernel
import Testing

/// Returns net of sales, the show's pull on browsing and care, care's hours,
/// and delivery promises by city tier.
@Suite("Luxury channel: returns net of sales, the show's pull, care's hours, promises by tier")
struct ReturnsAndCareTests {
    static let start = "start: 2017-08-07T08:00:00+08:00\n"

    /// Units kept and revenue net of refunds, in every replication.
    @Test("Units kept = sold − returned; net revenue = revenue − the returned units' prices")
    func netOfReturns() throws {
        let flatReturns = HandComputedTests.flat + """

            fulfilment:
              tiers: [{name: all, share: 100%}]
              warehouses:
                - {name: only, brands: 100%, pick: {rate: 1000/h, shifts: [{from: 0h, workers: 5}]},
                   pack: {rate: 1000/h, shifts: [{from: 0h, workers: 5}]}}
              carriers:
                - {name: c, share: 100%, cutoffs: [12h], truck-capacity: 100k, lead-time: {all: {dist: deterministic, value: 1d}}}
            returns:
              browsing: {fashion: 100%}
              time: {dist: deterministic, value: 1d}
            """
        let r = try results(experiment(model: flatReturns, body: "name: net\nhorizon: 1h\nrun-off: 5d\nreplications: 3\n" + Self.start))
        // Every unit comes back (100%), at RMB 100 each: nothing is kept, nothing earned.
        #expect(r.values("units.sold").allSatisfy { $0 > 0 })
        #expect(r.values("units.kept").allSatisfy { $0 == 0 })
        #expect(r.values("revenue.rmb_net").allSatisfy { $0 == 0 })
        let small = try results(experiment(model: smallChannel, body: "name: net\nhorizon: 1d\nrun-off: 10d\nreplications: 3\n" + Self.start))
        for i in 0..<3 {
            #expect(small.values("units.kept")[i] == small.values("units.sold")[i] - small.values("returns.units")[i])
            #expect(small.values("revenue.rmb_net")[i] < small.values("revenue.rmb")[i])
        }
    }

    /// 200,000 viewers, 10% of whom come to browse: about 20,000 visits from
    /// the show (Poisson; within 4 standard deviations), counted among the
    /// channel's visits; and contacts after a visit at 1% a visit: about 1%
    /// of all visits (Poisson).
    @Test("The show brings browsing visits, and visits bring pre-sale contacts")
    func showPull() throws {
        let model = smallChannel
            .replacingOccurrences(of: "  buy-delay: {dist: gamma, mean: 60s, cv: 0.8}\n",
                                  with: "  buy-delay: {dist: gamma, mean: 60s, cv: 0.8}\n  browsing: {share: 10%, segment: members, delay: {dist: exponential, mean: 10m}}\n")
            .replacingOccurrences(of: "  reasons:\n", with: "  reasons:\n    - {name: pre-sale, after: visit, per-visit: 1%, delay: {dist: exponential, mean: 5m}, handle-time: {dist: exponential, mean: 4m}}\n")
        let r = try results(experiment(model: model, body: """
            name: pull
            horizon: 1d
            replications: 5
            scenarios:
              - name: with the show's pull
              - name: without
                overrides:
                  show.browsing: {share: 0, segment: members, delay: {dist: exponential, mean: 10m}}
            """))
        let fromShow = ReplicationSummary(r.values("visitors.from_show"))
        #expect(abs(fromShow.mean - 20_000) < 4 * (20_000 / 5.0).squareRoot(), "visits from the show \(fromShow.mean)")
        #expect(r.values("visitors.from_show", variant: 1).allSatisfy { $0 == 0 })
        for i in 0..<5 {
            #expect(r.values("visitors.channel")[i] > r.values("visitors.channel", variant: 1)[i])
            // Show visits browse with their own numbers: the other visits are the same visits.
            #expect(r.values("visitors.channel")[i] - r.values("visitors.from_show")[i] == r.values("visitors.channel", variant: 1)[i])
        }
        // More visits, more units wanted (sold or lost: the small channel's stock runs out either way).
        func wanted(_ v: Int) -> [Double] { zip(r.values("units.sold", variant: v), r.values("sales.lost_units", variant: v)).map { $0 + $1 } }
        #expect(zip(wanted(0), wanted(1)).allSatisfy { $0 > $1 })
    }

    /// Contacts after a visit at 100% a visit with a bot that answers none:
    /// every visit prompts a Poisson(1) number of contacts, so contacts
    /// reaching agents ≈ visits (sum over replications within 4 sd).
    @Test("A reason after a visit prompts its rate of contacts per visit")
    func perVisit() throws {
        let model = smallChannel
            .replacingOccurrences(of: "bot-containment: 50%", with: "bot-containment: 0")
            .replacingOccurrences(of: "  reasons:\n", with: "  reasons:\n    - {name: pre-sale, after: visit, per-visit: 100%, delay: {dist: exponential, mean: 5m}, handle-time: {dist: exponential, mean: 4m}}\n")
            .replacingOccurrences(of: "per-order: 20%", with: "per-order: 0").replacingOccurrences(of: "per-order: 10%", with: "per-order: 0")
            .replacingOccurrences(of: "per-order: 80%", with: "per-order: 0")
        let r = try results(experiment(model: model, body: "name: visits\nhorizon: 6h\nrun-off: 1d\nreplications: 3\n"))
        let visits = r.values("visitors.channel").reduce(0, +)
        let contacts = r.values("care.contacts").reduce(0, +)
        #expect(abs(contacts - visits) < 4 * visits.squareRoot(), "\(contacts) contacts after \(visits) visits")
    }

    /// Contacts whose delays spread evenly over two days (uniform 0–2 d),
    /// written by an hourly profile of 0.1 from 00:00 to 08:00 and 1 after:
    /// a contact's time has density ∝ delay density × the factor of its hour,
    /// so about 8 × 0.1 ÷ (8 × 0.1 + 16) ≈ 5% arrive at night, against a
    /// third without the profile (the orders themselves come at every hour).
    @Test("Care contacts follow the hourly profile")
    func hourly() throws {
        let night = "[.1, .1, .1, .1, .1, .1, .1, .1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]"
        var spread = smallChannel
        for delay in ["{dist: exponential, mean: 1h}", "{dist: exponential, mean: 30m}"] {
            spread = spread.replacingOccurrences(of: "delay: \(delay)", with: "delay: {dist: uniform, min: 0, max: 2d}")
        }
        let profiled = spread.replacingOccurrences(of: "  bot-containment: 50%\n", with: "  bot-containment: 50%\n  hourly: \(night)\n")
        let body = "name: hours\nhorizon: 1d\nrun-off: 3d\nreplications: 2\nstart: 2017-08-07T00:00:00+08:00\noutputs: {timeseries: {bucket: 1h}}\n"
        for (yaml, expected) in [(profiled, 0.8 / 16.8), (spread, 1.0 / 3)] {
            let spec = try LuxuryCatalogueTests.spec(yaml)
            let plan = try ExperimentLoader.plan(path: experiment(model: yaml, body: body))
            var night = 0.0
            var all = 0.0
            for r in 0..<2 {
                let o = spec.replicate(seeds: StreamSeeds(seed: 1, replication: r), settings: plan.settings)
                let arrivals = try #require(o.series.first { $0.name == "care.arrivals" }).series.values
                night += arrivals.enumerated().filter { $0.offset % 24 < 8 }.reduce(0) { $0 + $1.element }
                all += arrivals.reduce(0, +)
            }
            // Binomial: within 4 standard deviations of the expected share.
            #expect(abs(night / all - expected) < 4 * (expected * (1 - expected) / all).squareRoot() + 0.02,
                    "\(night) of \(all) contacts at night, expected a share of \(expected)")
        }
    }

    /// Promises by tier: the near tier is promised 30 days, the far one a
    /// second. With a run-off long enough to decide every order, the orders
    /// on time are the near tier's: about 40% of them (within 4 sd).
    @Test("The delivery promise can differ by city tier")
    func promiseByTier() throws {
        let model = smallChannel.replacingOccurrences(of: "fulfilment:\n", with: "fulfilment:\n  sla: {near: 30d, far: 1s}\n")
        let r = try results(experiment(model: model, body: "name: sla\nhorizon: 1d\nrun-off: 40d\nreplications: 4\n" + Self.start))
        let share = ReplicationSummary(r.values("delivery.on_time_share"))
        let orders = ReplicationSummary(r.values("orders.paid")).mean
        #expect(abs(share.mean - 0.4) < 4 * (0.24 / orders / 4).squareRoot(), "on time \(share.mean)")
    }
}
