import Foundation
import ModelSpec
import ModelKit
import SimulationKernel

/// Answers an experiment's question — its `goal:` or its `staffing:` — into
/// a results folder, through the replication runner: every replication is
/// saved as a run record in `FOLDER.partial/runs/` as it completes, so an
/// interrupted search resumes (`resume`) by replaying its deterministic steps
/// on the saved runs and running only what is missing; the results are
/// written into `FOLDER.partial`, which is then renamed to `FOLDER`.
///
/// With `shard`, a goal evaluates slice I of N of its initial design (every
/// point of the `vary` grid at the first batch of replications) into its own
/// folder; `runway merge` gathers the slices and finishes the search on them.
public struct AnswerRun {
    /// The experiment, loaded and checked (its variants are the scenarios' models).
    public let plan: RunPlan
    /// The results folder as given (checked and normalised by `execute`).
    let requestedFolder: String
    /// The results folder, normalised.
    public let folder: String
    /// Worker threads (the answer is the same for any number).
    public var jobs = 1
    /// Go on from the runs saved in the staging folder (or leave a complete answer alone).
    public var resume = false
    /// Replace a results folder or a run in progress that Runway made.
    public var force = false
    /// How progress goes to stderr.
    public var progress: Progress.Style = .quiet
    /// The command line, for the manifest.
    public var commandLine: [String] = []
    /// The slice of a goal's initial design this process evaluates.
    public var shard: ShardSlice?
    /// Whether to write `report.html` with the answer (`--no-report` turns it off).
    public var writesReport = true
    /// The experiment file's path, recorded in a shard and named by a staffing plan.
    public var experimentFile = ""
    /// Called after each run is saved (tests use it to interrupt at a known point).
    public var afterEachRun: (@Sendable () -> Void)?
    /// Hears of each decision (a point decided, an ISA iteration), one line each.
    public var log: (@Sendable (String) -> Void)?
    /// Hears of saved runs that cannot be trusted and are run again.
    public var warn: (@Sendable (LocatedError) -> Void)?
    /// The model kinds candidates are built with.
    public var registry = ModelKindRegistry.standard
    /// Largest grid a goal without monotone constraints scans point by point (tests lower it).
    var scanLimit = GoalSearch.scanLimit
    /// Most points of the coarse grid that starts a larger goal's search (tests lower it).
    var coarseLimit = GoalSearch.coarseLimit

    /// Answers `plan`'s question into `folder`.
    public init(plan: RunPlan, folder: String) {
        self.plan = plan
        requestedFolder = folder
        self.folder = OutputFolder.normalised(folder)
    }

    /// How it ended.
    public enum Outcome {
        /// The goal's answer, published in the folder.
        case goal(GoalAnswer)
        /// The staffing plan, published in the folder.
        case staffing(StaffingAnswer)
        /// A shard of a goal's initial design evaluated into `folder`.
        case shard(runs: Int, folder: String)
        /// With `resume`: the folder already held the complete answer for these inputs; nothing was run.
        case alreadyComplete(folder: String)
        /// Stopped on request; `saved` run records wait in `folder` for `--resume`.
        case interrupted(saved: Int, folder: String)
        /// Stopped by a failure (a full disk, a model mistake found mid-search): the error says why and what was kept.
        case failed(LocatedError)
        /// A run's clock stood still: the model is at fault; the error names its process.
        case clockStopped(LocatedError)
    }

    var staging: String { folder + ".partial" }
    var runsFolder: String { staging + "/runs" }
    var kind: FolderMark.Kind { shard == nil ? .results : .shard }

