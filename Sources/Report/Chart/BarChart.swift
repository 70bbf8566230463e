/// Grouped bars per category (for example per hour) and step lines across
/// the categories (for example staff on shift against the demand in bars).
/// A value that is not a number leaves its bar out and breaks its step line.
public struct BarChart: Sendable {
    /// A named row of values, one per category, drawn as bars or as a step line.
    public struct Series: Sendable, Equatable {
        /// The legend's name for the series.
        public var name: String
        /// One value per category.
        public var values: [Double]
        /// A series `name` with `values`, one per category (NaN: none).
        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }
    }

    /// The chart's title (also its SVG `title`).
    public var title: String
    /// The category axis's title (e.g. `hour`).
    public var xTitle: String
    /// Category labels along the x axis, left to right.
    public var categories: [String]
    /// The unit of every value, which labels the value axis.
    public var unit: PlannerUnit
    /// Series drawn as bars, side by side in each category, in legend order.
    public var bars: [Series]
    /// Series drawn as step lines across the categories, after the bars in the legend.
    public var steps: [Series]
    /// Width in pixels (the page scales the chart down to fit).
    public var width = 960.0
    /// Height in pixels.
    public var height = 300.0

    /// A 960 × 300 px chart of `bars` and `steps` over `categories`.
    public init(title: String, xTitle: String, categories: [String], unit: PlannerUnit, bars: [Series], steps: [Series] = []) {
        self.title = title
        self.xTitle = xTitle
        self.categories = categories
        self.unit = unit
        self.bars = bars
        self.steps = steps
    }

    /// The chart as an `svg` element (class `chart chart-bars`), width × height pixels.
    public var svg: SVGElement {
        let entries = bars.indices.map { Legend.Entry(bars[$0].name, colour: Palette.colour($0), symbol: .bar) }
            + steps.indices.map { Legend.Entry(steps[$0].name, colour: Palette.colour(bars.count + $0), symbol: .line(dash: nil)) }
        let legend = Legend(entries)
        let values = (bars + steps).flatMap(\.values).filter(\.isFinite)
        let yAxis = ValueAxis(unit: unit, minimum: values.min() ?? 0, maximum: values.max() ?? 1, includingZero: true)
        let left = 14 + (yAxis.ticks.map { TextMetrics.width($0.label, fontSize: 11) }.max() ?? 20)
        let top = 10 + legend.height(width: width - left - 16) + 10
        let n = max(categories.count, 1)
        let area = PlotArea(width: width, height: height, left: left, top: top, right: width - 16, bottom: height - 46,
                            xDomain: (0, Double(n)), yDomain: (yAxis.low, yAxis.high))
        // Label every k-th category so labels do not overlap.
        let band = (area.right - area.left) / Double(n)
        let widest = categories.map { TextMetrics.width($0, fontSize: 11) }.max() ?? 0
        let every = max(1, Int(((widest + 8) / band).rounded(.up)))
        var svg = PlotArea.root(kind: "bars", width: width, height: height, title: title)
        svg.append(legend.element(x: left, y: 10, width: width - left - 16))
        svg.append(area.yAxis(yAxis))
        svg.append(area.xAxis(categories.indices.filter { $0 % every == 0 }.map { (area.x(Double($0) + 0.5), categories[$0], nil) }))
        svg.append(area.xTitle(xTitle, offset: 36))
        var barGroup = SVGElement("g", [("class", "bars")])
        let groupWidth = band * 0.8
        let barWidth = groupWidth / Double(max(bars.count, 1))
        let base = area.y(max(yAxis.low, 0))
        for (s, series) in bars.enumerated() {
            for (c, v) in series.values.enumerated() where c < categories.count && v.isFinite {
                let x = area.x(Double(c)) + band * 0.1 + Double(s) * barWidth
                let y = area.y(v)
                barGroup.append(SVGElement("rect", [("class", "bar"), ("data-series", series.name), ("x", SVGNumber.text(x)),
                                                    ("y", SVGNumber.text(min(y, base))), ("width", SVGNumber.text(barWidth)),
                                                    ("height", SVGNumber.text(abs(base - y))), ("fill", Palette.colour(s))]))
            }
        }
        svg.append(barGroup)
        var stepGroup = SVGElement("g", [("class", "steps")])
        for (s, series) in steps.enumerated() {
            var points: [(x: Double, y: Double)?] = []
            for (c, v) in series.values.enumerated() where c < categories.count {
                if v.isFinite {
                    points.append((area.x(Double(c)), area.y(v)))
                    points.append((area.x(Double(c + 1)), area.y(v)))
                } else {
                    points.append(nil)
                }
            }
            stepGroup.append(SVGElement("path", [("class", "step-line"), ("data-series", series.name), ("d", PlotArea.linePath(points)),
                                                 ("fill", "none"), ("stroke", Palette.colour(bars.count + s)), ("stroke-width", "2")]))
        }
        svg.append(stepGroup)
        return svg
    }
}
