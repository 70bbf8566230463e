extension ReportBuilder {
    /// A forest plot of each scenario's paired difference from the baseline,
    /// per headline metric, grouped by scenario and sweep point. The axis is
    /// the change relative to the baseline's mean (percentage points for
    /// fractions), so metrics of every unit share it; the note at the right
    /// gives the difference in the metric's unit.
    var comparisonSection: HTMLPage.Section? {
        guard !results.comparisons.isEmpty else { return nil }
        let wanted = Set(headlineMetrics)
        let order = Dictionary(headlineMetrics.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var rows: [ForestPlot.Row] = []
        for (variant, comparisons) in grouped(results.comparisons.filter { wanted.contains($0.metric) }, by: \.variant) {
            for c in comparisons.sorted(by: { (order[$0.metric] ?? 0) < (order[$1.metric] ?? 0) }) {
                let u = unit(c.metric)
                let note = u.formatDifference(c.difference, baseline: c.baselineMean)
                let scale: Double
                if u == .fraction {
                    scale = 1
                } else if c.baselineMean.isFinite && c.baselineMean != 0 {
                    scale = 1 / abs(c.baselineMean)
                } else {
                    scale = .nan
                }
                rows.append(ForestPlot.Row(label: c.metric, estimate: c.difference * scale, low: c.low * scale, high: c.high * scale,
                                           note: scale.isNaN ? note + " (baseline 0)" : note,
                                           group: label(variant) + " − " + c.baseline))
            }
        }
        let plot = ForestPlot(title: "Differences from the baseline", xTitle: "change from the baseline (relative; percentage points for shares)",
                              unit: .fraction, rows: rows)
        return HTMLPage.Section(id: "comparisons", title: "Differences from the baseline", blocks: [
            .note("Each row is a scenario's mean paired difference from the baseline at the same sweep point, as a share of the "
                  + "baseline's mean (in percentage points for metrics that are shares), with its 95% interval. Rows with a "
                  + "baseline of zero have no relative change and show the difference only. Metrics: \(headlineChoice)."),
            .figure(plot.svg, caption: "Paired differences from the baseline with 95% intervals; dashed line: no difference."),
        ])
    }
}
