import ArgumentParser
import Experiments
import Foundation

struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Run an experiment and store every replication's metrics as a baseline for `runway check`.",
        discussion: "Default file: results/baselines/<name>.json. The manifest of the run is stored with it."
    )

    @Argument(help: "The experiment file (YAML).")
    var experiment: String

    @Option(name: .long, help: "Where to store the baseline.")
    var to: String?

    @Option(name: .long, help: "Worker threads (default: the CPUs this process may use: its affinity mask within its cgroup CPU quota).")
    var jobs: Int?

    func run() throws {
        let plan: RunPlan
        do { plan = try ExperimentLoader.plan(path: experiment) } catch { exitForBadInput(error) }
        let started = Date()
        let results = ReplicationRunner.results(of: plan, jobs: jobs ?? AvailableCPUs.count())
        let manifest = Manifest(commandLine: CommandLine.arguments, started: started, finished: Date(), events: results.totalEvents)
        let path = to ?? "results/baselines/\(plan.experiment.name).json"
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try ResultsFolder.writeAtomically(Baseline(results: results).json(manifest: manifest.json(for: plan)), to: path)
        print("baseline of \(plan.experiment.name): \(plan.runs.count) runs, stored in \(path)")
    }
}
