/// Builds the HTML report of a results folder: a header (experiment,
/// description, model, seed, replications, horizon, run-off, start, date,
/// version, input hashes), the headline table, a goal's candidates and
/// verdicts, a staffing plan against demand and its service level per
/// interval, time-series charts with bands, sweep charts, a forest plot of
/// the paired comparisons and the definitions of the metrics shown. Deterministic: the same results and
/// context give the same bytes (the date is the manifest's day of finishing;
/// neither the wall time nor the command line, which names `--jobs`, is shown).
public struct ReportBuilder: Sendable {
    /// The results folder's contents the report draws.
    public let results: LoadedResults
    /// What the report is told beyond the files (description, clock, windows, targets, bands).
    public let context: ReportContext

    /// A report of `results`; `context` overrides what the files say (by default nothing).
    public init(results: LoadedResults, context: ReportContext = ReportContext()) {
        self.results = results
        self.context = context
    }

    /// The report as a page.
    public var page: HTMLPage {
        var sections: [HTMLPage.Section] = []
        // An answer's folder (goal.csv, staffing.csv) has no summary, so no headline numbers.
        let isAnswer = results.goal != nil || results.staffing != nil
        if !(isAnswer && results.summary.isEmpty) { sections.append(headlineSection) }
        if let s = goalSection { sections.append(s) }
        if let s = staffingSection { sections.append(s) }
        if let s = timeSeriesSection { sections.append(s) }
        if let s = sweepSection { sections.append(s) }
        if let s = comparisonSection { sections.append(s) }
        if let s = definitionsSection { sections.append(s) }
        return HTMLPage(header: header, sections: sections,
                        generator: "Runway" + (results.manifest?.runwayVersion.map { " " + $0 } ?? ""))
    }

    /// The report's HTML text.
    public var html: String { page.html }

    // MARK: - Shared

    /// The terminal table's choice of metrics, from the same results.
    var selection: TableSelection { TableSelection(results) }

    /// Headline metrics present in the results, in order: the context's
    /// list, else the terminal table's (with each large family's highest and
    /// lowest member in the baseline at the first sweep point).
    var headlineMetrics: [String] {
        let all = results.metrics
        if let wanted = context.headlineMetrics {
            let present = Set(all + results.comparisons.map(\.metric))
            return wanted.filter { present.contains($0) }
        }
        let selection = self.selection
        guard let first = results.variants.first else { return selection.metrics }
        var names: [String] = []
        for row in selection.rows(for: first, in: results) where !names.contains(row.metric) { names.append(row.metric) }
        return names
    }

    /// How the headline metrics were chosen, for notes.
    var headlineChoice: String {
        let total = results.metrics.count
        guard context.headlineMetrics == nil else {
            return "as asked (\(headlineMetrics.count) of \(total); the files hold all)"
        }
        let s = selection
        var text = s.choice + " (\(headlineMetrics.count) of \(total); the files hold all)"
        if !s.families.isEmpty {
            text += "; " + s.families.map { "\($0.family) by its highest and lowest of \($0.members.count)" }.joined(separator: ", ")
        }
        return text
    }

    func unit(_ metric: String) -> PlannerUnit { PlannerUnit(results.units[metric] ?? "") }

    /// A variant's name in legends: `busy day · servers=12`; with a single
    /// scenario and a sweep, the sweep point alone (`stock-per-product=300`).
    func label(_ v: Variant) -> String {
        if results.scenarios.count == 1 && !results.sweepColumns.isEmpty {
            return results.label(sweep: v.sweep)
        }
        return results.label(v)
    }

    /// Replications in the results (from the manifest, else the summary's n).
    var replications: Int? {
        results.manifest?.replications ?? results.summary.first.map(\.n).flatMap { $0 > 0 ? $0 : nil }
    }

    /// The wall clock of time 0: the context's, else the manifest's `start`.
    var clock: WallClock? {
        context.clock ?? results.manifest?.start.flatMap { WallClock(iso8601: $0) }
    }

    /// Windows to shade: the context's, else those of the results, each once
    /// (a window that only some scenarios have is named with them).
    var windows: [TimeSeriesChart.Window] {
        if !context.windows.isEmpty { return context.windows }
        var out: [TimeSeriesChart.Window] = []
        let variants = Set(results.variants)
        for (key, members) in grouped(results.windows, by: { [$0.label, $0.kind, String($0.start), String($0.end)] }) {
            let owners = Set(members.map(\.variant))
            var label = key[0]
            if owners.count < variants.count {
                var scenarios: [String] = []
                for m in members where !scenarios.contains(m.variant.scenario) { scenarios.append(m.variant.scenario) }
                label += " (" + scenarios.joined(separator: ", ") + ")"
            }
            out.append(TimeSeriesChart.Window(start: members[0].start, end: members[0].end, label: label,
                                              kind: members[0].kind == "outage" ? .outage : .highlight))
        }
        return out
    }
}
