import Experiments
import Foundation
import SimulationKernel
import Synchronization
import Testing

/// The repository's root, found from this file's path.
let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

/// Runs `experiments/validation/NAME.yaml` on all cores.
func runValidation(_ name: String) throws -> ExperimentResults {
    let plan = try ExperimentLoader.plan(path: "\(repositoryRoot)/experiments/validation/\(name).yaml")
    let collected = Mutex<[RunKey: Observations]>([:])
    ReplicationRunner.run(plan, keys: plan.runs, jobs: ProcessInfo.processInfo.activeProcessorCount) { key, o in
        collected.withLock { $0[key] = o }
    }
    return ExperimentResults(plan: plan, runs: collected.withLock { $0 })
}

/// Checks that `analytic` lies inside the simulation's 99% confidence
/// interval for `metric` and that the interval is tight (half-width ≤ 2% of the value).
func expectAgreement(_ results: ExperimentResults, _ metric: String, analytic: Double,
                     sourceLocation: SourceLocation = #_sourceLocation) {
    guard let m = results.summaries(variant: 0).first(where: { $0.name == metric }) else {
        Issue.record("no metric \(metric)", sourceLocation: sourceLocation)
        return
    }
    let h = m.summary.halfWidth(level: 0.99)
    let detail = "\(metric): simulated \(m.summary.mean) ± \(h) (99%), analytic \(analytic)"
    print("validation \(results.plan.experiment.name) \(detail)")
    #expect(abs(m.summary.mean - analytic) <= h, "\(detail)", sourceLocation: sourceLocation)
    #expect(h <= 0.02 * abs(analytic), "interval too wide: \(detail)", sourceLocation: sourceLocation)
}
