import CGSL
import CSupport

/// A distribution in the form a hot path draws from: plain numbers and, for
/// `empirical`, a borrowed pointer into the table, so copying one costs no
/// reference counting. Valid only while the `Distribution` it came from is
/// alive (a model keeps its spec, which holds the distributions).
///
/// `@unchecked Sendable`: the table it points into is never written after
/// its `Distribution` is made, so sharing it across threads is safe.
public struct DistributionSampler: BitwiseCopyable, @unchecked Sendable {
    @usableFromInline let family: Distribution.Family
    @usableFromInline let a: Double
    @usableFromInline let b: Double
    @usableFromInline let c: Double
    /// For `empirical`: values, then their cumulative probabilities, `count` each.
    @usableFromInline let table: UnsafePointer<Double>?
    @usableFromInline let count: Int

    @usableFromInline
    init(family: Distribution.Family, a: Double, b: Double, c: Double, table: UnsafePointer<Double>?, count: Int) {
        self.family = family
        self.a = a
        self.b = b
        self.c = c
        self.table = table
        self.count = count
    }

    /// Draws one value with a GSL generator the caller keeps alive.
    @inlinable
    public func sample(generator r: UnsafeMutablePointer<gsl_rng>) -> Double {
        // The common case inline; the rest out of line, to keep callers small.
        if family == .exponential { return runway_ran_exponential(r, a) }
        return sampleOtherFamily(generator: r)
    }

    @usableFromInline
    func sampleOtherFamily(generator r: UnsafeMutablePointer<gsl_rng>) -> Double {
        switch family {
        case .deterministic:
            return a
        case .exponential:
            return runway_ran_exponential(r, a)
        case .uniform:
            return a + (b - a) * runway_rng_uniform(r)
        case .triangular:
            // Inversion; a = min, b = mode, c = max.
            let u = runway_rng_uniform(r)
            let split = (b - a) / (c - a)
            if u < split { return a + ((c - a) * (b - a) * u).squareRoot() }
            return c - ((c - a) * (c - b) * (1 - u)).squareRoot()
        case .normal:
            // Truncated at 0 by inversion of the upper tail: exact and bounded.
            // a = mean, b = sd, c = P(Z > -mean/sd).
            if b == 0 { return max(a, 0) }
            let u = 1 - runway_rng_uniform(r)
            return max(0, a + b * gsl_cdf_ugaussian_Qinv(u * c))
        case .lognormal:
            return gsl_ran_lognormal(r, a, b)
        case .gamma, .erlang:
            return gsl_ran_gamma(r, a, b)
        case .weibull:
            return gsl_ran_weibull(r, b, a)
        case .empirical:
            return empiricalValue(at: runway_rng_uniform(r))
        }
    }

    /// The value whose cumulative interval holds `u` ∈ [0, 1).
    func empiricalValue(at u: Double) -> Double {
        guard let table else { return 0 }
        let cumulative = table + count
        var low = 0
        var high = count - 1
        while low < high {
            let mid = (low + high) >> 1
            if cumulative[mid] > u { high = mid } else { low = mid + 1 }
        }
        return table[low]
    }
}
