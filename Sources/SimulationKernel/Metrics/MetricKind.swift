/// What sort of statistic a metric is, which says how it behaves across
/// replications and how a report should show it.
public enum MetricKind: String, Sendable, CaseIterable, Codable {
    /// A number of things counted over the run (arrivals, units sold).
    case count
    /// A mean over a population of observations (mean wait of those served).
    case mean
    /// A quantile of a population of observations (95th percentile of order-to-ship).
    case quantile
    /// A share of a population (on-time share, service level).
    case fraction
    /// A level averaged over time (mean queue length, utilisation).
    case timeAverage = "time-average"
    /// The largest value a level or rate reached.
    case peak
    /// A level at the end of the run (customers still waiting).
    case level
}

/// The values a metric can take: its interval is the one confidence
/// intervals are clipped to, since the true mean lies inside it.
public struct MetricRange: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// Smallest possible value (may be −∞).
    public let lower: Double
    /// Largest possible value (may be +∞).
    public let upper: Double

    /// Any real number.
    public static let any = MetricRange(lower: -.infinity, upper: .infinity)
    /// Zero or more (counts, durations, levels).
    public static let nonNegative = MetricRange(lower: 0, upper: .infinity)
    /// A fraction, from 0 to 1.
    public static let unitInterval = MetricRange(lower: 0, upper: 1)

    /// A range from `lower` to `upper` (`lower` ≤ `upper`).
    public init(lower: Double, upper: Double) {
        precondition(lower <= upper)
        self.lower = lower
        self.upper = upper
    }

    /// The range of a difference of two values from this range: a difference
    /// of fractions lies in [−1, 1], of non-negative values anywhere.
    public var ofDifferences: MetricRange {
        MetricRange(lower: lower - upper, upper: upper - lower)
    }

    /// `x` moved into the range (NaN stays NaN).
    public func clamp(_ x: Double) -> Double {
        guard !x.isNaN else { return x }
        return Swift.min(Swift.max(x, lower), upper)
    }

    /// `any`, `≥ 0` or `[0, 1]`, as the metric tables write it.
    public var description: String {
        switch self {
        case .any: return "any"
        case .nonNegative: return "≥ 0"
        case .unitInterval: return "[0, 1]"
        default: return "[\(lower), \(upper)]"
        }
    }
}
