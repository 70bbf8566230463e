import ArgumentParser
import Experiments
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Rerun an experiment and compare its metrics with a stored baseline.",
        discussion: """
            The run uses the baseline's replications and seed. exact: every replication's value must be \
            byte-identical (same build, same seeds). statistical (default): a metric drifts when Welch's \
            t-test rejects equal means at the experiment's check.alpha (default 0.01) and the means differ \
            by more than its relative tolerance (check.tolerance, default 2%, or per metric under \
            check.metrics).

            A scenario or sweep point that appeared or disappeared counts as drift. A baseline of another \
            experiment, of other metrics or of the wrong shape is bad input.

            Exit status: 0 no drift, 1 drift, 2 bad input.
            """
    )

    @OptionGroup var options: ExperimentOptions

    @Option(name: .long, help: "The baseline file (default: results/baselines/<name>.json).")
    var baseline: String?

    @Option(name: .long, help: "How to compare with the baseline.")
    var mode: BaselineCheck.Mode = .statistical

    @Option(name: .long, help: "Also write a JUnit XML report here.")
    var junit: String?

    func run() throws {
        let plan: RunPlan
        let stored: Baseline
        do {
            let loaded = try ExperimentLoader.plan(path: options.experiment)
            let file = baseline ?? "results/baselines/\(loaded.experiment.name).json"
            let read = try Baseline(path: file)
            // Rerun with the baseline's replications and seed, whatever the file says now.
            plan = try ExperimentLoader.plan(path: options.experiment, replications: read.replications, seed: read.seed)
            try Baseline.requireHeld(plan)
            stored = try read.checked(against: plan, file: file)
        } catch {
            exitForBadInput(error)
        }
        let results: ExperimentResults
        do { results = try ReplicationRunner.results(of: plan, jobs: options.workerThreads) } catch { exitForBadInput(error) }
        let check = BaselineCheck(baseline: stored, results: results, mode: mode)
        print("\(plan.experiment.name): ", terminator: "")
        print(check.table(), terminator: "")
        if let junit {
            do { try FileSystem.write(check.junit(experiment: plan.experiment.name), to: junit) } catch { exitForFailure(error) }
        }
        if check.drifted { throw ExitCode(1) }
    }
}
