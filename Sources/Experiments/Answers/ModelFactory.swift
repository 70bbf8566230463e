import ModelKit
import ModelSpec

/// Builds a scenario's model with further overrides — a goal's candidate
/// values, a staffing plan — from the model tree the experiment names.
public struct ModelFactory: Sendable {
    let registry: ModelKindRegistry
    /// Each scenario's model tree, its own overrides applied.
    let scenarioTrees: [SpecNode]

    /// The factory for `experiment`'s scenarios.
    public init(experiment: ExperimentSpec, registry: ModelKindRegistry = .standard) throws {
        let root = try SpecDocument.load(path: experiment.modelPath)
        scenarioTrees = try experiment.scenarios.map { scenario in
            try scenario.overrides.reduce(root) { try $0.replacing($1.path, with: $1.value, at: $1.origin) }
        }
        self.registry = registry
    }

    /// The model of scenario `scenario` with `overrides` applied (so validated).
    public func model(scenario: Int, overrides: [Override]) throws -> any ModelKind {
        var tree = scenarioTrees[scenario]
        for o in overrides { tree = try tree.replacing(o.path, with: o.value, at: o.origin) }
        return try registry.build(from: tree)
    }

    /// The tree of scenario `scenario`, for reading a plan to scale.
    func tree(scenario: Int) -> SpecNode { scenarioTrees[scenario] }
}
