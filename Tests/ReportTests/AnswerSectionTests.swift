import Foundation
import Testing
@testable import Report

struct AnswerSectionTests {
    func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    func report(_ files: [String: String]) throws -> String {
        ReportBuilder(results: try ResultsFolderReader(folder: ResultsFixture.folder(files: files)).read()).html
    }

    var goalReport: String { get throws { try report(["goal.csv": AnswerFixture.goal, "manifest.json": AnswerFixture.manifest]) } }

    @Test func aGoalsReportShowsEachConstraintsChartAndEveryCandidate() throws {
        let html = try goalReport
        #expect(html.contains("<section id=\"goal\">"))
        #expect(!html.contains("<table class=\"headline\">"))
        // A chart per scenario and constraint, a table per scenario.
        #expect(count("class=\"chart chart-candidates\"", in: html) == 4)
        #expect(count("<table class=\"goal-candidates\">", in: html) == 2)
        #expect(html.contains("<p class=\"answer\">Answer: stations[desk].servers = 12, at a cost of 12 — the cheapest point shown "
                              + "to meet every constraint (7 points evaluated, 110 replications). Runner-up: stations[desk].servers = 15, cost 15.</p>"))
        #expect(html.contains("<p class=\"answer\">No point was shown to meet every constraint (1 point evaluated, 5 replications). "
                              + "At the most generous point, stations[desk].servers = 40, desk.wait_mean &lt;= 20s fails (mean 30 s).</p>"))
        #expect(html.contains("<dt>Replications</dt><dd>5 a point at first (goal.csv gives each point's)</dd>"))
        #expect(html.contains("<dt>Scenarios</dt><dd>baseline, busy day</dd>"))
    }

    @Test func theCandidatesTableCarriesTheVerdicts() throws {
        let html = try goalReport
        // The chosen point: its mean, the upper bound that decides, the verdict.
        #expect(html.contains("<td class=\"verdict-holds\">yes</td><td class=\"choice-chosen\">chosen</td>"
                              + "<td class=\"num verdict-holds\">14.0 s<br><span class=\"detail\">upper bound 16.0 s · holds</span></td>"))
        #expect(html.contains("<td class=\"verdict-fails\">no</td>"))
        #expect(html.contains("<td class=\"verdict-undecided\">undecided</td>"))
        // A failure rests on the opposite bound: the lower one for a `<=` constraint (3,000 s [2,500, 3,500]).
        #expect(html.contains("<td class=\"num verdict-fails\">50.0 min<br><span class=\"detail\">lower bound 41.7 min · fails</span></td>"))
        // Cheapest first: servers 1 (the 7th point evaluated) leads the baseline's table.
        #expect(html.contains("<tbody>\n<tr><td class=\"num\">7</td><td class=\"num\">1</td><td class=\"num\">1</td>"))
    }

    @Test func anEmptyFieldIsShownAsAbsentNotAsZero() throws {
        let html = try goalReport
        let row = try #require(html.components(separatedBy: "\n").first { $0.hasPrefix("<tr><td class=\"num\">7</td><td class=\"num\">1</td>") })
        #expect(row.contains("<td class=\"num verdict-undecided\">—<br><span class=\"detail\">undecided (n = 0)</span></td>"))
        #expect(!row.contains(">0 s") && !row.contains(">0 ms"))
        // Nor drawn: six of the baseline's seven points have a mark in each chart.
        let results = try ResultsFolderReader(folder: ResultsFixture.folder(files: ["goal.csv": AnswerFixture.goal])).read()
        let builder = ReportBuilder(results: results)
        guard case .figure(let svg, _)? = builder.candidateChart(constraint: "desk.wait_mean <= 20s", scenario: "baseline",
                                                                  goal: try #require(results.goal)) else {
            Issue.record("no chart")
            return
        }
        #expect(svg.elements(withClass: "candidate").count == 6)
        #expect(svg.elements(withClass: "target-line").count == 1)
    }

    @Test func severalVariablesGoByCostAndAreNamedByTheirValues() throws {
        let html = try report(["goal.csv": AnswerFixture.twoVariables])
        #expect(count("class=\"chart chart-candidates\"", in: html) == 1)
        #expect(html.contains(">points evaluated, cheapest first (servers, servers)</text>"))
        #expect(html.contains(">8, 12</text>") && html.contains(">16, 16</text>"))
        #expect(html.contains(">target ≥ 80%</text>"))
        #expect(html.contains("lower bound 88.0% · holds"))
    }

    @Test func aStaffingReportShowsThePlanAgainstDemandAndTheServiceLevelPerInterval() throws {
        let html = try report(["staffing.csv": AnswerFixture.staffing, "manifest.json": AnswerFixture.manifest])
        #expect(html.contains("<section id=\"staffing\">"))
        #expect(!html.contains("<table class=\"headline\">"))
        #expect(count("class=\"chart chart-intervals\"", in: html) == 2)
        #expect(count("<table class=\"staffing-plan\">", in: html) == 1)
        #expect(html.contains("<p class=\"answer\">Plan for desk: 13 staff-hours over 4 h, from 1 to 5 staff an interval. The best "
                              + "constant staffing, 5 staff in every interval, takes 20 staff-hours: the plan uses 35% fewer. 1 interval "
                              + "misses the target (≥\u{00A0}80%\u{00A0}within\u{00A0}20\u{00A0}s) within the range: 10:00–11:00.</p>"))
        // The miss shaded and crossed in the chart, and flagged in the table.
        #expect(count("class=\"miss\"", in: html) == 2)
        #expect(count("class=\"miss-marker\"", in: html) == 1)
        #expect(html.contains("<td class=\"miss\">no: misses</td>"))
        #expect(html.contains(">target ≥ 80% within 20 s</text>"))
        #expect(html.contains("<tr><td>Wed 11 Nov 08:00–09:00</td>"))
        #expect(html.contains("<tr><td>09:00–10:00</td>"))
    }

    @Test func consecutiveMissesAreNamedAsOneSpan() throws {
        var intervals = try #require(ResultsFolderReader(folder: ResultsFixture.folder(files: ["staffing.csv": AnswerFixture.staffing]))
            .read().staffing?.intervals)
        intervals[1].meets = false
        let text = StaffingSummaryText(intervals: intervals, target: StaffingTarget(intervals[0]),
                                       clock: WallClock(iso8601: "2026-11-11T08:00:00+08:00")).sentence
        #expect(text.hasSuffix(" 2 intervals miss the target (≥\u{00A0}80%\u{00A0}within\u{00A0}20\u{00A0}s) within the range: 09:00–11:00."))
    }

    @Test func anIntervalWithNobodyToMeasureIsShownAsAbsent() throws {
        let html = try report(["staffing.csv": AnswerFixture.staffing])
        let row = try #require(html.components(separatedBy: "\n").first { $0.hasPrefix("<tr><td>11:00–12:00</td>") })
        #expect(row == "<tr><td>11:00–12:00</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">0</td>"
                + "<td class=\"num\">—</td><td class=\"num\">0</td><td>yes</td></tr>")
    }

    @Test func theSameAnswerGivesTheSameBytes() throws {
        #expect(try goalReport == goalReport)
        let files = ["staffing.csv": AnswerFixture.staffing]
        #expect(try report(files) == report(files))
    }
}
