import Testing
@testable import Report

/// The terminal table, from hand-made results whose formatting is worked out
/// in the comments (the rules are PlannerFormat's).
struct ResultsTableTests {
    static func row(_ scenario: String, _ metric: String, _ unit: String, _ mean: Double, _ low: Double, _ high: Double, n: Int = 10) -> SummaryRow {
        SummaryRow(variant: Variant(scenario: scenario), metric: metric, unit: unit, mean: mean, sd: .nan, low: low, high: high, n: n)
    }

    static func info(_ name: String, _ unit: String, headline: Bool = true, family: String? = nil) -> MetricInfo {
        MetricInfo(name: name, family: family, unit: unit, lower: 0, upper: unit == "1" ? 1 : .infinity, kind: "mean",
                   definition: "d", isHeadline: headline)
    }

    /// A baseline named in Chinese, `busy day` compared with it; a metric that is not a number.
    static var results: LoadedResults {
        let base = "十倍观众"
        let summary = [
            row(base, "desk.wait_mean", "s", 37.67, 27.83, 47.51),
            row(base, "desk.utilization", "1", 0.9712, 0.9588, 0.9836),
            row(base, "desk.arrivals", "customers", 96_612, 95_500, 97_724),
            row(base, "desk.service_level", "1", .nan, .nan, .nan, n: 0),
            row("busy day", "desk.wait_mean", "s", 120, 100, 140),
            row("busy day", "desk.utilization", "1", 0.99, 0.98, 1),
            row("busy day", "desk.arrivals", "customers", 115_000, 114_000, 116_000),
            row("busy day", "desk.service_level", "1", .nan, .nan, .nan, n: 0),
            row("busy day", "desk.queue_mean", "customers", 3, 2, 4),
        ]
        let v = Variant(scenario: "busy day")
        let comparisons = [
            ComparisonRow(variant: v, baseline: base, metric: "desk.wait_mean", unit: "s", baselineMean: 37.67, scenarioMean: 120,
                          difference: 82.33, low: 70, high: 94, n: 10),
            ComparisonRow(variant: v, baseline: base, metric: "desk.utilization", unit: "1", baselineMean: 0.9712, scenarioMean: 0.99,
                          difference: 0.0188, low: 0.01, high: 0.03, n: 10),
            ComparisonRow(variant: v, baseline: base, metric: "desk.arrivals", unit: "customers", baselineMean: 96_612, scenarioMean: 115_000,
                          difference: 18_400, low: 17_400, high: 19_400, n: 10),
        ]
        return LoadedResults(experiment: "desk", summary: summary, comparisons: comparisons,
                             catalogue: [info("desk.wait_mean", "s"), info("desk.utilization", "1"), info("desk.arrivals", "customers"),
                                         info("desk.service_level", "1"), info("desk.queue_mean", "customers", headline: false)])
    }

    @Test func theBaselineBlockReadsAsAPlannerWritesIt() {
        let text = ResultsTable(Self.results).text(.plain)
        // 37.67 s [27.83, 47.51]: half-width 9.84 s → two significant digits → one decimal;
        // 96,612 [95,500, 97,724]: half-width 1,112 = 1.1k → 96.6k; NaN → —.
        let expected = """
            十倍观众 (baseline) — 10 replications
            metric                mean      95% interval
            ------------------  ------  ----------------
            desk.wait_mean      37.7 s  [27.8 s, 47.5 s]
            desk.utilization     97.1%    [95.9%, 98.4%]
            desk.arrivals        96.6k    [95.5k, 97.7k]
            desk.service_level       —                 —

            """
        #expect(text.hasPrefix(expected))
        // The headline metrics only: desk.queue_mean is not one.
        #expect(!text.contains("desk.queue_mean"))
    }

    @Test func differencesCarryTheirRelativeChange() {
        let text = ResultsTable(Self.results).text(.plain)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let title = lines.firstIndex(where: { $0.hasPrefix("busy day") }) else {
            Issue.record("no block for busy day")
            return
        }
        #expect(lines[title] == "busy day — 10 replications; differences from 十倍观众 at the same point, paired")
        // 120 s [100, 140] → 2.00 min; +82.33 s of 37.67 s = +219%, half-width 12 s = 0.20 min → hundredths;
        // a share's difference in percentage points; +18,400 of 96,612 = +19%.
        #expect(lines[title + 3] == "desk.wait_mean      2.00 min  [1.67 min, 2.33 min]  +1.37 min (+219%)  [+1.17 min, +1.57 min]")
        #expect(lines[title + 4] == "desk.utilization       99.0%       [98.0%, 100.0%]            +1.9 pp      [+1.0 pp, +3.0 pp]")
        #expect(lines[title + 5] == "desk.arrivals         115.0k      [114.0k, 116.0k]      +18.4k (+19%)        [+17.4k, +19.4k]")
        #expect(lines[title + 6] == "desk.service_level         —                     —")
    }

