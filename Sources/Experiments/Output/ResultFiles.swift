import SimulationKernel

/// The text of each results file, built in memory so that the folder can be
/// written all at once (see `ResultsFolder`). Every table names its scenario
/// and sweep point in columns, so any file can be plotted on its own.
public enum ResultFiles {
    /// `summary.json`: `{"experiment": NAME, "scenarios": [{"name", "sweep": {PATH: VALUE}, "metrics": {METRIC: {mean, ci95, sd, n}}}]}`.
    public static func summaryJSON(_ results: ExperimentResults) -> String {
        let plan = results.plan
        let entries = plan.variants.indices.map { v in
            let metrics = results.summaries(variant: v).map { m in
                (m.name, JSONText.inlineObject([
                    ("mean", JSONText.number(m.summary.mean)), ("ci95", JSONText.number(m.summary.halfWidth95)),
                    ("sd", JSONText.number(m.summary.sd)), ("n", String(m.summary.n)),
                ]))
            }
            var fields = [("name", JSONText.string(plan.variants[v].scenarioName))]
            if !plan.sweepColumns.isEmpty {
                let sweep = zip(plan.sweepColumns, plan.variants[v].sweepValues).map { ($0, jsonValue($1)) }
                fields.append(("sweep", JSONText.inlineObject(sweep)))
            }
            fields.append(("metrics", JSONText.object(metrics, indent: 3)))
            return JSONText.object(fields, indent: 2)
        }
        return JSONText.object([
            ("experiment", JSONText.string(plan.experiment.name)),
            ("scenarios", JSONText.array(entries, indent: 1)),
        ]) + "\n"
    }

    /// `summary.csv`: one row per scenario, sweep point and metric (tidy long format).
    public static func summaryCSV(_ results: ExperimentResults) -> String {
        let plan = results.plan
        var csv = CSVTable(header: ["experiment", "scenario"] + plan.sweepColumns
                           + ["metric", "unit", "mean", "sd", "ci95_low", "ci95_high", "n"])
        for v in plan.variants.indices {
            for m in results.summaries(variant: v) {
                let h = m.summary.halfWidth95
                csv.append([plan.experiment.name, plan.variants[v].scenarioName] + plan.variants[v].sweepValues
                           + [m.name, m.unit, formatNumber(m.summary.mean), formatNumber(m.summary.sd),
                              formatNumber(m.summary.mean - h), formatNumber(m.summary.mean + h), String(m.summary.n)])
            }
        }
        return csv.text
    }

    /// `replications.csv`: one row per scenario, sweep point, replication and metric.
    public static func replicationsCSV(_ results: ExperimentResults) -> String {
        let plan = results.plan
        var csv = CSVTable(header: ["scenario"] + plan.sweepColumns + ["replication", "seed", "metric", "value"])
        for key in plan.runs {
            guard let o = results.runs[key] else { continue }
            let prefix = [plan.variants[key.variant].scenarioName] + plan.variants[key.variant].sweepValues
            for m in o.metrics {
                csv.append(prefix + [String(key.replication), String(plan.experiment.seed), m.name, formatNumber(m.value)])
            }
        }
        return csv.text
    }

    /// `comparisons.csv`: each scenario against the baseline at the same sweep
    /// point, with the paired 95% interval of the difference.
    public static func comparisonsCSV(_ results: ExperimentResults) -> String {
        let plan = results.plan
        var csv = CSVTable(header: ["experiment", "scenario", "baseline"] + plan.sweepColumns
                           + ["metric", "unit", "baseline_mean", "scenario_mean", "difference", "ci95_low", "ci95_high", "n"])
        let baselineName = plan.experiment.scenarios.first?.name ?? "baseline"
        for v in plan.variants.indices {
            for c in results.comparisons(variant: v) {
                let d = c.difference
                csv.append([plan.experiment.name, plan.variants[v].scenarioName, baselineName] + plan.variants[v].sweepValues
                           + [c.name, c.unit, formatNumber(c.baselineMean), formatNumber(c.mean), formatNumber(d.mean),
                              formatNumber(d.mean - d.halfWidth95), formatNumber(d.mean + d.halfWidth95), String(d.n)])
            }
        }
        return csv.text
    }

    /// `timeseries.csv`: every bucket of every recorded series per replication,
    /// then rows with replication `mean` holding the across-replication mean.
    public static func timeseriesCSV(_ results: ExperimentResults) -> String {
        let plan = results.plan
        var csv = CSVTable(header: ["scenario"] + plan.sweepColumns
                           + ["replication", "bucket_start", "bucket_start_s", "metric", "unit", "value"])
        let wanted = plan.experiment.outputs.seriesMetrics
        for v in plan.variants.indices {
            let prefix = [plan.variants[v].scenarioName] + plan.variants[v].sweepValues
            let reps = results.observations(variant: v)
            guard let first = reps.first else { continue }
            for (index, s) in first.series.enumerated() where wanted == nil || wanted!.contains(s.name) {
                var sums = Array(repeating: 0.0, count: s.series.values.count)
                let stamps = s.series.values.indices.map { i -> (String, String) in
                    let t = s.series.start + Double(i) * s.series.width
                    return (plan.experiment.start?.iso8601(after: t) ?? "", formatNumber(t))
                }
                for (r, o) in reps.enumerated() {
                    for (i, x) in o.series[index].series.values.enumerated() {
                        sums[i] += x
                        csv.append(prefix + [String(r), stamps[i].0, stamps[i].1, s.name, s.unit, formatNumber(x)])
                    }
                }
                for i in sums.indices {
                    csv.append(prefix + ["mean", stamps[i].0, stamps[i].1, s.name, s.unit, formatNumber(sums[i] / Double(reps.count))])
                }
            }
        }
        return csv.text
    }

    /// A swept value in JSON: a number when it is one, else a string.
    static func jsonValue(_ text: String) -> String {
        if let x = Double(text), x.isFinite { return JSONText.number(x) }
        return JSONText.string(text)
    }
}
