import SimulationKernel

/// One replication of one scenario: the unit of work the runner schedules.
public struct RunKey: Sendable, Hashable, Comparable {
    public let scenario: Int
    public let replication: Int

    public static func < (a: RunKey, b: RunKey) -> Bool {
        (a.scenario, a.replication) < (b.scenario, b.replication)
    }
}

/// A scenario ready to run: its name and its built model.
public struct PreparedScenario: Sendable {
    public let name: String
    public let model: any SimulationModel
}

/// Everything needed to run an experiment, validated.
public struct RunPlan: Sendable {
    public let experiment: ExperimentSpec
    public let scenarios: [PreparedScenario]

    /// Every run, in output order.
    public var runs: [RunKey] {
        scenarios.indices.flatMap { s in (0..<experiment.replications).map { RunKey(scenario: s, replication: $0) } }
    }

    /// The stream seeds of replication `r` (the same in every scenario: common random numbers).
    public func seeds(replication r: Int) -> StreamSeeds {
        StreamSeeds(seed: experiment.seed, replication: r)
    }
}
