/// The results table planners read in the terminal (and paste as Markdown):
/// one block per scenario and sweep point, each metric's mean and 95%
/// interval in planners' units, and for a scenario other than the baseline
/// its paired difference from the baseline with the relative change
/// (`−43.9k (−45%)`). Intervals of fewer than `roughBelow` replications are
/// marked rough (`~[…]`); not a number is `—`. Which metrics: `TableSelection`.
public struct ResultsTable: Sendable {
    /// Plain text for a terminal, or GitHub-flavoured Markdown.
    public enum Format: String, Sendable, CaseIterable {
        /// Columns padded with spaces, for a terminal.
        case plain
        /// GitHub-flavoured Markdown tables.
        case markdown
    }

    /// Below this many replications, intervals are marked rough: the
    /// t interval's coverage rests on near-normal replication means (Law 2015, §9.4.1).
    public static let roughBelow = 5

    /// The results shown.
    public let results: LoadedResults
    /// Which metrics are shown, chosen from `results`.
    public let selection: TableSelection

    /// The table of `results`, with the metrics `TableSelection` chooses.
    public init(_ results: LoadedResults) {
        self.results = results
        selection = TableSelection(results)
    }

    /// One block per scenario and sweep point, blocks separated by a blank line,
    /// then a note for each family shown by its extremes.
    public func text(_ format: Format) -> String {
        let summaries = Dictionary(results.summary.map { (RowKey(variant: $0.variant, metric: $0.metric), $0) }, uniquingKeysWith: { a, _ in a })
        let differences = Dictionary(results.comparisons.map { (RowKey(variant: $0.variant, metric: $0.metric), $0) }, uniquingKeysWith: { a, _ in a })
        let baseline = results.scenarios.first ?? ""
        var blocks: [String] = []
        for variant in results.variants {
            let compared = results.comparisons.contains { $0.variant == variant }
            var header = ["metric", "mean", "95% interval"]
            if compared { header += ["vs \(baseline)", "paired 95% interval"] }
            var table = TextTable(header: header, alignments: [.left] + Array(repeating: .right, count: header.count - 1))
            var replications = 0
            for row in selection.rows(for: variant, in: results) {
                let key = RowKey(variant: variant, metric: row.metric)
                let unit = PlannerUnit(results.units[row.metric] ?? "")
                let name = row.metric + (row.note.map { " (\($0))" } ?? "")
                guard let s = summaries[key] else {
                    table.append([name, PlannerUnit.notANumber, PlannerUnit.notANumber])
                    continue
                }
                replications = max(replications, s.n)
                let text = unit.format(mean: s.mean, low: s.low, high: s.high)
                var cells = [name, text.value, interval(text.low, text.high, n: s.n)]
                if compared {
                    if let c = differences[key] {
                        let d = unit.formatDifference(c.difference, low: c.low, high: c.high, baseline: c.baselineMean)
                        cells += [d.difference + (d.relative.map { " (\($0))" } ?? ""), interval(d.low, d.high, n: c.n)]
                    } else {
                        cells += ["", ""]
                    }
                }
                table.append(cells)
            }
            let n = results.manifest?.replications ?? replications
            var title = results.label(variant)
            if variant.scenario == baseline && results.scenarios.count > 1 && baseline != "baseline" { title += " (baseline)" }
            title += " — \(n) replication" + (n == 1 ? "" : "s")
            if compared { title += "; differences from \(baseline) at the same point, paired" }
            if n < Self.roughBelow { title += "; with fewer than \(Self.roughBelow) replications the intervals are rough (~)" }
            switch format {
            case .plain: blocks.append(title + "\n" + table.plainText)
            case .markdown: blocks.append("**" + TextTable.escapeMarkdown(title) + "**\n\n" + table.markdown)
            }
        }
        var text = blocks.joined(separator: "\n")
        let notes = selection.familyNotes
        if !notes.isEmpty { text += "\n" + notes.joined(separator: "\n") + "\n" }
        return text
    }

    /// `[low, high]`, `~[low, high]` when rough, `—` without an interval.
    func interval(_ low: String, _ high: String, n: Int) -> String {
        guard low != PlannerUnit.notANumber else { return PlannerUnit.notANumber }
        return (n < Self.roughBelow ? "~" : "") + "[\(low), \(high)]"
    }

    struct RowKey: Hashable {
        var variant: Variant
        var metric: String
    }
}
