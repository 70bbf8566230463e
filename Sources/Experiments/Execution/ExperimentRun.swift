import Foundation
import SimulationKernel
import Synchronization

/// Runs an experiment into a results folder so that nothing computed is lost
/// and nothing is half-written:
///
/// - while running, each finished run is saved in `FOLDER.partial/runs/`;
/// - an interrupted experiment leaves that folder; `resume` runs only the
///   missing runs (the plan's fingerprint must match) and the results are
///   byte-identical to an uninterrupted run;
/// - at the end, all results files are written into `FOLDER.partial`, which is
///   then renamed to `FOLDER`.
public struct ExperimentRun {
    public let plan: RunPlan
    public let folder: String
    public var jobs = 1
    public var resume = false
    public var force = false
    public var progress: Progress.Style = .quiet
    public var commandLine: [String] = []
    /// The slice of the runs this process does (`runway run --shard I/N`).
    public var shard: (index: Int, count: Int)?
    /// The experiment file's path, recorded in a shard for `runway merge`.
    public var experimentFile = ""
    /// Called after each run is saved (tests use it to interrupt at a known point).
    public var afterEachRun: (@Sendable () -> Void)?

    public init(plan: RunPlan, folder: String) {
        self.plan = plan
        self.folder = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
    }

    /// How a run ended.
    public enum Outcome {
        case completed(ExperimentResults)
        case interrupted(saved: Int, total: Int, folder: String)
    }

    /// A reason not to start, phrased for the planner.
    public struct Refusal: Error, CustomStringConvertible {
        public let description: String
    }

    var staging: String { folder + ".partial" }
    var runsFolder: String { staging + "/runs" }

    /// Runs what is missing; stops handing out runs once `stop` is set.
    public func execute(stop: StopRequest) throws -> Outcome {
        let fm = FileManager.default
        if fm.fileExists(atPath: folder) && !force {
            throw Refusal(description: "\(folder): error: results folder exists; pass --force to replace it")
        }
        // With `replications: {until: …}`, stages of replications until the intervals are tight.
        let rule = plan.experiment.replicationRule.flatMap { $0.until.isEmpty ? nil : $0 }
        if rule != nil, shard != nil {
            throw Refusal(description: "error: --shard splits runs known in advance; 'until' decides the replications as it goes, so run it whole or give a fixed number")
        }
        let fingerprint = self.fingerprint()
        var saved: [RunKey: Observations] = [:]
        if fm.fileExists(atPath: staging) {
            if resume {
                let recorded = (try? String(contentsOfFile: staging + "/plan.sha256", encoding: .utf8)) ?? ""
                guard recorded.trimmingCharacters(in: .whitespacesAndNewlines) == fingerprint else {
                    throw Refusal(description: "\(staging): error: the interrupted run was made from other inputs or settings; pass --force to start over")
                }
                saved = loadSavedRuns()
            } else if force {
                try fm.removeItem(atPath: staging)
            } else {
                throw Refusal(description: "\(staging): error: an interrupted run is here; pass --resume to finish it or --force to start over")
            }
        }
        try fm.createDirectory(atPath: runsFolder, withIntermediateDirectories: true)
        try ResultsFolder.writeAtomically(fingerprint + "\n", to: staging + "/plan.sha256")

        let started = Date()
        var plan = self.plan
        var runs = saved
        var precision: PrecisionReport?
        while true {
            guard try runMissing(of: plan, into: &runs, stop: stop) else {
                let mine = shard.map { plan.runs(shard: $0.index, of: $0.count) } ?? plan.runs
                return .interrupted(saved: mine.filter { runs[$0] != nil }.count, total: mine.count, folder: staging)
            }
            guard let rule else { break }
            let report = PrecisionReport(ExperimentResults(plan: plan, runs: runs), rule: rule)
            guard let next = report.nextReplications else {
                precision = report
                break
            }
            plan = plan.replicating(next)
        }
        let replications = plan.experiment.replications
        runs = runs.filter { $0.key.replication < replications }
        var results = ExperimentResults(plan: plan, runs: runs)
        results.precision = precision
        if let shard {
            // A shard keeps its run records; `runway merge` builds the results.
            let description = ShardDescription(experimentFile: experimentFile, replications: plan.experiment.replications,
                                               seed: plan.experiment.seed, index: shard.index, count: shard.count,
                                               fingerprint: fingerprint)
            try ResultsFolder.writeAtomically(description.json(), to: staging + "/shard.json")
            if fm.fileExists(atPath: folder) { try fm.removeItem(atPath: folder) }
            try fm.moveItem(atPath: staging, toPath: folder)
            return .completed(results)
        }
        try writeResults(results, started: started)
        return .completed(results)
    }

