import SimulationKernel

/// Whether a constraint (or a candidate) was shown to hold, shown to fail,
/// or neither with the replications spent.
public enum Verdict: String, Sendable {
    /// The one-sided bound at the goal's confidence lies on the right side of the target.
    case holds
    /// The opposite one-sided bound lies on the wrong side: shown to fail.
    case fails
    /// The interval straddles the target (or nothing was measured): not decided.
    case undecided
}

/// A constraint's estimate at a candidate: the mean over replications and the
/// one-sided Student-t bounds at the goal's confidence γ,
/// mean ∓ t(γ, n−1)·s/√n, clipped to the metric's range.
public struct ConstraintEstimate: Sendable {
    /// The constraint estimated.
    public let constraint: GoalConstraint
    /// Its metric over the point's replications (those that measured it).
    public let summary: ReplicationSummary
    /// Lower and upper one-sided bounds, each at the goal's confidence (NaN with fewer than two values).
    public let lower: Double
    /// The upper one-sided bound (the lower is `lower`).
    public let upper: Double
    /// Shown to hold, shown to fail, or undecided.
    public let verdict: Verdict

    /// The estimate from per-replication `values` (NaN: not measured in that replication).
    init(_ constraint: GoalConstraint, values: [Double], confidence: Double, range: MetricRange) {
        self.constraint = constraint
        summary = ReplicationSummary(values)
        // A one-sided bound at γ is an end of the two-sided interval at 2γ − 1.
        let h = ReplicationSummary.halfWidth(sd: summary.sd, n: summary.n, level: 2 * confidence - 1)
        if h.isFinite && summary.mean.isFinite {
            lower = range.clamp(summary.mean - h)
            upper = range.clamp(summary.mean + h)
        } else {
            lower = .nan
            upper = .nan
        }
        // The bound that must clear the target, and the one that shows failure.
        let (proof, refutation) = constraint.relation == .atMost ? (upper, lower) : (lower, upper)
        if proof.isNaN {
            verdict = .undecided
        } else if constraint.holds(for: proof) {
            verdict = .holds
        } else if !constraint.holds(for: refutation) {
            verdict = .fails
        } else {
            verdict = .undecided
        }
    }

}

extension Array where Element == ConstraintEstimate {
    /// A candidate holds when every constraint holds, fails when one fails, and is undecided otherwise.
    var verdict: Verdict {
        if contains(where: { $0.verdict == .fails }) { return .fails }
        if allSatisfy({ $0.verdict == .holds }) { return .holds }
        return .undecided
    }
}
