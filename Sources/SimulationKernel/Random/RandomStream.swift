import CGSL
import CSupport

/// An independent stream of random numbers for one purpose in one replication.
///
/// Backed by a GSL generator (xoshiro256++, plugged in as a `gsl_rng_type`) so
/// that every `gsl_ran_*` variate is available. Not thread-safe: each
/// replication owns its streams.
public final class RandomStream {
    @usableFromInline let generator: UnsafeMutablePointer<gsl_rng>
    /// The seed the stream started from; entity restarts derive from it.
    public let seed: UInt64

    /// A stream started from a 64-bit seed.
    public init(seed: UInt64) {
        _ = GSLRuntime.prepared
        guard let generator = gsl_rng_alloc(runway_rng_xoshiro256pp()) else {
            fatalError("GSL could not allocate a random number generator")
        }
        gsl_rng_set(generator, UInt(truncatingIfNeeded: seed))
        self.generator = generator
        self.seed = seed
    }

    deinit { gsl_rng_free(generator) }

    /// The GSL generator, for `gsl_ran_*` calls.
    @inlinable public var gsl: UnsafeMutablePointer<gsl_rng> { generator }

    /// The generator as a plain value for hot paths (valid while this stream lives).
    @inlinable public var rng: RandomGenerator { RandomGenerator(generator) }

    /// Restarts the stream at the numbers of one entity — an order, a
    /// contact, a return — and, optionally, one step of its life (a payment
    /// attempt): the numbers depend only on (stream seed, entity, step), not
    /// on what was drawn before. So two scenarios that treat an order
    /// differently upstream still give it the same fate downstream (common
    /// random numbers per entity). Returns the generator, positioned.
    @inlinable @discardableResult
    public func restart(entity: UInt64, step: UInt64 = 0) -> RandomGenerator {
        let key = StreamSeeds.mix(seed ^ StreamSeeds.mix(entity &+ 0x9e37_79b9_7f4a_7c15 &* (step &+ 1)))
        gsl_rng_set(generator, UInt(truncatingIfNeeded: key))
        return RandomGenerator(generator)
    }

    /// A Poisson variate with the given mean.
    @inlinable public func poisson(mean: Double) -> Int { rng.poisson(mean: mean) }

    /// An index drawn with probability `shares[i]` (see `RandomGenerator.pick(shares:)`).
    @inlinable public func pick(shares: [Double]) -> Int { rng.pick(shares: shares) }

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
