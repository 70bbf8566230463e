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

    /// A metric summarised over a variant's replications.
    public struct MetricSummary: Sendable {
        public let name: String
        public let unit: String
        /// Values by replication, in replication order.
        public let values: [Double]
        public let summary: ReplicationSummary
    }

    /// A variant's metric against the baseline at the same sweep point,
    /// paired by replication (common random numbers make the pairs alike).
    public struct Comparison: Sendable {
        public let name: String
        public let unit: String
        public let baselineMean: Double
        public let mean: Double
        /// Summary of the per-replication differences (variant − baseline).
        public let difference: ReplicationSummary
        /// Half-width of the 95% interval had the two samples been independent.
        public let unpairedHalfWidth95: Double
    }

    /// Observations of variant `v`, in replication order.
    func observations(variant v: Int) -> [Observations] {
        (0..<plan.experiment.replications).compactMap { runs[RunKey(variant: v, replication: $0)] }
    }

    /// Every metric of variant `v`, summarised over its replications.
    public func summaries(variant v: Int) -> [MetricSummary] {
        let reps = observations(variant: v)
        guard let first = reps.first else { return [] }
        return first.metrics.enumerated().map { index, metric in
            let values = reps.map { $0.metrics[index].value }
            return MetricSummary(name: metric.name, unit: metric.unit, values: values, summary: ReplicationSummary(values))
        }
    }

    /// Variant `v` against its baseline, metric by metric (empty for a baseline).
    public func comparisons(variant v: Int) -> [Comparison] {
        let b = plan.baseline(of: v)
        guard b != v else { return [] }
        let base = Dictionary(summaries(variant: b).map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        return summaries(variant: v).compactMap { m in
            guard let bm = base[m.name], bm.values.count == m.values.count else { return nil }
            let differences = zip(m.values, bm.values).map { $0 - $1 }
            let n = m.values.count
            let unpaired = ReplicationSummary.halfWidth(
                sd: ((m.summary.sd * m.summary.sd + bm.summary.sd * bm.summary.sd) / 2).squareRoot() * 2.0.squareRoot(),
                n: n, level: 0.95)
            return Comparison(name: m.name, unit: m.unit, baselineMean: bm.summary.mean, mean: m.summary.mean,
                              difference: ReplicationSummary(differences), unpairedHalfWidth95: unpaired)
        }
    }

    /// Events handled over all runs.
    public var totalEvents: Int { runs.values.reduce(0) { $0 + $1.events } }
}
