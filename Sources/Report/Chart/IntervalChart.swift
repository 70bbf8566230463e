/// Values held over intervals of time — a staffing plan, the demand, the
/// service level achieved in each hour — as step lines over a time axis (the
/// wall clock, as on `TimeSeriesChart`), each with an optional stepped band,
/// a dashed target line, and intervals marked as missing the target (shaded,
/// with a cross on the first series). NaN values break a line and its band.
public struct IntervalChart: Sendable {
    /// One interval's value.
    public struct Step: Sendable, Equatable {
        /// The interval's start, in model seconds.
        public var start: Double
        /// The interval's end, in model seconds.
        public var end: Double
        /// The value held over the interval (NaN: a gap), in the chart's unit.
        public var value: Double
        /// The band's lower end (NaN: no band here).
        public var low: Double
        /// The band's upper end (NaN: no band here).
        public var high: Double
        /// `value` from `start` to `end`, with a band from `low` to `high` if given.
        public init(start: Double, end: Double, value: Double, low: Double = .nan, high: Double = .nan) {
            self.start = start
            self.end = end
            self.value = value
            self.low = low
            self.high = high
        }
    }

    /// One step line.
    public struct Series: Sendable, Equatable {
        /// The legend's name.
        public var name: String
        /// The intervals, earliest first.
        public var steps: [Step]
        /// A series `name` through `steps`.
        public init(name: String, steps: [Step]) {
            self.name = name
            self.steps = steps
        }
    }

    /// A span of time to mark (an interval that misses the target).
    public struct Mark: Sendable, Equatable {
        /// Its start, in model seconds.
        public var start: Double
        /// Its end, in model seconds.
        public var end: Double
        /// A span from `start` to `end`.
        public init(start: Double, end: Double) {
            self.start = start
            self.end = end
        }
    }

    /// The chart's title.
    public var title: String
    /// The unit of the values, bands and target.
    public var unit: PlannerUnit
    /// The step lines, in legend order.
    public var series: [Series]
    /// What the bands are, for the legend; `nil`: no bands drawn.
    public var bandLabel: String?
    /// A horizontal target line (`nil`: none).
    public var target: SweepChart.Target?
    /// Intervals to mark.
    public var marks: [Mark]
    /// The legend's words for the marks (`misses the target`).
    public var markLabel: String
    /// Labels times on this clock; `nil`: elapsed time.
    public var clock: WallClock?
    /// Include zero on the value axis.
    public var includingZero: Bool
    /// Width in pixels (the page scales the chart down to fit).
    public var width = 960.0
    /// Height in pixels.
    public var height = 300.0

    /// A 960 × 300 px chart; the value axis includes zero by default unless the unit is a fraction.
    public init(title: String, unit: PlannerUnit, series: [Series], bandLabel: String? = nil, target: SweepChart.Target? = nil,
                marks: [Mark] = [], markLabel: String = "misses the target", clock: WallClock? = nil, includingZero: Bool? = nil) {
        self.title = title
        self.unit = unit
        self.series = series
        self.bandLabel = bandLabel
        self.target = target
        self.marks = marks
        self.markLabel = markLabel
        self.clock = clock
        self.includingZero = includingZero ?? (unit != .fraction)
    }

