import Foundation
import ModelSpec
import SimulationKernel

/// A validated experiment file: which model, how long, how many
/// replications from which seed, and which scenarios and sweeps to compare.
public struct ExperimentSpec: Sendable {
    /// Name; results go to `results/<name>/` by default.
    public var name: String
    /// The planner's free-text `description:`, if given (shown in the manifest and the report).
    public var description: String?
    /// Path of the model file (resolved against the folder of the file that names it).
    public var modelPath: String
    /// Simulated time to run each replication, in the model's time unit (seconds where units are used).
    public var horizon: Double
    /// Where `horizon` was written, for errors about the run's length.
    public var horizonNode: SpecNode?
    /// Time at the start whose statistics are discarded.
    public var warmup: Double
    /// Time after the horizon during which work under way goes on while
    /// demand has stopped (`run-off:`), so its consequences are counted.
    public var runOff: Double
    /// Where `warmup` and `run-off` were written, to refuse them for a model kind that ignores them.
    public var warmupNode: SpecNode?
    /// Where `run-off` was written, if it was.
    public var runOffNode: SpecNode?
    /// The wall-clock moment simulated time 0 stands for, if given.
    public var start: StartMoment?
    /// Replications per variant (scenario × sweep point), at least 1; 10 by default.
    public var replications: Int
    /// Where `replications` was written (nil: the default, or the command line).
    public var replicationsNode: SpecNode?
    /// The seed every random stream derives from (with the replication and the stream's name); 1 by default.
    public var seed: UInt64
    /// Named override sets; the first is the baseline.
    public var scenarios: [ScenarioSpec]
    /// Axes of the parameter grid (empty: no sweep).
    public var sweep: [SweepAxis]
    /// Time series and terminal-table choices (`outputs:`).
    public var outputs: OutputSpec
    /// How `runway check` judges drift.
    public var check: CheckSpec
    /// `replications: {min, max, until}`: batches until the intervals are tight (nil: a fixed number).
    public var replicationRule: ReplicationRule?
    /// `goal:` — the least-cost inputs meeting constraints (nil: run the scenarios and sweep).
    public var goal: GoalSpec?
    /// `staffing:` — staff per interval for a pool (nil: none).
    public var staffing: StaffingSpec?
    /// Every file read (experiment files along the `extends` chain, then the model), for the manifest.
    public var inputFiles: [String]

    /// The longest run, horizon and run-off together: 100 years of simulated
    /// seconds (3,155,760,000 time units). Runs are days to months; a horizon
    /// of 1e300 ran for ever. How much a run may do within it is bounded by
    /// its expected arrivals (`ExperimentLoader.maximumArrivals`).
    public static let longestRun = 100 * 365.25 * 86_400.0

    /// A length of simulated time for messages: `1e+300 s`, `3,155,760,001 s (100 years)`.
    static func span(_ seconds: Double) -> String {
        let years = seconds / (365.25 * 86_400)
        guard seconds < 1e15 else { return "\(seconds) s" }
        return "\(NumberText.count(seconds)) s" + (years >= 1 ? " (\(NumberText.count(years.rounded())) years)" : "")
    }

    /// Most variants (scenarios × sweep points) an experiment may have. Each
    /// is a model built and held at load and a row per metric in every
    /// results file; a grid of 300 × 300 points took 950 MB only to validate.
    /// Planners compare a handful of scenarios over sweeps of tens of points.
    public static let maximumVariants = 10_000

    /// Refuses, from the axes' lengths and before any point is listed, an
    /// experiment of more than `maximumVariants` variants, at `node` (the sweep, else the scenarios).
    static func refuseTooManyVariants(scenarios: [ScenarioSpec], sweep: [SweepAxis], at node: SpecNode?) throws {
        let lengths = sweep.map { Double($0.values.count) }
        let points = lengths.reduce(1, *)
        let variants = points * Double(scenarios.count)
        guard variants > Double(maximumVariants), let node else { return }
        let grid = lengths.count > 1 && lengths.count <= 8 ? lengths.map { NumberText.count($0) }.joined(separator: " × ") + " = " : ""
        let made = sweep.isEmpty
            ? "\(NumberText.count(scenarios.count)) scenarios are \(NumberText.count(variants)) variants"
            : "a sweep of \(grid)\(NumberText.count(points)) point\(points == 1 ? "" : "s") in \(NumberText.count(scenarios.count)) "
                + "scenario\(scenarios.count == 1 ? "" : "s") would make \(NumberText.count(variants)) variants (scenario × sweep point)"
        throw node.error(made + "; at most \(NumberText.count(maximumVariants)), since each is a model built at load and "
                         + "rows in every results file: narrow the sweep, or split it into several experiments")
    }