    /// Answers the question, or stops when `stop` is set (the runs done are kept).
    /// Throws a `LocatedError` when the folder may not be used, or when
    /// writing fails (the runs saved are kept for `--resume`).
    public func execute(stop: StopRequest) throws -> Outcome {
        _ = try OutputFolder(requestedFolder, inputs: plan.experiment.inputFiles)
        if shard != nil { try plan.checkShardable() }
        let fingerprint = self.fingerprint()
        if FileSystem.exists(folder) {
            if resume, let mark = FolderMark.read(folder), mark.kind == kind, mark.fingerprint == fingerprint {
                if FileSystem.exists(staging), FolderMark.isRemovable(staging) { try FolderMark.removeMarkedFolder(staging) }
                return .alreadyComplete(folder: folder)
            }
            guard force else {
                throw LocatedError("results folder exists; pass --force to replace it (or --resume to keep a complete answer of these inputs)", file: folder)
            }
            guard FolderMark.isRemovable(folder) else {
                throw LocatedError("not a folder Runway made (it has no \(FolderMark.fileName)), so --force does not replace it; "
                                   + "remove it yourself or choose another --out", file: folder)
            }
        }
        try prepareStaging(fingerprint: fingerprint)
        let started = Date()
        let evaluations = Evaluations(plan: plan, seriesBucket: plan.experiment.staffing?.snapshot, recordsFolder: runsFolder,
                                      jobs: jobs, stop: stop, progress: progress, afterEachRun: afterEachRun)
        evaluations.warn = warn
        do {
            if let shard {
                return try evaluateShard(shard, fingerprint: fingerprint, with: evaluations)
            }
            if plan.experiment.goal != nil {
                let answer = try answerGoal(with: evaluations)
                try publish(["goal.csv": answer.csv, "answer.txt": answer.text,
                             "datapackage.json": DataPackage.answerJSON(experiment: plan.experiment, tables: [
                                ("goal.csv", answer.csv, "every point the goal seek evaluated, per scenario and constraint: values, cost, "
                                    + "replications, the constraint's mean and one-sided bounds and its verdict",
                                 ["scenario", "candidate", "constraint"])])], fingerprint: fingerprint, runs: answer.runs,
                            events: evaluations.eventsSimulated, started: started, rule: goalReplications)
                return .goal(answer)
            }
            let answer = try answerStaffing(with: evaluations)
            let relative = Self.relativePath(from: folder, to: experimentFile.isEmpty ? plan.experiment.inputFiles[0] : experimentFile)
            try publish(["staffing.csv": answer.csv, "staffing-plan.yaml": answer.planFile(extending: relative),
                         "answer.txt": answer.text,
                         "datapackage.json": DataPackage.answerJSON(experiment: plan.experiment, tables: [
                            ("staffing.csv", answer.csv, "the staffing plan per scenario and interval: staff, the target metric's "
                                + "mean and 95% interval, whether it meets the target, offered load and arrivals",
                             ["scenario", "interval_start_s"])])], fingerprint: fingerprint, runs: answer.runs,
                        events: evaluations.eventsSimulated, started: started)
            return .staffing(answer)
        } catch is Evaluations.Interrupted {
            return .interrupted(saved: savedRuns, folder: staging)
        } catch let stall as Evaluations.Stalled {
            return .clockStopped(stall.error)
        } catch {
            return .failed(ExperimentRun.keepingRuns(error, saved: savedRuns, in: staging))
        }
    }

    /// Run records in the staging folder.
    var savedRuns: Int {
        ((try? FileSystem.entries(of: runsFolder)) ?? []).filter { $0.hasSuffix(".run") }.count
    }

    /// Makes (or, with `resume`, reopens) the staging folder for these inputs.
    func prepareStaging(fingerprint: String) throws {
        _ = try StagingFolder(path: staging).open(fingerprint: fingerprint, resume: resume, force: force)
    }

    /// The goal answered scenario by scenario.
    func answerGoal(with evaluations: Evaluations) throws -> GoalAnswer {
        let goal = plan.experiment.goal!
        let factory = try ModelFactory(experiment: plan.experiment, registry: registry)
        let rule = goalReplications
        var outcomes: [GoalOutcome] = []
        for (s, scenario) in plan.experiment.scenarios.enumerated() {
            var search = GoalSearch(goal: goal, scenario: s, scenarioName: scenario.name, factory: factory, rule: rule,
                                    catalogue: plan.variants[s].model.metricCatalogue)
            if let log { search.log = log }
            search.scanLimit = scanLimit
            search.coarseLimit = coarseLimit
            outcomes.append(try search.solve(with: evaluations))
        }
        var units: [String: MetricUnit] = [:]
        for c in goal.constraints { units[c.metric] = plan.catalogue.metric(c.metric)?.unit }
        return GoalAnswer(experiment: plan.experiment, goal: goal, outcomes: outcomes, units: units)
    }

    /// The staffing answered scenario by scenario.
    func answerStaffing(with evaluations: Evaluations) throws -> StaffingAnswer {
        let setup = try StaffingSetup(plan.experiment.staffing!, plan: plan, registry: registry)
        let factory = try ModelFactory(experiment: plan.experiment, registry: registry)
        var outcomes: [StaffingOutcome] = []
        for (s, scenario) in plan.experiment.scenarios.enumerated() {
            var staffing = IterativeStaffing(setup: setup, scenario: s, scenarioName: scenario.name, factory: factory,
                                             replications: plan.experiment.replications)
            if let log { staffing.log = log }
            outcomes.append(try staffing.solve(with: evaluations))
        }
        return StaffingAnswer(experiment: plan.experiment, setup: setup, outcomes: outcomes)
    }

