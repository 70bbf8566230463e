import ModelKit
import SimulationKernel

/// The text of each results file, built in memory so that the folder can be
/// written all at once (see `ResultsFolder`). Every table names its scenario
/// and sweep point in columns, so any file can be plotted on its own.
public enum ResultFiles {
    /// `summary.json`: `{"experiment": NAME, "scenarios": [{"name", "sweep": {PATH: VALUE}, "label",
    /// "windows": [{label, kind, start_s, end_s}], "metrics": {METRIC: {unit, mean, sd, ci95_low, ci95_high, n}}}],
    /// "table": [METRIC, …], "catalogue": {"metrics": […], "series": […]}}`; `null` for not a number.
    /// `label` (with a sweep) names the sweep point; `windows` are the spans
    /// charts shade (live shows, outages; model seconds); `table` (with
    /// `outputs.table`) lists the metrics the terminal table shows; `catalogue`
    /// defines every metric and series (as `runway metrics --json`).
    public static func summaryJSON(_ results: ExperimentResults) -> String {
        let plan = results.plan
        let entries = plan.variants.indices.map { v in
            let metrics = results.summaries(variant: v).map { m in
                let interval = m.interval95
                return (m.name, JSONText.inlineObject([
                    ("unit", JSONText.string(m.unit.rawValue)),
                    ("mean", JSONText.number(m.summary.mean)), ("sd", JSONText.number(m.summary.sd)),
                    ("ci95_low", JSONText.number(interval.low)), ("ci95_high", JSONText.number(interval.high)),
                    ("n", String(m.summary.n)),
                ]))
            }
            var fields = [("name", JSONText.string(plan.variants[v].scenarioName))]
            if !plan.sweepColumns.isEmpty {
                let sweep = zip(plan.sweepColumns, plan.variants[v].sweepValues).map { ($0, jsonValue($1)) }
                fields.append(("sweep", JSONText.inlineObject(sweep)))
                fields.append(("label", JSONText.string(plan.variants[v].sweepLabel)))
            }
            let windows = plan.variants[v].model.timeWindows(settings: plan.settings)
            if !windows.isEmpty { fields.append(("windows", JSONText.array(windows.map(windowJSON), indent: 3))) }
            fields.append(("metrics", JSONText.object(metrics, indent: 3)))
            return JSONText.object(fields, indent: 2)
        }
        var top = [("experiment", JSONText.string(plan.experiment.name)),
                   ("scenarios", JSONText.array(entries, indent: 1))]
        if let table = tableMetrics(plan) { top.append(("table", JSONText.array(table.map(JSONText.string), indent: 1))) }
        top.append(("catalogue", CatalogueText.jsonObject(plan.catalogue, indent: 1)))
        return JSONText.object(top) + "\n"
    }

    /// The metrics `outputs.table` names, patterns expanded in catalogue
    /// order, in the order written, each once; nil without `outputs.table`.
    static func tableMetrics(_ plan: RunPlan) -> [String]? {
        guard let wanted = plan.experiment.outputs.tableMetrics else { return nil }
        let catalogue = plan.catalogue
        var names: [String] = []
        for pattern in wanted {
            for m in catalogue.metrics(matching: pattern) where !names.contains(m.name) { names.append(m.name) }
        }
        return names
    }

    /// `{"label": "live show", "kind": "highlight", "start_s": 43200, "end_s": 50400}`.
    static func windowJSON(_ w: TimeWindow) -> String {
        JSONText.inlineObject([("label", JSONText.string(w.label)), ("kind", JSONText.string(w.kind.rawValue)),
                               ("start_s", JSONText.number(w.start)), ("end_s", JSONText.number(w.end))])
    }

    /// `summary.csv`: one row per scenario, sweep point and metric (tidy long format).
    public static func summaryCSV(_ results: ExperimentResults) -> String {
        let plan = results.plan
        var csv = CSVTable(header: ["experiment", "scenario"] + plan.sweepColumns
                           + ["metric", "unit", "mean", "sd", "ci95_low", "ci95_high", "n"])
        for v in plan.variants.indices {
            for m in results.summaries(variant: v) {
                let interval = m.interval95
                csv.append([plan.experiment.name, plan.variants[v].scenarioName] + plan.variants[v].sweepValues
                           + [m.name, m.unit.rawValue, formatNumber(m.summary.mean), formatNumber(m.summary.sd),
                              formatNumber(interval.low), formatNumber(interval.high), String(m.summary.n)])
            }
        }
        return csv.text
    }

    /// `replications.csv`: one row per scenario, sweep point, replication and metric.
    public static func replicationsCSV(_ results: ExperimentResults) throws -> String {
        var sink = StringSink()
        try writeReplicationsCSV(results, to: &sink)
        return sink.text
    }

