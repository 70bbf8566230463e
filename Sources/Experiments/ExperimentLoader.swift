import ModelSpec

/// Loads an experiment and its model, validating both, into a `RunPlan`.
public enum ExperimentLoader {
    /// The plan for the experiment at `path`, with command-line overrides.
    public static func plan(path: String, replications: Int? = nil, seed: UInt64? = nil) throws -> RunPlan {
        var experiment = try ExperimentSpec.load(path: path)
        if let replications { experiment.replications = replications }
        if let seed { experiment.seed = seed }
        let modelRoot = try SpecDocument.load(path: experiment.modelPath)
        let model = try ModelKind.build(from: modelRoot)
        return RunPlan(experiment: experiment, scenarios: [PreparedScenario(name: "baseline", model: model)])
    }
}
