import ArgumentParser
import Experiments
import Foundation
import SimulationKernel
import Synchronization

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run an experiment's replications and write its results.",
        discussion: """
            Writes summary.json, summary.csv and replications.csv to DIR (default results/<name>/)
            and prints each metric's mean with its 95% confidence interval. The same inputs and
            seed give byte-identical files whatever --jobs is.
            """
    )

    @Argument(help: "The experiment file (YAML).")
    var experiment: String

    @Option(name: .long, help: "Results folder (default: results/<experiment name>).")
    var out: String?

    @Option(name: .long, help: "Replications per scenario, overriding the file.")
    var replications: Int?

    @Option(name: .long, help: "Experiment seed, overriding the file.")
    var seed: UInt64?

    @Option(name: .long, help: "Worker threads (default: all cores).")
    var jobs: Int?

    @Flag(name: .long, help: "Replace an existing results folder.")
    var force = false

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        if let replications, replications < 1 { throw ValidationError("--replications must be at least 1") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let plan: RunPlan
        do {
            plan = try ExperimentLoader.plan(path: experiment, replications: replications, seed: seed)
        } catch {
            exitForBadInput(error)
        }
        let folder = out ?? "results/\(plan.experiment.name)"
        if FileManager.default.fileExists(atPath: folder) && !force {
            exitForBadInput(ValidationError("results folder '\(folder)' exists; pass --force to replace it"))
        }
        let workers = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let keys = plan.runs
        let collected = Mutex<[RunKey: Observations]>([:])
        let started = ContinuousClock.now
        ReplicationRunner.run(plan, keys: keys, jobs: workers) { key, observations in
            collected.withLock { $0[key] = observations }
        }
        let results = ExperimentResults(plan: plan, runs: collected.withLock { $0 })
        let elapsed = ContinuousClock.now - started
        try writeResults(results, to: folder)
        if !quiet {
            print(ResultFiles.table(results))
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            print("\(keys.count) runs, \(results.totalEvents) events in \(String(format: "%.2f", seconds)) s; results in \(folder)/")
        }
    }

    /// Writes every file into a fresh staging folder, then swaps it in.
    func writeResults(_ results: ExperimentResults, to folder: String) throws {
        let staging = folder.hasSuffix("/") ? String(folder.dropLast()) + ".partial" : folder + ".partial"
        let fm = FileManager.default
        try? fm.removeItem(atPath: staging)
        let stage = ResultsFolder(path: staging)
        try stage.create()
        try stage.write("summary.json", ResultFiles.summaryJSON(results))
        try stage.write("summary.csv", ResultFiles.summaryCSV(results))
        try stage.write("replications.csv", ResultFiles.replicationsCSV(results))
        if fm.fileExists(atPath: folder) { try fm.removeItem(atPath: folder) }
        try fm.moveItem(atPath: staging, toPath: folder)
    }
}
