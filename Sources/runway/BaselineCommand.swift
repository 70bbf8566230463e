import ArgumentParser
import Experiments
import Foundation

struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Run an experiment and store every replication's metrics as a baseline for `runway check`.",
        discussion: """
            Default file: results/baselines/<name>.json. The manifest of the run is stored with it. \
            A baseline holds every run in memory: at most 100000 runs.
            """
    )

    @OptionGroup var options: ExperimentOptions

    @OptionGroup var sampling: SamplingOptions

    @Option(name: .long, help: "Where to store the baseline.")
    var to: String?

    func run() throws {
        let plan: RunPlan
        do {
            plan = try ExperimentLoader.plan(path: options.experiment, replications: sampling.replications, seed: sampling.seed)
            try Baseline.requireHeld(plan)
        } catch {
            exitForBadInput(error)
        }
        let started = Date()
        let results: ExperimentResults
        do { results = try ReplicationRunner.results(of: plan, jobs: options.workerThreads) } catch { exitForBadInput(error) }
        let manifest = Manifest(commandLine: CommandLine.arguments, started: started, finished: Date(), events: results.totalEvents)
        let path = to ?? "results/baselines/\(plan.experiment.name).json"
        do {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty { try FileSystem.createFolder(folder) }
            try FileSystem.write(Baseline(results: results).json(manifest: manifest.json(for: plan)), to: path)
        } catch {
            exitReporting(error, status: 1)
        }
        print("baseline of \(plan.experiment.name): \(plan.runs.count) runs, stored in \(path)")
    }
}
