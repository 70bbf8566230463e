import CGSL

/// A metric across independent replications: mean, standard deviation and a
/// Student-t confidence interval for the mean, over the replications that
/// measured it (a NaN value, "nothing measured", is left out and `n` says
/// how many remain).
public struct ReplicationSummary: Sendable, Equatable {
    /// Replications with a finite value.
    public let n: Int
    /// Mean over those replications (NaN when `n` is 0).
    public let mean: Double
    /// Sample standard deviation (NaN with fewer than two replications).
    public let sd: Double
    /// Half-width of the 95% Student-t interval for the mean (NaN with fewer than two).
    public let halfWidth95: Double

    /// Summarises the replication values `values`, ignoring those that are not finite.
    public init(_ values: [Double]) {
        var accumulator = Accumulator()
        for x in values { accumulator.add(x) }
        self.init(accumulator)
    }

    /// The summary of the values added to `accumulator`.
    public init(_ accumulator: Accumulator) {
        n = accumulator.count
        mean = n > 0 ? accumulator.mean : .nan
        sd = n > 1 ? (accumulator.squares / Double(n - 1)).squareRoot() : .nan
        halfWidth95 = Self.halfWidth(sd: sd, n: n, level: 0.95)
    }

    /// Replication values taken one at a time (Welford's update), so that a
    /// summary over millions of replications needs no list of them; gives
    /// the very same summary as the list would, value for value.
    public struct Accumulator: Sendable {
        /// Finite values added.
        public private(set) var count = 0
        var mean = 0.0
        var squares = 0.0

        /// An accumulator holding no values yet.
        public init() {}

        /// Adds replication value `x`; a value that is not finite ("nothing measured") is left out.
        public mutating func add(_ x: Double) {
            guard x.isFinite else { return }
            count += 1
            let delta = x - mean
            mean += delta / Double(count)
            squares += delta * (x - mean)
        }
    }

    /// Half-width of the `level` Student-t interval for a mean of `n` values
    /// with standard deviation `sd`; NaN with fewer than two values.
    public static func halfWidth(sd: Double, n: Int, level: Double) -> Double {
        guard n > 1, sd.isFinite else { return .nan }
        _ = GSLRuntime.prepared
        let t = gsl_cdf_tdist_Pinv(0.5 + level / 2, Double(n - 1))
        return t * sd / Double(n).squareRoot()
    }

    /// Half-width at another confidence level.
    public func halfWidth(level: Double) -> Double {
        Self.halfWidth(sd: sd, n: n, level: level)
    }

    /// The 95% interval intersected with `range`: the true mean lies in the
    /// range, so clipping keeps the coverage and never shows the impossible.
    /// NaN ends when there is no interval (fewer than two replications).
    public func interval95(in range: MetricRange) -> (low: Double, high: Double) {
        interval(level: 0.95, in: range)
    }

    /// The `level` interval intersected with `range`.
    public func interval(level: Double, in range: MetricRange) -> (low: Double, high: Double) {
        let h = level == 0.95 ? halfWidth95 : halfWidth(level: level)
        guard h.isFinite, mean.isFinite else { return (.nan, .nan) }
        return (range.clamp(mean - h), range.clamp(mean + h))
    }

    /// Fewer replications than this make an interval rough: its coverage
    /// depends on the replication values being close to normal, which few
    /// values cannot show (Law 2015, Simulation Modeling and Analysis, §9.4.1).
    public static let roughBelow = 5

    /// Whether the interval rests on fewer than `roughBelow` replications.
    public var isRough: Bool { n < Self.roughBelow }
}
