import Foundation
import ModelKit
import SimulationKernel

/// One replication of one variant: the unit of work the runner schedules.
public struct RunKey: Sendable, Hashable, Comparable {
    /// Which variant, from 0, in plan order (scenario-major, then sweep point).
    public let variant: Int
    /// Which replication, from 0; it picks the random streams, the same in every variant.
    public let replication: Int

    /// Replication `replication` of variant `variant`.
    public init(variant: Int, replication: Int) {
        self.variant = variant
        self.replication = replication
    }

    /// Output order: variant by variant, then replication by replication.
    public static func < (a: RunKey, b: RunKey) -> Bool {
        (a.variant, a.replication) < (b.variant, b.replication)
    }
}

/// A scenario at one sweep point, with its model built: what a run simulates.
public struct Variant: Sendable {
    /// Index of the scenario (0 is the baseline).
    public let scenario: Int
    /// The scenario's name as the experiment gives it.
    public let scenarioName: String
    /// Index of the sweep point (0 without a sweep).
    public let point: Int
    /// The swept paths' values at this point, as they go into results columns.
    public let sweepValues: [String]
    /// The model built with the scenario's overrides and the sweep point's values applied.
    public let model: any ModelKind
    /// The sweep point's short name (`servers=12`, or its `label:`); empty without a sweep.
    public internal(set) var sweepLabel = ""

    /// `scenario · point label`, or the scenario alone without a sweep: what tables and progress lines call it.
    public var displayName: String { sweepLabel.isEmpty ? scenarioName : scenarioName + " · " + sweepLabel }
}

/// Everything needed to run an experiment, validated.
public struct RunPlan: Sendable {
    /// The validated experiment file.
    public let experiment: ExperimentSpec
    /// Scenario-major: all points of scenario 0, then scenario 1, …
    public let variants: [Variant]
    /// Column names of the swept paths, in file order.
    public let sweepColumns: [String]

    /// Every run, in output order, computed as needed: a plan of ten
    /// million replications takes no memory for its runs.
    public var runs: RunKeys {
        RunKeys(variants: variants.count, replications: experiment.replications)
    }

    /// The stream seeds of replication `r` (the same in every variant: common random numbers).
    public func seeds(replication r: Int) -> StreamSeeds {
        StreamSeeds(seed: experiment.seed, replication: r)
    }

    /// What a run needs besides its seeds.
    public var settings: RunSettings {
        RunSettings(horizon: experiment.horizon, warmup: experiment.warmup, runOff: experiment.runOff,
                    seriesBucket: experiment.outputs.seriesBucket,
                    clock: LocalClock(offset: experiment.start?.secondsSinceMonday ?? 0,
                                      start: experiment.start.map { $0.date.timeIntervalSince1970 }))
    }

    /// The metrics and series of every variant together (variants may differ:
    /// a scenario with another show schedule has other per-show metrics).
    public var catalogue: MetricCatalogue {
        variants.reduce(MetricCatalogue()) { $0.union($1.model.metricCatalogue) }
    }

    /// The baseline variant at the same sweep point as `v`.
    public func baseline(of v: Int) -> Int {
        variants.firstIndex { $0.scenario == 0 && $0.point == variants[v].point } ?? 0
    }

    /// Runs `shard` of `count` would take (every `count`-th run from `shard`).
    public func runs(shard: Int, of count: Int) -> RunKeys {
        RunKeys(variants: variants.count, replications: experiment.replications, shard: shard, of: count)
    }
}
