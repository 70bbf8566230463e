import CGSL

/// A metric across independent replications: mean, standard deviation and a
/// Student-t confidence interval for the mean.
public struct ReplicationSummary: Sendable, Equatable {
    /// Replications.
    public let n: Int
    /// Mean over replications.
    public let mean: Double
    /// Sample standard deviation over replications (0 for one replication).
    public let sd: Double
    /// Half-width of the 95% confidence interval for the mean (0 for one replication).
    public let halfWidth95: Double

    /// Summarises the replication values `values`.
    public init(_ values: [Double]) {
        n = values.count
        guard n > 0 else {
            mean = .nan
            sd = .nan
            halfWidth95 = .nan
            return
        }
        var m = 0.0
        var s = 0.0
        for (i, x) in values.enumerated() {
            let delta = x - m
            m += delta / Double(i + 1)
            s += delta * (x - m)
        }
        mean = m
        sd = n > 1 ? (s / Double(n - 1)).squareRoot() : 0
        halfWidth95 = Self.halfWidth(sd: sd, n: n, level: 0.95)
    }

    /// Half-width of the `level` Student-t interval for a mean of `n` values with standard deviation `sd`.
    public static func halfWidth(sd: Double, n: Int, level: Double) -> Double {
        guard n > 1 else { return 0 }
        _ = GSLRuntime.prepared
        let t = gsl_cdf_tdist_Pinv(0.5 + level / 2, Double(n - 1))
        return t * sd / Double(n).squareRoot()
    }

    /// Half-width at another confidence level.
    public func halfWidth(level: Double) -> Double {
        Self.halfWidth(sd: sd, n: n, level: level)
    }
}
