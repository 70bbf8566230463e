import ModelSpec
import SimulationKernel

/// `check:` — when a metric counts as drifted in `runway check --mode statistical`:
/// the samples differ beyond chance (Welch's t-test at `alpha`) *and* the
/// means differ by more than the relative `tolerance` (per metric if given).
public struct CheckSpec: Sendable {
    /// Significance level of the t-test, in [0, 1]: a drift must be less likely than this by chance.
    public var alpha = 0.01
    /// Relative change of the mean allowed, as a fraction (0.02 is 2%).
    public var tolerance = 0.02
    /// Per metric name or `*` pattern, its own relative tolerance as a fraction.
    public var metricTolerances: [String: Double] = [:]
    /// Where each metric of `metricTolerances` was named, for errors.
    public var metricNodes: [(name: String, node: SpecNode)] = []

    /// The defaults: alpha 0.01, tolerance 2%, no per-metric tolerances.
    public init() {}

    init(from node: SpecNode) throws {
        var m = try node.mapping("{alpha: 0.01, tolerance: 2%, metrics: {METRIC: 5%}}")
        alpha = try m.optional("alpha") { try $0.probability(what: "significance level") } ?? 0.01
        tolerance = try m.optional("tolerance") { try $0.nonNegative(what: "relative tolerance") } ?? 0.02
        if let metrics = m.optional("metrics") {
            guard case .mapping(let pairs) = metrics.value else {
                throw metrics.error("expected a mapping of metric names to relative tolerances")
            }
            for (key, value) in pairs {
                let name = try key.string()
                metricTolerances[name] = try value.nonNegative(what: "relative tolerance")
                metricNodes.append((name, key))
            }
        }
        try m.finish()
    }

    /// The relative tolerance of `metric`: its own entry in `metrics`, else the first
    /// `*` pattern there that matches it, else `tolerance`.
    public func tolerance(for metric: String) -> Double {
        if let exact = metricTolerances[metric] { return exact }
        for (pattern, _) in metricNodes where MetricCatalogue.matches(metric, pattern) {
            return metricTolerances[pattern] ?? tolerance
        }
        return tolerance
    }
}
