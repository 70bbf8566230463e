import Foundation
import SimulationKernel

extension ResultFiles {
    /// The terminal table: per scenario and sweep point, each metric's mean
    /// and 95% interval; for scenarios other than the baseline, the paired difference.
    public static func table(_ results: ExperimentResults) -> String {
        let plan = results.plan
        let wanted = plan.experiment.outputs.tableMetrics
        var lines: [String] = []
        for v in plan.variants.indices {
            let variant = plan.variants[v]
            // The experiment's list (names or patterns), else the kind's headline metrics.
            let rows = results.summaries(variant: v).filter { m in
                if let wanted { return wanted.contains { MetricCatalogue.matches(m.name, $0) } }
                return m.definition.isHeadline
            }
            let differences = Dictionary(results.comparisons(variant: v).map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
            let width = max(6, rows.map(\.name.count).max() ?? 0)
            let n = rows.first?.summary.n ?? 0
            var title = "scenario \(variant.scenarioName)"
            if !plan.sweepColumns.isEmpty {
                title += " [" + zip(plan.sweepColumns, variant.sweepValues).map { "\($0)=\($1)" }.joined(separator: ", ") + "]"
            }
            lines.append("\(title) (\(n) replications)" + (n < ReplicationSummary.roughBelow
                ? "; with fewer than \(ReplicationSummary.roughBelow) replications the intervals are rough (~)" : ""))
            var header = pad("metric", width) + "  " + pad("mean", 12, left: true) + "  " + pad("95% confidence interval", 28)
            if !differences.isEmpty { header += "  vs baseline (paired 95%)" }
            lines.append(header)
            for r in rows {
                let interval = r.interval95
                let rough = r.summary.isRough ? "~" : ""
                let shown = interval.low.isNaN ? "—" : rough + "[" + short(interval.low) + ", " + short(interval.high) + "]"
                var line = pad(r.name, width) + "  " + pad(short(r.summary.mean), 12, left: true) + "  " + pad(shown, 28)
                if let c = differences[r.name] {
                    let d = c.difference
                    let i = c.interval95
                    line += "  " + (d.mean >= 0 ? "+" : "") + short(d.mean)
                        + (i.low.isNaN ? "" : " [" + short(i.low) + ", " + short(i.high) + "]")
                }
                lines.append(line)
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
        guard x.isFinite else { return "—" }
        if x == 0 { return "0" }
        let magnitude = abs(x)
        if magnitude >= 1e7 || magnitude < 1e-3 { return String(format: "%.4e", x) }
        return String(format: "%.6g", x)
    }
}
