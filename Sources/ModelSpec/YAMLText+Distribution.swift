import SimulationKernel

extension YAMLText {
    /// A distribution as a model file declares it: `{dist: lognormal, mean: 20, cv: 0.3}`,
    /// an empirical one with its values and weights.
    public static func distribution(_ d: Distribution) -> YAMLText {
        if d.family == .empirical {
            let pairs = d.empiricalValues
            return .flow([("dist", "empirical"),
                          ("values", "[" + pairs.map { NumberText.shortest($0.value) }.joined(separator: ", ") + "]"),
                          ("weights", "[" + pairs.map { NumberText.shortest($0.probability) }.joined(separator: ", ") + "]")])
        }
        return .flow([("dist", d.family.rawValue)] + d.declared.map { ($0.name, NumberText.shortest($0.value)) })
    }

    /// The one-line text of a small value (a scalar, flow mapping or flow list), for nesting in a flow mapping.
    public var flowText: String { inline ?? "" }
}
