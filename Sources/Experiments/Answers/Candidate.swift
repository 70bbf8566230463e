import ModelKit
import ModelSpec

/// A model the answers evaluate: a scenario with further overrides (a goal's
/// values, a staffing plan), built, and named by a key derived from what it
/// is — so a resumed search finds its saved runs whatever order it asks in.
public struct Candidate: Sendable {
    /// Index of the scenario.
    public let scenario: Int
    /// The overrides on top of the scenario's.
    public let overrides: [Override]
    /// What it is, for progress lines: `stations[desk].servers=12`.
    public let label: String
    /// A stable key of the scenario and overrides (16 hex digits), naming its run records.
    public let key: String
    /// The model built with the overrides.
    public let model: any ModelKind

    /// The candidate of `scenario` with `overrides`, built by `factory`.
    init(scenario: Int, scenarioName: String, overrides: [Override], label: String, factory: ModelFactory) throws {
        self.scenario = scenario
        self.overrides = overrides
        self.label = label
        let text = (["scenario=\(scenarioName)"] + overrides.map { "\($0.path)=\($0.value.flowText)" }).joined(separator: "\n")
        key = String(SHA256.hex(Array(text.utf8)).prefix(16))
        model = try factory.model(scenario: scenario, overrides: overrides)
    }
}
