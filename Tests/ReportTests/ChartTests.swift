import Testing
@testable import Report

struct TimeSeriesChartTests {
    /// Two series over 0…4 h; the second has no value at 2 h.
    let chart: TimeSeriesChart = {
        var rising: [TimeSeriesChart.Point] = []
        var flat: [TimeSeriesChart.Point] = []
        for i in 0...4 {
            let t = Double(i) * 3600
            let v = Double(i) * 10
            rising.append(TimeSeriesChart.Point(time: t, value: v, low: max(v - 2, 0), high: v + 2))
            flat.append(i == 2 ? TimeSeriesChart.Point(time: t, value: .nan) : TimeSeriesChart.Point(time: t, value: 5, low: 4, high: 6))
        }
        let windows = [TimeSeriesChart.Window(start: 3600, end: 7200, label: "show <live>"),
                       TimeSeriesChart.Window(start: 9000, end: 9900, label: "outage", kind: .outage)]
        return TimeSeriesChart(title: "queue", unit: .count("contacts"),
                               series: [TimeSeriesChart.Series(name: "10M viewers", points: rising),
                                        TimeSeriesChart.Series(name: "十倍观众", points: flat)],
                               windows: windows, bandLabel: "band: 95% interval of the mean",
                               clock: WallClock(iso8601: "2017-08-07T08:00:00+08:00"))
    }()

    @Test func overlappingWindowLabelsGoOnSeparateLines() throws {
        // A show and an outage that start within one label's width of each other, and a window far from both.
        let windows = [TimeSeriesChart.Window(start: 3600, end: 7200, label: "live show"),
                       TimeSeriesChart.Window(start: 3900, end: 9000, label: "outage shanghai", kind: .outage),
                       TimeSeriesChart.Window(start: 13000, end: 14000, label: "later")]
        var overlapping = chart
        overlapping.windows = windows
        let ys = overlapping.svg.elements(withClass: "window-label").compactMap { $0.number("y") }
        #expect(ys.count == 3)
        #expect(ys[1] == ys[0] + 12)
        #expect(ys[2] == ys[0])
    }

    @Test func drawsALineAndBandsPerSeries() {
        let svg = chart.svg
        #expect(svg.classes == ["chart", "chart-timeseries"])
        #expect(svg.elements(withClass: "series-line").count == 2)
        // the first series has one band; the second is split by its missing point
        #expect(svg.elements(withClass: "series-band").count == 3)
        #expect(svg.elements(withClass: "legend-entry").map { $0.textContent } == ["10M viewers", "十倍观众", "band: 95% interval of the mean"])
    }

    @Test func aMissingValueBreaksTheLineInsteadOfDrawingAtZero() throws {
        let line = try #require(chart.svg.elements(withClass: "series-line").last?[attribute: "d"])
        let points = pathPoints(line)
        #expect(points.count == 4)
        #expect(points.map { $0.move } == [true, false, true, false])
        let bottom = try #require(chart.svg.elements(withClass: "axis-line").first?.number("y1"))
        #expect(points.allSatisfy { $0.y < bottom })
    }

