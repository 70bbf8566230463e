import Foundation
import ModelSpec
import SimulationKernel

/// A validated experiment file: which model, how long, how many
/// replications from which seed, and which scenarios and sweeps to compare.
public struct ExperimentSpec: Sendable {
    /// Name; results go to `results/<name>/` by default.
    public var name: String
    public var description: String?
    /// Path of the model file (resolved against the folder of the file that names it).
    public var modelPath: String
    /// Simulated time to run each replication, in the model's time unit (seconds where units are used).
    public var horizon: Double
    /// Time at the start whose statistics are discarded.
    public var warmup: Double
    /// Time after the horizon during which work under way goes on while
    /// demand has stopped (`run-off:`), so its consequences are counted.
    public var runOff: Double
    /// Where `warmup` and `run-off` were written, to refuse them for a model kind that ignores them.
    public var warmupNode: SpecNode?
    public var runOffNode: SpecNode?
    /// The wall-clock moment simulated time 0 stands for, if given.
    public var start: StartMoment?
    public var replications: Int
    public var seed: UInt64
    /// Named override sets; the first is the baseline.
    public var scenarios: [ScenarioSpec]
    /// Axes of the parameter grid (empty: no sweep).
    public var sweep: [SweepAxis]
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
        horizon = try m.required("horizon") { try $0.duration(positive: true, what: "horizon") }
        warmupNode = m.optional("warmup")
        warmup = try warmupNode?.duration(what: "warm-up") ?? 0
        if warmup >= horizon, let warmupNode {
            throw warmupNode.error("the warm-up must end before the horizon")
        }
        runOffNode = m.optional("run-off")
        runOff = try runOffNode?.duration(what: "run-off") ?? 0
        start = try m.optional("start") { try StartMoment(from: $0) }
        let replicationsNode = m.optional("replications")
        if let replicationsNode, replicationsNode.scalar == nil {
            let rule = try ReplicationRule(from: replicationsNode)
            replicationRule = rule
            replications = rule.min
        } else {
            replications = try replicationsNode?.count(minimum: 1, what: "number of replications") ?? 10
        }
        seed = UInt64(try m.optional("seed") { try $0.count(minimum: 0, what: "seed") } ?? 1)
        scenarios = try m.optional("scenarios") { try ScenarioSpec.list(from: $0) } ?? [ScenarioSpec(name: "baseline", overrides: [])]
        sweep = try m.optional("sweep") { try SweepAxis.axes(from: $0) } ?? []
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

/// One override: the value at a model path.
public struct Override: Sendable {
    public let path: SpecPath
    public let value: SpecNode
    /// Where the override was written (its key), for errors.
    public let origin: SpecNode
}

/// A named set of overrides.
public struct ScenarioSpec: Sendable {
    public let name: String
    public let overrides: [Override]

    /// `scenarios:` — a list of `{name: …, overrides: {path: value, …}}`.
    static func list(from node: SpecNode) throws -> [ScenarioSpec] {
        let items = try node.list("a list of scenarios")
        guard !items.isEmpty else { throw node.error("'scenarios' is empty; leave it out for a single baseline") }
        var seen: [String: SourceLocation] = [:]
        return try items.map { item in
            var m = try item.mapping("a scenario {name: …, overrides: {…}}")
            let nameNode = try m.required("name")
            let name = try nameNode.string()
            if let first = seen[name] {
                throw nameNode.error("duplicate scenario name '\(name)' (first at line \(first.line))")
            }
            seen[name] = nameNode.location
            let overrides = try m.optional("overrides") { try Override.list(from: $0) } ?? []
            try m.finish()
            return ScenarioSpec(name: name, overrides: overrides)
        }
    }
}

extension Override {
    /// A mapping of paths to values.
    static func list(from node: SpecNode) throws -> [Override] {
        guard case .mapping(let pairs) = node.value else {
            throw node.error("expected a mapping of model paths to values, found \(node.kindName)")
        }
        return try pairs.map { key, value in
            Override(path: try SpecPath(try key.string(), at: key), value: value, origin: key)
        }
    }
}

/// One axis of a sweep: one or more paths whose values move together.
public struct SweepAxis: Sendable {
    public let paths: [SpecPath]
    public let origins: [SpecNode]
    /// values[point][path]
    public let values: [[SpecNode]]

    /// `sweep:` — each `path: [values]` is an axis of the grid; `zip:` holds
    /// paths whose equally long lists move together, as one axis.
    static func axes(from node: SpecNode) throws -> [SweepAxis] {
        guard case .mapping(let pairs) = node.value else {
            throw node.error("expected a mapping of model paths to lists of values (and optionally 'zip')")
        }
        guard !pairs.isEmpty else { throw node.error("'sweep' is empty") }
        var axes: [SweepAxis] = []
        for (key, value) in pairs {
            if key.scalar == "zip" {
                guard case .mapping(let zipped) = value.value, !zipped.isEmpty else {
                    throw value.error("'zip' takes a mapping of model paths to lists of equal length")
                }
                var paths: [SpecPath] = []
                var lists: [[SpecNode]] = []
                for (k, v) in zipped {
                    paths.append(try SpecPath(try k.string(), at: k))
                    lists.append(try sweepValues(v))
                }
                let n = lists[0].count
                for (i, list) in lists.enumerated() where list.count != n {
                    throw zipped[i].value.error("zip lists must have equal length: \(list.count) values here, \(n) in the first")
                }
                axes.append(SweepAxis(paths: paths, origins: zipped.map(\.key), values: (0..<n).map { p in lists.map { $0[p] } }))
            } else {
                let path = try SpecPath(try key.string(), at: key)
                axes.append(SweepAxis(paths: [path], origins: [key], values: try sweepValues(value).map { [$0] }))
            }
        }
        return axes
    }

