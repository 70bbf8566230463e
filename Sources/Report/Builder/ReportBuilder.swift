/// Builds the HTML report of a results folder: a header (experiment,
/// description, model, seed, replications, date, version, input hashes), the
/// headline table, time-series charts with across-replication bands, sweep
/// charts and a forest plot of the paired comparisons. Deterministic: the
/// same results and context give the same bytes (the date is the manifest's).
public struct ReportBuilder: Sendable {
    public let results: LoadedResults
    public let context: ReportContext

    public init(results: LoadedResults, context: ReportContext = ReportContext()) {
        self.results = results
        self.context = context
    }

    /// The report as a page.
    public var page: HTMLPage {
        var sections = [headlineSection]
        if let s = timeSeriesSection { sections.append(s) }
        if let s = sweepSection { sections.append(s) }
        if let s = comparisonSection { sections.append(s) }
        return HTMLPage(header: header, sections: sections,
                        generator: "Runway" + (results.manifest?.runwayVersion.map { " " + $0 } ?? ""))
    }

    /// The report's HTML text.
    public var html: String { page.html }

    // MARK: - Shared

    /// Headline metrics present in the results, in order.
    var headlineMetrics: [String] {
        let all = results.metrics
        guard let wanted = context.headlineMetrics else { return all }
        let present = Set(all + results.comparisons.map(\.metric))
        return wanted.filter { present.contains($0) }
    }

    /// How the headline metrics were chosen, for notes.
    var headlineChoice: String {
        let total = results.metrics.count
        guard context.headlineMetrics != nil else { return "all \(total) metrics" }
        return "the experiment's table metrics (\(headlineMetrics.count) of \(total); the files hold all)"
    }

    func unit(_ metric: String) -> PlannerUnit { PlannerUnit(results.units[metric] ?? "") }

    /// A variant's name in legends: `busy day · servers=12`; with a single
    /// scenario and a sweep, the sweep point alone (`stock-per-product=300`).
    func label(_ v: Variant) -> String {
        if results.scenarios.count == 1 && !results.sweepColumns.isEmpty {
            return SweepLabel.point(columns: results.sweepColumns, values: v.sweep)
        }
        return SweepLabel.variant(v, columns: results.sweepColumns)
    }

    /// Replications in the results (from the summary's n, else the manifest).
    var replications: Int? {
        results.summary.first.map(\.n).flatMap { $0 > 0 ? $0 : nil } ?? results.manifest?.replications
    }
}
