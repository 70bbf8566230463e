/// Lines over time, one per series, each with a shaded band (for example the
/// across-replication interval), and shaded vertical windows (a live show, an
/// outage) with labels. NaN values break a line and its band.
public struct TimeSeriesChart: Sendable {
    /// One bucket of a series.
    public struct Point: Sendable, Equatable {
        /// Model seconds.
        public var time: Double
        /// The line's value (NaN: a gap), in the chart's unit.
        public var value: Double
        /// The band's lower end at this time (NaN: no band here).
        public var low: Double
        /// The band's upper end (NaN: no band here).
        public var high: Double
        /// A point at `time` with `value` and, if given, a band from `low` to `high`.
        public init(time: Double, value: Double, low: Double = .nan, high: Double = .nan) {
            self.time = time
            self.value = value
            self.low = low
            self.high = high
        }
    }

    /// One line and its band.
    public struct Series: Sendable {
        /// The series' name, for the legend.
        public var name: String
        /// The points, earliest first.
        public var points: [Point]
        /// A series `name` through `points`.
        public init(name: String, points: [Point]) {
            self.name = name
            self.points = points
        }
    }

    /// A span of model time to shade, with a label at its top.
    public struct Window: Sendable, Equatable {
        /// How the span is shaded: `highlight` (high demand, a live show) or `outage` (capacity gone).
        public enum Kind: String, Sendable { case highlight, outage }
        /// The span's start, in model seconds.
        public var start: Double
        /// The span's end, in model seconds.
        public var end: Double
        /// The words at its top (`live show`, `outage shanghai`).
        public var label: String
        /// How it is shaded.
        public var kind: Kind
        /// A span from `start` to `end` (model seconds) labelled `label`.
        public init(start: Double, end: Double, label: String, kind: Kind = .highlight) {
            self.start = start
            self.end = end
            self.label = label
            self.kind = kind
        }
    }

    /// The chart's title (the series' metric).
    public var title: String
    /// The unit of the values and bands.
    public var unit: PlannerUnit
    /// The lines, in legend order.
    public var series: [Series]
    /// Spans to shade behind the lines.
    public var windows: [Window]
    /// What the bands are, for the legend (e.g. `band: 95% interval of the mean, 3 replications`); `nil`: no bands drawn.
    public var bandLabel: String?
    /// Labels times on this clock; `nil`: elapsed time.
    public var clock: WallClock?
    /// Shown time span (model seconds); `nil`: the span of the points.
    public var timeSpan: (start: Double, end: Double)?
    /// Include zero on the value axis.
    public var includingZero: Bool
    /// Width in pixels (the page scales the chart down to fit).
    public var width = 960.0
    /// Height in pixels.
    public var height = 300.0

    /// A 960 × 300 px chart; the value axis includes zero by default when every value is ≥ 0 and the unit is
    /// not a fraction.
    public init(title: String, unit: PlannerUnit, series: [Series], windows: [Window] = [], bandLabel: String? = nil,
                clock: WallClock? = nil, timeSpan: (start: Double, end: Double)? = nil, includingZero: Bool? = nil) {
        self.title = title
        self.unit = unit
        self.series = series
        self.windows = windows
        self.bandLabel = bandLabel
        self.clock = clock
        self.timeSpan = timeSpan
        let all = series.flatMap { $0.points.flatMap { [$0.value, $0.low, $0.high] } }
        self.includingZero = includingZero ?? (unit != .fraction && allNonNegative(all))
    }

