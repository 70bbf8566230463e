import ModelSpec
import SimulationKernel

/// `staffing:` — the fewest staff per interval for one pool that meets a
/// target in every interval:
///
/// ```yaml
/// staffing:
///   pool: stations[desk]                           # a pool the model declares
///   interval: 1h
///   target: {service-level: 80%, within: 30s}      # or {delayed-fraction: 20%}
///   range: {min: 0, max: 200}
/// ```
public struct StaffingSpec: Sendable {
    /// What every interval must achieve.
    public enum Target: Sendable, Equatable {
        /// At least `share` of contacts answered within `within` seconds (of those answered or abandoned).
        case serviceLevel(share: Double, within: Double)
        /// At most `share` of arrivals wait at all.
        case delayedFraction(share: Double)
    }

    /// The pool's name as the model declares it.
    public let pool: String
    /// Where the pool was named.
    public let poolNode: SpecNode
    /// Length of a staffing interval, in seconds.
    public let interval: Double
    /// Where the interval was written.
    public let intervalNode: SpecNode
    /// Where the snapshot spacing was written (nil: the default, a sixth of the interval).
    public let snapshotNode: SpecNode?
    /// Snapshot spacing within an interval (seconds), for the customers-present distribution.
    public let snapshot: Double
    /// What every interval must achieve.
    public let target: Target
    /// Fewest and most staff in any interval.
    public let range: ClosedRange<Int>
    /// Where the section was written.
    public let node: SpecNode

    init(from node: SpecNode) throws {
        self.node = node
        var m = try node.mapping("a staffing section {pool: …, interval: 1h, target: …, range: {min: …, max: …}}")
        poolNode = try m.required("pool")
        pool = try poolNode.string()
        intervalNode = try m.required("interval")
        interval = try intervalNode.duration(positive: true, what: "staffing interval")
        snapshotNode = m.optional("snapshot")
        snapshot = try snapshotNode?.duration(positive: true, what: "snapshot spacing") ?? interval / 6
        if let snapshotNode {
            let k = interval / snapshot
            guard k >= 1, abs(k - k.rounded()) < 1e-9 else {
                throw snapshotNode.error("the snapshot spacing must divide the interval (\(formatNumber(interval)) s)")
            }
        }
        let targetNode = try m.required("target")
        var t = try targetNode.mapping("{service-level: 80%, within: 30s} or {delayed-fraction: 20%}")
        let level = t.optional("service-level")
        let within = t.optional("within")
        let delayed = t.optional("delayed-fraction")
        try t.finish()
        switch (level, within, delayed) {
        case (let l?, let w?, nil):
            let share = try l.probability(what: "service level")
            guard share > 0 && share < 1 else { throw l.error("a service-level target lies strictly between 0% and 100%") }
            target = .serviceLevel(share: share, within: try w.duration(positive: true, what: "answer time"))
        case (let l?, nil, nil):
            throw l.error("a service-level target needs 'within' (the answer time, such as 30s)")
        case (nil, nil, let d?):
            let share = try d.probability(what: "delayed fraction")
            guard share > 0 && share < 1 else { throw d.error("a delayed-fraction target lies strictly between 0% and 100%") }
            target = .delayedFraction(share: share)
        default:
            throw targetNode.error("give either {service-level: 80%, within: 30s} or {delayed-fraction: 20%}")
        }
        let rangeNode = try m.required("range")
        var r = try rangeNode.mapping("{min: 0, max: 200}")
        let low = try r.optional("min") { try $0.count(minimum: 0, what: "fewest staff") } ?? 0
        let maxNode = try r.required("max")
        let high = try maxNode.count(minimum: 1, what: "most staff")
        try r.finish()
        guard high >= low else { throw maxNode.error("'max' (\(high)) is below 'min' (\(low))") }
        range = low...high
        try m.finish()
    }

    /// The target share as a fraction.
    public var share: Double {
        switch target {
        case .serviceLevel(let s, _): return s
        case .delayedFraction(let s): return s
        }
    }
}
