import Dispatch
import ModelSpec
import SimulationKernel
import Synchronization

/// Runs replications on `jobs` threads. Each run depends only on its key and
/// the plan, and results are stored by key, so the output is the same
/// whatever the number of threads or the order runs finish in.
public enum ReplicationRunner {
    /// Runs `keys` of `plan`, but for those `skip` says are done already;
    /// `finished` is called (on a worker thread, one call at a time) as each
    /// run completes. Stops handing out new runs once `shouldStop` returns true.
    public static func run<Keys: RandomAccessCollection & Sendable>(
        _ plan: RunPlan, keys: Keys, jobs: Int,
        skip: @Sendable (RunKey) -> Bool = { _ in false },
        shouldStop: @Sendable () -> Bool = { false },
        finished: @Sendable (RunKey, Observations) -> Void
    ) where Keys.Element == RunKey, Keys.Index == Int {
        let next = Atomic<Int>(0)
        let reporting = Mutex<Void>(())
        let workers = max(1, min(jobs, keys.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while !shouldStop() {
                let i = next.add(1, ordering: .relaxed).oldValue
                guard i < keys.count else { return }
                let key = keys[keys.startIndex + i]
                if skip(key) { continue }
                let observations = plan.variants[key.variant].model.replicate(
                    seeds: plan.seeds(replication: key.replication), settings: plan.settings)
                reporting.withLock { _ in finished(key, observations) }
            }
        }
    }

    /// Runs every run of `plan` in memory and returns the results; throws
    /// when a run's clock stood still (see `ClockStop`).
    public static func results(of plan: RunPlan, jobs: Int) throws -> ExperimentResults {
        let collected = Mutex<[RunKey: Observations]>([:])
        let stopped = Mutex<LocatedError?>(nil)
        run(plan, keys: plan.runs, jobs: jobs, shouldStop: { stopped.withLock { $0 != nil } }) { key, o in
            if let stop = o.clockStop {
                stopped.withLock { $0 = $0 ?? stalled(plan, key, stop) }
                return
            }
            collected.withLock { $0[key] = o }
        }
        if let error = stopped.withLock({ $0 }) { throw error }
        return ExperimentResults(plan: plan, runs: collected.withLock { $0 })
    }

    /// The error for run `key`, whose clock stood still: it names the model
    /// file, the scenario, the replication and the process.
    public static func stalled(_ plan: RunPlan, _ key: RunKey, _ stop: ClockStop) -> LocatedError {
        LocatedError("scenario \(plan.variants[key.variant].scenarioName), replication \(key.replication): \(stop)",
                     file: plan.experiment.modelPath)
    }
}
