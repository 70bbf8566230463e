/// What the metric catalogue says of a metric or series, as `summary.json`'s
/// `catalogue` carries it: its unit, the values it can take, its kind, its
/// definition and whether it leads the table.
public struct MetricInfo: Sendable, Equatable {
    /// The name in results files (`desk.wait_mean`).
    public var name: String
    /// The documented family, with placeholders (`<station>.wait_mean`, `show.look_NN.units_sold`).
    public var family: String
    /// The unit in the catalogue's vocabulary (`s`, `1`, `RMB`, `per_s`, `orders` …).
    public var unit: String
    /// Smallest possible value (−∞: unbounded), in `unit`.
    public var lower: Double
    /// Largest possible value (+∞: unbounded), in `unit`.
    public var upper: Double
    /// `count`, `mean`, `quantile`, `fraction`, `time-average`, `peak` or `level`.
    public var kind: String
    /// One line: what the number is, over which population and period.
    public var definition: String
    /// Shown when the experiment names no `outputs.table`.
    public var isHeadline: Bool

    /// A metric's entry; `family` defaults to the name, the range to unbounded.
    public init(name: String, family: String? = nil, unit: String, lower: Double = -.infinity, upper: Double = .infinity,
                kind: String = "", definition: String = "", isHeadline: Bool = false) {
        self.name = name
        self.family = family ?? name
        self.unit = unit
        self.lower = lower
        self.upper = upper
        self.kind = kind
        self.definition = definition
        self.isHeadline = isHeadline
    }

    /// `any`, `≥ 0`, `[0, 1]`, as the metric tables write it.
    public var rangeText: String {
        switch (lower.isFinite, upper.isFinite) {
        case (false, false): return "any"
        case (true, false): return "≥ " + NumberWords.plain(lower)
        case (false, true): return "≤ " + NumberWords.plain(upper)
        case (true, true): return "[" + NumberWords.plain(lower) + ", " + NumberWords.plain(upper) + "]"
        }
    }

    /// `x` moved into [lower, upper] (NaN stays NaN).
    public func clipped(_ x: Double) -> Double {
        guard !x.isNaN else { return x }
        return min(max(x, lower), upper)
    }
}

/// A span of simulated time to shade on time-series charts of one scenario
/// and sweep point (`summary.json`'s `windows`): a live show, an outage.
public struct ResultWindow: Sendable, Equatable {
    /// The scenario and sweep point the span belongs to.
    public var variant: Variant
    /// `live show`, `outage shanghai`.
    public var label: String
    /// `highlight` or `outage`.
    public var kind: String
    /// Start, seconds after the start of the run.
    public var start: Double
    /// End, seconds after the start of the run (after `start`).
    public var end: Double

    /// A span of `variant` from `start` to `end` (seconds after the start of the run).
    public init(variant: Variant, label: String, kind: String, start: Double, end: Double) {
        self.variant = variant
        self.label = label
        self.kind = kind
        self.start = start
        self.end = end
    }
}

/// Plain numbers in words of the tables (`0`, `1`, `0.5`).
enum NumberWords {
    static func plain(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
    }
}
