import CGSL
import CSupport

/// A distribution of non-negative durations or quantities, declared with
/// planner-friendly parameters (means and coefficients of variation rather
/// than GSL's native ones) and sampled through GSL.
///
/// Build one with the static constructors, which check their parameters;
/// internal parameters are computed once, so `sample(using:)` does no set-up work.
public struct Distribution: Sendable, Equatable {
    /// The distribution families a model file may name under `dist:`.
    public enum Family: String, Sendable, CaseIterable, BitwiseCopyable {
        /// One static constructor each (`exponential(mean:)`, `lognormal(mean:cv:)` …); `empirical` draws
        /// from a list of values.
        case deterministic, exponential, uniform, triangular, normal, lognormal, gamma, erlang, weibull, empirical
    }

    /// The family.
    public let family: Family

    @usableFromInline let a: Double
    @usableFromInline let b: Double
    @usableFromInline let c: Double
    @usableFromInline let d: Double
    /// Owns the values of `empirical`, which `sampler` points into.
    @usableFromInline let table: EmpiricalTable?
    /// The hot-path form of this distribution, valid while `self` is alive.
    public let sampler: DistributionSampler

    /// A named parameter value as declared.
    public struct Parameter: Sendable, Equatable {
        /// The parameter's name (`mean`, `cv`, `rate` …).
        public let name: String
        /// Its value, in seconds for durations.
        public let value: Double
    }

    init(_ family: Family, a: Double = 0, b: Double = 0, c: Double = 0, d: Double = 0, table: EmpiricalTable? = nil) {
        self.family = family
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.table = table
        sampler = DistributionSampler(family: family, a: a, b: b, c: c,
                                      table: table.map { UnsafePointer($0.storage.baseAddress!) }, count: table?.count ?? 0)
    }

    /// Equal family, parameters and table (the sampler's pointer aside).
    public static func == (x: Distribution, y: Distribution) -> Bool {
        x.family == y.family && x.a == y.a && x.b == y.b && x.c == y.c && x.d == y.d && x.table == y.table
    }

    /// The parameters in the planner's terms, as a model file declares them.
    public var declared: [Parameter] {
        func p(_ pairs: (String, Double)...) -> [Parameter] { pairs.map { Parameter(name: $0.0, value: $0.1) } }
        switch family {
        case .deterministic: return p(("value", a))
        case .exponential: return p(("mean", a))
        case .uniform: return p(("min", a), ("max", b))
        case .triangular: return p(("min", a), ("mode", b), ("max", c))
        case .normal: return p(("mean", a), ("sd", b))
        case .lognormal: return p(("mean", c), ("cv", d))
        case .gamma: return p(("mean", a * b), ("cv", 1 / a.squareRoot()))
        case .erlang: return p(("mean", a * b), ("k", a))
        case .weibull: return p(("shape", a), ("scale", b))
        case .empirical: return []
        }
    }

    /// Values and their probabilities, for `empirical`.
    public var empiricalValues: [(value: Double, probability: Double)] {
        guard let table else { return [] }
        var previous = 0.0
        return zip(table.values, table.cumulative).map { v, cum in
            defer { previous = cum }
            return (v, cum - previous)
        }
    }

    /// Draws one value from `stream`.
    @inlinable
    public func sample(using stream: RandomStream) -> Double {
        sampler.sample(generator: stream.generator)
    }

    /// Draws one value with a GSL generator the caller keeps alive.
    @inlinable
    public func sample(generator r: UnsafeMutablePointer<gsl_rng>) -> Double {
        sampler.sample(generator: r)
    }

    /// The mean of the distribution (of the truncated one, for `normal`).
    public var mean: Double {
        switch family {
        case .deterministic, .exponential: return a
        case .uniform: return (a + b) / 2
        case .triangular: return (a + b + c) / 3
        case .normal:
            if b == 0 { return max(a, 0) }
            let alpha = -a / b
            return a + b * gsl_ran_ugaussian_pdf(alpha) / c
        case .lognormal: return c
        case .gamma, .erlang: return a * b
        case .weibull: return b * gsl_sf_gamma(1 + 1 / a)
        case .empirical:
            return empiricalValues.reduce(0) { $0 + $1.value * $1.probability }
        }
    }

    /// The variance of the distribution.
    public var variance: Double {
        switch family {
        case .deterministic: return 0
        case .exponential: return a * a
        case .uniform: return (b - a) * (b - a) / 12
        case .triangular: return (a * a + b * b + c * c - a * b - a * c - b * c) / 18
        case .normal:
            if b == 0 { return 0 }
            let alpha = -a / b
            let lambda = gsl_ran_ugaussian_pdf(alpha) / c
            return b * b * (1 + alpha * lambda - lambda * lambda)
        case .lognormal:
            return c * c * d * d
        case .gamma, .erlang: return a * b * b
        case .weibull:
            let g1 = gsl_sf_gamma(1 + 1 / a)
            let g2 = gsl_sf_gamma(1 + 2 / a)
            return b * b * (g2 - g1 * g1)
        case .empirical:
            let m = mean
            return empiricalValues.reduce(0) { $0 + ($1.value - m) * ($1.value - m) * $1.probability }
        }
    }
}

/// The values of an empirical distribution and their cumulative
/// probabilities, in one block of memory that does not move, so that a
/// `DistributionSampler` can point into it.
public final class EmpiricalTable: @unchecked Sendable, Equatable {
    /// Values, then cumulative probabilities; never written after `init`.
    @usableFromInline let storage: UnsafeMutableBufferPointer<Double>
    @usableFromInline let count: Int

    init(values: [Double], cumulative: [Double]) {
        precondition(values.count == cumulative.count)
        count = values.count
        storage = .allocate(capacity: 2 * count)
        _ = storage.initialize(from: values + cumulative)
    }

    deinit { storage.deallocate() }

    var values: ArraySlice<Double> { ArraySlice(storage[0..<count]) }
    var cumulative: ArraySlice<Double> { ArraySlice(storage[count...]) }

    /// The same values and probabilities.
    public static func == (x: EmpiricalTable, y: EmpiricalTable) -> Bool {
        x.values == y.values && x.cumulative == y.cumulative
    }
}
