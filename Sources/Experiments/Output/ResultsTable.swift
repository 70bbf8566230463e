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
            let rows = results.summaries(variant: v).filter { wanted == nil || wanted!.contains($0.name) }
            let differences = Dictionary(results.comparisons(variant: v).map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
            let width = max(6, rows.map(\.name.count).max() ?? 0)
            let n = rows.first?.summary.n ?? 0
            var title = "scenario \(variant.scenarioName)"
            if !plan.sweepColumns.isEmpty {
                title += " [" + zip(plan.sweepColumns, variant.sweepValues).map { "\($0)=\($1)" }.joined(separator: ", ") + "]"
            }
            lines.append("\(title) (\(n) replications)")
            var header = pad("metric", width) + "  " + pad("mean", 12, left: true) + "  " + pad("95% confidence interval", 28)
            if !differences.isEmpty { header += "  vs baseline (paired 95%)" }
            lines.append(header)
            for r in rows {
                let h = r.summary.halfWidth95
                var line = pad(r.name, width) + "  " + pad(short(r.summary.mean), 12, left: true)
                    + "  " + pad("[" + short(r.summary.mean - h) + ", " + short(r.summary.mean + h) + "]", 28)
                if let d = differences[r.name]?.difference {
                    line += "  " + (d.mean >= 0 ? "+" : "") + short(d.mean) + " ± " + short(d.halfWidth95)
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
        guard x.isFinite else { return "n/a" }
        if x == 0 { return "0" }
        let magnitude = abs(x)
        if magnitude >= 1e7 || magnitude < 1e-3 { return String(format: "%.4e", x) }
        return String(format: "%.6g", x)
    }
}