    /// Reads the experiment at `path`, following `extends`.
    public static func load(path: String) throws -> ExperimentSpec {
        var files: [String] = []
        let root = try ExperimentInheritance.resolve(path: path, files: &files)
        var spec = try ExperimentSpec(from: root)
        spec.inputFiles = files + [spec.modelPath]
        return spec
    }

    init(from root: SpecNode) throws {
        var m = try root.mapping("an experiment mapping")
        m.allow("extends")
        let nameNode = try m.required("name")
        name = try nameNode.string()
        guard name.range(of: #"^[A-Za-z0-9][A-Za-z0-9._-]*$"#, options: .regularExpression) != nil else {
            throw nameNode.error("an experiment name may hold letters, digits, '.', '_' and '-' (it names the results folder)")
        }
        description = try m.optional("description") { try $0.text() }
        let modelNode = try m.required("model")
        let relative = try modelNode.string()
        // Relative to the file that wrote it (which may be an extended base).
        let folder = (modelNode.location.file as NSString).deletingLastPathComponent
        modelPath = relative.hasPrefix("/") || folder.isEmpty ? relative : (folder as NSString).appendingPathComponent(relative)
        let horizonNode = try m.required("horizon")
        self.horizonNode = horizonNode
        horizon = try horizonNode.duration(positive: true, what: "horizon")
        if horizon > Self.longestRun {
            throw horizonNode.error("a horizon of \(Self.span(horizon)) is beyond the longest run, "
                                    + "100 years (\(NumberText.count(Self.longestRun)) s): shorten it")
        }
        warmupNode = m.optional("warmup")
        warmup = try warmupNode?.duration(what: "warm-up") ?? 0
        if warmup >= horizon, let warmupNode {
            throw warmupNode.error("the warm-up must end before the horizon")
        }
        runOffNode = m.optional("run-off")
        runOff = try runOffNode?.duration(what: "run-off") ?? 0
        if horizon + runOff > Self.longestRun, let runOffNode {
            throw runOffNode.error("a run-off of \(Self.span(runOff)) after a horizon of \(Self.span(horizon)) is beyond the longest run, "
                                   + "100 years (\(NumberText.count(Self.longestRun)) s) in all: shorten it")
        }
        start = try m.optional("start") { try StartMoment(from: $0) }
        replicationsNode = m.optional("replications")
        if let replicationsNode, replicationsNode.scalar == nil {
            let rule = try ReplicationRule(from: replicationsNode)
            replicationRule = rule
            replications = rule.min
        } else {
            replications = try replicationsNode?.count(minimum: 1, what: "number of replications") ?? 10
        }
        seed = try m.optional("seed") { try $0.unsignedInteger(what: "seed") } ?? 1
        let scenariosNode = m.optional("scenarios")
        scenarios = try scenariosNode.map { try ScenarioSpec.list(from: $0) } ?? [ScenarioSpec(name: "baseline", overrides: [])]
        let sweepNode = m.optional("sweep")
        sweep = try sweepNode.map { try SweepAxis.axes(from: $0) } ?? []
        try Self.refuseTooManyVariants(scenarios: scenarios, sweep: sweep, at: sweepNode ?? scenariosNode)
        outputs = try m.optional("outputs") { try OutputSpec(from: $0) } ?? OutputSpec()
        check = try m.optional("check") { try CheckSpec(from: $0) } ?? CheckSpec()
        goal = try m.optional("goal") { try GoalSpec(from: $0) }
        staffing = try m.optional("staffing") { try StaffingSpec(from: $0) }
        inputFiles = []
        try m.finish()
        try AnswerSections.checkCombination(of: self, sweep: m.optional("sweep"))
        guard FileManager.default.isReadableFile(atPath: modelPath) else {
            throw modelNode.error("model file '\(modelPath)' does not exist or cannot be read")
        }
    }
}

extension ExperimentSpec {
    /// The least `--replications` a question takes: its intervals and
    /// one-sided bounds need a standard deviation, so two for a goal or
    /// staffing; one otherwise.
    var leastReplications: Int { goal != nil || staffing != nil ? 2 : 1 }

    /// Applies `--replications N`: a fixed number of replications per
    /// scenario and sweep point (replacing an `until` rule); for a goal, each
    /// point's first batch, the most it may get staying the file's `max` (8 ×
    /// the file's number when it gives a plain one) but raised to N if below;
    /// for staffing, the replications of every plan evaluated. Refuses N
    /// below `leastReplications`.
    mutating func overrideReplications(_ n: Int) throws {
        let least = leastReplications
        guard n >= least else {
            let what = goal != nil ? "a goal" : "staffing"
            throw LocatedError("--replications \(n): \(what) needs at least \(least) replications "
                               + "(its intervals need a standard deviation)")
        }
        if goal != nil {
            let most = replicationRule?.max ?? 8 * replications
            replicationRule = ReplicationRule(min: n, max: Swift.max(most, n))
        } else {
            replicationRule = nil
        }
        replications = n
        replicationsNode = nil
    }
}
