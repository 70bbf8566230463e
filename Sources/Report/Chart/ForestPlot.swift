/// Paired differences with their intervals, one row each, against a dashed
/// zero line: the point is the estimate, the whiskers the interval; the row's
/// label is at the left and a note (the difference in planners' words) at the
/// right. Rows may be grouped under headings.
public struct ForestPlot: Sendable {
    /// One compared metric or scenario: its estimate and interval in the plot's unit.
    public struct Row: Sendable, Equatable {
        /// Text at the left naming the row (cut to at most 260 px).
        public var label: String
        /// The point estimate (a paired difference), in the plot's unit.
        public var estimate: Double
        /// The interval's lower end (NaN at either end: no whiskers).
        public var low: Double
        /// The interval's upper end.
        public var high: Double
        /// Text at the right, e.g. `−43.9k (−45%)`; `—` when empty.
        public var note: String
        /// Rows with the same group are drawn under one heading, in order.
        public var group: String?
        /// A row; `note` is the text at the right, `group` the heading it goes under.
        public init(label: String, estimate: Double, low: Double, high: Double, note: String = "", group: String? = nil) {
            self.label = label
            self.estimate = estimate
            self.low = low
            self.high = high
            self.note = note
            self.group = group
        }
    }

    /// The chart's title.
    public var title: String
    /// The difference axis's title.
    public var xTitle: String
    /// The unit of the estimates and intervals (fractions read in percentage points).
    public var unit: PlannerUnit
    /// The rows, top to bottom.
    public var rows: [Row]
    /// Width in pixels (the page scales the chart down to fit).
    public var width = 960.0
    static let rowHeight = 22.0

    /// A 960 px wide plot of `rows`.
    public init(title: String, xTitle: String, unit: PlannerUnit, rows: [Row]) {
        self.title = title
        self.xTitle = xTitle
        self.unit = unit
        self.rows = rows
    }

    /// Rows and group headings in drawing order.
    private var lines: [(heading: String?, row: Row?)] {
        var out: [(String?, Row?)] = []
        var current: String??
        for r in rows {
            if current == nil || current! != r.group, let g = r.group { out.append((g, nil)) }
            current = .some(r.group)
            out.append((nil, r))
        }
        return out
    }

    /// The chart as an `svg` element (class `chart chart-forest`); its height grows with the rows (22 px each).
    public var svg: SVGElement {
        let lines = self.lines
        let values = rows.flatMap { [$0.estimate, $0.low, $0.high] }.filter(\.isFinite)
        let axis = ValueAxis(unit: unit, minimum: values.min() ?? 0, maximum: values.max() ?? 0, ticks: 6, includingZero: true, differences: true)
        let labelWidth = min(260, rows.map { TextMetrics.width($0.label, fontSize: 12) }.max() ?? 40)
        let noteWidth = min(220, rows.map { TextMetrics.width($0.note, fontSize: 12) }.max() ?? 0)
        let left = 12 + labelWidth + 12
        let right = width - 12 - noteWidth - 12
        let top = 10.0
        let height = top + Double(lines.count) * Self.rowHeight + 46
        let area = PlotArea(width: width, height: height, left: left, top: top, right: right,
                            bottom: top + Double(lines.count) * Self.rowHeight, xDomain: (axis.low, axis.high), yDomain: (0, 1))
        var svg = PlotArea.root(kind: "forest", width: width, height: height, title: title)
        svg.append(area.xAxis(axis.ticks.map { (area.x($0.value), $0.label, nil) }, verticalGrid: true))
        svg.append(area.xTitle(xTitle, offset: 34))
        let zx = SVGNumber.text(area.x(0))
        svg.append(SVGElement("line", [("class", "zero-line"), ("x1", zx), ("x2", zx), ("y1", SVGNumber.text(area.top)),
                                       ("y2", SVGNumber.text(area.bottom)), ("stroke", Palette.ink), ("stroke-width", "1"),
                                       ("stroke-dasharray", "4 3")]))
        var body = SVGElement("g", [("class", "rows")])
        for (i, line) in lines.enumerated() {
            let cy = top + (Double(i) + 0.5) * Self.rowHeight
            if let heading = line.heading {
                body.append(SVGElement("text", [("class", "group-heading"), ("x", "12"), ("y", SVGNumber.text(cy + 4)),
                                                ("font-size", "12"), ("font-weight", "600"), ("fill", Palette.ink)],
                                       text: TextMetrics.truncated(heading, fontSize: 12, maximum: width - 24)))
                continue
            }
            guard let r = line.row else { continue }
            var g = SVGElement("g", [("class", "forest-row")])
            g.append(SVGElement("text", [("class", "row-label"), ("x", SVGNumber.text(left - 12)), ("y", SVGNumber.text(cy + 4)),
                                         ("text-anchor", "end"), ("font-size", "12"), ("fill", Palette.ink)],
                                text: TextMetrics.truncated(r.label, fontSize: 12, maximum: labelWidth)))
            if r.low.isFinite && r.high.isFinite {
                g.append(SVGElement("line", [("class", "interval"), ("x1", SVGNumber.text(area.x(r.low))),
                                             ("x2", SVGNumber.text(area.x(r.high))), ("y1", SVGNumber.text(cy)), ("y2", SVGNumber.text(cy)),
                                             ("stroke", Palette.blue), ("stroke-width", "2")]))
            }
            if r.estimate.isFinite {
                let px = area.x(r.estimate)
                g.append(SVGElement("rect", [("class", "estimate"), ("x", SVGNumber.text(px - 4)), ("y", SVGNumber.text(cy - 4)),
                                             ("width", "8"), ("height", "8"), ("fill", Palette.blue)]))
            }
            g.append(SVGElement("text", [("class", "row-note"), ("x", SVGNumber.text(right + 12)), ("y", SVGNumber.text(cy + 4)),
                                         ("font-size", "12"), ("fill", Palette.ink)],
                                text: TextMetrics.truncated(r.note.isEmpty ? PlannerUnit.notANumber : r.note, fontSize: 12, maximum: noteWidth + 1)))
            body.append(g)
        }
        svg.append(body)
        return svg
    }
}