    /// Writes `replications.csv` to `sink`, one run at a time.
    public static func writeReplicationsCSV(_ results: ExperimentResults, to sink: inout some TextSink) throws {
        let plan = results.plan
        try sink.write(CSVTable.line(["experiment", "scenario"] + plan.sweepColumns
                                     + ["replication", "seed", "metric", "unit", "value"]))
        for key in plan.runs {
            guard let o = try results.observations(of: key) else { continue }
            let prefix = [plan.experiment.name, plan.variants[key.variant].scenarioName] + plan.variants[key.variant].sweepValues
            let values = o.valuesByName
            var rows = ""
            for m in plan.variants[key.variant].model.metricCatalogue.metrics {
                rows += CSVTable.line(prefix + [String(key.replication), String(plan.experiment.seed), m.name, m.unit.rawValue,
                                                formatNumber(values[m.name] ?? .nan)])
            }
            try sink.write(rows)
        }
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
                let interval = c.interval95
                csv.append([plan.experiment.name, plan.variants[v].scenarioName, baselineName] + plan.variants[v].sweepValues
                           + [c.name, c.unit.rawValue, formatNumber(c.baselineMean), formatNumber(c.mean),
                              formatNumber(c.difference.mean), formatNumber(interval.low), formatNumber(interval.high),
                              String(c.difference.n)])
            }
        }
        return csv.text
    }

    /// The recorded series of variant `v` that the experiment keeps, in catalogue order.
    static func keptSeries(_ results: ExperimentResults, variant v: Int) -> [MetricDefinition] {
        let wanted = results.plan.experiment.outputs.seriesMetrics
        return results.plan.variants[v].model.metricCatalogue.series.filter { d in
            wanted == nil || wanted!.contains { MetricCatalogue.matches(d.name, $0) }
        }
    }

    /// Bucket start times of `series` as (ISO-8601 in the start's offset or empty, seconds).
    static func stamps(_ series: TimeSeries, _ plan: RunPlan) -> [(String, String)] {
        series.values.indices.map { i in
            let t = series.start + Double(i) * series.width
            return (plan.experiment.start?.iso8601(after: t) ?? "", formatNumber(t))
        }
    }

    /// `timeseries.csv`: every bucket of every kept series in every replication
    /// (`replication` is always a number).
    public static func timeseriesCSV(_ results: ExperimentResults) throws -> String {
        var sink = StringSink()
        try writeTimeseriesCSV(results, to: &sink)
        return sink.text
    }

    /// Writes `timeseries.csv` to `sink`, one run at a time: each run is read
    /// once and all its kept series written (so that no more than one run is
    /// held at a time, and a record is not decoded again for every series).
    public static func writeTimeseriesCSV(_ results: ExperimentResults, to sink: inout some TextSink) throws {
        let plan = results.plan
        try sink.write(CSVTable.line(["experiment", "scenario"] + plan.sweepColumns
                                     + ["replication", "bucket_start", "bucket_start_s", "metric", "unit", "value"]))
        for v in plan.variants.indices {
            let prefix = [plan.experiment.name, plan.variants[v].scenarioName] + plan.variants[v].sweepValues
            let kept = keptSeries(results, variant: v)
            var position = 0
            for r in 0..<plan.experiment.replications {
                guard let o = try results.observations(of: RunKey(variant: v, replication: r)) else { continue }
                defer { position += 1 }
                for d in kept {
                    guard let s = o.series.first(where: { $0.name == d.name }) else { continue }
                    var rows = ""
                    for (i, stamp) in stamps(s.series, plan).enumerated() {
                        rows += CSVTable.line(prefix + [String(position), stamp.0, stamp.1, d.name, d.unit.rawValue,
                                                        formatNumber(s.series.values[i])])
                    }
                    try sink.write(rows)
                }
            }
        }
    }

    /// `timeseries_summary.csv`: per bucket, the mean over replications and
    /// its 95% interval (clipped to the series' range).
    public static func timeseriesSummaryCSV(_ results: ExperimentResults) throws -> String {
        var sink = StringSink()
        try writeTimeseriesSummaryCSV(results, to: &sink)
        return sink.text
    }

    /// Writes `timeseries_summary.csv` to `sink`, summarising each bucket as
    /// the runs are read (each run once per variant; only the buckets'
    /// running sums are held).
    public static func writeTimeseriesSummaryCSV(_ results: ExperimentResults, to sink: inout some TextSink) throws {
        let plan = results.plan
        try sink.write(CSVTable.line(["experiment", "scenario"] + plan.sweepColumns
                                     + ["bucket_start", "bucket_start_s", "metric", "unit", "mean", "ci95_low", "ci95_high", "n"]))
        for v in plan.variants.indices {
            let prefix = [plan.experiment.name, plan.variants[v].scenarioName] + plan.variants[v].sweepValues
            let kept = keptSeries(results, variant: v)
            // The buckets of each series are those of the first run that has it.
            var first: [TimeSeries?] = kept.map { _ in nil }
            var buckets: [[ReplicationSummary.Accumulator]] = kept.map { _ in [] }
            for r in 0..<plan.experiment.replications {
                guard let o = try results.observations(of: RunKey(variant: v, replication: r)) else { continue }
                for (j, d) in kept.enumerated() {
                    guard let s = o.series.first(where: { $0.name == d.name })?.series else { continue }
                    if first[j] == nil {
                        first[j] = s
                        buckets[j] = Array(repeating: .init(), count: s.values.count)
                    }
                    for i in buckets[j].indices { buckets[j][i].add(i < s.values.count ? s.values[i] : .nan) }
                }
            }
            for (j, d) in kept.enumerated() {
                guard let series = first[j] else { continue }
                var rows = ""
                for (i, stamp) in stamps(series, plan).enumerated() {
                    let summary = ReplicationSummary(buckets[j][i])
                    let interval = summary.interval95(in: d.range)
                    rows += CSVTable.line(prefix + [stamp.0, stamp.1, d.name, d.unit.rawValue, formatNumber(summary.mean),
                                                    formatNumber(interval.low), formatNumber(interval.high), String(summary.n)])
                }
                try sink.write(rows)
            }
        }
    }

    /// A swept value in JSON: a number when it is one, else a string.
    static func jsonValue(_ text: String) -> String {
        if let x = Double(text), x.isFinite { return JSONText.number(x) }
        return JSONText.string(text)
    }
}
