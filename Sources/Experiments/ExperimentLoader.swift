import ModelKit
import ModelSpec
import SimulationKernel

/// Loads an experiment and its model, applies every scenario's overrides at
/// every sweep point, and builds (so validates) each resulting model.
public enum ExperimentLoader {
    /// The plan for the experiment at `path`, with command-line overrides.
    public static func plan(path: String, replications: Int? = nil, seed: UInt64? = nil,
                            registry: ModelKindRegistry = .standard) throws -> RunPlan {
        var experiment = try ExperimentSpec.load(path: path)
        if let replications {
            // A number on the command line replaces the file's (see `overrideReplications`).
            try experiment.overrideReplications(replications)
        }
        if let seed { experiment.seed = seed }
        let modelRoot = try SpecDocument.load(path: experiment.modelPath)
        // Build the model once as written, so its own mistakes are reported first.
        let kind = try registry.kind(of: modelRoot)
        _ = try kind.init(from: modelRoot)
        try requireSupport(of: kind, for: experiment)
        let points = SweepAxis.points(of: experiment.sweep)
        let columns = experiment.sweep.flatMap { $0.paths.map(\.description) }
        let labels = SweepAxis.labels(of: experiment.sweep)
        var variants: [Variant] = []
        for (s, scenario) in experiment.scenarios.enumerated() {
            for (p, point) in points.enumerated() {
                var tree = modelRoot
                for o in scenario.overrides + point { tree = try tree.replacing(o.path, with: o.value, at: o.origin) }
                let model = try registry.build(from: tree)
                variants.append(Variant(scenario: s, scenarioName: scenario.name, point: p,
                                        sweepValues: point.map { display($0.value) }, model: model,
                                        sweepLabel: experiment.sweep.isEmpty ? "" : labels[p]))
            }
        }
        let plan = RunPlan(experiment: experiment, variants: variants, sweepColumns: columns)
        for variant in variants {
            try variant.model.validate(for: plan.settings)
            let named = plan.experiment.scenarios.count > 1 || !variant.sweepLabel.isEmpty
            try requireFeasibleLength(of: variant.model, in: plan, place: named ? " in '\(variant.displayName)'" : "")
        }
        try MetricNameCheck.check(experiment, against: plan.catalogue)
        try AnswerSections.check(plan, registry: registry)
        return plan
    }

    /// Most buckets a time series may have (each run holds its series in
    /// memory, and `timeseries.csv` writes a row per bucket and replication).
    public static let maximumBuckets = 100_000

    /// Most arrivals one replication may be expected to start (10¹⁰): at the
    /// ten million events a second one core handles in the simplest model,
    /// about an hour of work, and progress shows all along. The horizon's
    /// own limit (`ExperimentSpec.longestRun`) at the highest rate a stream
    /// may have (`ArrivalFloor`) would allow 3 × 10¹⁵.
    public static let maximumArrivals = 1e10

    /// Refuses a model (of a variant, or a goal's or staffing's candidate,
    /// named by `place`) whose runs would each start more than
    /// `maximumArrivals` arrivals, at the horizon.
    static func requireFeasibleLength(of model: any ModelKind, in plan: RunPlan, place: String) throws {
        guard let arrivals = model.expectedArrivals(settings: plan.settings), arrivals > maximumArrivals,
              let node = plan.experiment.horizonNode else { return }
        let horizon = plan.experiment.horizon
        throw node.error("at the model's arrival rates\(place) (about \(NumberText.count(arrivals / horizon)) a second), "
                         + "a horizon of \(ExperimentSpec.span(horizon)) would start about \(NumberText.count(arrivals)) arrivals "
                         + "in each run; at most \(NumberText.count(maximumArrivals)): shorten the horizon")
    }

    /// Refuses a setting the model kind would ignore, at the place it was written.
    static func requireSupport(of kind: any ModelKind.Type, for experiment: ExperimentSpec) throws {
        if experiment.warmup > 0, !kind.supports.warmup, let node = experiment.warmupNode {
            throw node.error("a \(kind.name) model has no warm-up (its runs are transients, not steady states); remove 'warmup'")
        }
        if experiment.runOff > 0, !kind.supports.runOff, let node = experiment.runOffNode {
            throw node.error("a \(kind.name) model has no run-off; remove 'run-off'")
        }
        if experiment.outputs.seriesBucket != nil, !kind.supports.timeSeries, let node = experiment.outputs.seriesNode {
            throw node.error("a \(kind.name) model records no time series; remove 'outputs.timeseries'")
        }
        if let width = experiment.outputs.seriesBucket, let node = experiment.outputs.bucketNode {
            // A bucket wider than the run would average over time never simulated.
            if width > (experiment.horizon + experiment.runOff) * (1 + 1e-12) {
                throw node.error("a bucket of \(formatNumber(width)) is longer than the run (\(formatNumber(experiment.horizon + experiment.runOff))"
                                 + "\(experiment.runOff > 0 ? " with the run-off" : "")): its one bucket would average over time "
                                 + "never simulated; take a bucket of at most the run")
            }
            let buckets = ((experiment.horizon + experiment.runOff) / width).rounded(.up)
            if buckets > Double(maximumBuckets) {
                throw node.error("buckets of \(formatNumber(width)) over \(formatNumber(experiment.horizon + experiment.runOff)) "
                                 + "would make \(buckets < 1e15 ? formatNumber(buckets) : "\(buckets)") buckets per series; "
                                 + "at most \(maximumBuckets): widen the bucket")
            }
        }
    }

    /// The resolved model of `scenario` (default: the baseline) at the first sweep point.
    public static func explain(path: String, scenario: String?, registry: ModelKindRegistry = .standard) throws -> String {
        let plan = try plan(path: path, registry: registry)
        let index: Int
        if let scenario {
            guard let i = plan.variants.firstIndex(where: { $0.scenarioName == scenario }) else {
                let names = plan.experiment.scenarios.map(\.name)
                throw LocatedError("no scenario '\(scenario)'; scenarios: \(names.joined(separator: ", "))", file: path)
            }
            index = i
        } else {
            index = 0
        }
        return plan.variants[index].model.explanation()
    }

    /// A swept value as a results column shows it: numbers with units normalised.
    static func display(_ node: SpecNode) -> String {
        if let x = try? node.number() { return formatNumber(x) }
        if let x = try? node.duration() { return formatNumber(x) }
        return node.flowText
    }
}
