import SimulationKernel

/// The text of each results file, built in memory so that the folder can be
/// written all at once (see `ResultsFolder`).
public enum ResultFiles {
    /// `summary.json`: `{"experiment": NAME, "scenarios": [{"name", "metrics": {METRIC: {mean, ci95, sd, n}}}]}`.
    public static func summaryJSON(_ results: ExperimentResults) -> String {
        let scenarios = results.plan.scenarios.indices.map { s in
            let metrics = results.summaries(scenario: s).map { m in
                (m.name, JSONText.inlineObject([
                    ("mean", JSONText.number(m.summary.mean)), ("ci95", JSONText.number(m.summary.halfWidth95)),
                    ("sd", JSONText.number(m.summary.sd)), ("n", String(m.summary.n)),
                ]))
            }
            return JSONText.object([
                ("name", JSONText.string(results.plan.scenarios[s].name)),
                ("metrics", JSONText.object(metrics, indent: 3)),
            ], indent: 2)
        }
        return JSONText.object([
            ("experiment", JSONText.string(results.plan.experiment.name)),
            ("scenarios", JSONText.array(scenarios, indent: 1)),
        ]) + "\n"
    }

    /// `summary.csv`: one row per scenario and metric (tidy long format).
    public static func summaryCSV(_ results: ExperimentResults) -> String {
        var csv = CSVTable(header: ["experiment", "scenario", "metric", "unit", "mean", "sd", "ci95_low", "ci95_high", "n"])
        for s in results.plan.scenarios.indices {
            for m in results.summaries(scenario: s) {
                let h = m.summary.halfWidth95
                csv.append([results.plan.experiment.name, results.plan.scenarios[s].name, m.name, m.unit,
                            formatNumber(m.summary.mean), formatNumber(m.summary.sd),
                            formatNumber(m.summary.mean - h), formatNumber(m.summary.mean + h), String(m.summary.n)])
            }
        }
        return csv.text
    }

    /// `replications.csv`: one row per scenario, replication and metric.
    public static func replicationsCSV(_ results: ExperimentResults) -> String {
        var csv = CSVTable(header: ["scenario", "replication", "seed", "metric", "value"])
        for key in results.plan.runs {
            guard let o = results.runs[key] else { continue }
            let name = results.plan.scenarios[key.scenario].name
            for m in o.metrics {
                csv.append([name, String(key.replication), String(results.plan.experiment.seed), m.name, formatNumber(m.value)])
            }
        }
        return csv.text
    }

    /// The terminal table: metric, mean and 95% interval per scenario.
    public static func table(_ results: ExperimentResults, metrics wanted: [String]? = nil) -> String {
        var lines: [String] = []
        for s in results.plan.scenarios.indices {
            let rows = results.summaries(scenario: s).filter { wanted == nil || wanted!.contains($0.name) }
            let width = max(6, rows.map(\.name.count).max() ?? 0)
            let n = rows.first?.summary.n ?? 0
            lines.append("scenario \(results.plan.scenarios[s].name) (\(n) replications)")
            lines.append(pad("metric", width) + "  " + pad("mean", 14, left: true) + "  95% confidence interval")
            for r in rows {
                let h = r.summary.halfWidth95
                lines.append(pad(r.name, width) + "  " + pad(short(r.summary.mean), 14, left: true)
                             + "  [" + short(r.summary.mean - h) + ", " + short(r.summary.mean + h) + "]")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    static func pad(_ s: String, _ width: Int, left: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - s.count))
        return left ? fill + s : s + fill
    }

    /// Six significant digits for the terminal.
    static func short(_ x: Double) -> String {
        guard x.isFinite else { return "n/a" }
        if x == 0 { return "0" }
        let magnitude = abs(x)
        if magnitude >= 1e6 || magnitude < 1e-3 { return String(format: "%.4e", x) }
        return String(format: "%.6g", x)
    }
}