    @Test func knownPointsLandOnTheirTicks() throws {
        let svg = chart.svg
        let points = pathPoints(try #require(svg.elements(withClass: "series-line").first?[attribute: "d"]))
        let axis = try #require(svg.elements(withClass: "axis-line").first)
        // (0 h, 0) is the plot's bottom-left corner; (4 h, 40) is at the right end, level with the tick labelled 40
        #expect(points.first?.x == axis.number("x1"))
        #expect(points.first?.y == axis.number("y1"))
        #expect(points.last?.x == axis.number("x2"))
        let grid = svg.elements(withClass: "axis-y").first?.elements(withClass: "gridline") ?? []
        let labels = svg.elements(withClass: "axis-y").first?.elements(withClass: "tick-label").map { $0.textContent } ?? []
        let forty = try #require(labels.firstIndex(of: "40"))
        #expect(points.last?.y == grid[forty].number("y1"))
        // 2 h is halfway along
        let x0 = try #require(axis.number("x1")), x1 = try #require(axis.number("x2"))
        #expect(abs(points[2].x - (x0 + x1) / 2) < 0.011)
    }

    @Test func windowsAreShadedAndLabelled() {
        let svg = chart.svg
        #expect(svg.elements(withClass: "window").count == 2)
        #expect(svg.elements(withClass: "window-outage").count == 1)
        #expect(svg.elements(withClass: "window-label").map { $0.textContent } == ["show <live>", "outage"])
        #expect(svg.markup.contains(">show &lt;live&gt;</text>"))
    }

    @Test func theTimeAxisReadsWallClockTimes() {
        let labels = chart.svg.elements(withClass: "axis-x").first?.elements(withClass: "tick-label").map { $0.textContent } ?? []
        #expect(labels.first == "08:00")
        #expect(labels.contains("Mon 7 Aug"))
        // centred under the left-most tick the day would be cut off: it starts at the edge instead
        let day = chart.svg.elements(withClass: "tick-day").first
        #expect(day?[attribute: "text-anchor"] == "start")
        #expect((day?.number("x") ?? 0) >= 2)
    }

    @Test func theSameInputGivesTheSameBytes() {
        #expect(chart.svg.markup == chart.svg.markup)
        #expect(chart.svg.markup.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-timeseries\""))
    }
}

struct SweepChartTests {
    let chart = SweepChart(
        title: "wait", xTitle: "stations[desk].servers", xAxis: .numeric(.count("servers")), unit: .seconds,
        lines: [
            .init(name: "baseline", points: [.init(x: 10, mean: 40, low: 30, high: 50), .init(x: 11, mean: 20, low: 15, high: 25),
                                             .init(x: 12, mean: 10, low: .nan, high: .nan)]),
            .init(name: "busy day", points: [.init(x: 10, mean: 90, low: 80, high: 100), .init(x: 11, mean: .nan),
                                             .init(x: 12, mean: 30, low: 25, high: 35)]),
        ],
        targets: [.init(value: 30, label: "target 30 s")], intervalLabel: "bars: 95% confidence interval")

    @Test func drawsMarkersIntervalBarsAndTargets() {
        let svg = chart.svg
        #expect(svg.classes == ["chart", "chart-sweep"])
        #expect(svg.elements(withClass: "sweep-line").count == 2)
        #expect(svg.elements(withClass: "marker").count == 5)        // one mean is not a number
        #expect(svg.elements(withClass: "interval-bar").count == 4)  // and one interval is missing
        #expect(svg.elements(withClass: "target-line").count == 1)
        #expect(svg.elements(withClass: "target-label").map { $0.textContent } == ["target 30 s"])
        #expect(svg.elements(withClass: "axis-title").map { $0.textContent } == ["stations[desk].servers"])
    }

    @Test func theTargetLineSitsAtItsValue() throws {
        let svg = chart.svg
        let grid = svg.elements(withClass: "axis-y").first?.elements(withClass: "gridline") ?? []
        let labels = svg.elements(withClass: "axis-y").first?.elements(withClass: "tick-label").map { $0.textContent } ?? []
        // the axis runs to 100 s, so it is in minutes: 30 s is the tick "0.5 min"
        let half = try #require(labels.firstIndex(of: "0.5 min"))
        #expect(svg.elements(withClass: "target-line").first?.number("y1") == grid[half].number("y1"))
    }