    /// The chart as an `svg` element (class `chart chart-timeseries`).
    public var svg: SVGElement {
        var legendEntries = series.indices.map {
            Legend.Entry(series[$0].name, colour: Palette.colour($0), symbol: .line(dash: Palette.dash($0)))
        }
        if let bandLabel { legendEntries.append(Legend.Entry(bandLabel, colour: Palette.muted, symbol: .area(opacity: 0.25))) }
        let legend = Legend(legendEntries)
        let points = series.flatMap(\.points)
        let times = points.map(\.time).filter(\.isFinite)
        let span = timeSpan ?? (times.min() ?? 0, times.max() ?? 1)
        var values = points.map(\.value)
        if bandLabel != nil { values += points.flatMap { [$0.low, $0.high] } }
        let finite = values.filter(\.isFinite)
        let yAxis = ValueAxis(unit: unit, minimum: finite.min() ?? 0, maximum: finite.max() ?? 1, includingZero: includingZero)
        let left = 14 + (yAxis.ticks.map { TextMetrics.width($0.label, fontSize: 11) }.max() ?? 20)
        let top = 10 + legend.height(width: width - left - 16) + 10
        let area = PlotArea(width: width, height: height, left: left, top: top, right: width - 16, bottom: height - 42,
                            xDomain: (span.start, span.end), yDomain: (yAxis.low, yAxis.high))
        let xAxis = TimeAxis(minimum: span.start, maximum: span.end, clock: clock)

        var svg = PlotArea.root(kind: "timeseries", width: width, height: height, title: title)
        svg.append(legend.element(x: left, y: 10, width: width - left - 16))
        svg.append(windowsElement(area))
        svg.append(area.yAxis(yAxis))
        svg.append(area.xAxis(xAxis.ticks.map { (area.x($0.value), $0.label, $0.dayLabel) }))
        if bandLabel != nil {
            var bands = SVGElement("g", [("class", "bands")])
            for (i, s) in series.enumerated() {
                let edges = s.points.map { p -> (x: Double, upper: Double, lower: Double)? in
                    guard p.time.isFinite, p.low.isFinite, p.high.isFinite else { return nil }
                    return (area.x(p.time), area.y(min(p.high, yAxis.high)), area.y(max(p.low, yAxis.low)))
                }
                for d in PlotArea.bandPaths(edges) {
                    bands.append(SVGElement("path", [("class", "series-band"), ("d", d), ("fill", Palette.colour(i)),
                                                     ("fill-opacity", series.count > 3 ? "0.12" : "0.2"), ("stroke", "none")]))
                }
            }
            svg.append(bands)
        }
        var lines = SVGElement("g", [("class", "lines")])
        for (i, s) in series.enumerated() {
            let d = PlotArea.linePath(s.points.map { p in
                p.time.isFinite && p.value.isFinite ? (area.x(p.time), area.y(p.value)) : nil
            })
            var attributes = [("class", "series-line"), ("data-series", s.name), ("d", d), ("fill", "none"),
                              ("stroke", Palette.colour(i)), ("stroke-width", "1.75"), ("stroke-linejoin", "round")]
            if let dash = Palette.dash(i) { attributes.append(("stroke-dasharray", dash)) }
            lines.append(SVGElement("path", attributes))
        }
        svg.append(lines)
        return svg
    }

    /// Shaded windows with their labels at the top; a label that would run
    /// into an earlier one goes a line lower (a show and an outage that overlap).
    private func windowsElement(_ area: PlotArea) -> SVGElement {
        var g = SVGElement("g", [("class", "windows")])
        var placed: [(start: Double, end: Double, row: Int)] = []
        for w in windows {
            let start = max(w.start, area.xDomain.low)
            let end = min(w.end, area.xDomain.high)
            guard end > start else { continue }
            let x0 = area.x(start)
            let x1 = area.x(end)
            let fill = w.kind == .outage ? "#999999" : Palette.yellow
            g.append(SVGElement("rect", [("class", "window window-\(w.kind.rawValue)"), ("x", SVGNumber.text(x0)),
                                         ("y", SVGNumber.text(area.top)), ("width", SVGNumber.text(max(x1 - x0, 1))),
                                         ("height", SVGNumber.text(area.bottom - area.top)), ("fill", fill),
                                         ("fill-opacity", w.kind == .outage ? "0.25" : "0.35")]))
            let textEnd = x0 + 3 + TextMetrics.width(w.label, fontSize: 10)
            let row = (0...).first { r in !placed.contains { $0.row == r && $0.start < textEnd + 4 && x0 < $0.end + 4 } } ?? 0
            placed.append((x0, textEnd, row))
            g.append(SVGElement("text", [("class", "window-label"), ("x", SVGNumber.text(x0 + 3)),
                                         ("y", SVGNumber.text(area.top + 11 + 12 * Double(row))),
                                         ("font-size", "10"), ("fill", Palette.ink)], text: w.label))
        }
        return g
    }
}
