import ModelSpec
import SimulationKernel

extension RunPlan {
    /// Most candidates (scenarios × points of the `vary` grid) a sharded goal
    /// evaluates up front: each shard lists its share of them in memory.
    public static let maximumShardedGoalDesign = 10_000

    /// Refuses an experiment that `runway run --shard` cannot split — one
    /// whose runs are decided as it goes (`staffing:`, `replications: {until: …}`)
    /// or a goal whose whole grid is too large to evaluate up front — with the
    /// message `run --shard` gives. `runway slurm` asks the same before it
    /// writes scripts whose every task would fail.
    public func checkShardable() throws {
        let file = experiment.inputFiles.first
        if experiment.staffing != nil {
            throw LocatedError("--shard splits runs known in advance; staffing decides its runs as it goes, so run it whole", file: file)
        }
        if experiment.goal == nil, let rule = experiment.replicationRule, !rule.until.isEmpty {
            throw LocatedError("--shard splits runs known in advance; 'until' decides the replications as it goes, "
                               + "so run it whole or give a fixed number of replications", file: file)
        }
        if let goal = experiment.goal {
            let points = goal.variables.reduce(1.0) { $0 * Double($1.values.count) }
            let scenarios = experiment.scenarios.count
            let design = points * Double(scenarios)
            if design > Double(Self.maximumShardedGoalDesign) {
                let per = scenarios == 1 ? "" : " in each of \(scenarios) scenarios, \(NumberText.count(design)) in all"
                throw goal.node.error("the grid of 'vary' has \(NumberText.count(points)) points\(per); a shard evaluates the whole grid, "
                                      + "so narrow the ranges (at most \(NumberText.count(Self.maximumShardedGoalDesign)) points in all)")
            }
        }
    }
}
