/// A scenario at a sweep point: the scenario's name and the value of each
/// swept column (in the order of `LoadedResults.sweepColumns`).
public struct Variant: Sendable, Hashable {
    /// The scenario's name.
    public var scenario: String
    /// The swept columns' values as the files spell them (`12`), one per column; empty without a sweep.
    public var sweep: [String]
    /// Scenario `scenario` at the sweep point `sweep`.
    public init(scenario: String, sweep: [String] = []) {
        self.scenario = scenario
        self.sweep = sweep
    }
}

/// A row of `summary.csv`: a metric's mean over replications with its 95% interval.
public struct SummaryRow: Sendable, Equatable {
    /// The scenario and sweep point.
    public var variant: Variant
    /// The metric's name (`orders.paid`).
    public var metric: String
    /// The unit as the file names it (see `PlannerUnit.init(_:)`).
    public var unit: String
    /// Mean over the replications that measured the metric, in `unit` (NaN: none did).
    public var mean: Double
    /// Sample standard deviation over those replications (NaN with fewer than two).
    public var sd: Double
    /// Lower end of the 95% interval of the mean, within the metric's range (NaN with fewer than two).
    public var low: Double
    /// Upper end of that interval.
    public var high: Double
    /// Replications (0 when the file does not say).
    public var n: Int

    /// A row with these fields.
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
    /// The compared scenario and its sweep point.
    public var variant: Variant
    /// The baseline scenario's name.
    public var baseline: String
    /// The metric's name.
    public var metric: String
    /// The unit as the file names it.
    public var unit: String
    /// The baseline's mean at the same sweep point, in `unit`.
    public var baselineMean: Double
    /// The scenario's mean, in `unit`.
    public var scenarioMean: Double
    /// Mean of the paired differences, scenario − baseline, in `unit`.
    public var difference: Double
    /// Lower end of the paired 95% interval of the difference.
    public var low: Double
    /// Upper end of that interval.
    public var high: Double
    /// Pairs of replications in which both sides measured the metric.
    public var n: Int

    /// A row with these fields.
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
    /// The scenario and sweep point.
    public var variant: Variant
    /// The replication, or `nil` for the across-replication mean row (`mean`).
    public var replication: Int?
    /// ISO-8601 start of the bucket with the experiment's offset; empty without `start`.
    public var bucketStart: String
    /// Start of the bucket in model seconds.
    public var bucketStartSeconds: Double
    /// The series' name.
    public var metric: String
    /// The unit as the file names it.
    public var unit: String
    /// The bucket's value in that replication, in `unit` (NaN: nothing measured).
    public var value: Double
}

/// A row of `timeseries_summary.csv`: one bucket's mean over replications with its 95% interval.
public struct TimeseriesSummaryRow: Sendable, Equatable {
    /// The scenario and sweep point.
    public var variant: Variant
    /// ISO-8601 start of the bucket with the experiment's offset; empty without `start`.
    public var bucketStart: String
    /// Start of the bucket in model seconds.
    public var bucketStartSeconds: Double
    /// The series' name.
    public var metric: String
    /// The unit as the file names it.
    public var unit: String
    /// The bucket's mean over replications, in `unit`.
    public var mean: Double
    /// Lower end of its 95% interval, within the series' range.
    public var low: Double
    /// Upper end of that interval.
    public var high: Double
    /// Replications with a value in the bucket.
    public var n: Int

    /// A row with these fields.
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
    /// One file the run read, with its checksum.
    public struct InputFile: Sendable, Equatable {
        /// The file's path as the run named it.
        public var path: String
        /// The SHA-256 of its bytes, in hex.
        public var sha256: String
        /// An input file `path` with checksum `sha256`.
        public init(path: String, sha256: String) {
            self.path = path
            self.sha256 = sha256
        }
    }
    /// The Runway version that made the results.
    public var runwayVersion: String?
    /// The git commit Runway was built from, when known.
    public var gitCommit: String?
    /// The experiment's name.
    public var experiment: String?
    /// The files read (experiment files along `extends`, then the model), in that order.
    public var inputFiles: [InputFile]
    /// The experiment's seed, as written in the manifest.
    public var seed: String?
    /// Replications per scenario and sweep point.
    public var replications: Int?
    /// The scenario names, baseline first.
    public var scenarios: [String]
    /// Runs simulated for the results.
    public var runs: Int?
    /// The command's arguments.
    public var commandLine: [String]
    /// When the run started, ISO-8601 UTC as written.
    public var started: String?
    /// When the run finished, ISO-8601 UTC as written.
    public var finished: String?
    /// Wall-clock duration of the run, in seconds.
    public var wallSeconds: Double?
    /// Simulation events handled over all runs.
    public var events: Int?
    /// The experiment's `description`.
    public var description: String?
    /// The model file's path.
    public var model: String?
    /// The wall-clock moment of time 0, ISO-8601 with its offset (`2017-08-07T08:00:00+08:00`).
    public var start: String?
    /// The horizon, where demand ends, in seconds.
    public var horizonSeconds: Double?
    /// The warm-up whose statistics were discarded, in seconds.
    public var warmupSeconds: Double?
    /// The run-off after the horizon (work goes on, no new demand), in seconds.
    public var runOffSeconds: Double?
    /// Width of the time-series buckets, in seconds.
    public var bucketSeconds: Double?

    /// A manifest with these fields; the optional ones read from newer manifests are set after.
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
