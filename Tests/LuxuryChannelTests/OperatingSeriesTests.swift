import Experiments
import Foundation
import LuxuryChannel
import ModelKit
import ModelSpec
import SimulationKernel
import Testing

/// The per-bucket operating figures (issue 13), the staffing pools and the
/// per-brand breakdown file.
@Suite("Luxury channel: per-bucket series, staffing pools and breakdowns")
struct OperatingSeriesTests {
    static let start = "start: 2017-08-07T08:00:00+08:00\n"

    /// One replication of the small channel with a run-off that lets every
    /// order, return and contact finish, in hourly buckets.
    static func replication(_ yaml: String = smallChannel, seed: Int = 0) throws -> Observations {
        let spec = try LuxuryCatalogueTests.spec(yaml)
        let plan = try ExperimentLoader.plan(path: experiment(model: yaml, body: """
            name: buckets
            horizon: 1d
            run-off: 10d
            replications: 1
            outputs: {timeseries: {bucket: 1h}}
            """ + "\n" + Self.start))
        return spec.replicate(seeds: StreamSeeds(seed: 21, replication: seed), settings: plan.settings)
    }

    /// Counts per bucket add up to the run's totals; the floor's stages add
    /// up to the backlog bucket by bucket; the care desk's staff is counted in
    /// agents (1 at night, 2 by day in the small channel), not chat slots.
    @Test("Per-bucket counts add up to the totals, and the backlog's stages to the backlog")
    func seriesAddUp() throws {
        for r in 0..<3 {
            let o = try Self.replication(seed: r)
            let v = o.valuesByName
            func series(_ name: String) throws -> [Double] { try #require(o.series.first { $0.name == name }, "no \(name)").series.values }
            func total(_ name: String) throws -> Double { try series(name).reduce(0, +) }
            #expect(try total("care.arrivals") == v["care.contacts"])
            #expect(try total("care.answered") == v["care.answered"])
            #expect(try total("care.abandoned") == v["care.abandoned"])
            #expect(try total("checkout.payments") == v["orders.paid"])
            #expect(try total("units.sold") == v["units.sold"])
            #expect(try total("orders.shipped.fast") + total("orders.shipped.slow") == v["orders.shipped"])
            #expect(try total("returns.arrived") == v["returns.units"])
            // Every paid order and every returned unit reaches a pick station; every order a pack station.
            #expect(try total("warehouse.east.pick.arrivals") + total("warehouse.south.pick.arrivals")
                    == v["orders.paid"]! + v["returns.units"]!)
            #expect(try total("warehouse.east.pack.arrivals") + total("warehouse.south.pack.arrivals") == v["orders.paid"])
            let backlog = try series("warehouse.backlog")
            var stages = Array(repeating: 0.0, count: backlog.count)
            for w in ["east", "south"] {
                for stage in ["to_pick", "to_pack", "packed_waiting"] {
                    for (i, x) in try series("warehouse.\(w).\(stage)").enumerated() { stages[i] += x }
                }
            }
            for i in backlog.indices { #expect(abs(stages[i] - backlog[i]) <= 1e-9 * max(1, backlog[i])) }
            let agents = try series("care.on_duty_mean")
            // 08:00 start: buckets 0–15 are 08:00–24:00 (2 agents), 16–23 are 00:00–08:00 (1 agent).
            #expect(agents[0] == 2 && agents[16] == 1)
            // East is closed from 10 h to 12 h after the start.
            #expect(try series("warehouse.east.pick.on_duty_mean")[10] == 0)
            #expect(try series("care.in_system_at_start")[0] == 0)
            for name in ["care.delayed_fraction", "care.service_level", "warehouse.east.pick.delayed_fraction"] {
                #expect(try series(name).allSatisfy { $0.isNaN || (0...1).contains($0) })
            }
        }
    }

    /// Without a run-off the horizon is the end: both utilisations are one
    /// number. With a 10-day run-off the whole-run figure is mostly idle
    /// time; the horizon's is the launch's load.
    @Test("Utilisation over the horizon equals the whole run's without a run-off, and exceeds it with one")
    func horizonUtilization() throws {
        let spec = try LuxuryCatalogueTests.spec(smallChannel)
        let bare = spec.replicate(seeds: StreamSeeds(seed: 4, replication: 0), settings: RunSettings(horizon: 86_400)).valuesByName
        let long = spec.replicate(seeds: StreamSeeds(seed: 4, replication: 0), settings: RunSettings(horizon: 86_400, runOff: 10 * 86_400)).valuesByName
        for station in ["warehouse.east.pick", "warehouse.south.pack", "care.agent"] {
            #expect(bare["\(station)_utilization"] == bare["\(station)_utilization_horizon"])
            #expect(long["\(station)_utilization_horizon"]! > long["\(station)_utilization"]!)
        }
    }

    /// Every pool names series of the catalogue and a path the loader reads
    /// in the pool's syntax: a daily plan with a dated change of 5 agents
    /// (10 workers) in the first hour shows as 5 (10) on duty in bucket 0.
    @Test("Staffing pools name catalogue series and take a daily plan with dated changes at their path")
    func pools() throws {
        let spec = try LuxuryCatalogueTests.spec(smallChannel)
        let pools = spec.staffingPools
        #expect(pools.map(\.name) == ["care.agents", "fulfilment.warehouses[east].pick", "fulfilment.warehouses[east].pack",
                                      "fulfilment.warehouses[south].pick", "fulfilment.warehouses[south].pack"])
        #expect(pools[0].serversPerStaff == 2 && pools[0].serviceLevelTarget == 30)
        for pool in pools {
            #expect(pool.syntax == .dailyWithDatedChanges)
            for name in [pool.series.arrivals, pool.series.delayedFraction, pool.series.inSystemAtStart, pool.series.onDuty] {
                #expect(spec.metricCatalogue.seriesDefinition(name) != nil, "\(pool.name): no series \(name)")
            }
            #expect((pool.serviceLevelTarget != nil) == (spec.metricCatalogue.seriesDefinition(pool.series.serviceLevel) != nil))
            let plan = "{shifts: [{from: 0h, \(pool.countKey): 1}], dated: [{from: 0h, to: 1h, \(pool.countKey): 5}]}"
            let path = experiment(model: smallChannel, body: """
                name: pool
                horizon: 2h
                replications: 1
                outputs: {timeseries: {bucket: 1h}}
                scenarios:
                  - name: planned
                    overrides:
                      \(pool.path): \(plan)
                """)
            let r = try results(path)
            let o = try #require(try r.observations(of: RunKey(variant: 0, replication: 0)))
            let onDuty = try #require(o.series.first { $0.name == pool.series.onDuty }).series.values
            #expect(onDuty[0] == 5 && onDuty[1] == 1, "\(pool.name): \(onDuty)")
        }
    }

    /// `breakdowns.csv`: a row per brand on the channel and column, with a
    /// mean and an interval inside the column's range, written by
    /// Experiments from the catalogue's breakdown; run records keep it.
    @Test("The per-brand breakdown is written with intervals, and run records keep it")
    func breakdownFile() throws {
        let path = experiment(model: smallChannel, body: "name: brands\nhorizon: 1d\nreplications: 3\n")
        let plan = try ExperimentLoader.plan(path: path)
        let folder = NSTemporaryDirectory() + "runway-breakdowns-\(UUID().uuidString)"
        let outcome = try ExperimentRun(plan: plan, folder: folder).execute(stop: StopRequest())
        guard case .completed = outcome else { Issue.record("the run did not complete"); return }
        let text = try String(contentsOfFile: folder + "/breakdowns.csv", encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.first == "experiment,scenario,brand,channel_brand,category,metric,unit,mean,sd,ci95_low,ci95_high,n")
        #expect(lines.count == 1 + 90 * 6)
        for line in lines.dropFirst() where line.contains(",sell_through,") {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            if let high = Double(fields[10]) { #expect(high <= 1) }
            if let low = Double(fields[9]) { #expect(low >= 0) }
        }
        let inMemory = try results(path)
        let o = try #require(try inMemory.observations(of: RunKey(variant: 0, replication: 0)))
        let decoded = try RunRecord.decode(RunRecord.encode(o), file: "r", catalogue: plan.variants[0].model.metricCatalogue, series: false)
        #expect(decoded.breakdowns == o.breakdowns && !o.breakdowns.isEmpty)
        // A record whose table lost a row is not trusted.
        var damaged = o
        damaged.breakdowns = [Observations.Breakdown("breakdowns", columns: o.breakdowns[0].columns.map { Array($0.dropLast()) })]
        #expect(throws: LocatedError.self) {
            _ = try RunRecord.decode(RunRecord.encode(damaged), file: "r", catalogue: plan.variants[0].model.metricCatalogue, series: false)
        }
    }
}