    /// A goal's first batch and cap: `replications: {min, max}`, or N and 8 N
    /// for a plain N (at least 2, checked at load), as `--replications` left them.
    var goalReplications: ReplicationRule {
        let n = plan.experiment.replications
        guard let rule = plan.experiment.replicationRule else { return ReplicationRule(min: n, max: 8 * n) }
        return ReplicationRule(min: n, max: max(n, rule.max))
    }

    /// Evaluates slice `shard` of the goal's initial design: every point of
    /// the grid, every scenario, the first batch of replications.
    func evaluateShard(_ shard: ShardSlice, fingerprint: String, with evaluations: Evaluations) throws -> Outcome {
        let goal = plan.experiment.goal!
        let design = try initialDesign(goal)
        let n = goalReplications.min
        var mine: [(Candidate, Int)] = []
        var position = 0
        for candidate in design {
            for r in 0..<n {
                if position % shard.count == shard.index { mine.append((candidate, r)) }
                position += 1
            }
        }
        try evaluations.ensure(mine)
        let description = ShardDescription(experimentFile: experimentFile, replications: plan.experiment.replications,
                                           seed: plan.experiment.seed, index: shard.index, count: shard.count,
                                           fingerprint: fingerprint)
        try FileSystem.write(description.json(), to: staging + "/shard.json")
        try FolderMark(kind: .shard, fingerprint: fingerprint).write(into: staging)
        if FileSystem.exists(staging + "/replaced") { try FileSystem.remove(staging + "/replaced") }
        try Publication.replace(folder, with: staging, setAsideIn: staging + "/replaced")
        if FileSystem.exists(folder + "/replaced") { try FileSystem.remove(folder + "/replaced") }
        return .shard(runs: mine.count, folder: folder)
    }

    /// Every point of the `vary` grid in every scenario, in order (scenario, then the grid's last variable fastest).
    func initialDesign(_ goal: GoalSpec) throws -> [Candidate] {
        try plan.checkShardable()
        let factory = try ModelFactory(experiment: plan.experiment, registry: registry)
        var points: [[Int]] = [[]]
        for v in goal.variables { points = points.flatMap { p in v.values.indices.map { p + [$0] } } }
        var design: [Candidate] = []
        for (s, scenario) in plan.experiment.scenarios.enumerated() {
            let tree = factory.tree(scenario: s)
            for p in points {
                let overrides = try zip(goal.variables, p).flatMap { try $0.overrides($1, in: tree) }
                let label = zip(goal.variables, p).map { "\($0.name)=\($0.display($1))" }.joined(separator: ", ")
                design.append(try Candidate(scenario: s, scenarioName: scenario.name, overrides: overrides, label: label, factory: factory))
            }
        }
        return design
    }

    /// Publishes `files`, a manifest and (unless turned off) `report.html` as the results folder, as `Publication`
    /// does: written into `STAGING/publish` (marked as results), renamed to the
    /// folder (an old one set aside first), then the staging folder and its run records removed.
    func publish(_ files: [String: String], fingerprint: String, runs: Int, events: Int, started: Date,
                 rule: ReplicationRule? = nil) throws {
        let publishing = staging + "/publish"
        let replaced = staging + "/replaced"
        for leftover in [publishing, replaced] where FileSystem.exists(leftover) { try FileSystem.remove(leftover) }
        try FileSystem.createFolder(publishing)
        try FolderMark(kind: .results, fingerprint: fingerprint).write(into: publishing)
        for name in files.keys.sorted() { try FileSystem.write(files[name]!, to: publishing + "/" + name) }
        let manifest = Manifest(commandLine: commandLine, started: started, finished: Date(), events: events)
        try FileSystem.write(manifest.json(for: plan, answerRuns: runs, replicationRule: rule), to: publishing + "/manifest.json")
        // Made from the files just written, as `runway report` would make it.
        if writesReport { try FileSystem.write(try ResultsReport.html(folder: publishing), to: publishing + "/report.html") }
        try Publication.replace(folder, with: publishing, setAsideIn: replaced)
        try FolderMark.removeMarkedFolder(staging)
    }

    /// Identifies the inputs and settings the saved runs came from.
    func fingerprint() -> String {
        SHA256.hex(Array(("answer\n" + ExperimentRun(plan: plan, folder: folder).fingerprint()).utf8))
    }

    /// `target` relative to the folder `from` (both made absolute), for a file written in `from`.
    static func relativePath(from: String, to target: String) -> String {
        let base = URL(fileURLWithPath: from).standardizedFileURL.pathComponents
        let goal = URL(fileURLWithPath: target).standardizedFileURL.pathComponents
        var common = 0
        while common < min(base.count, goal.count) && base[common] == goal[common] { common += 1 }
        return (Array(repeating: "..", count: base.count - common) + goal[common...]).joined(separator: "/")
    }
}