    @Test func categoriesAreEvenlySpaced() {
        let c = SweepChart(title: "t", xTitle: "release", xAxis: .categories(["waveless", "waves"]), unit: .fraction,
                           lines: [.init(name: "a", points: [.init(x: 0, mean: 0.5), .init(x: 1, mean: 0.7)])])
        let labels = c.svg.elements(withClass: "axis-x").first?.elements(withClass: "tick-label").map { $0.textContent }
        #expect(labels == ["waveless", "waves"])
        let xs = c.svg.elements(withClass: "marker").compactMap { $0.number("cx") }
        let axis = c.svg.elements(withClass: "axis-line").first
        let (x0, x1) = (axis?.number("x1") ?? 0, axis?.number("x2") ?? 0)
        #expect(abs(xs[0] - (x0 + (x1 - x0) / 4)) < 0.011)
        #expect(abs(xs[1] - (x0 + (x1 - x0) * 3 / 4)) < 0.011)
    }
}

struct ForestPlotTests {
    let plot = ForestPlot(title: "differences", xTitle: "change from baseline", unit: .fraction, rows: [
        .init(label: "orders.paid", estimate: -0.45, low: -0.5, high: -0.4, note: "−43.9k (−45%)", group: "1.3M viewers"),
        .init(label: "care.service_level", estimate: 0.012, low: 0.004, high: 0.02, note: "+1.2 pp", group: "1.3M viewers"),
        .init(label: "a|b & <c>", estimate: .nan, low: .nan, high: .nan, note: "", group: "十倍观众"),
    ])

    @Test func drawsOneRowPerDifferenceUnderGroupHeadings() {
        let svg = plot.svg
        #expect(svg.classes == ["chart", "chart-forest"])
        #expect(svg.elements(withClass: "forest-row").count == 3)
        #expect(svg.elements(withClass: "group-heading").map { $0.textContent } == ["1.3M viewers", "十倍观众"])
        #expect(svg.elements(withClass: "estimate").count == 2)
        #expect(svg.elements(withClass: "interval").count == 2)
        #expect(svg.elements(withClass: "row-note").map { $0.textContent } == ["−43.9k (−45%)", "+1.2 pp", "—"])
        #expect(svg.markup.contains(">a|b &amp; &lt;c&gt;</text>"))
    }

    @Test func theZeroLineIsAtTheZeroTick() throws {
        let svg = plot.svg
        let ticks = svg.elements(withClass: "axis-x").first?.elements(withClass: "tick") ?? []
        let labels = svg.elements(withClass: "axis-x").first?.elements(withClass: "tick-label").map { $0.textContent } ?? []
        let zero = try #require(labels.firstIndex(of: "0%"))
        #expect(svg.elements(withClass: "zero-line").first?.number("x1") == ticks[zero].number("x1"))
        // the estimate −45% is left of zero, +1.2% right of it
        let xs = svg.elements(withClass: "estimate").compactMap { $0.number("x") }
        let zx = try #require(ticks[zero].number("x1"))
        #expect(xs[0] + 4 < zx && xs[1] + 4 > zx)
    }
}

struct BarChartTests {
    @Test func groupedBarsAndBrokenSteps() throws {
        let chart = BarChart(title: "staff", xTitle: "hour", categories: ["08:00", "09:00", "10:00"], unit: .count("servers"),
                             bars: [.init(name: "demand", values: [4, 6, .nan]), .init(name: "plan", values: [5, 5, 5])],
                             steps: [.init(name: "on shift", values: [5, .nan, 7])])
        let svg = chart.svg
        #expect(svg.classes == ["chart", "chart-bars"])
        #expect(svg.elements(withClass: "bar").count == 5)
        let step = pathPoints(try #require(svg.elements(withClass: "step-line").first?[attribute: "d"]))
        #expect(step.map { $0.move } == [true, false, true, false])
        #expect(step[0].y == step[1].y)
        // bars stand on the zero line: their bottoms are level with the axis
        let bottom = try #require(svg.elements(withClass: "axis-line").first?.number("y1"))
        for bar in svg.elements(withClass: "bar") {
            let y = try #require(bar.number("y")), h = try #require(bar.number("height"))
            #expect(abs(y + h - bottom) < 0.011)
        }
    }
}
