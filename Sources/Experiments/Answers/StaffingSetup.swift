import ModelKit
import ModelSpec
import SimulationKernel

/// A `staffing:` section resolved against the model: the pool, the intervals
/// over the run, the series that measure the target, and how to build the
/// model with a plan.
struct StaffingSetup: Sendable {
    let spec: StaffingSpec
    let pool: StaffingPool
    /// Intervals from time 0 to the run's end (the last may be cut short).
    let intervals: Int
    /// When runs end (horizon plus run-off), in seconds.
    let end: Double
    /// Snapshot buckets per interval.
    let snapshotsPerInterval: Int
    /// The per-bucket series of the target: the delayed fraction or the service level.
    let targetSeries: String

    init(_ spec: StaffingSpec, plan: RunPlan, registry: ModelKindRegistry) throws {
        self.spec = spec
        let settings = plan.settings
        end = settings.end
        intervals = Int((end / spec.interval - 1e-9).rounded(.up))
        snapshotsPerInterval = Int((spec.interval / spec.snapshot).rounded())
        let base = plan.variants[0].model
        guard type(of: base).supports.timeSeries else {
            throw spec.node.error("a \(type(of: base).name) model records no time series, which staffing reads")
        }
        let pools = base.staffingPools
        guard let pool = pools.first(where: { $0.name == spec.pool }) else {
            var message = "the model has no staffing pool '\(spec.pool)'"
            if let s = MappingReader.nearest(to: spec.pool, in: pools.map(\.name)) { message += MappingReader.didYouMean(s, for: spec.pool) }
            else if pools.isEmpty { message += "; a \(type(of: base).name) model declares none" }
            else { message += "; pools: \(pools.map(\.name).joined(separator: ", "))" }
            throw spec.poolNode.error(message)
        }
        self.pool = pool
        switch spec.target {
        case .delayedFraction: targetSeries = pool.series.delayedFraction
        case .serviceLevel: targetSeries = pool.series.serviceLevel
        }
        guard intervals >= 1, intervals <= 10_000 else {
            throw spec.node.error("\(intervals) intervals of \(formatNumber(spec.interval)) s over the run; take a longer interval")
        }
        // An interval longer than the run would be judged on time never simulated.
        guard spec.interval <= end * (1 + 1e-12) else {
            throw spec.intervalNode.error("a staffing interval of \(formatNumber(spec.interval)) s is longer than the run "
                                          + "(\(formatNumber(end)) s with the run-off): take an interval of at most the run")
        }
        // Snapshots are time-series buckets: as many as a time series may have.
        let snapshots = (end / spec.snapshot).rounded(.up)
        if snapshots > Double(ExperimentLoader.maximumBuckets) {
            throw (spec.snapshotNode ?? spec.intervalNode).error(
                "snapshots every \(formatNumber(spec.snapshot)) s over \(formatNumber(end)) s would make \(NumberText.count(snapshots)) "
                + "buckets per series; at most \(NumberText.count(ExperimentLoader.maximumBuckets)): space the snapshots wider")
        }
        // Every scenario has the pool; the generous plan builds and records the series staffing reads.
        let factory = try ModelFactory(experiment: plan.experiment, registry: registry)
        for s in plan.experiment.scenarios.indices {
            let model = try factory.model(scenario: s, overrides: overrides(for: generousPlan))
            try model.validate(for: settings)
            try ExperimentLoader.requireFeasibleLength(of: model, in: plan, place: "")
            guard model.staffingPools.contains(where: { $0.name == pool.name }) else {
                throw spec.poolNode.error("scenario '\(plan.experiment.scenarios[s].name)' has no staffing pool '\(pool.name)'")
            }
            let series = model.metricCatalogue
            for name in [pool.series.arrivals, targetSeries, pool.series.inSystemAtStart] + [pool.series.busy].compactMap({ $0 })
            where series.seriesDefinition(name) == nil {
                throw spec.node.error("the model reports no series '\(name)', which staffing '\(pool.name)' reads")
            }
        }
    }

    /// Every interval at the range's top: where the iteration starts.
    var generousPlan: StaffingPlan { constantPlan(spec.range.upperBound) }

    /// `n` staff in every interval.
    func constantPlan(_ n: Int) -> StaffingPlan {
        StaffingPlan(staff: Array(repeating: n, count: intervals), interval: spec.interval)
    }

    /// The overrides that set `plan` (and the service level's answer time, for a service-level target).
    func overrides(for plan: StaffingPlan) throws -> [Override] {
        let origin = spec.poolNode
        var result = [Override(path: try SpecPath(pool.path, at: origin), value: plan.node(for: pool, at: origin.location),
                               origin: origin)]
        if case .serviceLevel(_, let within) = spec.target {
            result.append(Override(path: try SpecPath(pool.serviceLevelTargetPath, at: origin),
                                   value: SpecNode(.scalar(NumberText.shortest(within)), at: origin.location), origin: origin))
        }
        return result
    }

    /// The target's name in results: `desk.delayed_fraction`, `care.service_level`.
    var targetName: String { targetSeries }

    /// Whether an interval whose mean is `mean` meets the target (an interval with nothing measured does).
    func meets(_ mean: Double) -> Bool {
        guard mean.isFinite else { return true }
        switch spec.target {
        case .delayedFraction(let share): return mean <= share
        case .serviceLevel(let share, _): return mean >= share
        }
    }
}
