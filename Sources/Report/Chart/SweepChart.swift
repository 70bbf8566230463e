/// A metric against a swept variable: one line per scenario with a marker and
/// an interval bar at each sweep point, and optional horizontal target lines.
/// Lines are dodged a few pixels sideways so their bars do not hide each other.
public struct SweepChart: Sendable {
    /// The swept variable: numbers in a unit, or named values shown evenly spaced
    /// (a point's `x` is then its category's index).
    public enum XAxis: Sendable, Equatable {
        case numeric(PlannerUnit)
        case categories([String])
    }

    public struct Point: Sendable, Equatable {
        public var x: Double
        public var mean: Double
        public var low: Double
        public var high: Double
        public init(x: Double, mean: Double, low: Double = .nan, high: Double = .nan) {
            self.x = x
            self.mean = mean
            self.low = low
            self.high = high
        }
    }

    public struct Line: Sendable, Equatable {
        public var name: String
        public var points: [Point]
        public init(name: String, points: [Point]) {
            self.name = name
            self.points = points
        }
    }

    /// A horizontal line at `value` (for example a service-level target).
    public struct Target: Sendable, Equatable {
        public var value: Double
        public var label: String
        public init(value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    public var title: String
    public var xTitle: String
    public var xAxis: XAxis
    public var unit: PlannerUnit
    public var lines: [Line]
    public var targets: [Target]
    /// What the bars are, for the legend (e.g. `bars: 95% confidence interval`).
    public var intervalLabel: String?
    public var includingZero: Bool
    /// Pixels (the page scales the chart down to fit).
    public var width = 960.0
    public var height = 300.0

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
