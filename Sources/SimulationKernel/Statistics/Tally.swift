/// Statistics of a sequence of observations (waiting times, lead times …):
/// count, mean and variance, minimum, maximum, and quantiles from a fixed
/// histogram (relative error below 0.8%).
public struct Tally: Sendable {
    @usableFromInline var moments = TallyMoments()
    @usableFromInline var histogram = QuantileHistogram()

    /// An empty tally.
    public init() {}

    /// A tally made of recorded moments and their histogram (see `TallyBank`).
    init(moments: TallyMoments, histogram: QuantileHistogram) {
        self.moments = moments
        self.histogram = histogram
    }

    /// Records one observation.
    @inlinable
    public mutating func record(_ x: Double) {
        moments.record(x)
        histogram.record(x)
    }

    /// Observations recorded.
    public var count: Int { moments.count }
    /// Smallest observation.
    public var minimum: Double { moments.minimum }
    /// Largest observation.
    public var maximum: Double { moments.maximum }
    /// Their mean (NaN when there are none).
    public var mean: Double { moments.mean }
    /// Sample variance (NaN with fewer than two observations).
    public var variance: Double { moments.variance }

    /// The `p`-quantile (0 < p < 1), or NaN when empty.
    public func quantile(_ p: Double) -> Double {
        guard count > 0 else { return .nan }
        return min(max(histogram.quantile(p), minimum), maximum)
    }

    /// Forgets everything (at the end of the warm-up).
    public mutating func reset() { self = Tally() }
}
