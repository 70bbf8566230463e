import Foundation
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

extension GoalSpec {
    /// Whether `catalogue` declares constraint `c`'s metric monotone the right
    /// way in variable `v`: a `<=` metric decreasing as it grows, a `>=` metric increasing.
    func improves(_ c: GoalConstraint, in v: Int, catalogue: MetricCatalogue) -> Bool {
        guard let direction = catalogue.metric(c.metric)?.direction(in: variables[v].path.description) else { return false }
        return c.relation == .atMost ? direction == .decreasing : direction == .increasing
    }

    /// Whether every constraint improves in every variable: then a point is
    /// feasible whenever a point below it is, the most generous point is the
    /// most capable, and if it is not feasible no point is.
    func isMonotone(catalogue: MetricCatalogue) -> Bool {
        constraints.allSatisfy { c in variables.indices.allSatisfy { improves(c, in: $0, catalogue: catalogue) } }
    }

    /// Points of the grid of values (the product of every variable's values).
    var gridSize: Int {
        variables.reduce(1) { size, v in
            let (product, overflow) = size.multipliedReportingOverflow(by: v.values.count)
            return overflow ? Int.max : product
        }
    }

    /// Every point of the grid, by index into each variable's values (the last variable fastest).
    func grid() -> [[Int]] {
        variables.reduce([[]]) { points, v in points.flatMap { p in v.values.indices.map { p + [$0] } } }
    }

    /// A coarser grid: each variable's values thinned to evenly spaced ones,
    /// both ends kept, so that the points number at most `limit` (two per variable at least).
    func coarseGrid(limit: Int) -> [[Int]] {
        let per = max(2, Int(pow(Double(limit), 1 / Double(variables.count)) + 1e-9))
        return variables.reduce([[]]) { points, v in
            let n = v.values.count
            let picks = n <= per ? Array(0..<n)
                : Array(Set((0..<per).map { k in Int((Double(k) * Double(n - 1) / Double(per - 1)).rounded()) })).sorted()
            return points.flatMap { p in picks.map { p + [$0] } }
        }
    }

    /// Least cost first; equal costs by smaller values first (`GoalPoint.cheaper`'s order).
    func cheaper(_ a: [Int], _ b: [Int]) -> Bool {
        let (ca, cb) = (cost(of: a), cost(of: b))
        return ca != cb ? ca < cb : a.lexicographicallyPrecedes(b)
    }
}
