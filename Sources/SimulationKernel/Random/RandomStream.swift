import CGSL
import CSupport

/// An independent stream of random numbers for one purpose in one replication.
///
/// Backed by a GSL generator (xoshiro256++, plugged in as a `gsl_rng_type`) so
/// that every `gsl_ran_*` variate is available. Not thread-safe: each
/// replication owns its streams.
public final class RandomStream {
    @usableFromInline let generator: UnsafeMutablePointer<gsl_rng>

    /// A stream started from a 64-bit seed.
    public init(seed: UInt64) {
        _ = GSLRuntime.prepared
        guard let generator = gsl_rng_alloc(runway_rng_xoshiro256pp()) else {
            fatalError("GSL could not allocate a random number generator")
        }
        gsl_rng_set(generator, UInt(truncatingIfNeeded: seed))
        self.generator = generator
    }

    deinit { gsl_rng_free(generator) }

    /// The GSL generator, for `gsl_ran_*` calls.
    @inlinable public var gsl: UnsafeMutablePointer<gsl_rng> { generator }

    /// A uniform number in [0, 1).
    @inlinable public func uniform() -> Double {
        runway_rng_uniform(generator)
    }

    /// A uniform number in (0, 1].
    @inlinable public func uniformNonZero() -> Double {
        1 - runway_rng_uniform(generator)
    }

    /// An exponential variate with the given mean.
    @inlinable public func exponential(mean: Double) -> Double {
        runway_ran_exponential(generator, mean)
    }

    /// `true` with probability `p`.
    @inlinable public func bernoulli(_ p: Double) -> Bool {
        runway_rng_uniform(generator) < p
    }
}
