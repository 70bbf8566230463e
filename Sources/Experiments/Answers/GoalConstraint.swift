import Foundation
import ModelSpec
import SimulationKernel

/// One line of a goal's `subject-to:`, `METRIC <= VALUE` or `METRIC >= VALUE`:
/// the metric's expected value must lie on that side of the target. The value
/// is a plain number in the metric's unit or carries a unit that fits it
/// (`24h` for seconds, `5%` for a fraction, `10k` for a count, `1500 RMB` for
/// money; see `MetricValue`); any other unit is refused at load.
public struct GoalConstraint: Sendable {
    /// Which side of the target the mean must lie on.
    public enum Relation: String, Sendable {
        /// The mean must be at most the target.
        case atMost = "<="
        /// The mean must be at least the target.
        case atLeast = ">="
    }

    /// The catalogue metric constrained.
    public let metric: String
    /// `<=` or `>=`.
    public let relation: Relation
    /// The target, in the metric's unit (seconds for durations, a fraction for shares).
    public let target: Double
    /// The line as written.
    public let text: String
    /// Where the metric name and the value were written.
    public let metricNode: SpecNode
    /// Where the target value was written (located within the line).
    public let valueNode: SpecNode
    /// The target as written, with what its unit says it measures.
    let written: MetricValue

    /// Reads `METRIC <= VALUE` from a string node.
    init(from node: SpecNode) throws {
        let line = try node.text("a constraint such as 'desk.wait_mean <= 30s'")
        text = line.trimmingCharacters(in: .whitespaces)
        let operators: [(String, Relation)] = [("<=", .atMost), (">=", .atLeast), ("≤", .atMost), ("≥", .atLeast)]
        guard let (symbol, relation) = operators.first(where: { line.contains($0.0) }),
              let range = line.range(of: symbol) else {
            if line.contains("<") || line.contains(">") || line.contains("=") {
                throw node.error("a constraint compares with '<=' or '>=' (a mean is never exactly equal); found '\(text)'")
            }
            throw node.error("expected a constraint 'METRIC <= VALUE' or 'METRIC >= VALUE', found '\(text)'")
        }
        self.relation = relation
        let name = line[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
        let value = line[range.upperBound...].trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw node.error("the constraint '\(text)' names no metric before '\(symbol)'") }
        guard !value.isEmpty else { throw node.error("the constraint '\(text)' gives no value after '\(symbol)'") }
        metric = name
        // Locate each part within the line (exact for a plain scalar on one line).
        let shift = node.isQuoted ? 1 : 0
        func located(_ part: String, at offset: String.Index) -> SpecNode {
            let column = node.location.column + shift + line.unicodeScalars.distance(from: line.startIndex, to: offset)
            return SpecNode(.scalar(part), at: SourceLocation(file: node.location.file, line: node.location.line, column: column))
        }
        let nameStart = line.firstIndex { !$0.isWhitespace } ?? line.startIndex
        metricNode = located(name, at: nameStart)
        let valueStart = line[range.upperBound...].firstIndex { !$0.isWhitespace } ?? range.upperBound
        valueNode = located(value, at: valueStart)
        written = try valueNode.metricValue(what: "target")
        target = written.value
    }

    /// Refuses a target whose unit does not fit the metric, or that the metric can never reach.
    func check(against definition: MetricDefinition) throws {
        let unit = definition.unit
        if let refusal = written.refusal(against: unit, subject: "'\(metric)'",
                                         example: "\(metric) \(relation.rawValue) \(unit.exampleValue)") {
            throw valueNode.error(refusal)
        }
        let range = definition.range
        if (relation == .atMost && target < range.lower) || (relation == .atLeast && target > range.upper) {
            throw valueNode.error("'\(metric)' lies in \(range); '\(text)' can never hold")
        }
    }

    /// Whether `value` satisfies the constraint.
    public func holds(for value: Double) -> Bool {
        relation == .atMost ? value <= target : value >= target
    }
}

