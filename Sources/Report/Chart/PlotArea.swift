/// The rectangle data are drawn in, inside a chart of `width` × `height`
/// pixels, and the maps from data to pixels (y grows downwards in SVG).
struct PlotArea {
    let width: Double
    let height: Double
    let left: Double
    let top: Double
    let right: Double
    let bottom: Double
    let xDomain: (low: Double, high: Double)
    let yDomain: (low: Double, high: Double)

    /// Pixel x of data `v`.
    func x(_ v: Double) -> Double {
        let span = xDomain.high - xDomain.low
        return span == 0 ? (left + right) / 2 : left + (v - xDomain.low) / span * (right - left)
    }

    /// Pixel y of data `v`.
    func y(_ v: Double) -> Double {
        let span = yDomain.high - yDomain.low
        return span == 0 ? (top + bottom) / 2 : bottom - (v - yDomain.low) / span * (bottom - top)
    }

    /// The `svg` root element of a chart of kind `kind` (class `chart chart-KIND`)
    /// with an accessible title.
    static func root(kind: String, width: Double, height: Double, title: String) -> SVGElement {
        var svg = SVGElement("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"), ("class", "chart chart-\(kind)"),
            ("viewBox", "0 0 \(SVGNumber.text(width)) \(SVGNumber.text(height))"),
            ("width", SVGNumber.text(width)), ("height", SVGNumber.text(height)),
            ("role", "img"), ("aria-label", title),
            ("font-family", "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', sans-serif"),
        ])
        svg.append(SVGElement("title", text: title))
        return svg
    }

    /// Horizontal grid lines and left-hand labels for a value axis.
    func yAxis(_ axis: ValueAxis) -> SVGElement {
        var g = SVGElement("g", [("class", "axis axis-y")])
        for tick in axis.ticks {
            let py = SVGNumber.text(y(tick.value))
            g.append(SVGElement("line", [("class", "gridline"), ("x1", SVGNumber.text(left)), ("x2", SVGNumber.text(right)),
                                         ("y1", py), ("y2", py), ("stroke", Palette.grid), ("stroke-width", "1")]))
            g.append(SVGElement("text", [("class", "tick-label"), ("x", SVGNumber.text(left - 6)), ("y", SVGNumber.text(y(tick.value) + 4)),
                                         ("text-anchor", "end"), ("font-size", "11"), ("fill", Palette.ink)], text: tick.label))
        }
        return g
    }

    /// The x axis line with ticks at pixel positions and labels below (a second line when given).
    func xAxis(_ ticks: [(x: Double, label: String, second: String?)], verticalGrid: Bool = false) -> SVGElement {
        var g = SVGElement("g", [("class", "axis axis-x")])
        g.append(SVGElement("line", [("class", "axis-line"), ("x1", SVGNumber.text(left)), ("x2", SVGNumber.text(right)),
                                     ("y1", SVGNumber.text(bottom)), ("y2", SVGNumber.text(bottom)),
                                     ("stroke", Palette.ink), ("stroke-width", "1")]))
        for tick in ticks {
            let px = SVGNumber.text(tick.x)
            if verticalGrid {
                g.append(SVGElement("line", [("class", "gridline"), ("x1", px), ("x2", px), ("y1", SVGNumber.text(top)),
                                             ("y2", SVGNumber.text(bottom)), ("stroke", Palette.grid), ("stroke-width", "1")]))
            }
            g.append(SVGElement("line", [("class", "tick"), ("x1", px), ("x2", px), ("y1", SVGNumber.text(bottom)),
                                         ("y2", SVGNumber.text(bottom + 4)), ("stroke", Palette.ink), ("stroke-width", "1")]))
            g.append(label(tick.label, at: tick.x, y: bottom + 16, className: "tick-label", bold: false))
            if let second = tick.second {
                g.append(label(second, at: tick.x, y: bottom + 30, className: "tick-label tick-day", bold: true))
            }
        }
        return g
    }

    /// A label centred under `x`, or aligned to the chart's edge when centring
    /// would cut it off (the first day under the left-most tick).
    private func label(_ text: String, at x: Double, y: Double, className: String, bold: Bool) -> SVGElement {
        let half = TextMetrics.width(text, fontSize: 11) / 2
        var anchor = "middle"
        var px = x
        if x - half < 2 {
            (anchor, px) = ("start", max(2, x - 4))
        } else if x + half > width - 2 {
            (anchor, px) = ("end", min(width - 2, x + 4))
        }
        var attributes = [("class", className), ("x", SVGNumber.text(px)), ("y", SVGNumber.text(y)), ("text-anchor", anchor),
                          ("font-size", "11")]
        if bold { attributes.append(("font-weight", "600")) }
        attributes.append(("fill", Palette.ink))
        return SVGElement("text", attributes, text: text)
    }

    /// Text ending at (`x`, `y`) with a white halo, readable over lines and bands (a target's label).
    static func haloLabel(_ text: String, className: String, x: Double, y: Double) -> SVGElement {
        SVGElement("text", [("class", className), ("x", SVGNumber.text(x)), ("y", SVGNumber.text(y)), ("text-anchor", "end"),
                            ("font-size", "11"), ("fill", Palette.ink), ("stroke", "#FFFFFF"), ("stroke-width", "3"),
                            ("stroke-linejoin", "round"), ("paint-order", "stroke")], text: text)
    }

    /// An axis title centred under the x axis.
    func xTitle(_ text: String, offset: Double) -> SVGElement {
        SVGElement("text", [("class", "axis-title"), ("x", SVGNumber.text((left + right) / 2)), ("y", SVGNumber.text(bottom + offset)),
                            ("text-anchor", "middle"), ("font-size", "12"), ("fill", Palette.muted)], text: text)
    }

    /// The SVG path data of a polyline through `points`, broken where a point
    /// is `nil` (a value that is not a number) rather than drawn through it.
    static func linePath(_ points: [(x: Double, y: Double)?]) -> String {
        var parts: [String] = []
        var pen = false
        for p in points {
            guard let p else { pen = false; continue }
            parts.append((pen ? "L" : "M") + SVGNumber.text(p.x) + " " + SVGNumber.text(p.y))
            pen = true
        }
        return parts.joined(separator: " ")
    }

    /// Closed areas between upper and lower edges, one per run of points
    /// where both edges are numbers.
    static func bandPaths(_ points: [(x: Double, upper: Double, lower: Double)?]) -> [String] {
        var runs: [[(x: Double, upper: Double, lower: Double)]] = [[]]
        for p in points {
            if let p { runs[runs.count - 1].append(p) } else if !(runs.last?.isEmpty ?? true) { runs.append([]) }
        }
        return runs.filter { $0.count >= 2 }.map { run in
            let top = run.map { SVGNumber.text($0.x) + " " + SVGNumber.text($0.upper) }
            let bottom = run.reversed().map { SVGNumber.text($0.x) + " " + SVGNumber.text($0.lower) }
            return "M" + (top + bottom).joined(separator: " L") + " Z"
        }
    }
}

/// Whether all of `values` that are numbers are at least zero.
func allNonNegative(_ values: [Double]) -> Bool {
    values.allSatisfy { !$0.isFinite || $0 >= 0 }
}
