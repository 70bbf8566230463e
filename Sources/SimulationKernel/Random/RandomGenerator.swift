import CGSL
import CSupport

/// A stream's generator as a plain value, for hot paths: a model keeps it in
/// flat memory and draws without reference counting. Valid while the
/// `RandomStream` it came from is alive (a model keeps its streams).
///
/// Variates come from GSL (`gsl_ran_*`) or from inlined equivalents of its
/// formulas; model code never calls GSL itself.
public struct RandomGenerator: BitwiseCopyable, @unchecked Sendable {
    @usableFromInline let state: UnsafeMutablePointer<gsl_rng>

    @usableFromInline init(_ state: UnsafeMutablePointer<gsl_rng>) { self.state = state }

    /// A uniform number in [0, 1).
    @inlinable public func uniform() -> Double { runway_rng_uniform(state) }

    /// `true` with probability `p`.
    @inlinable public func bernoulli(_ p: Double) -> Bool { runway_rng_uniform(state) < p }

    /// An exponential variate with the given mean.
    @inlinable public func exponential(mean: Double) -> Double { runway_ran_exponential(state, mean) }

    /// A Poisson variate with the given mean (≥ 0), GSL's `gsl_ran_poisson`.
    @inlinable public func poisson(mean: Double) -> Int {
        mean > 0 ? Int(gsl_ran_poisson(state, mean)) : 0
    }

    /// An index drawn with probability `shares[i]` (shares adding up to 1;
    /// the last index takes what rounding leaves).
    @inlinable public func pick(shares: [Double]) -> Int {
        var u = runway_rng_uniform(state)
        for k in shares.indices {
            if u < shares[k] { return k }
            u -= shares[k]
        }
        return shares.count - 1
    }

    /// An index in 0..<count, each equally likely.
    @inlinable public func index(below count: Int) -> Int {
        Swift.min(count - 1, Int(runway_rng_uniform(state) * Double(count)))
    }

    /// A draw from a distribution.
    @inlinable public func sample(_ sampler: DistributionSampler) -> Double {
        sampler.sample(generator: state)
    }

    /// A draw from a distribution.
    @inlinable public func sample(_ distribution: Distribution) -> Double {
        distribution.sampler.sample(generator: state)
    }
}
