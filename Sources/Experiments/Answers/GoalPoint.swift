/// One point of a goal's search, evaluated: its values (by index into each
/// variable's values), its cost, the replications it took and each
/// constraint's estimate there.
public struct GoalPoint: Sendable {
    /// Index of each variable's value.
    public let indices: [Int]
    /// Σ cost per unit × value.
    public let cost: Double
    /// Replications spent on it (the first `replications` of the experiment's seed).
    public let replications: Int
    /// Each constraint's estimate at the point, in `subject-to` order.
    public let estimates: [ConstraintEstimate]
    /// Order in which the search first asked for it (from 1).
    public let sequence: Int

    /// Holds when every constraint was shown to hold.
    public var verdict: Verdict { estimates.verdict }

    /// Least cost first; equal costs by smaller values first (a deterministic order).
    static func cheaper(_ a: GoalPoint, _ b: GoalPoint) -> Bool {
        a.cost != b.cost ? a.cost < b.cost : a.indices.lexicographicallyPrecedes(b.indices)
    }
}

/// What a goal's search found for one scenario.
public struct GoalOutcome: Sendable {
    /// How the points were chosen.
    public enum Method: String, Sendable {
        /// One variable and every constraint monotone in it: bisection over its ordered values.
        case bisection
        /// Every constraint monotone in every variable: Hooke–Jeeves pattern search on the grid from the most generous point.
        case patternSearch = "pattern search"
        /// Not every constraint is declared monotone, and the grid is small: its points in order of cost until two are feasible.
        case scan
        /// Not every constraint is declared monotone, and the grid is large: a coarse grid in order of cost,
        /// then a pattern search from its cheapest feasible point.
        case coarseGrid = "coarse grid"
    }

    /// The scenario (index and name).
    public let scenario: Int
    /// The scenario's name.
    public let scenarioName: String
    /// How the search went.
    public let method: Method
    /// Every point evaluated, in the order the search first asked for it.
    public let points: [GoalPoint]
    /// The most generous point (every variable at its costliest value), when evaluated.
    public let generous: GoalPoint?
    /// The least-cost point shown feasible (nil: none).
    public let chosen: GoalPoint?
    /// The next cheapest point shown feasible.
    public let runnerUp: GoalPoint?
    /// Points of the whole grid of values.
    public let gridSize: Int
    /// Points of the coarse grid the search started from (0 unless `method` is `coarseGrid`).
    public let coarseSize: Int

    /// Replications spent over all points.
    public var runs: Int { points.reduce(0) { $0 + $1.replications } }

    /// Whether the constraints' monotone declarations make the most generous
    /// point's verdict final: when it is not feasible, no point is.
    public var isMonotone: Bool { method == .bisection || method == .patternSearch }
}