extension OperatingSeriesTests {
    /// Same inputs and seed, one job or two: every results file the luxury
    /// model adds (series, the brands' breakdown) is byte-identical.
    @Test("Luxury results, series and breakdowns are byte-identical for 1 and 2 jobs")
    func jobsDoNotMatter() throws {
        let plan = try ExperimentLoader.plan(path: experiment(model: smallChannel, body: """
            name: jobs
            horizon: 1d
            run-off: 2d
            replications: 4
            outputs: {timeseries: {bucket: 1h}}
            scenarios:
              - name: a
              - name: b
                overrides: {show.viewers: 400k}
            """ + "\n" + Self.start))
        let one = try ReplicationRunner.results(of: plan, jobs: 1)
        let two = try ReplicationRunner.results(of: plan, jobs: 2)
        #expect(try ResultFiles.replicationsCSV(one) == ResultFiles.replicationsCSV(two))
        #expect(try ResultFiles.timeseriesCSV(one) == ResultFiles.timeseriesCSV(two))
        #expect(try ResultFiles.breakdownCSV(one, name: "breakdowns") == ResultFiles.breakdownCSV(two, name: "breakdowns"))
        #expect(try ResultFiles.comparisonsCSV(one) == ResultFiles.comparisonsCSV(two))
    }
}
