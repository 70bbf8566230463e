/// A scenario at a sweep point: the scenario's name and the value of each
/// swept column (in the order of `LoadedResults.sweepColumns`).
public struct Variant: Sendable, Hashable {
    public var scenario: String
    public var sweep: [String]
    public init(scenario: String, sweep: [String] = []) {
        self.scenario = scenario
        self.sweep = sweep
    }
}

/// A row of `summary.csv`: a metric's mean over replications with its 95% interval.
public struct SummaryRow: Sendable, Equatable {
    public var variant: Variant
    public var metric: String
    /// The unit as the file names it (see `PlannerUnit.init(_:)`).
    public var unit: String
    public var mean: Double
    public var sd: Double
    public var low: Double
    public var high: Double
    /// Replications (0 when the file does not say).
    public var n: Int

    public init(variant: Variant, metric: String, unit: String, mean: Double, sd: Double, low: Double, high: Double, n: Int) {
        self.variant = variant
        self.metric = metric
        self.unit = unit
        self.mean = mean
        self.sd = sd
        self.low = low
        self.high = high
        self.n = n
    }
}

/// A row of `comparisons.csv`: a scenario's paired difference from the
/// baseline at the same sweep point.
public struct ComparisonRow: Sendable, Equatable {
    public var variant: Variant
    public var baseline: String
    public var metric: String
    public var unit: String
    public var baselineMean: Double
    public var scenarioMean: Double
    public var difference: Double
    public var low: Double
    public var high: Double
    public var n: Int

    public init(variant: Variant, baseline: String, metric: String, unit: String, baselineMean: Double, scenarioMean: Double,
                difference: Double, low: Double, high: Double, n: Int) {
        self.variant = variant
        self.baseline = baseline
        self.metric = metric
        self.unit = unit
        self.baselineMean = baselineMean
        self.scenarioMean = scenarioMean
        self.difference = difference
        self.low = low
        self.high = high
        self.n = n
    }
}

/// A row of `timeseries.csv`: one bucket of a recorded series.
public struct TimeseriesRow: Sendable, Equatable {
    public var variant: Variant
    /// The replication, or `nil` for the across-replication mean row (`mean`).
    public var replication: Int?
    /// ISO-8601 start of the bucket with the experiment's offset; empty without `start`.
    public var bucketStart: String
    /// Start of the bucket in model seconds.
    public var bucketStartSeconds: Double
    public var metric: String
    public var unit: String
    public var value: Double
}

/// A row of `timeseries_summary.csv`: one bucket's mean over replications with its 95% interval.
public struct TimeseriesSummaryRow: Sendable, Equatable {
    public var variant: Variant
    /// ISO-8601 start of the bucket with the experiment's offset; empty without `start`.
    public var bucketStart: String
    /// Start of the bucket in model seconds.
    public var bucketStartSeconds: Double
    public var metric: String
    public var unit: String
    public var mean: Double
    public var low: Double
    public var high: Double
    public var n: Int

    public init(variant: Variant, bucketStart: String, bucketStartSeconds: Double, metric: String, unit: String,
                mean: Double, low: Double, high: Double, n: Int) {
        self.variant = variant
        self.bucketStart = bucketStart
        self.bucketStartSeconds = bucketStartSeconds
        self.metric = metric
        self.unit = unit
        self.mean = mean
        self.low = low
        self.high = high
        self.n = n
    }
}

/// What `manifest.json` says about the run that made the results.
public struct ManifestInfo: Sendable, Equatable {
    public struct InputFile: Sendable, Equatable {
        public var path: String
        public var sha256: String
        public init(path: String, sha256: String) {
            self.path = path
            self.sha256 = sha256
        }
    }
    public var runwayVersion: String?
    public var gitCommit: String?
    public var experiment: String?
    public var inputFiles: [InputFile]
    public var seed: String?
    public var replications: Int?
    public var scenarios: [String]
    public var runs: Int?
    public var commandLine: [String]
    /// ISO-8601 UTC times, as written.
    public var started: String?
    public var finished: String?
    public var wallSeconds: Double?
    public var events: Int?
    /// The experiment's `description`.
    public var description: String?
    /// The model file's path.
    public var model: String?
    /// The wall-clock moment of time 0, ISO-8601 with its offset (`2017-08-07T08:00:00+08:00`).
    public var start: String?
    /// Demand's end, statistics' start and the run-off after the horizon, in seconds.
    public var horizonSeconds: Double?
    public var warmupSeconds: Double?
    public var runOffSeconds: Double?
    /// Width of the time-series buckets, in seconds.
    public var bucketSeconds: Double?

    public init(runwayVersion: String? = nil, gitCommit: String? = nil, experiment: String? = nil, inputFiles: [InputFile] = [],
                seed: String? = nil, replications: Int? = nil, scenarios: [String] = [], runs: Int? = nil,
                commandLine: [String] = [], started: String? = nil, finished: String? = nil, wallSeconds: Double? = nil,
                events: Int? = nil) {
        self.runwayVersion = runwayVersion
        self.gitCommit = gitCommit
        self.experiment = experiment
        self.inputFiles = inputFiles
        self.seed = seed
        self.replications = replications
        self.scenarios = scenarios
        self.runs = runs
        self.commandLine = commandLine
        self.started = started
        self.finished = finished
        self.wallSeconds = wallSeconds
        self.events = events
    }
}
