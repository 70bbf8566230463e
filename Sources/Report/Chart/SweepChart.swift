/// A metric against a swept variable: one line per scenario with a marker and
/// an interval bar at each sweep point, and optional horizontal target lines.
/// Lines are dodged a few pixels sideways so their bars do not hide each other.
public struct SweepChart: Sendable {
    /// The swept variable: numbers in a unit, or named values shown evenly spaced
    /// (a point's `x` is then its category's index).
    public enum XAxis: Sendable, Equatable {
        /// Swept numbers, in this unit (e.g. servers, stock per product).
        case numeric(PlannerUnit)
        /// Named sweep points, evenly spaced in this order.
        case categories([String])
    }

    /// A line's value at one sweep point, with its interval.
    public struct Point: Sendable, Equatable {
        /// The swept value, or the category's index for named points.
        public var x: Double
        /// The metric's mean over replications, in the chart's unit.
        public var mean: Double
        /// The interval's lower end (NaN: no bar).
        public var low: Double
        /// The interval's upper end (NaN: no bar).
        public var high: Double
        /// A point at `x` with `mean` and, if given, an interval bar from `low` to `high`.
        public init(x: Double, mean: Double, low: Double = .nan, high: Double = .nan) {
            self.x = x
            self.mean = mean
            self.low = low
            self.high = high
        }
    }

    /// One scenario across the sweep points.
    public struct Line: Sendable, Equatable {
        /// The scenario's name, for the legend.
        public var name: String
        /// The points, in sweep order.
        public var points: [Point]
        /// A line `name` through `points`.
        public init(name: String, points: [Point]) {
            self.name = name
            self.points = points
        }
    }

