import Foundation
import Testing
@testable import Report

struct BandTests {
    @Test func theMeansIntervalUsesStudentsT() {
        // mean 2, sd 1, n 3: half-width t(0.975, 2) / √3 = 4.302653 / 1.732051 = 2.484138
        let s = BandKind.meanInterval95.summarise([1, 2, 3, .nan])
        #expect(s.mean == 2)
        #expect(abs(s.low - -0.484138) < 1e-6 && abs(s.high - 4.484138) < 1e-6)
    }

    @Test func theRangeRunsFromTheTenthToTheNinetiethPercentile() {
        // type 7: h = 4·0.1 = 0.4 → 1.4; h = 4·0.9 = 3.6 → 4.6
        let s = BandKind.range10to90.summarise([5, 1, 4, 2, 3])
        #expect(s.mean == 3)
        #expect(abs(s.low - 1.4) < 1e-12 && abs(s.high - 4.6) < 1e-12)
    }

    @Test func oneReplicationHasNoBand() {
        let s = BandKind.meanInterval95.summarise([7])
        #expect(s.mean == 7 && s.low.isNaN && s.high.isNaN)
        #expect(BandKind.meanInterval95.summarise([]).mean.isNaN)
    }

    @Test func tQuantilesBeyondTheTableAreInterpolated() {
        #expect(StudentT.quantile975(degreesOfFreedom: 2) == 4.302653)
        #expect(abs(StudentT.quantile975(degreesOfFreedom: 35) - 2.030108) < 0.001)    // scipy: 2.030108
        #expect(abs(StudentT.quantile975(degreesOfFreedom: 1000) - 1.962339) < 0.001)  // scipy: 1.962339
        #expect(StudentT.quantile975(degreesOfFreedom: 0).isNaN)
    }
}

struct SweepLabelTests {
    @Test func shortNamesDropPathsAndSelectors() {
        #expect(SweepLabel.short("stations[desk].servers") == "servers")
        #expect(SweepLabel.short("show.looks.stock-per-product") == "stock-per-product")
        #expect(SweepLabel.short("stations[desk]") == "stations")
        #expect(SweepLabel.point(columns: ["stations[desk].servers", "a.b"], values: ["12", "x"]) == "servers=12, b=x")
        #expect(SweepLabel.variant(Variant(scenario: "busy day", sweep: ["12"]), columns: ["stations[desk].servers"]) == "busy day · servers=12")
    }
}

struct ReportBuilderTests {
    func report(_ context: ReportContext = ReportContext()) throws -> String {
        ReportBuilder(results: try ResultsFolderReader(folder: ResultsFixture.folder()).read(), context: context).html
    }

    func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func theReportHasEveryPart() throws {
        let html = try report(ReportContext(description: "How many agents <does> the desk need?"))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<h1>desk</h1>"))
        #expect(html.contains("<p class=\"lead\">How many agents &lt;does&gt; the desk need?</p>"))
        #expect(html.contains("<dt>Seed</dt><dd>7</dd>"))
        #expect(html.contains("<dt>Replications</dt><dd>3</dd>"))
        #expect(html.contains("<dt>Date</dt><dd>2026-11-29 (UTC; manifest.json has the times)</dd>"))
        // neither the wall time nor the command line (which names --jobs): the same inputs give the same report
        #expect(!html.contains("wall time") && !html.contains("<dt>Command</dt>"))
        #expect(html.contains("<dt>Runway</dt><dd>0.2.0 (commit ecb0ba492da8)</dd>"))
        #expect(html.contains("experiments/desk.yaml — SHA-256 6a158cda5cc7ccf358c4fefdd02ae9e631aae650f3c067609224b588e06b2d29"))
        #expect(html.contains("<dt>Model</dt><dd>models/help-desk.yaml</dd>"))
        // one headline table per sweep point, one chart per series, metric × swept column, one forest plot
        #expect(count("<table class=\"headline\">", in: html) == 2)
        #expect(count("class=\"chart chart-timeseries\"", in: html) == 1)
        #expect(count("class=\"chart chart-sweep\"", in: html) == 2)
        #expect(count("class=\"chart chart-forest\"", in: html) == 1)
        #expect(html.contains("band: 95% interval of the mean (3 replications)"))
        #expect(html.contains("busy, day · servers=11"))
    }

    @Test func theHeadlineTableIsInPlannersUnits() throws {
        let html = try report()
        // 37.67 s [27.83, 47.51]: half-width 9.84 → one decimal
        #expect(html.contains("<td class=\"num\">37.7 s<br><span class=\"detail\">[27.8 s, 47.5 s]</span></td>"))
        #expect(html.contains("<td class=\"num\">97.1%<br><span class=\"detail\">[95.9%, 98.4%]</span></td>"))
        // the difference and its relative change (82.33 s of 37.67 s: +219%); half-width 12 s = 0.20 min → hundredths
        #expect(html.contains("<td class=\"num\">+1.37 min (+219%)<br><span class=\"detail\">[+1.17 min, +1.57 min]</span></td>"))
        // a share's difference in percentage points
        #expect(html.contains("<td class=\"num\">+1.9 pp<br><span class=\"detail\">[+1.0 pp, +3.0 pp]</span></td>"))
        // a mean that is not a number
        #expect(html.contains("<td class=\"num\">—</td>"))
    }

    @Test func theReportIsSelfContainedAndPrintable() throws {
        let html = try report()
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src="))
        #expect(html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "").contains("http") == false)
        #expect(html.contains("@media print"))
    }

    @Test func theSameResultsGiveTheSameBytes() throws {
        #expect(try report() == report())
    }

    @Test func headlineMetricsChooseTheRows() throws {
        let html = try report(ReportContext(headlineMetrics: ["desk.utilization", "not.there"]))
        #expect(count("class=\"chart chart-sweep\"", in: html) == 1)
        #expect(!html.contains("<td>desk.wait_mean</td>"))
        #expect(html.contains("as asked (1 of 2; the files hold all)"))
    }

    @Test func theClockComesFromTheBucketStamps() throws {
        let results = try ResultsFolderReader(folder: ResultsFixture.folder()).read()
        #expect(ReportBuilder(results: results).derivedClock == WallClock(iso8601: "2026-11-11T08:00:00+08:00"))
    }

    @Test func windowsAreShaded() throws {
        let html = try report(ReportContext(windows: [.init(start: 1800, end: 3600, label: "live show")]))
        #expect(count("class=\"window window-highlight\"", in: html) == 1)
        #expect(html.contains(">live show</text>"))
    }

    @Test func withoutComparisonsOrSeriesThoseSectionsAreLeftOut() throws {
        let results = try ResultsFolderReader(folder: ResultsFixture.folder(files: ["summary.csv": ResultsFixture.summary])).read()
        let html = ReportBuilder(results: results).html
        #expect(!html.contains("chart-forest") && !html.contains("chart-timeseries"))
        #expect(html.contains("chart-sweep"))
    }
}
