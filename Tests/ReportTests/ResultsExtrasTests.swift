import Foundation
import Testing
@testable import Report

/// What `summary.json`, `timeseries_summary.csv` and the manifest add to the
/// CSV files, and what the report makes of it.
struct ResultsExtrasTests {
    static let summaryJSON = """
        {"experiment": "desk",
         "scenarios": [
          {"name": "baseline", "sweep": {"stations[desk].servers": 10}, "label": "lean",
           "windows": [{"label": "live show", "kind": "highlight", "start_s": 1800, "end_s": 3600}], "metrics": {}},
          {"name": "baseline", "sweep": {"stations[desk].servers": 11}, "label": "generous",
           "windows": [{"label": "live show", "kind": "highlight", "start_s": 1800, "end_s": 3600}], "metrics": {}},
          {"name": "busy, day", "sweep": {"stations[desk].servers": 10}, "label": "lean",
           "windows": [{"label": "live show", "kind": "highlight", "start_s": 1800, "end_s": 3600},
                       {"label": "outage east", "kind": "outage", "start_s": 0, "end_s": 900}], "metrics": {}},
          {"name": "busy, day", "sweep": {"stations[desk].servers": 11}, "label": "generous",
           "windows": [{"label": "live show", "kind": "highlight", "start_s": 1800, "end_s": 3600},
                       {"label": "outage east", "kind": "outage", "start_s": 0, "end_s": 900}], "metrics": {}}],
         "table": ["desk.utilization"],
         "catalogue": {
          "metrics": [
           {"name": "desk.wait_mean", "family": "<station>.wait_mean", "unit": "s", "range": "≥ 0", "lower": 0, "upper": null,
            "kind": "mean", "definition": "mean time in line", "headline": true},
           {"name": "desk.utilization", "family": "<station>.utilization", "unit": "1", "range": "[0, 1]", "lower": 0, "upper": 1,
            "kind": "time-average", "definition": "busy server time ÷ time on shift", "headline": true}],
          "series": [
           {"name": "desk.queue_mean", "family": "<station>.queue_mean", "unit": "customers", "range": "≥ 0", "lower": 0, "upper": null,
            "kind": "time-average", "definition": "time-average number waiting in the bucket", "headline": false}]}}

        """

    static let timeseriesSummary = """
        experiment,scenario,stations[desk].servers,bucket_start,bucket_start_s,metric,unit,mean,ci95_low,ci95_high,n
        desk,baseline,10,2026-11-11T08:00:00+08:00,0,desk.queue_mean,customers,2,-1,5,3
        desk,baseline,10,2026-11-11T09:00:00+08:00,3600,desk.queue_mean,customers,4,,,1

        """

    static let manifest = """
        {"runway_version": "0.3.0", "experiment": "desk", "description": "How many agents?", "model": "models/help-desk.yaml",
         "input_files": [], "seed": 7, "replications": 3, "scenarios": ["baseline", "busy, day"],
         "start": "2026-11-11T08:00:00+08:00", "horizon_s": 28800, "warmup_s": 1800, "run_off_s": 3600, "timeseries_bucket_s": 3600,
         "finished": "2026-11-29T09:06:50Z"}

        """

    static func folder() -> String {
        ResultsFixture.folder(files: ["summary.csv": ResultsFixture.summary, "comparisons.csv": ResultsFixture.comparisons,
                                      "summary.json": summaryJSON, "timeseries_summary.csv": timeseriesSummary,
                                      "timeseries.csv": ResultsFixture.timeseries, "manifest.json": manifest])
    }