    /// The chart as an `svg` element (class `chart chart-intervals`).
    public var svg: SVGElement {
        var entries = series.indices.map { Legend.Entry(series[$0].name, colour: Palette.colour($0), symbol: .line(dash: Palette.dash($0))) }
        if let bandLabel { entries.append(Legend.Entry(bandLabel, colour: Palette.muted, symbol: .area(opacity: 0.25))) }
        if let target { entries.append(Legend.Entry(target.label, colour: Palette.ink, symbol: .reference)) }
        if !marks.isEmpty { entries.append(Legend.Entry(markLabel, colour: Palette.vermillion, symbol: .marker(.cross))) }
        let legend = Legend(entries)
        let steps = series.flatMap(\.steps)
        let times = steps.flatMap { [$0.start, $0.end] }.filter(\.isFinite)
        var values = steps.map(\.value) + [target?.value ?? .nan]
        if bandLabel != nil { values += steps.flatMap { [$0.low, $0.high] } }
        let finite = values.filter(\.isFinite)
        let yAxis = ValueAxis(unit: unit, minimum: finite.min() ?? 0, maximum: finite.max() ?? 1, includingZero: includingZero)
        // At least 56 px, so that charts of the same intervals, one above the other, share their time axis.
        let left = max(56, 14 + (yAxis.ticks.map { TextMetrics.width($0.label, fontSize: 11) }.max() ?? 20))
        let top = 10 + legend.height(width: width - left - 16) + 10
        let span = (start: times.min() ?? 0, end: times.max() ?? 1)
        let area = PlotArea(width: width, height: height, left: left, top: top, right: width - 16, bottom: height - 42,
                            xDomain: (span.start, span.end), yDomain: (yAxis.low, yAxis.high))
        let xAxis = TimeAxis(minimum: span.start, maximum: span.end, clock: clock)
        func y(_ v: Double) -> Double { area.y(min(max(v, yAxis.low), yAxis.high)) }

        var svg = PlotArea.root(kind: "intervals", width: width, height: height, title: title)
        svg.append(legend.element(x: left, y: 10, width: width - left - 16))
        var shaded = SVGElement("g", [("class", "marks")])
        for m in marks where m.end > m.start {
            let (x0, x1) = (area.x(max(m.start, span.start)), area.x(min(m.end, span.end)))
            shaded.append(SVGElement("rect", [("class", "miss"), ("x", SVGNumber.text(x0)), ("y", SVGNumber.text(area.top)),
                                              ("width", SVGNumber.text(max(x1 - x0, 1))), ("height", SVGNumber.text(area.bottom - area.top)),
                                              ("fill", Palette.vermillion), ("fill-opacity", "0.12")]))
        }
        svg.append(shaded)
        svg.append(area.yAxis(yAxis))
        svg.append(area.xAxis(xAxis.ticks.map { (area.x($0.value), $0.label, $0.dayLabel) }))
        if bandLabel != nil {
            var bands = SVGElement("g", [("class", "bands")])
            for (i, s) in series.enumerated() {
                let edges = s.steps.flatMap { st -> [(x: Double, upper: Double, lower: Double)?] in
                    guard st.low.isFinite, st.high.isFinite else { return [nil] }
                    return [(area.x(st.start), y(st.high), y(st.low)), (area.x(st.end), y(st.high), y(st.low))]
                }
                for d in PlotArea.bandPaths(edges) {
                    bands.append(SVGElement("path", [("class", "series-band"), ("d", d), ("fill", Palette.colour(i)),
                                                     ("fill-opacity", "0.2"), ("stroke", "none")]))
                }
            }
            svg.append(bands)
        }
        if let target, target.value.isFinite {
            let py = SVGNumber.text(area.y(target.value))
            svg.append(SVGElement("line", [("class", "target-line"), ("data-value", String(target.value)),
                                           ("x1", SVGNumber.text(area.left)), ("x2", SVGNumber.text(area.right)), ("y1", py), ("y2", py),
                                           ("stroke", Palette.ink), ("stroke-width", "1.5"), ("stroke-dasharray", "6 4")]))
        }
        var lines = SVGElement("g", [("class", "lines")])
        for (i, s) in series.enumerated() {
            let d = PlotArea.linePath(s.steps.flatMap { st -> [(x: Double, y: Double)?] in
                guard st.value.isFinite else { return [nil] }
                return [(area.x(st.start), y(st.value)), (area.x(st.end), y(st.value))]
            })
            var attributes = [("class", "step-line"), ("data-series", s.name), ("d", d), ("fill", "none"),
                              ("stroke", Palette.colour(i)), ("stroke-width", "2"), ("stroke-linejoin", "miter")]
            if let dash = Palette.dash(i) { attributes.append(("stroke-dasharray", dash)) }
            lines.append(SVGElement("path", attributes))
        }
        svg.append(lines)
        if let first = series.first, !marks.isEmpty {
            var crosses = SVGElement("g", [("class", "miss-markers")])
            for m in marks {
                guard let st = first.steps.first(where: { $0.start < m.end && m.start < $0.end && $0.value.isFinite }) else { continue }
                crosses.append(MarkerShape.cross.element(x: area.x((st.start + st.end) / 2), y: y(st.value), colour: Palette.vermillion,
                                                         className: "miss-marker"))
            }
            svg.append(crosses)
        }
        if let target, target.value.isFinite {
            svg.append(PlotArea.haloLabel(target.label, className: "target-label", x: area.right - 4, y: area.y(target.value) - 5))
        }
        return svg
    }
}
