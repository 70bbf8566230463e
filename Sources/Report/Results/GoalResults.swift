/// What a goal's search evaluated, as `goal.csv` holds it: per scenario,
/// every candidate (point) in the order the search asked for it, with its
/// values, cost, replications and verdict, and each constraint's estimate
/// there. Fields that are empty in the file are NaN (or `nil`), never 0.
public struct GoalResults: Sendable, Equatable {
    /// The experiment's name, as the file's first row gives it (empty without rows).
    public var experiment: String
    /// The decision variables' names (`goal.csv`'s columns between `candidate` and `cost`), in order.
    public var variables: [String]
    /// Every candidate of every scenario, in file order.
    public var candidates: [GoalCandidate]

    /// Results of `experiment` with these variables and candidates.
    public init(experiment: String = "", variables: [String], candidates: [GoalCandidate]) {
        self.experiment = experiment
        self.variables = variables
        self.candidates = candidates
    }

    /// Scenarios in the order the file first names them.
    public var scenarios: [String] {
        var seen = Set<String>()
        return candidates.map(\.scenario).filter { seen.insert($0).inserted }
    }

    /// The candidates of `scenario`, in the order the search asked for them.
    public func candidates(in scenario: String) -> [GoalCandidate] {
        candidates.filter { $0.scenario == scenario }
    }

    /// The constraints as written (`desk.wait_mean <= 20s`), in `subject-to` order.
    public var constraints: [String] {
        var seen = Set<String>()
        return candidates.flatMap { $0.estimates.map(\.constraint) }.filter { seen.insert($0).inserted }
    }
}

/// Whether a constraint, or a candidate as a whole, was shown to hold, shown to
/// fail, or neither with the replications it got.
public enum GoalVerdict: String, Sendable, Equatable {
    /// Shown to hold (a candidate: every constraint holds; it is feasible).
    case holds
    /// Shown to fail (a candidate: some constraint fails).
    case fails
    /// Neither: an interval straddles the target, or nothing was measured.
    case undecided

    /// A constraint's `verdict` field (`holds`, `fails`, `undecided`), or a
    /// candidate's `feasible` field (`yes`, `no`, `undecided`); `nil` otherwise.
    public init?(field: String) {
        switch field {
        case "holds", "yes": self = .holds
        case "fails", "no": self = .fails
        case "undecided": self = .undecided
        default: return nil
        }
    }
}

/// One point a goal's search evaluated in one scenario.
public struct GoalCandidate: Sendable, Equatable {
    /// Which of the evaluated points the search chose.
    public enum Choice: String, Sendable, Equatable {
        /// The cheapest point shown feasible: the answer.
        case chosen
        /// The next cheapest point shown feasible.
        case runnerUp = "runner-up"
    }

    /// The scenario's name.
    public var scenario: String
    /// Order in which the search first asked for the point (from 1; the first is the most generous).
    public var sequence: Int
    /// Each variable's value as the file writes it, in `GoalResults.variables` order.
    public var values: [String]
    /// The point's cost (NaN when the file leaves it empty).
    public var cost: Double
    /// Replications the point got (`nil` when the file does not say).
    public var replications: Int?
    /// Feasible (`holds`), infeasible (`fails`) or undecided; `nil` when the file does not say.
    public var verdict: GoalVerdict?
    /// Chosen, runner-up, or neither.
    public var choice: Choice?
    /// Each constraint's estimate at the point, in `subject-to` order.
    public var estimates: [GoalEstimate]

    /// A candidate with these fields.
    public init(scenario: String, sequence: Int, values: [String], cost: Double, replications: Int?, verdict: GoalVerdict?,
                choice: Choice?, estimates: [GoalEstimate]) {
        self.scenario = scenario
        self.sequence = sequence
        self.values = values
        self.cost = cost
        self.replications = replications
        self.verdict = verdict
        self.choice = choice
        self.estimates = estimates
    }

    /// The estimate of `constraint` (as written), if the point has one.
    public func estimate(_ constraint: String) -> GoalEstimate? {
        estimates.first { $0.constraint == constraint }
    }
}

/// A constraint's estimate at a candidate: the mean over the point's
/// replications and the one-sided bounds at the goal's confidence.
public struct GoalEstimate: Sendable, Equatable {
    /// The constraint as written (`desk.wait_mean <= 20s`).
    public var constraint: String
    /// The constrained metric.
    public var metric: String
    /// `<=` or `>=`.
    public var relation: String
    /// The target, in the metric's base unit (seconds, a fraction …).
    public var target: Double
    /// The metric's unit as the file names it (see `PlannerUnit.init(_:)`).
    public var unit: String
    /// Mean over the replications that measured the metric (NaN: none did).
    public var mean: Double
    /// Their standard deviation (NaN with fewer than two).
    public var sd: Double
    /// Replications that measured the metric (`nil` when the file does not say).
    public var n: Int?
    /// The goal's confidence, a fraction (0.95).
    public var confidence: Double
    /// The lower one-sided bound at the confidence (NaN with fewer than two values).
    public var lowerBound: Double
    /// The upper one-sided bound at the confidence.
    public var upperBound: Double
    /// Holds, fails or undecided; `nil` when the file does not say.
    public var verdict: GoalVerdict?

    /// An estimate with these fields.
    public init(constraint: String, metric: String, relation: String, target: Double, unit: String, mean: Double, sd: Double,
                n: Int?, confidence: Double, lowerBound: Double, upperBound: Double, verdict: GoalVerdict?) {
        self.constraint = constraint
        self.metric = metric
        self.relation = relation
        self.target = target
        self.unit = unit
        self.mean = mean
        self.sd = sd
        self.n = n
        self.confidence = confidence
        self.lowerBound = lowerBound
        self.upperBound = upperBound
        self.verdict = verdict
    }

    /// Whether the mean must stay at or below the target (`<=`, `≤`); else at or above it.
    public var isAtMost: Bool { relation == "<=" || relation == "≤" }

    /// The bound that must clear the target for the constraint to hold: the upper one for `<=`, the lower for `>=`.
    public var decidingBound: Double { isAtMost ? upperBound : lowerBound }
}
