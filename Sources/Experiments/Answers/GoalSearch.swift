import SimulationKernel

/// Finds, for one scenario, the least-cost point of a goal whose every
/// constraint holds with the goal's confidence.
///
/// Each point gets the first `min` replications (the same random numbers at
/// every point: common random numbers); while its decision is open — a
/// constraint's interval straddling its target — its replications double, up
/// to `max`. A point still open at `max` counts as not shown feasible.
///
/// When the catalogue declares every constraint's metric monotone the right
/// way in every varied input (`GoalSpec.isMonotone`), feasibility is
/// monotone: the most generous point is evaluated first, and if it is not
/// feasible no point is. Then, with one variable, bisection over the ordered
/// values finds the cheapest feasible value; with more, a Hooke–Jeeves
/// pattern search runs on the grid from the most generous point, with cost
/// as the objective and points not shown feasible rejected (an extreme
/// barrier). Without that premise nothing is concluded from the most
/// generous point: a grid of at most `scanLimit` points is scanned in order
/// of cost until two points are shown feasible (so the answer is the grid's
/// cheapest feasible point); a larger grid is searched from the cheapest
/// feasible point of a coarse grid (at most `coarseLimit` points) by the
/// pattern search. The answer is the cheapest point shown feasible.
struct GoalSearch {
    /// Largest grid scanned point by point when the constraints are not all monotone.
    static let scanLimit = 400
    /// Most points of the coarse grid that starts the search of a larger grid.
    static let coarseLimit = 100

    let goal: GoalSpec
    let scenario: Int
    let scenarioName: String
    let factory: ModelFactory
    let rule: ReplicationRule
    /// The scenario's catalogue (ranges and monotone declarations).
    let catalogue: MetricCatalogue
    /// Hears of each point decided, for progress lines.
    var log: (String) -> Void = { _ in }
    /// Largest grid scanned point by point (tests lower it).
    var scanLimit = GoalSearch.scanLimit
    /// Most points of the coarse grid (tests lower it).
    var coarseLimit = GoalSearch.coarseLimit
    private var points: [[Int]: GoalPoint] = [:]
    private var order: [[Int]] = []

    init(goal: GoalSpec, scenario: Int, scenarioName: String, factory: ModelFactory, rule: ReplicationRule,
         catalogue: MetricCatalogue) {
        self.goal = goal
        self.scenario = scenario
        self.scenarioName = scenarioName
        self.factory = factory
        self.rule = rule
        self.catalogue = catalogue
    }

    /// How the search goes, from the monotone declarations and the grid's size.
    var method: GoalOutcome.Method {
        if goal.isMonotone(catalogue: catalogue) { return goal.variables.count == 1 ? .bisection : .patternSearch }
        return goal.gridSize <= scanLimit ? .scan : .coarseGrid
    }

    /// Searches and returns what was found.
    mutating func solve(with evaluations: Evaluations) throws -> GoalOutcome {
        let top = goal.variables.map { $0.values.count - 1 }
        let method = self.method
        var coarseSize = 0
        switch method {
        case .bisection, .patternSearch:
            // Monotone: the most generous point is the most capable one; if it is not feasible, none is.
            if try evaluate(top, with: evaluations).verdict == .holds {
                if method == .bisection { try bisect(with: evaluations) } else { try patternSearch(from: top, with: evaluations) }
            }
        case .scan:
            var found = 0
            for p in goal.grid().sorted(by: goal.cheaper) {
                if try evaluate(p, with: evaluations).verdict == .holds { found += 1 }
                if found == 2 { break }
            }
        case .coarseGrid:
            let coarse = goal.coarseGrid(limit: coarseLimit).sorted(by: goal.cheaper)
            coarseSize = coarse.count
            for p in coarse {
                guard try evaluate(p, with: evaluations).verdict == .holds else { continue }
                try patternSearch(from: p, with: evaluations)
                break
            }
        }
        let all = order.map { points[$0]! }
        let feasible = all.filter { $0.verdict == .holds }.sorted(by: GoalPoint.cheaper)
        return GoalOutcome(scenario: scenario, scenarioName: scenarioName, method: method, points: all, generous: points[top],
                           chosen: feasible.first, runnerUp: feasible.dropFirst().first, gridSize: goal.gridSize,
                           coarseSize: coarseSize)
    }

