/// One constraint of a goal at the candidates its search evaluated: per
/// candidate the metric's mean with a bar between its one-sided bounds,
/// marked by its verdict (holds: a green disc, fails: a vermillion cross,
/// undecided: an orange diamond), the chosen point and the runner-up ringed,
/// and the target as a dashed horizontal line. Candidates whose bar reaches
/// far above the target (an understaffed desk's wait of hours against a
/// target of seconds) would squash the rest; the axis then stops at a
/// ceiling and such a candidate is drawn as a triangle at the top edge.
public struct CandidateChart: Sendable {
    /// One candidate's estimate of the constraint's metric.
    public struct Point: Sendable, Equatable {
        /// The variable's value, or the candidate's place on a category axis.
        public var x: Double
        /// The mean over the candidate's replications (NaN: not measured; no mark).
        public var mean: Double
        /// The lower one-sided bound (NaN: no bar).
        public var low: Double
        /// The upper one-sided bound (NaN: no bar).
        public var high: Double
        /// The constraint's verdict here (`nil`: unknown, drawn as undecided).
        public var verdict: GoalVerdict?
        /// Whether the search chose this candidate, or took it as the runner-up.
        public var choice: GoalCandidate.Choice?
        /// A point at `x` with `mean`, a bar from `low` to `high`, a verdict and a choice.
        public init(x: Double, mean: Double, low: Double = .nan, high: Double = .nan, verdict: GoalVerdict?,
                    choice: GoalCandidate.Choice? = nil) {
            self.x = x
            self.mean = mean
            self.low = low
            self.high = high
            self.verdict = verdict
            self.choice = choice
        }
    }

    /// The chart's title.
    public var title: String
    /// The x axis's title (the variable, or `candidates, cheapest first`).
    public var xTitle: String
    /// Numbers in a unit (one variable), or candidates' names evenly spaced.
    public var xAxis: SweepChart.XAxis
    /// The unit of the means, bounds and target.
    public var unit: PlannerUnit
    /// The candidates, in any order.
    public var points: [Point]
    /// The target line (`nil`: none).
    public var target: SweepChart.Target?
    /// What the bars are, for the legend (`bars: one-sided 95% bounds`).
    public var intervalLabel: String?
    /// The legend's words for the chosen point and the runner-up (`chosen: servers = 11`).
    public var choiceLabels: [GoalCandidate.Choice: String]
    /// Whether a faint line joins the points in x order (a response over one variable).
    public var joinsPoints: Bool
    /// Width in pixels (the page scales the chart down to fit).
    public var width = 960.0
    /// Height in pixels.
    public var height = 320.0

    /// A 960 × 320 px chart of `points` against `xAxis`.
    public init(title: String, xTitle: String, xAxis: SweepChart.XAxis, unit: PlannerUnit, points: [Point],
                target: SweepChart.Target?, intervalLabel: String? = nil, choiceLabels: [GoalCandidate.Choice: String] = [:],
                joinsPoints: Bool = false) {
        self.title = title
        self.xTitle = xTitle
        self.xAxis = xAxis
        self.unit = unit
        self.points = points
        self.target = target
        self.intervalLabel = intervalLabel
        self.choiceLabels = choiceLabels
        self.joinsPoints = joinsPoints
    }

    /// Each verdict's colour, shape and legend word.
    static func style(_ verdict: GoalVerdict?) -> (colour: String, shape: MarkerShape, word: String) {
        switch verdict {
        case .holds: return (Palette.bluishGreen, .disc, "holds")
        case .fails: return (Palette.vermillion, .cross, "fails")
        case .undecided, nil: return (Palette.orange, .diamond, "undecided")
        }
    }

    /// The value axis's top: the largest value when it stays within four
    /// times the target and the values that decide (bars of points that hold
    /// or are undecided); otherwise that larger of those two.
    var ceiling: Double? {
        let values = points.flatMap { [$0.mean, $0.low, $0.high] }.filter(\.isFinite)
        guard let target = target?.value, target.isFinite, target > 0, let top = values.max() else { return nil }
        let deciding = points.filter { $0.verdict != .fails }.flatMap { [$0.mean, $0.high] }.filter(\.isFinite).max() ?? 0
        let cap = max(4 * target, deciding)
        return top > cap * 1.05 ? cap : nil
    }