    private static func sweepValues(_ node: SpecNode) throws -> [SpecNode] {
        let items = try node.list("a list of values to sweep")
        guard !items.isEmpty else { throw node.error("an empty sweep list gives no runs") }
        return items
    }
}

/// What to record beyond the summary metrics.
public struct OutputSpec: Sendable {
    /// Bucket width of time series, if any are recorded.
    public var seriesBucket: Double?
    /// Which series to keep, as names or `*` patterns (nil: all the model offers).
    public var seriesMetrics: [String]?
    /// Metrics the terminal table shows, as names or `*` patterns (nil: the model's headline metrics).
    public var tableMetrics: [String]?
    /// Where each name of `seriesMetrics` and `tableMetrics` was written, for errors.
    public var seriesMetricNodes: [SpecNode] = []
    public var tableMetricNodes: [SpecNode] = []
    /// Where `timeseries` was written.
    public var seriesNode: SpecNode?

    public init() {}

    /// `outputs: {timeseries: {bucket: 1h, metrics: [...]}, table: [...]}`.
    init(from node: SpecNode) throws {
        var m = try node.mapping("an outputs mapping {timeseries: …, table: […]}")
        if let series = m.optional("timeseries") {
            seriesNode = series
            var s = try series.mapping("{bucket: 1h, metrics: […]}")
            seriesBucket = try s.required("bucket") { try $0.duration(positive: true, what: "bucket width") }
            if let list = s.optional("metrics") {
                seriesMetricNodes = try list.list("a list of series names")
                seriesMetrics = try seriesMetricNodes.map { try $0.string() }
            }
            try s.finish()
        }
        if let list = m.optional("table") {
            tableMetricNodes = try list.list("a list of metric names")
            tableMetrics = try tableMetricNodes.map { try $0.string() }
        }
        try m.finish()
    }
}

/// The wall-clock anchor of simulated time 0: an ISO-8601 date and time
/// with its UTC offset, e.g. `2017-06-01T08:00:00+08:00`.
public struct StartMoment: Sendable, Equatable {
    public let date: Date
    /// Seconds east of UTC, for writing timestamps in the planner's zone.
    public let utcOffset: Int

    init(from node: SpecNode) throws {
        let text = try node.text("a date and time such as 2017-06-01T08:00:00+08:00")
        guard let parsed = ISO8601Moment.parse(text) else {
            throw node.error("expected a date and time with its UTC offset, such as 2017-06-01T08:00:00+08:00, found '\(text)'")
        }
        date = Date(timeIntervalSince1970: parsed.instant)
        utcOffset = parsed.utcOffset
    }

    /// Local time of the start in seconds since Monday 00:00, for time-of-day and day-of-week profiles.
    public var secondsSinceMonday: Double {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: utcOffset) ?? .gmt
        let c = calendar.dateComponents([.weekday, .hour, .minute, .second], from: date)
        let mondayBased = ((c.weekday ?? 2) + 5) % 7
        return Double(mondayBased * 86_400 + (c.hour ?? 0) * 3600 + (c.minute ?? 0) * 60 + (c.second ?? 0))
    }

    /// `seconds` after the start, as ISO-8601 in the start's UTC offset.
    public func iso8601(after seconds: Double) -> String {
        ISO8601Moment.format(instant: date.timeIntervalSince1970 + seconds, utcOffset: utcOffset)
    }
}

/// `check:` — when a metric counts as drifted in `runway check --mode statistical`:
/// the samples differ beyond chance (Welch's t-test at `alpha`) *and* the
/// means differ by more than the relative `tolerance` (per metric if given).
public struct CheckSpec: Sendable {
    public var alpha = 0.01
    public var tolerance = 0.02
    public var metricTolerances: [String: Double] = [:]
    /// Where each metric of `metricTolerances` was named, for errors.
    public var metricNodes: [(name: String, node: SpecNode)] = []

    public init() {}

    init(from node: SpecNode) throws {
        var m = try node.mapping("{alpha: 0.01, tolerance: 2%, metrics: {METRIC: 5%}}")
        alpha = try m.optional("alpha") { try $0.probability(what: "significance level") } ?? 0.01
        tolerance = try m.optional("tolerance") { try $0.nonNegative(what: "relative tolerance") } ?? 0.02
        if let metrics = m.optional("metrics") {
            guard case .mapping(let pairs) = metrics.value else {
                throw metrics.error("expected a mapping of metric names to relative tolerances")
            }
            for (key, value) in pairs {
                let name = try key.string()
                metricTolerances[name] = try value.nonNegative(what: "relative tolerance")
                metricNodes.append((name, key))
            }
        }
        try m.finish()
    }

    /// The relative tolerance of `metric`: the first entry of `metrics` whose name or `*` pattern matches it.
    public func tolerance(for metric: String) -> Double {
        if let exact = metricTolerances[metric] { return exact }
        for (pattern, _) in metricNodes where MetricCatalogue.matches(metric, pattern) {
            return metricTolerances[pattern] ?? tolerance
        }
        return tolerance
    }
}