    /// Bisection over the one variable's values: the top is feasible; find the
    /// least index shown feasible (every index above it is feasible by monotonicity).
    private mutating func bisect(with evaluations: Evaluations) throws {
        var low = -1  // every index ≤ low is not shown feasible (−1: none known)
        var high = goal.variables[0].values.count - 1
        while high - low > 1 {
            let mid = low + (high - low) / 2
            if try evaluate([mid], with: evaluations).verdict == .holds { high = mid } else { low = mid }
        }
    }

    /// Hooke & Jeeves (1961) on the grid: exploratory moves lower one variable
    /// at a time by its step and keep the move if the point is shown feasible;
    /// after a successful sweep, a pattern move repeats the sweep's change while
    /// it stays feasible; when no move succeeds, steps halve; at steps of one
    /// value with no move left, the search ends.
    private mutating func patternSearch(from start: [Int], with evaluations: Evaluations) throws {
        var x = start
        var step = goal.variables.map { max(1, ($0.values.count - 1 + 3) / 4) }
        while true {
            let base = x
            for i in goal.variables.indices where goal.variables[i].cost > 0 && x[i] > 0 {
                var y = x
                y[i] = max(0, x[i] - step[i])
                if try evaluate(y, with: evaluations).verdict == .holds { x = y }
            }
            if x != base {
                var previous = base
                while true {
                    let z = zip(x, previous).enumerated().map { i, pair in
                        min(goal.variables[i].values.count - 1, max(0, pair.0 + (pair.0 - pair.1)))
                    }
                    guard z != x, goal.cost(of: z) < goal.cost(of: x),
                          try evaluate(z, with: evaluations).verdict == .holds else { break }
                    previous = x
                    x = z
                }
                continue
            }
            if step.allSatisfy({ $0 == 1 }) { return }
            step = step.map { max(1, $0 / 2) }
        }
    }

    /// The point at `indices`, evaluated until decided or at `max` replications.
    mutating func evaluate(_ indices: [Int], with evaluations: Evaluations) throws -> GoalPoint {
        if let known = points[indices] { return known }
        let tree = factory.tree(scenario: scenario)
        let overrides = try zip(goal.variables, indices).flatMap { try $0.overrides($1, in: tree) }
        let label = zip(goal.variables, indices).map { "\($0.name)=\($0.display($1))" }.joined(separator: ", ")
        let candidate = try Candidate(scenario: scenario, scenarioName: scenarioName, overrides: overrides, label: label,
                                      factory: factory)
        var n = rule.min
        var estimates: [ConstraintEstimate]
        while true {
            let runs = try evaluations.observations(of: [candidate], replications: n)[0].map(\.valuesByName)
            estimates = goal.constraints.map { c in
                ConstraintEstimate(c, values: runs.map { $0[c.metric] ?? .nan }, confidence: goal.confidence,
                                   range: catalogue.metric(c.metric)?.range ?? .any)
            }
            guard estimates.verdict == .undecided, n < rule.max else { break }
            n = min(rule.max, 2 * n)
        }
        let point = GoalPoint(indices: indices, cost: goal.cost(of: indices), replications: n, estimates: estimates,
                              sequence: order.count + 1)
        points[indices] = point
        order.append(indices)
        evaluations.forget(candidate)
        log("scenario \(scenarioName) [\(label)]: \(Self.describe(point.verdict)) after \(n) replications")
        return point
    }

    static func describe(_ verdict: Verdict) -> String {
        switch verdict {
        case .holds: return "feasible"
        case .fails: return "infeasible"
        case .undecided: return "undecided (not shown feasible)"
        }
    }
}
