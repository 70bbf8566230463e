import ArgumentParser
import Experiments
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Rerun an experiment and compare its metrics with a stored baseline.",
        discussion: """
            exact: every replication's value must be byte-identical (same build, same seeds).
            statistical (default): a metric drifts when Welch's t-test rejects equal means at the
            experiment's check.alpha (default 0.01) and the means differ by more than its relative
            tolerance (check.tolerance, default 2%, or per metric under check.metrics).
            Missing and new metrics count as drift. Exit status: 0 no drift, 1 drift, 2 bad input.
            """
    )

    @Argument(help: "The experiment file (YAML).")
    var experiment: String

    @Option(name: .long, help: "The baseline file (default: results/baselines/<name>.json).")
    var baseline: String?

    @Option(name: .long, help: "exact or statistical.")
    var mode: String = "statistical"

    @Option(name: .long, help: "Also write a JUnit XML report here.")
    var junit: String?

    @Option(name: .long, help: "Worker threads (default: the CPUs this process may use: its affinity mask within its cgroup CPU quota).")
    var jobs: Int?

    func run() throws {
        guard let mode = BaselineCheck.Mode(rawValue: mode) else {
            exitForBadInput(ValidationError("--mode must be exact or statistical, not '\(self.mode)'"))
        }
        let plan: RunPlan
        let stored: Baseline
        do {
            let loaded = try ExperimentLoader.plan(path: experiment)
            stored = try Baseline(path: baseline ?? "results/baselines/\(loaded.experiment.name).json")
            // Rerun with the baseline's replications and seed, whatever the file says now.
            plan = try ExperimentLoader.plan(path: experiment, replications: stored.replications, seed: stored.seed)
        } catch {
            exitForBadInput(error)
        }
        let results = ReplicationRunner.results(of: plan, jobs: jobs ?? AvailableCPUs.count())
        let check = BaselineCheck(baseline: stored, results: results, mode: mode)
        print("\(plan.experiment.name): ", terminator: "")
        print(check.table(), terminator: "")
        if let junit { try ResultsFolder.writeAtomically(check.junit(experiment: plan.experiment.name), to: junit) }
        if check.drifted { throw ExitCode(1) }
    }
}
