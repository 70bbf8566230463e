import SimulationKernel

/// All replications of an experiment, and their summaries, keyed by metric
/// name through each variant's catalogue (never by position in a record).
public struct ExperimentResults: Sendable {
    public let plan: RunPlan
    /// Observations per run.
    public let runs: [RunKey: Observations]
    /// With `replications: {until: …}`: how tight the named intervals came out.
    public var precision: PrecisionReport?

    public init(plan: RunPlan, runs: [RunKey: Observations]) {
        self.plan = plan
        self.runs = runs
    }

    /// A metric summarised over a variant's replications.
    public struct MetricSummary: Sendable {
        /// The metric as the catalogue defines it.
        public let definition: MetricDefinition
        /// Values by replication, in replication order (NaN: nothing measured).
        public let values: [Double]
        /// Over the replications with a finite value.
        public let summary: ReplicationSummary

        public var name: String { definition.name }
        public var unit: MetricUnit { definition.unit }
        /// The 95% interval, clipped to the metric's range.
        public var interval95: (low: Double, high: Double) { summary.interval95(in: definition.range) }
    }

    /// A variant's metric against the baseline at the same sweep point,
    /// paired by replication (common random numbers make the pairs alike).
    public struct Comparison: Sendable {
        public let definition: MetricDefinition
        public let baselineMean: Double
        public let mean: Double
        /// Summary of the per-replication differences (variant − baseline),
        /// over the replications where both are finite.
        public let difference: ReplicationSummary
        /// Half-width of the 95% interval had the two samples been independent.
        public let unpairedHalfWidth95: Double

        public var name: String { definition.name }
        public var unit: MetricUnit { definition.unit }
        /// The paired 95% interval of the difference, clipped to the range of differences.
        public var interval95: (low: Double, high: Double) { difference.interval95(in: definition.range.ofDifferences) }
    }

    /// Observations of variant `v`, in replication order.
    func observations(variant v: Int) -> [Observations] {
        (0..<plan.experiment.replications).compactMap { runs[RunKey(variant: v, replication: $0)] }
    }

    /// Every metric of variant `v`'s catalogue, summarised over its replications.
    public func summaries(variant v: Int) -> [MetricSummary] {
        let reps = observations(variant: v).map(\.valuesByName)
        return plan.variants[v].model.metricCatalogue.metrics.map { definition in
            let values = reps.map { $0[definition.name] ?? .nan }
            return MetricSummary(definition: definition, values: values, summary: ReplicationSummary(values))
        }
    }

    /// Variant `v` against its baseline, metric by metric (empty for a baseline).
    public func comparisons(variant v: Int) -> [Comparison] {
        let b = plan.baseline(of: v)
        guard b != v else { return [] }
        let base = Dictionary(summaries(variant: b).map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        return summaries(variant: v).compactMap { m in
            guard let bm = base[m.name], bm.values.count == m.values.count else { return nil }
            let differences = zip(m.values, bm.values).map { $0.isFinite && $1.isFinite ? $0 - $1 : .nan }
            let paired = ReplicationSummary(differences)
            let unpaired = ReplicationSummary.halfWidth(
                sd: ((m.summary.sd * m.summary.sd + bm.summary.sd * bm.summary.sd) / 2).squareRoot() * 2.0.squareRoot(),
                n: paired.n, level: 0.95)
            return Comparison(definition: m.definition, baselineMean: bm.summary.mean, mean: m.summary.mean,
                              difference: paired, unpairedHalfWidth95: unpaired)
        }
    }

    /// Events handled over all runs.
    public var totalEvents: Int { runs.values.reduce(0) { $0 + $1.events } }
}
