import ModelKit
import ModelSpec
import SimulationKernel

/// Load-time checks of the planner-answer sections (`goal:`, `staffing:`,
/// `replications: {until: …}`): what may be combined, and every metric,
/// pool and value checked against the model, located, with "did you mean".
enum AnswerSections {
    /// Refuses sections that cannot go together, where they were written.
    static func checkCombination(of experiment: ExperimentSpec, sweep: SpecNode?) throws {
        if experiment.goal != nil, let staffing = experiment.staffing {
            throw staffing.node.error("an experiment answers one question: give 'goal' or 'staffing', not both")
        }
        if let rule = experiment.replicationRule, rule.until.isEmpty, experiment.goal == nil, let node = experiment.replicationsNode {
            throw node.error("'min' and 'max' without 'until' say nothing here: give a number of replications, "
                             + "or 'until' to add replications until intervals are tight (a goal takes min and max alone)")
        }
        let section = experiment.goal.map { ("goal", $0.node) } ?? experiment.staffing.map { ("staffing", $0.node) }
        guard let (name, _) = section else { return }
        if experiment.replications < experiment.leastReplications, let node = experiment.replicationsNode {
            throw node.error("'\(name)' needs at least \(experiment.leastReplications) replications "
                             + "(its intervals need a standard deviation), found \(experiment.replications)")
        }
        if let sweep {
            throw sweep.error("'\(name)' varies its own inputs; remove 'sweep' (a goal's 'vary' lists the values to search)")
        }
        if let until = experiment.replicationRule?.untilNode {
            throw until.error("'\(name)' decides its own replications; keep 'min' and 'max' and remove 'until'")
        }
    }

    /// Checks the sections against the plan's catalogue and models.
    static func check(_ plan: RunPlan, registry: ModelKindRegistry) throws {
        let experiment = plan.experiment
        let catalogue = plan.catalogue
        for target in experiment.replicationRule?.until ?? [] {
            try MetricNameCheck.require(target.metricNode, matchesIn: catalogue.metricNames, what: "metric")
            guard let definition = catalogue.metric(target.metric) else {
                throw target.metricNode.error("'until' names one metric, not a pattern")
            }
            try target.check(against: definition)
        }
        if let goal = experiment.goal {
            try check(goal, plan: plan, registry: registry)
        }
        if let staffing = experiment.staffing {
            _ = try StaffingSetup(staffing, plan: plan, registry: registry)
        }
    }

    private static func check(_ goal: GoalSpec, plan: RunPlan, registry: ModelKindRegistry) throws {
        let catalogue = plan.catalogue
        for c in goal.constraints {
            try MetricNameCheck.require(c.metricNode, matchesIn: catalogue.metricNames, what: "metric")
            guard let definition = catalogue.metric(c.metric) else {
                throw c.metricNode.error("a constraint names one metric, not a pattern")
            }
            try c.check(against: definition)
        }
        // Build every scenario's model at both ends of every range: paths and values are checked now, not mid-search.
        let factory = try ModelFactory(experiment: plan.experiment, registry: registry)
        for s in plan.experiment.scenarios.indices {
            for end in [{ (v: DecisionVariable) in 0 }, { (v: DecisionVariable) in v.values.count - 1 }] {
                let overrides = try goal.variables.flatMap { try $0.overrides(end($0), in: factory.tree(scenario: s)) }
                let model = try factory.model(scenario: s, overrides: overrides)
                try model.validate(for: plan.settings)
                try ExperimentLoader.requireFeasibleLength(of: model, in: plan, place: " in scenario \(plan.experiment.scenarios[s].name) at an end of 'vary'")
            }
        }
    }
}

extension AnswerSections {
    /// What a goal's search cannot rely on, as notes at the constraints:
    /// each constraint whose metric the catalogue does not declare monotone
    /// the right way in some varied input (a `<=` metric decreasing as it
    /// grows, a `>=` metric increasing). Without that, the most generous
    /// point proves nothing about the others, and the search says how it goes instead.
    static func notes(_ plan: RunPlan) -> [LocatedError] {
        guard let goal = plan.experiment.goal else { return [] }
        let catalogue = plan.catalogue
        guard !goal.isMonotone(catalogue: catalogue) else { return [] }
        let size = goal.gridSize
        let how = size <= GoalSearch.scanLimit
            ? "it scans the grid's \(size) points in order of cost instead of concluding anything from the most generous point"
            : "the grid's \(size < Int.max ? formatNumber(Double(size)) : "many") points are too many to scan (over \(GoalSearch.scanLimit)), "
              + "so it searches from the cheapest feasible point of a coarse grid (at most \(GoalSearch.coarseLimit) points) "
              + "and cannot show that no point is feasible"
        return goal.constraints.compactMap { c in
            let inputs = goal.variables.indices.filter { !goal.improves(c, in: $0, catalogue: catalogue) }
            guard !inputs.isEmpty else { return nil }
            let names = inputs.map { "'\(goal.variables[$0].name)'" }.joined(separator: ", ")
            let wrongWay = inputs.compactMap { v in
                catalogue.metric(c.metric)?.direction(in: goal.variables[v].path.description).map { (v, $0) }
            }
            var message = "'\(c.metric)' is not declared monotone \(c.relation == .atMost ? "decreasing" : "increasing") in \(names)"
            if let (v, direction) = wrongWay.first {
                message += " ('\(goal.variables[v].name)' makes it \(direction == .increasing ? "rise" : "fall"), "
                    + "against '\(c.relation.rawValue)')"
            }
            return c.metricNode.error(message + ", so goal seek cannot exploit monotonicity: " + how)
        }
    }
}

extension RunPlan {
    /// Load-time notes for stderr (`FILE:LINE:COLUMN: note: …`), about
    /// things that are not mistakes but change what an answer can show: a
    /// goal constraint not declared monotone in a varied input.
    public var notes: [LocatedError] { AnswerSections.notes(self) }
}
