import CGSL
import Foundation

/// A parameter that a distribution cannot take; `parameter` names it as the file does.
public struct DistributionError: Error, Sendable, Equatable {
    /// The parameter as the file names it (`mean`, `cv` …).
    public let parameter: String
    /// What is wrong with it.
    public let message: String
}

extension Distribution {
    private static func require(_ ok: Bool, _ parameter: String, _ message: String) throws {
        if !ok { throw DistributionError(parameter: parameter, message: message) }
    }

    private static func requireFinite(_ value: Double, _ parameter: String) throws {
        try require(value.isFinite, parameter, "must be a finite number")
    }

    /// Always `value` (≥ 0).
    public static func deterministic(_ value: Double) throws -> Distribution {
        try requireFinite(value, "value")
        try require(value >= 0, "value", "must not be negative")
        return Distribution(.deterministic, a: value)
    }

    /// Exponential with the given mean (> 0).
    public static func exponential(mean: Double) throws -> Distribution {
        try requireFinite(mean, "mean")
        try require(mean > 0, "mean", "must be positive")
        return Distribution(.exponential, a: mean)
    }

    /// Uniform on [min, max], 0 ≤ min ≤ max.
    public static func uniform(min: Double, max: Double) throws -> Distribution {
        try requireFinite(min, "min")
        try requireFinite(max, "max")
        try require(min >= 0, "min", "must not be negative")
        try require(max >= min, "max", "must not be less than min")
        return Distribution(.uniform, a: min, b: max)
    }

    /// Triangular on [min, max] with the given mode, min < max.
    public static func triangular(min: Double, mode: Double, max: Double) throws -> Distribution {
        for (name, value) in [("min", min), ("mode", mode), ("max", max)] { try requireFinite(value, name) }
        try require(min >= 0, "min", "must not be negative")
        try require(max > min, "max", "must be greater than min")
        try require(mode >= min && mode <= max, "mode", "must lie between min and max")
        return Distribution(.triangular, a: min, b: mode, c: max)
    }

    /// Normal with the given mean and standard deviation, truncated at 0.
    public static func normal(mean: Double, sd: Double) throws -> Distribution {
        try requireFinite(mean, "mean")
        try requireFinite(sd, "sd")
        try require(sd >= 0, "sd", "must not be negative")
        try require(sd == 0 || mean / sd > -8, "mean", "is so far below 0 that the truncated normal is degenerate")
        let upper = sd > 0 ? gsl_cdf_ugaussian_Q(-mean / sd) : 1
        return Distribution(.normal, a: mean, b: sd, c: upper)
    }

    /// Lognormal with the given mean (> 0) and coefficient of variation (> 0).
    public static func lognormal(mean: Double, cv: Double) throws -> Distribution {
        try requireFinite(mean, "mean")
        try requireFinite(cv, "cv")
        try require(mean > 0, "mean", "must be positive")
        try require(cv > 0, "cv", "must be positive")
        let sigma2 = log1p(cv * cv)
        return Distribution(.lognormal, a: log(mean) - sigma2 / 2, b: sigma2.squareRoot(), c: mean, d: cv)
    }

    /// Gamma with the given mean (> 0) and coefficient of variation (> 0).
    public static func gamma(mean: Double, cv: Double) throws -> Distribution {
        try requireFinite(mean, "mean")
        try requireFinite(cv, "cv")
        try require(mean > 0, "mean", "must be positive")
        try require(cv > 0, "cv", "must be positive")
        let shape = 1 / (cv * cv)
        return Distribution(.gamma, a: shape, b: mean / shape)
    }

    /// Erlang: the sum of `k` exponential phases, with the given overall mean.
    public static func erlang(mean: Double, k: Int) throws -> Distribution {
        try requireFinite(mean, "mean")
        try require(mean > 0, "mean", "must be positive")
        try require(k >= 1, "k", "must be a whole number of at least 1")
        return Distribution(.erlang, a: Double(k), b: mean / Double(k))
    }

    /// Weibull with the given shape (> 0) and scale (> 0).
    public static func weibull(shape: Double, scale: Double) throws -> Distribution {
        try requireFinite(shape, "shape")
        try requireFinite(scale, "scale")
        try require(shape > 0, "shape", "must be positive")
        try require(scale > 0, "scale", "must be positive")
        return Distribution(.weibull, a: shape, b: scale)
    }

    /// The listed values (≥ 0) with the given relative weights (≥ 0, not all 0).
    public static func empirical(values: [Double], weights: [Double]) throws -> Distribution {
        try require(!values.isEmpty, "values", "must list at least one value")
        try require(values.count == weights.count, "weights", "must have one weight per value (\(values.count))")
        for v in values {
            try requireFinite(v, "values")
            try require(v >= 0, "values", "must not be negative")
        }
        for w in weights {
            try requireFinite(w, "weights")
            try require(w >= 0, "weights", "must not be negative")
        }
        let total = weights.reduce(0, +)
        try require(total > 0, "weights", "must not all be zero")
        var running = 0.0
        var cumulative = weights.map { running += $0; return running / total }
        cumulative[cumulative.count - 1] = 1
        return Distribution(.empirical, table: EmpiricalTable(values: values, cumulative: cumulative))
    }
}
