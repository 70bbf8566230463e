import Report
import SimulationKernel

extension ResultFiles {
    /// The summaries, comparisons and catalogue of `results` as the Report
    /// module reads them from a results folder: the numbers go through the
    /// files' shortest round-trip text, so the values are those a reader of
    /// `summary.csv` gets, and the terminal table of a run equals that of its folder.
    public static func loaded(_ results: ExperimentResults) -> LoadedResults {
        let plan = results.plan
        let baselineName = plan.experiment.scenarios.first?.name ?? "baseline"
        func file(_ x: Double) -> Double { Double(formatNumber(x)) ?? .nan }
        var summary: [SummaryRow] = []
        var comparisons: [ComparisonRow] = []
        var labels: [[String]: String] = [:]
        for (v, variant) in plan.variants.enumerated() {
            let key = Report.Variant(scenario: variant.scenarioName, sweep: variant.sweepValues)
            if !plan.sweepColumns.isEmpty { labels[LoadedResults.sweepKey(variant.sweepValues)] = variant.sweepLabel }
            for m in results.summaries(variant: v) {
                let interval = m.interval95
                summary.append(SummaryRow(variant: key, metric: m.name, unit: m.unit.rawValue, mean: file(m.summary.mean),
                                          sd: file(m.summary.sd), low: file(interval.low), high: file(interval.high), n: m.summary.n))
            }
            for c in results.comparisons(variant: v) {
                let interval = c.interval95
                comparisons.append(ComparisonRow(variant: key, baseline: baselineName, metric: c.name, unit: c.unit.rawValue,
                                                 baselineMean: file(c.baselineMean), scenarioMean: file(c.mean),
                                                 difference: file(c.difference.mean), low: file(interval.low),
                                                 high: file(interval.high), n: c.difference.n))
            }
        }
        var manifest = ManifestInfo(experiment: plan.experiment.name, replications: plan.experiment.replications,
                                    scenarios: plan.experiment.scenarios.map(\.name))
        manifest.description = plan.experiment.description
        let catalogue = plan.catalogue
        return LoadedResults(experiment: plan.experiment.name, sweepColumns: plan.sweepColumns, summary: summary,
                             comparisons: comparisons, manifest: manifest, catalogue: catalogue.metrics.map(info),
                             seriesCatalogue: catalogue.series.map(info), tableMetrics: tableMetrics(plan), sweepLabels: labels)
    }

    /// A catalogue entry as the Report module reads it from `summary.json`.
    static func info(_ m: MetricDefinition) -> MetricInfo {
        MetricInfo(name: m.name, family: m.family, unit: m.unit.rawValue, lower: m.range.lower, upper: m.range.upper,
                   kind: m.kind.rawValue, definition: m.definition, isHeadline: m.isHeadline)
    }
}
