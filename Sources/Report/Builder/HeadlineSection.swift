extension ReportBuilder {
    /// One table per sweep point: each headline metric's mean and 95% interval
    /// per scenario, then each scenario's paired difference from the baseline.
    var headlineSection: HTMLPage.Section {
        var blocks: [HTMLPage.Block] = []
        let n = replications.map { "\($0) replications" } ?? "the replications"
        let rough = (replications.map { $0 < ResultsTable.roughBelow } ?? false)
            ? " With fewer than \(ResultsTable.roughBelow) replications the intervals are rough: the t interval's coverage rests on near-normal replication means." : ""
        blocks.append(.note("Mean over \(n) with its 95% confidence interval [low, high]; differences from the baseline "
                            + "are paired (the same random numbers in every scenario) with their 95% interval. "
                            + "Metrics: \(headlineChoice)." + rough))
        let scenarios = results.scenarios
        let baseline = scenarios.first ?? ""
        var points: [[String]] = []
        var seenPoints = Set<[String]>()
        for v in results.variants where seenPoints.insert(v.sweep).inserted { points.append(v.sweep) }
        let summaries = Dictionary(results.summary.map { (Key(variant: $0.variant, metric: $0.metric), $0) }, uniquingKeysWith: { a, _ in a })
        let differences = Dictionary(results.comparisons.map { (Key(variant: $0.variant, metric: $0.metric), $0) }, uniquingKeysWith: { a, _ in a })
        let compared = scenarios.filter { s in results.comparisons.contains { $0.variant.scenario == s } }
        if scenarios.count == 1 && points.count > 1 {
            blocks.append(.table(sweepTable(scenario: baseline, points: points, summaries: summaries)))
            return HTMLPage.Section(id: "headline", title: "Headline numbers", blocks: blocks)
        }
        for point in points {
            var header = ["metric", "unit"] + scenarios
            header += compared.map { "\($0) − \(baseline)" }
            var table = HTMLTable(className: "headline",
                                  caption: results.sweepColumns.isEmpty ? nil : results.label(sweep: point),
                                  header: header, alignments: [.left, .left] + Array(repeating: .right, count: header.count - 2))
            for metric in headlineMetrics {
                let u = unit(metric)
                var row: [HTMLTable.Cell] = [HTMLTable.Cell(metric), HTMLTable.Cell(unitWord(metric))]
                for s in scenarios {
                    guard let r = summaries[Key(variant: Variant(scenario: s, sweep: point), metric: metric)] else { row.append(""); continue }
                    let text = u.format(mean: r.mean, low: r.low, high: r.high)
                    row.append(HTMLTable.Cell(text.value, detail: text.low == PlannerUnit.notANumber ? nil : "[\(text.low), \(text.high)]"))
                }
                for s in compared {
                    guard let c = differences[Key(variant: Variant(scenario: s, sweep: point), metric: metric)] else { row.append(""); continue }
                    let text = u.formatDifference(c.difference, low: c.low, high: c.high, baseline: c.baselineMean)
                    let head = text.difference + (text.relative.map { " (\($0))" } ?? "")
                    row.append(HTMLTable.Cell(head, detail: text.low == PlannerUnit.notANumber ? nil : "[\(text.low), \(text.high)]"))
                }
                table.rows.append(row)
            }
            blocks.append(.table(table))
        }
        return HTMLPage.Section(id: "headline", title: "Headline numbers", blocks: blocks)
    }

    /// A single scenario over a sweep: one column per sweep point.
    private func sweepTable(scenario: String, points: [[String]], summaries: [Key: SummaryRow]) -> HTMLTable {
        let header = ["metric", "unit"] + points.map { results.label(sweep: $0) }
        var table = HTMLTable(className: "headline", caption: scenario, header: header,
                              alignments: [.left, .left] + Array(repeating: .right, count: points.count))
        for metric in headlineMetrics {
            let u = unit(metric)
            var row: [HTMLTable.Cell] = [HTMLTable.Cell(metric), HTMLTable.Cell(unitWord(metric))]
            for point in points {
                guard let r = summaries[Key(variant: Variant(scenario: scenario, sweep: point), metric: metric)] else { row.append(""); continue }
                let text = u.format(mean: r.mean, low: r.low, high: r.high)
                row.append(HTMLTable.Cell(text.value, detail: text.low == PlannerUnit.notANumber ? nil : "[\(text.low), \(text.high)]"))
            }
            table.rows.append(row)
        }
        return table
    }

    struct Key: Hashable {
        var variant: Variant
        var metric: String
    }
}
