/// Statistics of a sequence of observations (waiting times, lead times …):
/// count, mean and variance (Welford's update), minimum, maximum, and
/// quantiles from a fixed histogram (relative error below 0.8%).
public struct Tally: Sendable {
    /// Observations recorded.
    @usableFromInline var _count: Int = 0
    @inlinable public var count: Int { _count }
    /// Their mean (0 when there are none).
    @usableFromInline var _mean: Double = 0.0
    @inlinable public var mean: Double { _mean }
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
        _count += 1
        let delta = x - mean
        _mean += delta / Double(count)
        sumOfSquares += delta * (x - mean)
        if x < minimum { _minimum = x }
        if x > maximum { _maximum = x }
        histogram.record(x)
    }

    /// Sample variance (0 with fewer than two observations).
    public var variance: Double { count > 1 ? sumOfSquares / Double(count - 1) : 0 }

    /// The `p`-quantile (0 < p < 1), or 0 when empty.
    public func quantile(_ p: Double) -> Double {
        guard count > 0 else { return 0 }
        return min(max(histogram.quantile(p), minimum), maximum)
    }

    /// Forgets everything (at the end of the warm-up).
    public mutating func reset() { self = Tally() }
}
