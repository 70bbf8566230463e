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

/// One metric whose 95% interval must be tight: an absolute half-width (a
/// plain number in the metric's unit, or with a unit that fits it: `30s` for
/// seconds, `1%` for a fraction, `2k` for a count; see `MetricValue`) or one
/// relative to the mean (`2%` or `0.02`).
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
    /// The width as written, with what its unit says it measures.
    let written: MetricValue

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
            written = try a.metricValue(what: "half-width")
            guard written.value > 0 else { throw a.error("the half-width must be positive, found '\(written.text)'") }
            width = .absolute(written.value)
        case (nil, let r?):
            widthNode = r
            written = try r.metricValue(what: "relative half-width")
            if let refusal = written.refusal(against: .fraction, subject: "a relative half-width (a share of the mean)",
                                             example: "{metric: \(metric), relative-half-width: 5%}") {
                throw r.error(refusal)
            }
            guard written.value > 0 else { throw r.error("the relative half-width must be positive, found '\(written.text)'") }
            width = .relative(written.value)
        case (nil, nil):
            throw node.error("give 'half-width' (in the metric's unit) or 'relative-half-width' (a percentage)")
        case (_?, _?):
            throw node.error("give 'half-width' or 'relative-half-width', not both")
        }
    }

    /// Refuses an absolute width whose unit does not fit `definition`'s (a duration for a share, a percentage for seconds).
    func check(against definition: MetricDefinition) throws {
        guard case .absolute = width else { return }
        let unit = definition.unit
        if let refusal = written.refusal(against: unit, subject: "'\(metric)'",
                                         example: "{metric: \(metric), half-width: \(unit.exampleValue)}") {
            throw widthNode.error(refusal)
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

    /// `half-width` or `relative-half-width`, as the file writes it and `precision.csv`'s `target_kind` column.
    public var kind: String {
        switch width {
        case .absolute: return "half-width"
        case .relative: return "relative-half-width"
        }
    }

    /// The target as a number: the half-width in the metric's unit, or the
    /// relative one as a fraction of the mean (`0.02` for 2%).
    public var targetValue: Double {
        switch width {
        case .absolute(let w): return w
        case .relative(let r): return r
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