    /// A horizontal line at `value` (for example a service-level target).
    public struct Target: Sendable, Equatable {
        /// Where the line is, in the chart's unit.
        public var value: Double
        /// The legend's words for it (e.g. `target 80%`).
        public var label: String
        /// A target line at `value` named `label`.
        public init(value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    /// The chart's title (the metric).
    public var title: String
    /// The x axis's title (the swept variable).
    public var xTitle: String
    /// What the x axis holds.
    public var xAxis: XAxis
    /// The unit of the means, intervals and targets.
    public var unit: PlannerUnit
    /// One line per scenario, in legend order.
    public var lines: [Line]
    /// Horizontal target lines.
    public var targets: [Target]
    /// What the bars are, for the legend (e.g. `bars: 95% confidence interval`).
    public var intervalLabel: String?
    /// Whether the value axis reaches down (or up) to zero.
    public var includingZero: Bool
    /// Width in pixels (the page scales the chart down to fit).
    public var width = 960.0
    /// Height in pixels.
    public var height = 300.0

    /// A 960 × 300 px chart; the value axis includes zero by default when every value is ≥ 0 and the unit is
    /// not a fraction.
    public init(title: String, xTitle: String, xAxis: XAxis, unit: PlannerUnit, lines: [Line], targets: [Target] = [],
                intervalLabel: String? = nil, includingZero: Bool? = nil) {
        self.title = title
        self.xTitle = xTitle
        self.xAxis = xAxis
        self.unit = unit
        self.lines = lines
        self.targets = targets
        self.intervalLabel = intervalLabel
        let all = lines.flatMap { $0.points.flatMap { [$0.mean, $0.low, $0.high] } } + targets.map(\.value)
        self.includingZero = includingZero ?? (unit != .fraction && allNonNegative(all))
    }

    /// The chart as an `svg` element (class `chart chart-sweep`), width × height pixels.
    public var svg: SVGElement {
        var entries = lines.indices.map { Legend.Entry(lines[$0].name, colour: Palette.colour($0), symbol: .lineWithMarker) }
        if let intervalLabel { entries.append(Legend.Entry(intervalLabel, colour: Palette.muted, symbol: .line(dash: nil))) }
        entries += targets.map { Legend.Entry($0.label, colour: Palette.vermillion, symbol: .reference) }
        let legend = Legend(entries)
        let points = lines.flatMap(\.points)
        let values = (points.flatMap { [$0.mean, $0.low, $0.high] } + targets.map(\.value)).filter(\.isFinite)
        let yAxis = ValueAxis(unit: unit, minimum: values.min() ?? 0, maximum: values.max() ?? 1, includingZero: includingZero)
        let left = 14 + (yAxis.ticks.map { TextMetrics.width($0.label, fontSize: 11) }.max() ?? 20)
        let top = 10 + legend.height(width: width - left - 16) + 10
        let xs = points.map(\.x).filter(\.isFinite)
        var xTicks: [(value: Double, label: String)]
        var domain: (low: Double, high: Double)
        switch xAxis {
        case .numeric(let xUnit):
            // A few swept values are ticks themselves (no "10.5 servers"); many get nice ticks.
            let distinct = Set(xs).count
            var axis = ValueAxis(unit: xUnit, values: xs)
            if distinct > 12 {
                axis = ValueAxis(unit: xUnit, minimum: xs.min() ?? 0, maximum: xs.max() ?? 1, ticks: 6)
            }
            xTicks = axis.ticks.map { ($0.value, $0.label) }
            domain = (axis.low, axis.high)
        case .categories(let names):
            xTicks = names.indices.map { (Double($0), names[$0]) }
            domain = (-0.5, Double(max(names.count, 1)) - 0.5)
        }
        let area = PlotArea(width: width, height: height, left: left, top: top, right: width - 24, bottom: height - 46,
                            xDomain: domain, yDomain: (yAxis.low, yAxis.high))
        var svg = PlotArea.root(kind: "sweep", width: width, height: height, title: title)
        svg.append(legend.element(x: left, y: 10, width: width - left - 16))
        svg.append(area.yAxis(yAxis))
        svg.append(area.xAxis(xTicks.map { (area.x($0.value), $0.label, nil) }))
        svg.append(area.xTitle(xTitle, offset: 36))
        var targetGroup = SVGElement("g", [("class", "targets")])
        for t in targets where t.value.isFinite {
            let py = SVGNumber.text(area.y(t.value))
            targetGroup.append(SVGElement("line", [("class", "target-line"), ("x1", SVGNumber.text(area.left)), ("x2", SVGNumber.text(area.right)),
                                                   ("y1", py), ("y2", py), ("stroke", Palette.vermillion), ("stroke-width", "1.5"),
                                                   ("stroke-dasharray", "5 3")]))
        }
        svg.append(targetGroup)
        for (i, line) in lines.enumerated() {
            let dodge = (Double(i) - Double(lines.count - 1) / 2) * 5
            let colour = Palette.colour(i)
            var g = SVGElement("g", [("class", "sweep-line"), ("data-series", line.name)])
            let d = PlotArea.linePath(line.points.map { p in
                p.x.isFinite && p.mean.isFinite ? (area.x(p.x) + dodge, area.y(p.mean)) : nil
            })
            var attributes = [("class", "series-line"), ("d", d), ("fill", "none"), ("stroke", colour), ("stroke-width", "1.75")]
            if let dash = Palette.dash(i) { attributes.append(("stroke-dasharray", dash)) }
            g.append(SVGElement("path", attributes))
            for p in line.points where p.x.isFinite && p.mean.isFinite {
                let px = area.x(p.x) + dodge
                if p.low.isFinite && p.high.isFinite {
                    let clip = { (v: Double) in SVGNumber.text(area.y(min(max(v, yAxis.low), yAxis.high))) }
                    let (y0, y1) = (clip(p.low), clip(p.high))
                    g.append(SVGElement("path", [("class", "interval-bar"),
                                                 ("d", "M\(SVGNumber.text(px)) \(y0) L\(SVGNumber.text(px)) \(y1) M\(SVGNumber.text(px - 4)) \(y0) L\(SVGNumber.text(px + 4)) \(y0) M\(SVGNumber.text(px - 4)) \(y1) L\(SVGNumber.text(px + 4)) \(y1)"),
                                                 ("stroke", colour), ("stroke-width", "1.25"), ("fill", "none")]))
                }
                g.append(SVGElement("circle", [("class", "marker"), ("cx", SVGNumber.text(px)), ("cy", SVGNumber.text(area.y(p.mean))),
                                               ("r", "3.5"), ("fill", colour)]))
            }
            svg.append(g)
        }
        var labels = SVGElement("g", [("class", "target-labels")])
        for t in targets where t.value.isFinite {
            labels.append(SVGElement("text", [("class", "target-label"), ("x", SVGNumber.text(area.right - 4)),
                                              ("y", SVGNumber.text(area.y(t.value) - 4)), ("text-anchor", "end"),
                                              ("font-size", "11"), ("fill", Palette.vermillion)], text: t.label))
        }
        svg.append(labels)
        return svg
    }
}
