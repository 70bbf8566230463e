/// Count, mean, variance and extremes of a sequence of observations, in
/// plain numbers (no storage of its own), so it can live in flat memory.
///
/// Mean and variance come from sums of deviations from the first
/// observation: no division per observation (Welford's update needs one),
/// and the shift keeps the variance accurate when it is small against the mean.
public struct TallyMoments: Sendable, BitwiseCopyable {
    @usableFromInline var _count: Int = 0
    /// Observations recorded.
    @inlinable public var count: Int { _count }
    @usableFromInline var shift = 0.0
    @usableFromInline var sum = 0.0
    @usableFromInline var sumOfSquares = 0.0
    @usableFromInline var _minimum: Double = .infinity
    @usableFromInline var _maximum: Double = -.infinity
    /// Smallest observation (+∞ when empty).
    @inlinable public var minimum: Double { _minimum }
    /// Largest observation (−∞ when empty).
    @inlinable public var maximum: Double { _maximum }

    /// No observations.
    public init() {}

    /// Records one observation.
    @inlinable @inline(__always)
    public mutating func record(_ x: Double) {
        if count == 0 { shift = x }
        _count &+= 1
        let d = x - shift
        sum += d
        sumOfSquares += d * d
        if x < _minimum { _minimum = x }
        if x > _maximum { _maximum = x }
    }

    /// Their mean (NaN when there are none: a mean of nothing is not a number).
    public var mean: Double { count > 0 ? shift + sum / Double(count) : .nan }

    /// Sample variance (NaN with fewer than two observations).
    public var variance: Double {
        guard count > 1 else { return .nan }
        return max(0, (sumOfSquares - sum * sum / Double(count)) / Double(count - 1))
    }

    /// The moments of both sequences together, as if every observation had
    /// been recorded in one (Chan, Golub & LeVeque's pairwise update).
    public func merged(with other: TallyMoments) -> TallyMoments {
        if other.count == 0 { return self }
        if count == 0 { return other }
        var m = self
        // Re-express the other's deviations from its shift as deviations from ours.
        let delta = other.shift - shift
        let n = Double(other.count)
        m._count = count + other.count
        m.sum = sum + other.sum + n * delta
        m.sumOfSquares = sumOfSquares + other.sumOfSquares + 2 * delta * other.sum + n * delta * delta
        m._minimum = Swift.min(minimum, other.minimum)
        m._maximum = Swift.max(maximum, other.maximum)
        return m
    }
}