    @Test func aChineseNameKeepsTheColumnsAligned() {
        // The header cell `vs 十倍观众` is 7 characters but 11 columns wide: padding by
        // characters would push the header line 4 columns past the others.
        for format in ResultsTable.Format.allCases {
            let text = ResultsTable(Self.results).text(format)
            let block = text.components(separatedBy: "busy day — ")[1].split(separator: "\n").dropFirst().map(String.init)
            let table = block.filter { $0.hasPrefix("|") || $0.hasPrefix("metric") || $0.hasPrefix("---") || $0.hasPrefix("desk.") }
            let full = table.filter { !$0.contains("service_level") || format == .markdown }
            let widths = Set(full.map(DisplayWidth.of))
            #expect(widths.count == 1, "\(format): lines of widths \(widths)")
            #expect(table.contains { $0.contains("vs 十倍观众") })
        }
    }

    @Test func markdownIsATablePerBlock() {
        let text = ResultsTable(Self.results).text(.markdown)
        #expect(text.hasPrefix("**十倍观众 (baseline) — 10 replications**\n\n| metric             |   mean |     95% interval |\n"))
        #expect(text.contains("| ------------------ | -----: | ---------------: |"))
        #expect(text.contains("| desk.wait_mean     | 37.7 s | [27.8 s, 47.5 s] |"))
    }

    @Test func fewReplicationsGiveRoughIntervals() {
        var results = Self.results
        results.summary = results.summary.map { var r = $0; r.n = min(r.n, 3); return r }
        results.comparisons = results.comparisons.map { var c = $0; c.n = 3; return c }
        let text = ResultsTable(results).text(.plain)
        #expect(text.contains("十倍观众 (baseline) — 3 replications; with fewer than 5 replications the intervals are rough (~)"))
        #expect(text.contains("~[27.8 s, 47.5 s]"))
        #expect(text.contains("~[+1.17 min, +1.57 min]"))
    }

    @Test func largeFamiliesAreSummarisedByTheirExtremes() {
        var results = LoadedResults(experiment: "show")
        results.catalogue = [Self.info("units.sold", "units")]
        results.summary = [Self.row("baseline", "units.sold", "units", 500, 490, 510)]
        for k in 1...9 {
            let name = "show.look_0\(k).units_sold"
            results.catalogue.append(Self.info(name, "units", headline: false, family: "show.look_NN.units_sold"))
            // look 04 sells most, look 07 least; look 09 is not a number
            let mean: Double = k == 4 ? 90 : k == 7 ? 2 : k == 9 ? .nan : Double(10 + k)
            results.summary.append(Self.row("baseline", name, "units", mean, mean - 1, mean + 1))
        }
        let text = ResultsTable(results).text(.plain)
        #expect(text.contains("show.look_04.units_sold (highest of 9)"))
        #expect(text.contains("show.look_07.units_sold (lowest of 9)"))
        #expect(!text.contains("show.look_01"))
        #expect(text.hasSuffix("show.look_NN.units_sold: the highest and lowest of 9 shown; all 9 are in summary.csv.\n"))
        // The experiment's own table is shown as asked, in its order.
        results.tableMetrics = ["show.look_02.units_sold", "units.sold"]
        let asked = ResultsTable(results).text(.plain).split(separator: "\n").map(String.init)
        #expect(asked[3].hasPrefix("show.look_02.units_sold") && asked[4].hasPrefix("units.sold"))
        #expect(!asked.joined().contains("highest"))
    }

    @Test func sweepPointsGoByTheirLabels() {
        var results = LoadedResults(experiment: "desk", sweepColumns: ["stations[desk].servers"])
        results.summary = [SummaryRow(variant: Variant(scenario: "baseline", sweep: ["10"]), metric: "m", unit: "s", mean: 1, sd: 0,
                                      low: 0.5, high: 1.5, n: 10),
                           SummaryRow(variant: Variant(scenario: "baseline", sweep: ["12"]), metric: "m", unit: "s", mean: 1, sd: 0,
                                      low: 0.5, high: 1.5, n: 10)]
        results.sweepLabels = [LoadedResults.sweepKey(["12"]): "generous"]
        let text = ResultsTable(results).text(.plain)
        #expect(text.hasPrefix("baseline · servers=10 — 10 replications\n"))
        #expect(text.contains("\nbaseline · generous — 10 replications\n"))
    }
}
