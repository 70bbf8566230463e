import Foundation

/// What the shaded band around a time series' mean shows, computed per
/// bucket from the replications' values.
public enum BandKind: Sendable, Equatable {
    /// The 95% Student-t confidence interval of the mean: mean ± t(0.975, n−1)·sd/√n.
    case meanInterval95
    /// From the 10% to the 90% quantile of the replications (linear
    /// interpolation between order statistics, Hyndman and Fan's type 7).
    case range10to90

    /// The legend's words for the band over `n` replications.
    public func legend(replications n: Int) -> String {
        switch self {
        case .meanInterval95: return "band: 95% interval of the mean (\(n) replications)"
        case .range10to90: return "band: 10–90% of \(n) replications"
        }
    }

    /// (mean, low, high) of `values` (NaNs ignored); the band is NaN with fewer than two values.
    public func summarise(_ values: [Double]) -> (mean: Double, low: Double, high: Double) {
        let x = values.filter(\.isFinite)
        guard !x.isEmpty else { return (.nan, .nan, .nan) }
        let n = Double(x.count)
        let mean = x.reduce(0, +) / n
        guard x.count >= 2 else { return (mean, .nan, .nan) }
        switch self {
        case .meanInterval95:
            let variance = x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
            let half = StudentT.quantile975(degreesOfFreedom: x.count - 1) * (variance / n).squareRoot()
            return (mean, mean - half, mean + half)
        case .range10to90:
            let sorted = x.sorted()
            return (mean, Self.quantile(sorted, 0.1), Self.quantile(sorted, 0.9))
        }
    }

    /// The `p` quantile of sorted values, type 7.
    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        let h = Double(sorted.count - 1) * p
        let i = Int(h.rounded(.down))
        guard i + 1 < sorted.count else { return sorted[sorted.count - 1] }
        return sorted[i] + (h - Double(i)) * (sorted[i + 1] - sorted[i])
    }
}

/// The 97.5% quantile of Student's t distribution.
enum StudentT {
    /// t(0.975, ν) for ν = 1…30 (to six decimals, from scipy.stats.t.ppf).
    static let table: [Double] = [
        12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624, 2.306004, 2.262157, 2.228139,
        2.200985, 2.178813, 2.160369, 2.144787, 2.131450, 2.119905, 2.109816, 2.100922, 2.093024, 2.085963,
        2.079614, 2.073873, 2.068658, 2.063899, 2.059539, 2.055529, 2.051831, 2.048407, 2.045230, 2.042272,
    ]
    /// Beyond 30: (ν, t) at 40, 60, 120 and ∞, interpolated linearly in 1/ν (error below 0.001).
    static let tail: [(Double, Double)] = [(30, 2.042272), (40, 2.021075), (60, 2.000298), (120, 1.979930), (.infinity, 1.959964)]

    static func quantile975(degreesOfFreedom nu: Int) -> Double {
        guard nu >= 1 else { return .nan }
        if nu <= 30 { return table[nu - 1] }
        let inverse = 1 / Double(nu)
        for (a, b) in zip(tail, tail.dropFirst()) where Double(nu) <= b.0 {
            let (ia, ib) = (1 / a.0, 1 / b.0)
            return a.1 + (inverse - ia) / (ib - ia) * (b.1 - a.1)
        }
        return 1.959964
    }
}
