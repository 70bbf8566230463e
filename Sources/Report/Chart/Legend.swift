/// A chart's legend: one entry per series (and per shaded band or target),
/// laid out left to right above the plot and wrapped to the chart's width.
public struct Legend: Sendable, Equatable {
    /// How an entry's key is drawn, to match its mark in the plot.
    public enum Symbol: Sendable, Equatable {
        /// A line of the series' colour (dashed with a pattern).
        case line(dash: String?)
        /// A line with a marker and an interval bar.
        case lineWithMarker
        /// A shaded area (band or window) with its opacity.
        case area(opacity: Double)
        /// A filled bar.
        case bar
        /// A dashed reference line (a target, zero).
        case reference
        /// A point's mark (a verdict, the chosen point's ring).
        case marker(MarkerShape)
    }

    /// One key and its label.
    public struct Entry: Sendable, Equatable {
        /// The text beside the key.
        public var label: String
        /// The key's colour, as CSS text (`#0072B2`).
        public var colour: String
        /// The key's shape.
        public var symbol: Symbol
        /// An entry reading `label` with a `symbol` in `colour`.
        public init(_ label: String, colour: String, symbol: Symbol) {
            self.label = label
            self.colour = colour
            self.symbol = symbol
        }
    }

    /// The entries, in reading order.
    public var entries: [Entry]
    static let fontSize = 12.0
    static let rowHeight = 18.0

    /// A legend of `entries`, in that order.
    public init(_ entries: [Entry]) { self.entries = entries }

    /// Entry positions (x of the symbol, row) for a width.
    func layout(width: Double) -> [(x: Double, row: Int)] {
        var x = 0.0
        var row = 0
        var positions: [(Double, Int)] = []
        for e in entries {
            let w = 22 + TextMetrics.width(e.label, fontSize: Self.fontSize) + 16
            if x > 0 && x + w > width { x = 0; row += 1 }
            positions.append((x, row))
            x += w
        }
        return positions
    }

    /// The height the legend takes at `width`.
    func height(width: Double) -> Double {
        guard !entries.isEmpty else { return 0 }
        return Double((layout(width: width).map(\.row).max() ?? 0) + 1) * Self.rowHeight
    }

    /// The legend as a group at (`x`, `y`), `width` wide.
    func element(x: Double, y: Double, width: Double) -> SVGElement {
        var g = SVGElement("g", [("class", "legend"), ("transform", "translate(\(SVGNumber.text(x)),\(SVGNumber.text(y)))")])
        for (entry, position) in zip(entries, layout(width: width)) {
            let px = position.x
            let cy = Double(position.row) * Self.rowHeight + Self.rowHeight / 2
            var item = SVGElement("g", [("class", "legend-entry")])
            item.append(symbol(entry, x: px, y: cy))
            if entry.symbol == .lineWithMarker {
                item.append(SVGElement("circle", [("cx", SVGNumber.text(px + 9)), ("cy", SVGNumber.text(cy)), ("r", "3"),
                                                  ("fill", entry.colour)]))
            }
            item.append(SVGElement("text", [("x", SVGNumber.text(px + 22)), ("y", SVGNumber.text(cy + 4)),
                                            ("font-size", "12")], text: entry.label))
            g.append(item)
        }
        return g
    }

    private func symbol(_ entry: Entry, x: Double, y: Double) -> SVGElement {
        switch entry.symbol {
        case .line(let dash):
            var attributes = [("x1", SVGNumber.text(x)), ("y1", SVGNumber.text(y)), ("x2", SVGNumber.text(x + 18)),
                              ("y2", SVGNumber.text(y)), ("stroke", entry.colour), ("stroke-width", "2")]
            if let dash { attributes.append(("stroke-dasharray", dash)) }
            return SVGElement("line", attributes)
        case .lineWithMarker:
            return SVGElement("line", [("x1", SVGNumber.text(x)), ("y1", SVGNumber.text(y)), ("x2", SVGNumber.text(x + 18)),
                                       ("y2", SVGNumber.text(y)), ("stroke", entry.colour), ("stroke-width", "2")])
        case .reference:
            return SVGElement("line", [("x1", SVGNumber.text(x)), ("y1", SVGNumber.text(y)), ("x2", SVGNumber.text(x + 18)),
                                       ("y2", SVGNumber.text(y)), ("stroke", entry.colour), ("stroke-width", "1.5"),
                                       ("stroke-dasharray", "5 3")])
        case .area(let opacity):
            return SVGElement("rect", [("x", SVGNumber.text(x)), ("y", SVGNumber.text(y - 6)), ("width", "18"), ("height", "12"),
                                       ("fill", entry.colour), ("fill-opacity", SVGNumber.text(opacity))])
        case .bar:
            return SVGElement("rect", [("x", SVGNumber.text(x + 3)), ("y", SVGNumber.text(y - 6)), ("width", "12"), ("height", "12"),
                                       ("fill", entry.colour)])
        case .marker(let shape):
            return shape.element(x: x + 9, y: y, colour: entry.colour, className: "legend-marker")
        }
    }
}
