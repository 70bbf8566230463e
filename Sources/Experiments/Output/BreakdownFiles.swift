import SimulationKernel

extension ResultFiles {
    /// `<name>.csv` for a breakdown table the model kind declares (see
    /// `BreakdownDefinition`): per scenario, sweep point, row and column, the
    /// mean over replications with its 95% interval (clipped to the column's
    /// range) and `n`, the replications that measured it. Rows are named by
    /// the table's key columns.
    public static func breakdownCSV(_ results: ExperimentResults, name: String) throws -> String {
        var sink = StringSink()
        try writeBreakdownCSV(results, name: name, to: &sink)
        return sink.text
    }

    /// Streams `<name>.csv` (see `breakdownCSV`) into `sink`, a variant at a
    /// time, reading each run once.
    public static func writeBreakdownCSV(_ results: ExperimentResults, name: String, to sink: inout some TextSink) throws {
        let plan = results.plan
        let keys = plan.catalogue.breakdowns.first { $0.name == name }?.keyColumns ?? []
        try sink.write(CSVTable.line(["experiment", "scenario"] + plan.sweepColumns + keys
                                     + ["metric", "unit", "mean", "sd", "ci95_low", "ci95_high", "n"]))
        for v in plan.variants.indices {
            guard let table = plan.variants[v].model.metricCatalogue.breakdowns.first(where: { $0.name == name }) else { continue }
            let prefix = [plan.experiment.name, plan.variants[v].scenarioName] + plan.variants[v].sweepValues
            // Each run read once; only the cells' running sums are held.
            var cells = table.columns.map { _ in Array(repeating: ReplicationSummary.Accumulator(), count: table.rows.count) }
            for r in 0..<plan.experiment.replications {
                guard let o = try results.observations(of: RunKey(variant: v, replication: r)),
                      let values = o.breakdowns.first(where: { $0.name == name }) else { continue }
                for c in cells.indices {
                    for row in cells[c].indices {
                        cells[c][row].add(c < values.columns.count && row < values.columns[c].count ? values.columns[c][row] : .nan)
                    }
                }
            }
            var rows = ""
            for (r, row) in table.rows.enumerated() {
                for (c, column) in table.columns.enumerated() {
                    let summary = ReplicationSummary(cells[c][r])
                    let interval = summary.interval95(in: column.range)
                    rows += CSVTable.line(prefix + row + [column.name, column.unit.rawValue, formatNumber(summary.mean),
                                                          formatNumber(summary.sd), formatNumber(interval.low),
                                                          formatNumber(interval.high), String(summary.n)])
                }
            }
            try sink.write(rows)
        }
    }
}
