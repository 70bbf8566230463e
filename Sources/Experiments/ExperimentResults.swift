import SimulationKernel

/// All replications of an experiment, and their summaries.
public struct ExperimentResults: Sendable {
    public let plan: RunPlan
    /// Observations per run.
    public let runs: [RunKey: Observations]

    public init(plan: RunPlan, runs: [RunKey: Observations]) {
        self.plan = plan
        self.runs = runs
    }

    /// A metric summarised over a scenario's replications.
    public struct MetricSummary: Sendable {
        public let name: String
        public let unit: String
        public let values: [Double]
        public let summary: ReplicationSummary
    }

    /// Metric names and units of a scenario, in the model's order.
    public func metricNames(scenario: Int) -> [(name: String, unit: String)] {
        guard let first = runs[RunKey(scenario: scenario, replication: 0)] else { return [] }
        return first.metrics.map { ($0.name, $0.unit) }
    }

    /// Every metric of scenario `s`, summarised over its replications in order.
    public func summaries(scenario s: Int) -> [MetricSummary] {
        let reps = (0..<plan.experiment.replications).compactMap { runs[RunKey(scenario: s, replication: $0)] }
        return metricNames(scenario: s).enumerated().map { index, metric in
            let values = reps.map { $0.metrics[index].value }
            return MetricSummary(name: metric.name, unit: metric.unit, values: values, summary: ReplicationSummary(values))
        }
    }

    /// Events handled over all runs.
    public var totalEvents: Int { runs.values.reduce(0) { $0 + $1.events } }
}
