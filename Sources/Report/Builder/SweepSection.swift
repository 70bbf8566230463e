extension ReportBuilder {
    /// For each swept column and headline metric: the metric against the
    /// column's values, one line per scenario (and per value of the other
    /// swept columns), with 95% interval bars and any target lines.
    var sweepSection: HTMLPage.Section? {
        guard !results.sweepColumns.isEmpty else { return nil }
        var blocks: [HTMLPage.Block] = [.note("Each point is a mean over replications with its 95% confidence interval as a bar; "
                                              + "lines join a scenario's sweep points. Metrics: \(headlineChoice).")]
        let summaries = grouped(results.summary, by: \.metric)
        let byMetric = Dictionary(summaries, uniquingKeysWith: { a, _ in a })
        for (c, column) in results.sweepColumns.enumerated() {
            var seen = Set<String>()
            let values = results.variants.map { $0.sweep.count > c ? $0.sweep[c] : "" }.filter { seen.insert($0).inserted }
            let numbers = values.compactMap(Double.init)
            let numeric = numbers.count == values.count
            let xAxis: SweepChart.XAxis = numeric ? .numeric(.plain("")) : .categories(values)
            if results.sweepColumns.count > 1 { blocks.append(.subheading("Against \(column)")) }
            for metric in headlineMetrics {
                guard let rows = byMetric[metric] else { continue }
                // A line per scenario and setting of the other swept columns.
                let lines = grouped(rows) { r in
                    [r.variant.scenario] + r.variant.sweep.enumerated().filter { $0.offset != c }.map(\.element)
                }.map { key, members -> SweepChart.Line in
                    let others = zip(results.sweepColumns.enumerated().filter { $0.offset != c }.map(\.element), key.dropFirst())
                        .map { SweepLabel.short($0) + "=" + $1 }
                    let name = ([key[0]] + others).joined(separator: " · ")
                    let points = members.compactMap { r -> SweepChart.Point? in
                        guard r.variant.sweep.count > c else { return nil }
                        let text = r.variant.sweep[c]
                        let x = numeric ? (Double(text) ?? .nan) : Double(values.firstIndex(of: text) ?? 0)
                        return SweepChart.Point(x: x, mean: r.mean, low: r.low, high: r.high)
                    }.sorted { $0.x < $1.x }
                    return SweepChart.Line(name: name, points: points)
                }
                let chart = SweepChart(title: "\(metric) against \(column)", xTitle: column, xAxis: xAxis, unit: unit(metric),
                                       lines: lines, targets: context.targets[metric] ?? [],
                                       intervalLabel: "bars: 95% confidence interval")
                blocks.append(.figure(chart.svg, caption: "\(metric) (\(results.units[metric] ?? "")) against \(column)."))
            }
        }
        return HTMLPage.Section(id: "sweeps", title: "Sweeps", blocks: blocks)
    }
}
