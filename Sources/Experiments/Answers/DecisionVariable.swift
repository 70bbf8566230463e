import Foundation
import ModelSpec

/// One input a goal varies: a model path set to each of an ordered list of
/// values, or — written `scale(PATH)` — a multiplier applied to every count
/// of the shift plan at PATH (rounded up: a plan is never scaled below what
/// was asked for).
public struct DecisionVariable: Sendable {
    /// The name as written under `vary:` (`stations[desk].servers`, `scale(…)`), a results column.
    public let name: String
    /// The model path it sets (inside `scale(…)` for a multiplier).
    public let path: SpecPath
    /// Whether values multiply the shift plan at `path`.
    public let scales: Bool
    /// The values it may take, increasing.
    public let values: [Double]
    /// Cost per unit of the value (default 1).
    public var cost: Double
    /// Where it was written (its key), for errors.
    public let origin: SpecNode

    /// `PATH: {min: 1, max: 60}` (whole numbers), `{min: 1.0, max: 3.0, step: 0.1}`,
    /// `[10, 20, 40]` or `{values: […]}`.
    init(key: SpecNode, value: SpecNode) throws {
        name = try key.string()
        origin = key
        cost = 1
        var inner = name
        if name.hasPrefix("scale(") {
            guard name.hasSuffix(")") else { throw key.error("'scale(' without a closing ')' in '\(name)'") }
            inner = String(name.dropFirst(6).dropLast())
            scales = true
        } else {
            scales = false
        }
        path = try SpecPath(inner, at: key)
        values = try Self.values(from: value, scales: scales)
    }

    private static func values(from node: SpecNode, scales: Bool) throws -> [Double] {
        var listed: [SpecNode]?
        if case .sequence(let items) = node.value { listed = items }
        var result: [Double] = []
        if listed == nil {
            var m = try node.mapping("{min: …, max: …} (whole numbers), {min: …, max: …, step: …} or a list of values")
            if let v = m.optional("values") {
                listed = try v.list("a list of values")
                try m.finish()
            } else {
                let minNode = try m.required("min")
                let maxNode = try m.required("max")
                let low = try minNode.magnitudeOrNumber()
                let high = try maxNode.magnitudeOrNumber()
                let stepNode = m.optional("step")
                try m.finish()
                guard high >= low else { throw maxNode.error("'max' (\(formatNumber(high))) is below 'min' (\(formatNumber(low)))") }
                let step: Double
                if let stepNode {
                    step = try stepNode.magnitudeOrNumber()
                    guard step > 0 else { throw stepNode.error("the step must be positive") }
                } else {
                    guard low == low.rounded(), high == high.rounded() else {
                        throw node.error("without 'step', 'min' and 'max' must be whole numbers (or give 'step')")
                    }
                    step = 1
                }
                let count = Int(((high - low) / step + 1e-9).rounded(.down)) + 1
                guard count <= 100_000 else { throw node.error("\(count) values are too many to search; take a coarser 'step'") }
                // Rounded to ten significant decimals, so 1.0 + 3 × 0.1 reads 1.3.
                result = (0..<count).map { k in ((low + Double(k) * step) * 1e10).rounded() / 1e10 }
            }
        } else {
            result = []
        }
        if let listed {
            guard !listed.isEmpty else { throw node.error("an empty list of values gives nothing to choose") }
            result = try listed.map { item in
                guard (try? item.magnitudeOrNumber()) != nil else {
                    throw item.error("listed values must be numbers (to compare whole shift plans, vary scale(PATH))")
                }
                return try item.magnitudeOrNumber()
            }
            for (i, x) in result.enumerated().dropFirst() where x <= result[i - 1] {
                throw listed[i].error("list the values in increasing order, each once")
            }
        }
        if scales, let bad = result.first(where: { !($0 > 0) }) {
            throw node.error("a scale must be positive, found \(formatNumber(bad))")
        }
        return result
    }

    /// The overrides that set value number `index` in `scenarioTree` (the
    /// scenario's model, for a scale of its own plan): one, or one per item
    /// where the path says `[*]` (every warehouse, say).
    func overrides(_ index: Int, in scenarioTree: SpecNode) throws -> [Override] {
        let x = values[index]
        return try scenarioTree.expanding(path, at: origin).map { concrete in
            if scales {
                guard let plan = scenarioTree.node(at: concrete) else {
                    throw origin.error("path '\(concrete)': the model has nothing here to scale")
                }
                return Override(path: concrete, value: try plan.scaled(by: x, at: origin), origin: origin)
            }
            return Override(path: concrete, value: SpecNode(.scalar(formatNumber(x)), at: origin.location), origin: origin)
        }
    }

    /// Value number `index` as results columns show it.
    public func display(_ index: Int) -> String { formatNumber(values[index]) }
}

extension SpecNode {
    /// A number, or a duration with units in seconds (`90s` → 90).
    func magnitudeOrNumber() throws -> Double {
        hasDurationUnit ? try duration() : try number()
    }

    /// `path` with each `[*]` replaced by every item of that list, by name
    /// (by position for items without one); `path` itself when it has no `[*]`.
    func expanding(_ path: SpecPath, at origin: SpecNode) throws -> [SpecPath] {
        guard let star = path.steps.firstIndex(where: { $0.item == .named("*") }) else { return [path] }
        let prefix = path.steps[..<star].map(\.text) + [path.steps[star].key]
        let listPath = try SpecPath(prefix.joined(separator: "."), at: origin)
        guard let list = node(at: listPath), case .sequence(let items) = list.value else {
            throw origin.error("path '\(path)': '\(listPath)' is not a list in the model, so it has no items [*]")
        }
        guard !items.isEmpty else { throw origin.error("path '\(path)': '\(listPath)' has no items") }
        let rest = path.steps[(star + 1)...].map(\.text)
        return try items.enumerated().flatMap { i, item in
            let name = item["name"]?.scalar ?? String(i)
            let text = (prefix.dropLast() + ["\(path.steps[star].key)[\(name)]"] + rest).joined(separator: ".")
            return try expanding(try SpecPath(text, at: origin), at: origin)
        }
    }

    /// The node at `path`, if the tree has one there.
    func node(at path: SpecPath) -> SpecNode? {
        var node = self
        for step in path.steps {
            guard let child = node[step.key] else { return nil }
            node = child
            if let item = step.item {
                guard case .sequence(let items) = node.value else { return nil }
                switch item {
                case .index(let i):
                    guard i >= 0 && i < items.count else { return nil }
                    node = items[i]
                case .named(let name):
                    guard let found = items.first(where: { $0["name"]?.scalar == name }) else { return nil }
                    node = found
                }
            }
        }
        return node
    }
}

extension SpecPath.Step {
    /// The step as a path writes it: `stations[desk]`, `servers`.
    var text: String {
        switch item {
        case nil: return key
        case .named(let name)?: return "\(key)[\(name)]"
        case .index(let i)?: return "\(key)[\(i)]"
        }
    }
}