    @Test func summaryJSONGivesTheCatalogueTableLabelsAndWindows() throws {
        let r = try ResultsFolderReader(folder: Self.folder()).read()
        #expect(r.info("desk.utilization") == MetricInfo(name: "desk.utilization", family: "<station>.utilization", unit: "1",
                                                         lower: 0, upper: 1, kind: "time-average",
                                                         definition: "busy server time ÷ time on shift", isHeadline: true))
        #expect(r.info("desk.wait_mean")?.upper == .infinity)
        #expect(r.seriesInfo("desk.queue_mean")?.definition == "time-average number waiting in the bucket")
        #expect(r.tableMetrics == ["desk.utilization"])
        // JSON's 10 is the CSV's "10": the label attaches to the point.
        #expect(r.label(Variant(scenario: "busy, day", sweep: ["11"])) == "busy, day · generous")
        #expect(r.windows.count == 6)
        #expect(r.windows.last == ResultWindow(variant: Variant(scenario: "busy, day", sweep: ["11"]), label: "outage east",
                                               kind: "outage", start: 0, end: 900))
        #expect(r.manifest?.runOffSeconds == 3600 && r.manifest?.horizonSeconds == 28800 && r.manifest?.bucketSeconds == 3600)
        #expect(r.manifest?.start == "2026-11-11T08:00:00+08:00")
    }

    @Test func theSeriesSummaryIsReadAndTheReplicationsOnlyWhenAsked() throws {
        let folder = Self.folder()
        let r = try ResultsFolderReader(folder: folder).read()
        #expect(r.timeseries.isEmpty)
        #expect(r.timeseriesSummary.count == 2)
        let second = r.timeseriesSummary[1]
        #expect(second.mean == 4 && second.low.isNaN && second.n == 1 && second.bucketStartSeconds == 3600)
        #expect(try ResultsFolderReader(folder: folder, readsReplicationSeries: true).read().timeseries.count == 32)
    }

    @Test func theReportTakesItsContextFromTheResults() throws {
        let html = ReportBuilder(results: try ResultsFolderReader(folder: Self.folder()).read()).html
        #expect(html.contains("<p class=\"lead\">How many agents?</p>"))
        #expect(html.contains("<dt>Model</dt><dd>models/help-desk.yaml</dd>"))
        #expect(html.contains("<dt>Start</dt><dd>Wed 11 Nov 2026 08:00 (UTC+08:00)</dd>"))
        #expect(html.contains("<dt>Horizon</dt><dd>8 h of demand</dd>"))
        #expect(html.contains("<dt>Warm-up</dt><dd>30 min, discarded</dd>"))
        #expect(html.contains("<dt>Run-off</dt><dd>1 h after the horizon, no new demand (runs end at 9 h)</dd>"))
        // The table metrics and labels of summary.json.
        #expect(html.contains("<td>desk.utilization</td>") && !html.contains("<td>desk.wait_mean</td>"))
        #expect(html.contains("<caption>generous</caption>"))
        // One window shared by every scenario; one that only a scenario has is named with it.
        #expect(html.contains(">live show</text>"))
        #expect(html.contains(">outage east (busy, day)</text>"))
        // The series' band from timeseries_summary.csv, clipped at 0 (the catalogue's range): -1 is not drawn.
        #expect(html.contains("band: 95% interval of the mean (3 replications)"))
        // The definitions of what is shown.
        #expect(html.contains("<td>busy server time ÷ time on shift</td>"))
        #expect(html.contains("<td>time-average number waiting in the bucket</td>"))
    }

    @Test func aTimeSeriesChartEndsWhenItsLinesHaveSettled() {
        func line(_ values: [Double]) -> [TimeSeriesChart.Point] {
            values.enumerated().map { TimeSeriesChart.Point(time: Double($0.offset) * 10 + 5, value: $0.element) }
        }
        // Moving until the bucket at 25 s (value 3 vs the final 0, range 0…5); then flat.
        let lines = [line([0, 5, 3, 0, 0, 0, 0, 0, 0, 0]), line([1, 1, 1, 1, 1, 1, 1, 1, 1, 1])]
        // 25 + half a bucket + two buckets = 50 s; never before the horizon; never past the end.
        #expect(ReportBuilder.settled(lines, after: 0, width: 10, end: 100) == 50)
        #expect(ReportBuilder.settled(lines, after: 70, width: 10, end: 100) == 70)
        #expect(ReportBuilder.settled(lines, after: 0, width: 10, end: 40) == 40)
        // Flat lines: the whole span.
        #expect(ReportBuilder.settled([line([2, 2, 2])], after: 0, width: 10, end: 30) == 30)
    }
}
