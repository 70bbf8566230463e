import Testing
@testable import Report

struct CandidateChartTests {
    /// A wait's mean at four server counts against a target of 20 s.
    func chart(_ points: [CandidateChart.Point]? = nil) -> CandidateChart {
        CandidateChart(title: "wait", xTitle: "servers", xAxis: .numeric(.plain("")), unit: .seconds,
                       points: points ?? [
                        .init(x: 10, mean: 30, low: 25, high: 35, verdict: .fails),
                        .init(x: 11, mean: 19, low: 17, high: 21, verdict: .undecided),
                        .init(x: 12, mean: 14, low: 12, high: 16, verdict: .holds, choice: .chosen),
                        .init(x: 15, mean: 6, low: 5, high: 7, verdict: .holds, choice: .runnerUp),
                       ],
                       target: SweepChart.Target(value: 20, label: "target ≤ 20 s"), intervalLabel: "bars: one-sided 95% bounds",
                       choiceLabels: [.chosen: "chosen: servers = 12"], joinsPoints: true)
    }

    @Test func theTargetLineIsAtTheTargetsValueOnTheAxis() throws {
        let svg = chart().svg
        #expect(svg.classes == ["chart", "chart-candidates"])
        let line = try #require(svg.elements(withClass: "target-line").first)
        // The axis labels its tick at 20 s where the gridline is; the target line is drawn there.
        let label = try #require(svg.elements(withClass: "tick-label").first { $0.textContent == "20 s" })
        let grid = try #require(svg.elements(withClass: "gridline").first { abs(($0.number("y1") ?? 0) + 4 - (label.number("y") ?? 0)) < 0.01 })
        #expect(line.number("y1") == grid.number("y1") && line.number("y2") == grid.number("y1"))
        #expect(svg.elements(withClass: "target-label").first?.textContent == "target ≤ 20 s")
    }

    @Test func eachVerdictHasItsOwnMarkAndLegendEntry() {
        let svg = chart().svg
        #expect(svg.elements(withClass: "verdict-holds").count == 2)
        #expect(svg.elements(withClass: "verdict-fails").count == 1)
        #expect(svg.elements(withClass: "verdict-undecided").count == 1)
        // A cross for a failure (a path), discs for those that hold.
        #expect(svg.elements(withClass: "verdict-fails").first?.elements(withClass: "marker").first?.name == "path")
        #expect(svg.elements(withClass: "verdict-holds").first?.elements(withClass: "marker").first?.name == "circle")
        let legend = svg.elements(withClass: "legend-entry").map(\.textContent)
        #expect(legend == ["holds", "fails", "undecided", "chosen: servers = 12", "runner-up", "bars: one-sided 95% bounds", "target ≤ 20 s"])
        #expect(svg.elements(withClass: "chosen").count == 1 && svg.elements(withClass: "runner-up").count == 1)
        #expect(svg.elements(withClass: "bound-bar").count == 4)
    }

    @Test func aMeanThatIsNotANumberHasNoMark() {
        var points = chart().points
        points.append(.init(x: 1, mean: .nan, verdict: .undecided))
        let svg = chart(points).svg
        #expect(svg.elements(withClass: "marker").count == 4)
        #expect(svg.elements(withClass: "bound-bar").count == 4)
    }

    @Test func valuesFarAboveTheTargetStopAtTheTop() throws {
        var points = chart().points
        points.append(.init(x: 8, mean: 3000, low: 2500, high: 3500, verdict: .fails))
        let c = chart(points)
        #expect(c.ceiling == 80)
        let svg = c.svg
        #expect(svg.elements(withClass: "off-scale").count == 1)
        #expect(svg.elements(withClass: "legend-entry").last?.textContent == "above the axis")
        // The points near the target stay apart (6 s and 14 s); on an axis to 3,500 s they would be half a pixel apart.
        let discs = svg.elements(withClass: "verdict-holds").compactMap { $0.elements(withClass: "marker").first?.number("cy") }
        #expect(discs.count == 2 && abs(discs[0] - discs[1]) > 10)
    }
}

struct IntervalChartTests {
    /// Three hours of a service level, the third missing 80%, with a gap in the second.
    let chart = IntervalChart(
        title: "service level", unit: .fraction,
        series: [IntervalChart.Series(name: "mean", steps: [
            .init(start: 0, end: 3600, value: 0.9, low: 0.85, high: 0.95),
            .init(start: 3600, end: 7200, value: .nan),
            .init(start: 7200, end: 10800, value: 0.7, low: 0.6, high: 0.8),
        ])],
        bandLabel: "band: 95% interval of the mean", target: SweepChart.Target(value: 0.8, label: "target ≥ 80%"),
        marks: [IntervalChart.Mark(start: 7200, end: 10800)], clock: WallClock(iso8601: "2026-11-11T08:00:00+08:00"))

    @Test func valuesAreHeldOverTheirIntervalsAndAGapBreaksTheLine() throws {
        let svg = chart.svg
        #expect(svg.classes == ["chart", "chart-intervals"])
        let line = try #require(svg.elements(withClass: "step-line").first)
        let points = pathPoints(line[attribute: "d"] ?? "")
        #expect(points.count == 4)
        let moves: [Bool] = points.map { $0.move }
        #expect(moves == [true, false, true, false])
        let ys: [Double] = points.map { $0.y }
        #expect(ys[0] == ys[1] && ys[2] == ys[3] && ys[0] < ys[2])
        #expect(svg.elements(withClass: "series-band").count == 2)
        // The wall clock labels the axis.
        #expect(svg.elements(withClass: "tick-label").contains { $0.textContent == "08:00" })
    }

    @Test func missesAreShadedAndCrossedAndTheTargetIsOnTheAxis() throws {
        let svg = chart.svg
        #expect(svg.elements(withClass: "miss").count == 1)
        #expect(svg.elements(withClass: "miss-marker").count == 1)
        let line = try #require(svg.elements(withClass: "target-line").first)
        let label = try #require(svg.elements(withClass: "tick-label").first { $0.textContent == "80%" })
        #expect(abs((line.number("y1") ?? 0) + 4 - (label.number("y") ?? 0)) < 0.01)
        #expect(svg.elements(withClass: "legend-entry").map(\.textContent).last == "misses the target")
    }
}