    /// The chart as an `svg` element (class `chart chart-candidates`).
    public var svg: SVGElement {
        let ceiling = self.ceiling
        var entries: [Legend.Entry] = []
        for verdict in [GoalVerdict.holds, .fails, .undecided] where points.contains(where: { ($0.verdict ?? .undecided) == verdict }) {
            let s = Self.style(verdict)
            entries.append(Legend.Entry(s.word, colour: s.colour, symbol: .marker(s.shape)))
        }
        for (choice, shape) in [(GoalCandidate.Choice.chosen, MarkerShape.ring), (.runnerUp, .dashedRing)]
        where points.contains(where: { $0.choice == choice }) {
            entries.append(Legend.Entry(choiceLabels[choice] ?? choice.rawValue, colour: Palette.ink, symbol: .marker(shape)))
        }
        if let intervalLabel { entries.append(Legend.Entry(intervalLabel, colour: Palette.muted, symbol: .line(dash: nil))) }
        if let target { entries.append(Legend.Entry(target.label, colour: Palette.ink, symbol: .reference)) }
        if ceiling != nil {
            entries.append(Legend.Entry("above the axis", colour: Palette.muted, symbol: .marker(.triangleUp)))
        }
        let legend = Legend(entries)
        var values = (points.flatMap { [$0.mean, $0.low, $0.high] } + [target?.value ?? .nan]).filter(\.isFinite)
        if let ceiling { values = values.filter { $0 <= ceiling } + [ceiling] }
        let yAxis = ValueAxis(unit: unit, minimum: values.min() ?? 0, maximum: values.max() ?? 1,
                              includingZero: unit != .fraction && allNonNegative(values))
        let left = 14 + (yAxis.ticks.map { TextMetrics.width($0.label, fontSize: 11) }.max() ?? 20)
        let top = 10 + legend.height(width: width - left - 16) + 10
        let xs = points.map(\.x).filter(\.isFinite)
        let xTicks: [(value: Double, label: String)]
        let domain: (low: Double, high: Double)
        switch xAxis {
        case .numeric(let xUnit):
            var axis = ValueAxis(unit: xUnit, values: xs)
            if Set(xs).count > 12 { axis = ValueAxis(unit: xUnit, minimum: xs.min() ?? 0, maximum: xs.max() ?? 1, ticks: 8) }
            xTicks = axis.ticks.map { ($0.value, $0.label) }
            // Room beside the outermost points, so their marks and rings stand clear of the edges.
            let pad = max(0.5, ((xs.max() ?? 1) - (xs.min() ?? 0)) * 0.03)
            domain = (min(axis.low, (xs.min() ?? 0) - pad), max(axis.high, (xs.max() ?? 1) + pad))
        case .categories(let names):
            // Every k-th name, so that names do not run into each other.
            let band = (width - left - 24) / Double(max(names.count, 1))
            let widest = names.map { TextMetrics.width($0, fontSize: 11) }.max() ?? 0
            let every = max(1, Int(((widest + 8) / band).rounded(.up)))
            xTicks = names.indices.filter { $0 % every == 0 }.map { (Double($0), names[$0]) }
            domain = (-0.5, Double(max(names.count, 1)) - 0.5)
        }
        let area = PlotArea(width: width, height: height, left: left, top: top, right: width - 24, bottom: height - 46,
                            xDomain: domain, yDomain: (yAxis.low, yAxis.high))
        func y(_ v: Double) -> Double { area.y(min(max(v, yAxis.low), yAxis.high)) }
        var svg = PlotArea.root(kind: "candidates", width: width, height: height, title: title)
        svg.append(legend.element(x: left, y: 10, width: width - left - 16))
        svg.append(area.yAxis(yAxis))
        svg.append(area.xAxis(xTicks.map { (area.x($0.value), $0.label, nil) }))
        svg.append(area.xTitle(xTitle, offset: 36))
        if let target, target.value.isFinite {
            let py = SVGNumber.text(area.y(target.value))
            svg.append(SVGElement("line", [("class", "target-line"), ("data-value", String(target.value)),
                                           ("x1", SVGNumber.text(area.left)), ("x2", SVGNumber.text(area.right)), ("y1", py), ("y2", py),
                                           ("stroke", Palette.ink), ("stroke-width", "1.5"), ("stroke-dasharray", "6 4")]))
        }
        let ordered = points.filter { $0.x.isFinite && $0.mean.isFinite }.sorted { $0.x < $1.x }
        if joinsPoints && ordered.count > 1 {
            svg.append(SVGElement("path", [("class", "response-line"), ("d", PlotArea.linePath(ordered.map { (area.x($0.x), y($0.mean)) })),
                                           ("fill", "none"), ("stroke", Palette.grid), ("stroke-width", "1.5")]))
        }
        var marks = SVGElement("g", [("class", "candidates")])
        for p in ordered {
            let s = Self.style(p.verdict)
            let px = area.x(p.x)
            var g = SVGElement("g", [("class", "candidate verdict-\(s.word)")])
            if p.low.isFinite && p.high.isFinite {
                let (y0, y1) = (SVGNumber.text(y(p.low)), SVGNumber.text(y(p.high)))
                let (a, b) = (SVGNumber.text(px - 4), SVGNumber.text(px + 4))
                let x = SVGNumber.text(px)
                g.append(SVGElement("path", [("class", "bound-bar"), ("d", "M\(x) \(y0) L\(x) \(y1) M\(a) \(y0) L\(b) \(y0) M\(a) \(y1) L\(b) \(y1)"),
                                             ("stroke", s.colour), ("stroke-width", "1.25"), ("fill", "none")]))
            }
            if let ceiling, p.mean > ceiling {
                g.append(MarkerShape.triangleUp.element(x: px, y: area.top + 5, colour: s.colour, className: "marker off-scale"))
            } else {
                g.append(s.shape.element(x: px, y: area.y(p.mean), colour: s.colour, className: "marker"))
            }
            if let choice = p.choice {
                g.append((choice == .chosen ? MarkerShape.ring : .dashedRing)
                    .element(x: px, y: y(p.mean), colour: Palette.ink, className: choice == .chosen ? "chosen" : "runner-up"))
            }
            marks.append(g)
        }
        svg.append(marks)
        if let target, target.value.isFinite {
            svg.append(PlotArea.haloLabel(target.label, className: "target-label", x: area.right - 4, y: area.y(target.value) - 5))
        }
        return svg
    }
}
