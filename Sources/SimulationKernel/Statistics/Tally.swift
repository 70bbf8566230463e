/// Statistics of a sequence of observations (waiting times, lead times …):
/// count, mean and variance, minimum, maximum, and quantiles from a fixed
/// histogram (relative error below 0.8%).
///
/// Mean and variance come from sums of deviations from the first
/// observation: no division per observation (Welford's update needs one),
/// and the shift keeps the variance accurate when it is small against the mean.
public struct Tally: Sendable {
    /// Observations recorded.
    @usableFromInline var _count: Int = 0
    @inlinable public var count: Int { _count }
    @usableFromInline var shift = 0.0
    @usableFromInline var sum = 0.0
    @usableFromInline var sumOfSquares = 0.0
    /// Smallest observation.
    @usableFromInline var _minimum: Double = Double.infinity
    @inlinable public var minimum: Double { _minimum }
    /// Largest observation.
    @usableFromInline var _maximum: Double = -Double.infinity
    @inlinable public var maximum: Double { _maximum }
    @usableFromInline var histogram = QuantileHistogram()

    /// An empty tally.
    public init() {}

    /// Records one observation.
    @inlinable
    public mutating func record(_ x: Double) {
        if _count == 0 { shift = x }
        _count += 1
        let d = x - shift
        sum += d
        sumOfSquares += d * d
        if x < minimum { _minimum = x }
        if x > maximum { _maximum = x }
        histogram.record(x)
    }

    /// Their mean (0 when there are none).
    public var mean: Double { count > 0 ? shift + sum / Double(count) : 0 }

    /// Sample variance (0 with fewer than two observations).
    public var variance: Double {
        guard count > 1 else { return 0 }
        return max(0, (sumOfSquares - sum * sum / Double(count)) / Double(count - 1))
    }

    /// The `p`-quantile (0 < p < 1), or 0 when empty.
    public func quantile(_ p: Double) -> Double {
        guard count > 0 else { return 0 }
        return min(max(histogram.quantile(p), minimum), maximum)
    }

    /// Forgets everything (at the end of the warm-up).
    public mutating func reset() { self = Tally() }
}
