import ModelSpec
import SimulationKernel

/// All replications of an experiment, and their summaries, keyed by metric
/// name through each variant's catalogue (never by position in a record).
///
/// The runs themselves stay where they are (in memory for `runway check`,
/// as run records on disk for `runway run` and `runway merge`): the summaries
/// are taken in one pass over them, one run at a time, so memory grows with
/// the number of variants and metrics, not with the replications. Files that
/// list every replication (`replications.csv`, `timeseries.csv`) are written
/// from the runs as they are read (see `ResultFiles`).
public struct ExperimentResults: Sendable {
    /// The plan the runs belong to: variants, replications, catalogues.
    public let plan: RunPlan
    /// The observations of a run; throws when a record cannot be read or trusted.
    let read: @Sendable (RunKey) throws -> Observations?
    /// Per variant, the summary of each metric of its catalogue, in catalogue order.
    private let summaryTable: [[MetricSummary]]
    /// Per variant, its comparisons with the baseline (empty for a baseline).
    private let comparisonTable: [[Comparison]]
    /// Runs that were there to summarise.
    public let runCount: Int
    /// Events handled over all runs.
    public let totalEvents: Int
    /// With `replications: {until: …}`: how tight the named intervals came out.
    public var precision: PrecisionReport?

    /// Results of runs held in memory.
    public init(plan: RunPlan, runs: [RunKey: Observations]) {
        self.init(plan: plan, reading: { runs[$0] })
    }

    /// Results of the runs that `read` gives (nil: a run that is not there);
    /// each run is read once here, and again only by the files that list
    /// every replication.
    public init(plan: RunPlan, reading read: @escaping @Sendable (RunKey) throws -> Observations?) rethrows {
        self.plan = plan
        self.read = read
        var summaryTable: [[MetricSummary]] = []
        var comparisonTable: [[Comparison]] = []
        var runCount = 0
        var events = 0
        let replications = plan.experiment.replications
        for v in plan.variants.indices {
            let definitions = plan.variants[v].model.metricCatalogue.metrics
            let b = plan.baseline(of: v)
            var own = [ReplicationSummary.Accumulator](repeating: .init(), count: definitions.count)
            // Paired with the baseline's metric of the same name, when the baseline has it.
            let baseIndex: [Int?] = b == v ? [] : definitions.map { d in
                summaryTable[b].firstIndex { $0.name == d.name }
            }
            var differences = [ReplicationSummary.Accumulator](repeating: .init(), count: baseIndex.count)
            for r in 0..<replications {
                let key = RunKey(variant: v, replication: r)
                guard let o = try read(key) else { continue }
                runCount += 1
                events += o.events
                let values = o.valuesByName
                let row = definitions.map { values[$0.name] ?? .nan }
                for i in row.indices { own[i].add(row[i]) }
                guard b != v, let base = try read(RunKey(variant: b, replication: r)) else { continue }
                let baseValues = base.valuesByName
                for (i, j) in baseIndex.enumerated() {
                    guard let j else { continue }
                    let x = row[i]
                    let y = baseValues[summaryTable[b][j].name] ?? .nan
                    differences[i].add(x.isFinite && y.isFinite ? x - y : .nan)
                }
            }
            let summaries = zip(definitions, own).map { d, a in
                MetricSummary(definition: d, summary: ReplicationSummary(a), variant: v, read: read, replications: replications)
            }
            summaryTable.append(summaries)
            comparisonTable.append(b == v ? [] : zip(summaries, zip(baseIndex, differences)).compactMap { m, pair in
                guard let j = pair.0 else { return nil }
                let bm = summaryTable[b][j]
                let paired = ReplicationSummary(pair.1)
                let unpaired = ReplicationSummary.halfWidth(
                    sd: ((m.summary.sd * m.summary.sd + bm.summary.sd * bm.summary.sd) / 2).squareRoot() * 2.0.squareRoot(),
                    n: paired.n, level: 0.95)
                return Comparison(definition: m.definition, baselineMean: bm.summary.mean, mean: m.summary.mean,
                                  difference: paired, unpairedHalfWidth95: unpaired)
            })
        }
        self.summaryTable = summaryTable
        self.comparisonTable = comparisonTable
        self.runCount = runCount
        self.totalEvents = events
    }

    /// A metric summarised over a variant's replications.
    public struct MetricSummary: Sendable {
        /// The metric as the catalogue defines it.
        public let definition: MetricDefinition
        /// Over the replications with a finite value.
        public let summary: ReplicationSummary
        let variant: Int
        let read: @Sendable (RunKey) throws -> Observations?
        let replications: Int

        /// The metric's name, e.g. `orders.paid`.
        public var name: String { definition.name }
        /// The unit the metric's values are in.
        public var unit: MetricUnit { definition.unit }
        /// The 95% interval, clipped to the metric's range.
        public var interval95: (low: Double, high: Double) { summary.interval95(in: definition.range) }

        /// Values by replication, in replication order (NaN: nothing measured),
        /// read from the runs again: for checks and tests, which hold their
        /// runs in memory (a run that cannot be read counts as not measured).
        public var values: [Double] {
            (0..<replications).compactMap { r in
                (try? read(RunKey(variant: variant, replication: r))).flatMap { $0 }.map { $0.valuesByName[name] ?? .nan }
            }
        }
    }

    /// A variant's metric against the baseline at the same sweep point,
    /// paired by replication (common random numbers make the pairs alike).
    public struct Comparison: Sendable {
        /// The metric as the variant's catalogue defines it.
        public let definition: MetricDefinition
        /// The baseline scenario's mean at the same sweep point, over its finite replications, in the metric's unit.
        public let baselineMean: Double
        /// This variant's mean over its finite replications, in the metric's unit.
        public let mean: Double
        /// Summary of the per-replication differences (variant − baseline),
        /// over the replications where both are finite.
        public let difference: ReplicationSummary
        /// Half-width of the 95% interval had the two samples been independent.
        public let unpairedHalfWidth95: Double

        /// The metric's name.
        public var name: String { definition.name }
        /// The unit of the means and of the difference.
        public var unit: MetricUnit { definition.unit }
        /// The paired 95% interval of the difference, clipped to the range of differences.
        public var interval95: (low: Double, high: Double) { difference.interval95(in: definition.range.ofDifferences) }
    }

    /// Every metric of variant `v`'s catalogue, summarised over its replications.
    public func summaries(variant v: Int) -> [MetricSummary] { summaryTable[v] }

    /// Variant `v` against its baseline, metric by metric (empty for a baseline).
    public func comparisons(variant v: Int) -> [Comparison] { comparisonTable[v] }

    /// The observations of run `key`, read again (nil: not there).
    public func observations(of key: RunKey) throws -> Observations? { try read(key) }
}
