import ModelSpec
import SimulationKernel

/// `goal:` — the least-cost values of some model inputs whose every
/// constraint holds with the stated confidence:
///
/// ```yaml
/// goal:
///   vary: {stations[desk].servers: {min: 1, max: 60}}
///   cost: {stations[desk].servers: 1}          # per unit; default 1
///   subject-to: [desk.wait_mean <= 30s]
///   confidence: 95%
/// ```
public struct GoalSpec: Sendable {
    /// The inputs varied, in file order.
    public var variables: [DecisionVariable]
    /// `subject-to`, in file order.
    public var constraints: [GoalConstraint]
    /// Each constraint must hold with this confidence (one-sided Student-t bound).
    public var confidence: Double
    /// Where the section was written.
    public let node: SpecNode

    init(from node: SpecNode) throws {
        self.node = node
        var m = try node.mapping("a goal {vary: …, subject-to: […], cost: …, confidence: …}")
        let varyNode = try m.required("vary")
        guard case .mapping(let pairs) = varyNode.value, !pairs.isEmpty else {
            throw varyNode.error("'vary' takes a mapping of model paths (or scale(PATH)) to ranges or lists of values")
        }
        variables = try pairs.map { try DecisionVariable(key: $0.key, value: $0.value) }
        var seen: [String: SourceLocation] = [:]
        for v in variables {
            let key = v.path.description
            if let first = seen[key] { throw v.origin.error("'\(key)' is varied twice (first at line \(first.line))") }
            seen[key] = v.origin.location
        }
        if let costNode = m.optional("cost") {
            guard case .mapping(let costs) = costNode.value else {
                throw costNode.error("'cost' takes a mapping of the varied names to a cost per unit")
            }
            for (key, value) in costs {
                let name = try key.string()
                guard let i = variables.firstIndex(where: { $0.name == name }) else {
                    var message = "'\(name)' is not varied"
                    if let s = MappingReader.nearest(to: name, in: variables.map(\.name)) { message += MappingReader.didYouMean(s, for: name) }
                    else { message += "; varied: \(variables.map(\.name).joined(separator: ", "))" }
                    throw key.error(message)
                }
                variables[i].cost = try value.nonNegative(what: "cost per unit")
            }
        }
        let constraintsNode = try m.required("subject-to")
        let lines = try constraintsNode.list("a list of constraints such as 'desk.wait_mean <= 30s'")
        guard !lines.isEmpty else { throw constraintsNode.error("'subject-to' is empty: with no constraint the cheapest point is the answer") }
        constraints = try lines.map { try GoalConstraint(from: $0) }
        let confidenceNode = m.optional("confidence")
        confidence = try confidenceNode?.probability(what: "confidence") ?? 0.95
        if let confidenceNode, !(confidence >= 0.5 && confidence < 1) {
            throw confidenceNode.error("the confidence must lie in [50%, 100%), found \(formatNumber(confidence * 100))%")
        }
        try m.finish()
    }

    /// The cost of the point whose variable `i` takes value number `indices[i]`.
    public func cost(of indices: [Int]) -> Double {
        zip(variables, indices).reduce(0) { $0 + $1.0.cost * $1.0.values[$1.1] }
    }
}
