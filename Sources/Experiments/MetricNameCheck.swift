import ModelSpec
import SimulationKernel

/// Checks every metric and series name an experiment file mentions against
/// the model's catalogue, so a misspelt name is refused at load (with "did
/// you mean") instead of giving an empty table or a dropped tolerance.
enum MetricNameCheck {
    static func check(_ experiment: ExperimentSpec, against catalogue: MetricCatalogue) throws {
        let metricNames = catalogue.metricNames
        for node in experiment.outputs.tableMetricNodes {
            try require(node, matchesIn: metricNames, what: "metric")
        }
        for (_, node) in experiment.check.metricNodes {
            try require(node, matchesIn: metricNames, what: "metric")
        }
        for node in experiment.outputs.seriesMetricNodes {
            try require(node, matchesIn: catalogue.series.map(\.name), what: "time series")
        }
    }

    /// Refuses a name or pattern that matches none of `names`.
    static func require(_ node: SpecNode, matchesIn names: [String], what: String) throws {
        let pattern = try node.string()
        guard !names.contains(where: { MetricCatalogue.matches($0, pattern) }) else { return }
        if pattern.contains("*") {
            throw node.error("no \(what) of the model matches '\(pattern)'")
        }
        var message = "unknown \(what) '\(pattern)'"
        if let s = MappingReader.nearest(to: pattern, in: names) { message += MappingReader.didYouMean(s, for: pattern) }
        else { message += "; `runway metrics` lists them" }
        throw node.error(message)
    }
}
