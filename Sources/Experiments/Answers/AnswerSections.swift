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
