extension PlannerUnit {
    /// The values a metric in this unit can take, until the metric catalogue
    /// gives each metric its own range: fractions in [0, 1]; counts, money,
    /// durations and rates at least 0; plain numbers anything.
    public var valueRange: (lower: Double, upper: Double) {
        switch self {
        case .fraction: return (0, 1)
        case .count, .money, .seconds, .perSecond: return (0, .infinity)
        case .plain: return (-.infinity, .infinity)
        }
    }

    /// `x` moved into `valueRange` (NaN stays NaN).
    public func clipped(_ x: Double) -> Double {
        guard !x.isNaN else { return x }
        let r = valueRange
        return min(max(x, r.lower), r.upper)
    }
}
