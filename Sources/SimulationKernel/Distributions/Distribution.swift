import CGSL

/// A distribution of non-negative durations or quantities, declared with
/// planner-friendly parameters (means and coefficients of variation rather
/// than GSL's native ones) and sampled through GSL.
///
/// Build one with the static constructors, which check their parameters;
/// internal parameters are computed once, so `sample(using:)` does no set-up work.
public struct Distribution: Sendable, Equatable {
    /// The distribution families a model file may name under `dist:`.
    public enum Family: String, Sendable, CaseIterable {
        case deterministic, exponential, uniform, triangular, normal, lognormal, gamma, erlang, weibull, empirical
    }

    /// The family.
    public let family: Family
    /// The parameters as declared, in declaration order (for `runway explain`).
    public let declared: [Parameter]

    @usableFromInline let a: Double
    @usableFromInline let b: Double
    @usableFromInline let c: Double
    @usableFromInline let values: [Double]
    @usableFromInline let cumulative: [Double]

    /// A named parameter value as declared.
    public struct Parameter: Sendable, Equatable {
        public let name: String
        public let value: Double
    }

    init(_ family: Family, _ declared: [(String, Double)], a: Double = 0, b: Double = 0, c: Double = 0,
         values: [Double] = [], cumulative: [Double] = []) {
        self.family = family
        self.declared = declared.map { Parameter(name: $0.0, value: $0.1) }
        self.a = a
        self.b = b
        self.c = c
        self.values = values
        self.cumulative = cumulative
    }

    /// Draws one value.
    @inlinable
    public func sample(using stream: RandomStream) -> Double {
        let r = stream.generator
        switch family {
        case .deterministic:
            return a
        case .exponential:
            return gsl_ran_exponential(r, a)
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
            let u = runway_rng_uniform(r)
            var low = 0
            var high = cumulative.count - 1
            while low < high {
                let mid = (low + high) >> 1
                if cumulative[mid] > u { high = mid } else { low = mid + 1 }
            }
            return values[low]
        }
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
        case .lognormal: return declared[0].value
        case .gamma, .erlang: return a * b
        case .weibull: return b * gsl_sf_gamma(1 + 1 / a)
        case .empirical:
            var previous = 0.0
            var total = 0.0
            for (value, cum) in zip(values, cumulative) {
                total += value * (cum - previous)
                previous = cum
            }
            return total
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
            let m = declared[0].value
            let cv = declared[1].value
            return m * m * cv * cv
        case .gamma, .erlang: return a * b * b
        case .weibull:
            let g1 = gsl_sf_gamma(1 + 1 / a)
            let g2 = gsl_sf_gamma(1 + 2 / a)
            return b * b * (g2 - g1 * g1)
        case .empirical:
            let m = mean
            var previous = 0.0
            var total = 0.0
            for (value, cum) in zip(values, cumulative) {
                total += (value - m) * (value - m) * (cum - previous)
                previous = cum
            }
            return total
        }
    }
}
