import ModelSpec

/// One override: the value at a model path.
public struct Override: Sendable {
    /// The model path to set, e.g. `stations[desk].servers`.
    public let path: SpecPath
    /// The value to put there, as written (checked when the model is built).
    public let value: SpecNode
    /// Where the override was written (its key), for errors.
    public let origin: SpecNode
}

/// A named set of overrides.
public struct ScenarioSpec: Sendable {
    /// The scenario's name, unique within the experiment.
    public let name: String
    /// Its overrides, in file order.
    public let overrides: [Override]

    /// `scenarios:` — a list of `{name: …, overrides: {path: value, …}}`.
    static func list(from node: SpecNode) throws -> [ScenarioSpec] {
        let items = try node.list("a list of scenarios")
        guard !items.isEmpty else { throw node.error("'scenarios' is empty; leave it out for a single baseline") }
        var seen: [String: SourceLocation] = [:]
        return try items.map { item in
            var m = try item.mapping("a scenario {name: …, overrides: {…}}")
            let nameNode = try m.required("name")
            let name = try nameNode.string()
            if let first = seen[name] {
                throw nameNode.error("duplicate scenario name '\(name)' (first at line \(first.line))")
            }
            seen[name] = nameNode.location
            let overrides = try m.optional("overrides") { try Override.list(from: $0) } ?? []
            try m.finish()
            return ScenarioSpec(name: name, overrides: overrides)
        }
    }
}

extension Override {
    /// A mapping of paths to values.
    static func list(from node: SpecNode) throws -> [Override] {
        guard case .mapping(let pairs) = node.value else {
            throw node.error("expected a mapping of model paths to values, found \(node.kindName)")
        }
        return try pairs.map { key, value in
            Override(path: try SpecPath(try key.string(), at: key), value: value, origin: key)
        }
    }
}
