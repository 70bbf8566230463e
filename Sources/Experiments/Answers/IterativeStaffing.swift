import SimulationKernel

/// Staff per interval for one pool and scenario, by the simulation-based
/// iterative staffing algorithm (ISA) of Feldman, Mandelbaum, Massey & Whitt,
/// "Staffing of time-varying queues to achieve time-stable performance",
/// Management Science 54(2), 2008, extended for service-level targets:
///
/// 1. **ISA.** Start generous (every interval at the range's top), simulate,
///    and set each interval's servers to the fewest s with
///    P(customers present ≥ s) ≤ α over its snapshots; repeat with the new
///    plan until no interval moves by more than one staff (a fixed point up to
///    the noise of the estimate). For a delayed-fraction
///    target α is the target; for a service level β within τ, α = 1 − β: an
///    arrival who finds a server free is answered at once, so the plan meets
///    the service level, with room to spare.
/// 2. **Trim** (service levels): try fewer staff in every other interval
///    that meets the target (an eighth of its staff at first), simulate, and
///    keep each decrement whose interval still meets it; a step that fails
///    halves, down to one staff. Even and odd intervals take turns, so an
///    interval and the next — which its staffing affects through the backlog
///    it leaves — never change in the same trial, and each pass is simulated
///    again before the next. Stop when passes of single-staff decrements keep
///    nothing. A decrement that makes the next interval miss is repaired by
///    the verification, which adds staff where the misses are.
/// 3. **Verify**: simulate the plan and add one staff to every interval that
///    misses the target, until none does (or the range's top is reached).
///
/// An interval meets the target when the mean over the replications does.
struct IterativeStaffing {
    let setup: StaffingSetup
    let scenario: Int
    let scenarioName: String
    let factory: ModelFactory
    let replications: Int
    /// Hears of each step, for progress lines.
    var log: (String) -> Void = { _ in }
    private var known: [StaffingPlan: IntervalFigures] = [:]

    static let maxIterations = 12
    static let maxPasses = 60

    init(setup: StaffingSetup, scenario: Int, scenarioName: String, factory: ModelFactory, replications: Int) {
        self.setup = setup
        self.scenario = scenario
        self.scenarioName = scenarioName
        self.factory = factory
        self.replications = replications
    }

    mutating func solve(with evaluations: Evaluations) throws -> StaffingOutcome {
        let target = setup.spec.target
        let alpha: Double
        switch target {
        case .delayedFraction(let share): alpha = share
        case .serviceLevel(let share, _): alpha = 1 - share
        }
        // 1. ISA from the generous plan until no interval moves by more than one staff.
        var plan = setup.generousPlan
        let generous = try figures(plan, with: evaluations)
        var current = generous
        var iterations = 0
        var converged = false
        while iterations < Self.maxIterations {
            iterations += 1
            let next = current.nextPlan(alpha: alpha, current: plan)
            let moves = zip(plan.staff, next.staff).map { abs($0 - $1) }.max() ?? 0
            if moves <= 1 {
                // Settled up to the estimate's noise; verification below adds where an interval falls short.
                converged = true
                plan = next
                current = try figures(plan, with: evaluations)
                break
            }
            plan = next
            current = try figures(plan, with: evaluations)
            log("scenario \(scenarioName): ISA iteration \(iterations), \(formatNumber(plan.staffHours(end: setup.end))) staff-hours")
        }
        let isaPlan = plan
        // 2. Trim a service-level plan, even intervals and odd ones in turn (so
        // that an interval and the next, which it affects, never change in one
        // trial): try `step` fewer staff where the target is met; keep a
        // decrement when its interval still meets it; a step that fails
        // halves, down to one; stop after a pass of each parity keeps nothing at single steps.
        var removed = 0
        if case .serviceLevel = target {
            let low = setup.spec.range.lowerBound
            var step = plan.staff.map { max(1, $0 / 8) }
            var idlePasses = 0
            for pass in 0..<Self.maxPasses {
                let slack = (0..<setup.intervals).filter { $0 % 2 == pass % 2 && plan.staff[$0] > low && current.meets($0) }
                var trial = plan
                for j in slack { trial.staff[j] = max(low, plan.staff[j] - step[j]) }
                let tried = slack.isEmpty ? current : try figures(trial, with: evaluations)
                let keep = slack.filter { tried.meets($0) }
                for j in slack where !keep.contains(j) { step[j] = max(1, step[j] / 2) }
                let singleSteps = slack.allSatisfy { trial.staff[$0] == plan.staff[$0] - 1 }
                for j in keep {
                    removed += plan.staff[j] - trial.staff[j]
                    plan.staff[j] = trial.staff[j]
                }
                if keep.isEmpty {
                    idlePasses = singleSteps ? idlePasses + 1 : 0
                    if idlePasses >= 2 { break }
                    continue
                }
                idlePasses = 0
                current = try figures(plan, with: evaluations)
                log("scenario \(scenarioName): trimmed \(keep.count) intervals, \(formatNumber(plan.staffHours(end: setup.end))) staff-hours")
            }
        }
        // 3. Verify: add where an interval misses the target.
        var added = 0
        for _ in 0..<Self.maxPasses {
            let failing = current.failing.filter { plan.staff[$0] < setup.spec.range.upperBound }
            guard !failing.isEmpty else { break }
            for j in failing { plan.staff[j] += 1 }
            added += failing.count
            current = try figures(plan, with: evaluations)
            log("scenario \(scenarioName): verification added \(failing.count) staff")
        }
        let constant = try bestConstant(above: plan.staff.max() ?? 0, with: evaluations)
        return StaffingOutcome(scenario: scenario, scenarioName: scenarioName, plan: plan, isaPlan: isaPlan,
                               iterations: iterations, converged: converged, removed: removed, added: added,
                               figures: current, offeredLoad: generous.load, constant: constant,
                               runs: known.count * replications)
    }

