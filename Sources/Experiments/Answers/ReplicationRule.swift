import Foundation
import ModelSpec
import SimulationKernel

/// `replications:` as a mapping — `{min: 5, max: 200, until: [{metric: M, half-width: 0.01}, …]}`:
/// replications are added in deterministic batches from `min` until every
/// named metric's 95% interval is that tight in every scenario and sweep
/// point, or `max` is reached. Without `until` (in a goal), `min` is the first
/// batch of each candidate and `max` the most it may get.
public struct ReplicationRule: Sendable {
    /// Replications of the first batch.
    public var min: Int
    /// The most replications any variant (or candidate) gets.
    public var max: Int
    /// How tight the intervals must be; empty: no precision rule.
    public var until: [PrecisionTarget]
    /// Where `until` was written, to refuse it where it does not apply.
    public let untilNode: SpecNode?

    /// A rule of `min` … `max` replications and no precision targets.
    public init(min: Int, max: Int) {
        self.min = min
        self.max = max
        until = []
        untilNode = nil
    }

    /// Reads the mapping form.
    init(from node: SpecNode) throws {
        var m = try node.mapping("{min: 5, max: 200, until: {metric: …, half-width: …}}")
        min = try m.optional("min") { try $0.count(minimum: 2, what: "least number of replications") } ?? 5
        let maxNode = try m.required("max")
        max = try maxNode.count(minimum: 2, what: "most replications")
        guard max >= min else { throw maxNode.error("'max' (\(max)) is below 'min' (\(min))") }
        untilNode = m.optional("until")
        if let untilNode {
            let items: [SpecNode]
            if case .sequence(let list) = untilNode.value { items = list } else { items = [untilNode] }
            guard !items.isEmpty else { throw untilNode.error("'until' is empty; name at least one metric") }
            until = try items.map { try PrecisionTarget(from: $0) }
        } else {
            until = []
        }
        try m.finish()
    }
}

/// One metric whose 95% interval must be tight: an absolute half-width (in
/// the metric's unit: `30s`, `0.01`, `1%` for a fraction) or one relative to the mean.
public struct PrecisionTarget: Sendable {
    /// How tight: in the metric's unit, or relative to its mean.
    public enum Width: Sendable, Equatable {
        /// Half-width at most this, in the metric's unit.
        case absolute(Double)
        /// Half-width at most this fraction of the mean's magnitude.
        case relative(Double)
    }

    /// The metric's name (one metric, no pattern).
    public let metric: String
    /// The most half-width allowed.
    public let width: Width
    /// Where the metric name and the width were written.
    public let metricNode: SpecNode
    /// Where the width was written.
    public let widthNode: SpecNode
    /// Whether the width was written with a duration unit (then the metric must be a duration).
    let widthIsDuration: Bool

    init(from node: SpecNode) throws {
        var m = try node.mapping("{metric: NAME, half-width: VALUE} or {metric: NAME, relative-half-width: 2%}")
        metricNode = try m.required("metric")
        metric = try metricNode.string()
        let absolute = m.optional("half-width")
        let relative = m.optional("relative-half-width")
        try m.finish()
        switch (absolute, relative) {
        case (let a?, nil):
            widthNode = a
            widthIsDuration = a.hasDurationUnit
            width = .absolute(try a.magnitude(positive: true, what: "half-width"))
        case (nil, let r?):
            widthNode = r
            widthIsDuration = false
            width = .relative(try r.nonNegative(positive: true, what: "relative half-width"))
        case (nil, nil):
            throw node.error("give 'half-width' (in the metric's unit) or 'relative-half-width' (a percentage)")
        case (_?, _?):
            throw node.error("give 'half-width' or 'relative-half-width', not both")
        }
    }

    /// Refuses a width whose unit does not fit `definition` (a duration for a share).
    func check(against definition: MetricDefinition) throws {
        if widthIsDuration && !definition.unit.isDuration {
            throw widthNode.error("'\(metric)' is in \(definition.unit.rawValue), not a duration; give its half-width as a plain number")
        }
    }

    /// Whether `summary`'s 95% half-width meets the target (not when it has no interval).
    public func isMet(by summary: ReplicationSummary) -> Bool {
        let h = summary.halfWidth95
        guard h.isFinite, summary.mean.isFinite else { return false }
        return h <= allowedHalfWidth(mean: summary.mean)
    }

    /// The largest half-width allowed around `mean`.
    public func allowedHalfWidth(mean: Double) -> Double {
        switch width {
        case .absolute(let w): return w
        case .relative(let r): return r * abs(mean)
        }
    }

    /// The target as the results write it: `0.01` or `2%` (relative).
    public var text: String {
        switch width {
        case .absolute(let w): return formatNumber(w)
        case .relative(let r): return formatNumber(r * 100) + "%"
        }
    }
}

extension SpecNode {
    /// Whether a scalar is a number followed by a duration unit (`30s`, `24h`).
    var hasDurationUnit: Bool {
        guard let s = scalar, !isQuoted else { return false }
        let unit = s.drop { $0.isNumber || $0 == "." || $0 == " " || $0 == "-" || $0 == "+" || $0 == "_" }
        return !unit.isEmpty && Quantity.durationUnits[String(unit).trimmingCharacters(in: .whitespaces)] != nil
    }
}
