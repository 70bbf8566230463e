import Foundation
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
    public let plan: RunPlan
    public let folder: String
    public var jobs = 1
    public var resume = false
    public var force = false
    public var progress: Progress.Style = .quiet
    public var commandLine: [String] = []
    /// The slice of a goal's initial design this process evaluates.
    public var shard: (index: Int, count: Int)?
    /// The experiment file's path, recorded in a shard and named by a staffing plan.
    public var experimentFile = ""
    /// Called after each run is saved (tests use it to interrupt at a known point).
    public var afterEachRun: (@Sendable () -> Void)?
    /// Hears of each decision (a point decided, an ISA iteration), one line each.
    public var log: (@Sendable (String) -> Void)?
    public var registry = ModelKindRegistry.standard

    public init(plan: RunPlan, folder: String) {
        self.plan = plan
        self.folder = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
    }

    /// How it ended.
    public enum Outcome {
        case goal(GoalAnswer)
        case staffing(StaffingAnswer)
        /// A shard of a goal's initial design evaluated into `folder`.
        case shard(runs: Int, folder: String)
        case interrupted(saved: Int, folder: String)
    }

    var staging: String { folder + ".partial" }
    var runsFolder: String { staging + "/runs" }

    /// Answers the question, or stops when `stop` is set (the runs done are kept).
    public func execute(stop: StopRequest) throws -> Outcome {
        let fm = FileManager.default
        if fm.fileExists(atPath: folder) && !force {
            throw ExperimentRun.Refusal(description: "\(folder): error: results folder exists; pass --force to replace it")
        }
        let fingerprint = self.fingerprint()
        if fm.fileExists(atPath: staging) {
            if resume {
                let recorded = (try? String(contentsOfFile: staging + "/plan.sha256", encoding: .utf8)) ?? ""
                guard recorded.trimmingCharacters(in: .whitespacesAndNewlines) == fingerprint else {
                    throw ExperimentRun.Refusal(description: "\(staging): error: the interrupted run was made from other inputs or settings; pass --force to start over")
                }
            } else if force {
                try fm.removeItem(atPath: staging)
            } else {
                throw ExperimentRun.Refusal(description: "\(staging): error: an interrupted run is here; pass --resume to finish it or --force to start over")
            }
        }
        try fm.createDirectory(atPath: runsFolder, withIntermediateDirectories: true)
        try ResultsFolder.writeAtomically(fingerprint + "\n", to: staging + "/plan.sha256")
        let started = Date()
        let evaluations = Evaluations(plan: plan, seriesBucket: plan.experiment.staffing?.snapshot, recordsFolder: runsFolder,
                                      jobs: jobs, stop: stop, progress: progress, afterEachRun: afterEachRun)
        do {
            if let shard {
                return try evaluateShard(shard, fingerprint: fingerprint, with: evaluations)
            }
            if plan.experiment.goal != nil {
                let answer = try answerGoal(with: evaluations)
                try publish(["goal.csv": answer.csv, "answer.txt": answer.text], runs: answer.runs,
                            events: evaluations.eventsSimulated, started: started)
                return .goal(answer)
            }
            let answer = try answerStaffing(with: evaluations)
            let relative = Self.relativePath(from: folder, to: experimentFile.isEmpty ? plan.experiment.inputFiles[0] : experimentFile)
            try publish(["staffing.csv": answer.csv, "staffing-plan.yaml": answer.planFile(extending: relative),
                         "answer.txt": answer.text], runs: answer.runs, events: evaluations.eventsSimulated, started: started)
            return .staffing(answer)
        } catch is Evaluations.Interrupted {
            let saved = (try? fm.contentsOfDirectory(atPath: runsFolder).filter { $0.hasSuffix(".run") }.count) ?? 0
            return .interrupted(saved: saved, folder: staging)
        }
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

    /// A goal's first batch and cap: `replications: {min, max}`, or N and 8 N for a plain N.
    var goalReplications: ReplicationRule {
        let n = plan.experiment.replications
        guard let rule = plan.experiment.replicationRule else { return ReplicationRule(min: max(2, n), max: max(2, 8 * n)) }
        return ReplicationRule(min: max(2, n), max: max(n, rule.max))
    }

    /// Evaluates slice `shard` of the goal's initial design: every point of
    /// the grid, every scenario, the first batch of replications.
    func evaluateShard(_ shard: (index: Int, count: Int), fingerprint: String, with evaluations: Evaluations) throws -> Outcome {
        guard let goal = plan.experiment.goal else {
            throw ExperimentRun.Refusal(description: "error: --shard splits runs known in advance; staffing decides its runs as it goes, so run it whole")
        }
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
        try ResultsFolder.writeAtomically(description.json(), to: staging + "/shard.json")
        let fm = FileManager.default
        if fm.fileExists(atPath: folder) { try fm.removeItem(atPath: folder) }
        try fm.moveItem(atPath: staging, toPath: folder)
        return .shard(runs: mine.count, folder: folder)
    }

    /// Every point of the `vary` grid in every scenario, in order (scenario, then the grid's last variable fastest).
    func initialDesign(_ goal: GoalSpec) throws -> [Candidate] {
        let size = goal.variables.reduce(1) { $0 * $1.values.count }
        guard size <= 10_000 else {
            throw goal.node.error("the grid of 'vary' has \(size) points; a shard evaluates the whole grid, so narrow the ranges (at most 10000)")
        }
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

    /// Writes `files` and a manifest into the staging folder, drops the run records and renames it to the folder.
    func publish(_ files: [String: String], runs: Int, events: Int, started: Date) throws {
        let fm = FileManager.default
        let stage = ResultsFolder(path: staging)
        for name in files.keys.sorted() { try stage.write(name, files[name]!) }
        let manifest = Manifest(commandLine: commandLine, started: started, finished: Date(), events: events)
        try stage.write("manifest.json", manifest.json(for: plan, answerRuns: runs))
        for leftover in ["runs", "plan.sha256"] where fm.fileExists(atPath: staging + "/" + leftover) {
            try fm.removeItem(atPath: staging + "/" + leftover)
        }
        if fm.fileExists(atPath: folder) { try fm.removeItem(atPath: folder) }
        try fm.moveItem(atPath: staging, toPath: folder)
    }

    /// Identifies the inputs and settings the saved runs came from.
    func fingerprint() -> String {
        var probe = ExperimentRun(plan: plan, folder: folder)
        probe.shard = nil
        return SHA256.hex(Array(("answer\n" + probe.fingerprint()).utf8))
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