    /// The fewest staff that, held constant, meets the target in every
    /// interval (nil: not even the range's top), feasibility being monotone
    /// in a constant staff: from the plan's peak, gallop (1, 2, 4 … staff) to
    /// a feasible and an infeasible constant, then bisect between them. The
    /// best constant is usually the peak or just below it: two or three simulations.
    private mutating func bestConstant(above start: Int, with evaluations: Evaluations) throws -> Int? {
        let (bottom, top) = (setup.spec.range.lowerBound, setup.spec.range.upperBound)
        func feasible(_ n: Int) throws -> Bool { try figures(setup.constantPlan(n), with: evaluations).failing.isEmpty }
        var high = min(top, max(start, bottom))
        var step = 1
        while try !feasible(high) {
            guard high < top else { return nil }
            high = min(top, high + step)
            step *= 2
        }
        var low = high - 1
        step = 1
        while low >= bottom, try feasible(low) {
            high = low
            step *= 2
            low = high - step
        }
        low = max(low, bottom - 1)
        while high - low > 1 {
            let mid = low + (high - low) / 2
            if try feasible(mid) { high = mid } else { low = mid }
        }
        return high
    }

    /// The figures of `plan`'s replications, simulated once per plan.
    private mutating func figures(_ plan: StaffingPlan, with evaluations: Evaluations) throws -> IntervalFigures {
        if let f = known[plan] { return f }
        let candidate = try Candidate(scenario: scenario, scenarioName: scenarioName, overrides: setup.overrides(for: plan),
                                      label: "\(setup.pool.name) plan of \(formatNumber(plan.staffHours(end: setup.end))) staff-hours",
                                      factory: factory)
        let runs = try evaluations.observations(of: [candidate], replications: replications)[0]
        let f = IntervalFigures(runs, setup: setup)
        evaluations.forget(candidate)
        known[plan] = f
        return f
    }
}

/// What staffing found for one scenario.
struct StaffingOutcome {
    let scenario: Int
    let scenarioName: String
    /// The plan: ISA, trimmed (service levels) and verified.
    let plan: StaffingPlan
    /// ISA's fixed point (or last iterate).
    let isaPlan: StaffingPlan
    let iterations: Int
    /// Whether ISA settled (no interval moving by more than one staff) within its iterations.
    let converged: Bool
    /// Staff removed by trimming and added by verification (interval-staff units).
    let removed: Int
    let added: Int
    /// The plan's figures, interval by interval.
    let figures: IntervalFigures
    /// Busy servers per interval under the generous first plan: the offered load.
    let offeredLoad: [Double]
    /// The fewest constant staff meeting the target in every interval (nil: none within the range).
    let constant: Int?
    /// Replications simulated (plans × replications).
    let runs: Int
}