    /// Runs the runs of `plan` (or of this shard) missing from `runs`, saving
    /// each record and adding it to `runs`; false when stopped before all were done.
    func runMissing(of plan: RunPlan, into runs: inout [RunKey: Observations], stop: StopRequest) throws -> Bool {
        let mine = shard.map { plan.runs(shard: $0.index, of: $0.count) } ?? plan.runs
        let missing = mine.filter { runs[$0] == nil }
        let reporter = Progress(style: progress, runs: missing, alreadyDone: mine.count - missing.count) { v in
            let variant = plan.variants[v]
            if plan.sweepColumns.isEmpty { return "scenario \(variant.scenarioName)" }
            return "scenario \(variant.scenarioName) [" + zip(plan.sweepColumns, variant.sweepValues).map { "\($0)=\($1)" }.joined(separator: ", ") + "]"
        }
        let collected = Mutex(runs)
        let failure = Mutex<Error?>(nil)
        let runsFolder = self.runsFolder
        let hook = afterEachRun
        ReplicationRunner.run(plan, keys: missing, jobs: jobs, shouldStop: { stop.isRequested }) { key, o in
            do {
                try ResultsFolder.writeAtomically(RunRecord.encode(o), to: runsFolder + "/" + Self.fileName(key))
            } catch {
                failure.withLock { $0 = $0 ?? error }
                stop.request()
            }
            collected.withLock { $0[key] = o }
            reporter.finished(variant: key.variant, events: o.events)
            hook?()
        }
        if let error = failure.withLock({ $0 }) { throw error }
        runs = collected.withLock { $0 }
        return mine.allSatisfy { runs[$0] != nil }
    }

    func writeResults(_ results: ExperimentResults, started: Date) throws {
        try Self.publish(results, staging: staging, folder: folder, started: started, commandLine: commandLine)
    }

    /// Writes every results file into `staging` (which may hold run records
    /// and a plan fingerprint, removed here) and renames it to `folder`.
    static func publish(_ results: ExperimentResults, staging: String, folder: String, started: Date,
                        commandLine: [String]) throws {
        let fm = FileManager.default
        let plan = results.plan
        let stage = ResultsFolder(path: staging)
        try stage.create()
        try stage.write("summary.json", ResultFiles.summaryJSON(results))
        try stage.write("summary.csv", ResultFiles.summaryCSV(results))
        try stage.write("replications.csv", ResultFiles.replicationsCSV(results))
        if plan.experiment.scenarios.count > 1 { try stage.write("comparisons.csv", ResultFiles.comparisonsCSV(results)) }
        if let precision = results.precision { try stage.write("precision.csv", precision.csv(results)) }
        if plan.experiment.outputs.seriesBucket != nil {
            try stage.write("timeseries.csv", ResultFiles.timeseriesCSV(results))
            try stage.write("timeseries_summary.csv", ResultFiles.timeseriesSummaryCSV(results))
        }
        let manifest = Manifest(commandLine: commandLine, started: started, finished: Date(), events: results.totalEvents)
        try stage.write("manifest.json", manifest.json(for: plan))
        for leftover in ["runs", "plan.sha256", "shard.json"] where fm.fileExists(atPath: staging + "/" + leftover) {
            try fm.removeItem(atPath: staging + "/" + leftover)
        }
        if fm.fileExists(atPath: folder) { try fm.removeItem(atPath: folder) }
        try fm.moveItem(atPath: staging, toPath: folder)
    }

    func loadSavedRuns() -> [RunKey: Observations] {
        var saved: [RunKey: Observations] = [:]
        // With a precision rule, saved stages may reach up to its most replications.
        let most = plan.experiment.replicationRule.flatMap { $0.until.isEmpty ? nil : $0.max } ?? plan.experiment.replications
        for key in plan.replicating(most).runs {
            let path = runsFolder + "/" + Self.fileName(key)
            // A record that does not hold exactly the variant's metrics is not trusted: the run is redone.
            guard let text = try? String(contentsOfFile: path, encoding: .utf8), let o = RunRecord.decode(text),
                  o.matches(plan.variants[key.variant].model.metricCatalogue) else { continue }
            saved[key] = o
        }
        return saved
    }

    static func fileName(_ key: RunKey) -> String { "v\(key.variant)-r\(key.replication).run" }

    /// Identifies the inputs and settings that the saved runs came from.
    func fingerprint() -> String {
        var text = "replications=\(plan.experiment.replications) seed=\(plan.experiment.seed) runs=\(plan.runs.count)\n"
        // Contents, not paths: a shard run from a relative path merges with the same files named absolutely.
        for path in plan.experiment.inputFiles {
            text += (FileManager.default.contents(atPath: path).map { SHA256.hex($0) } ?? "missing") + "\n"
        }
        return SHA256.hex(Array(text.utf8))
    }
}
