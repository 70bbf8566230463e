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

/// What `manifest.json` says about the run that made the results.
public struct ManifestInfo: Sendable, Equatable {
    public struct InputFile: Sendable, Equatable {
        public var path: String
        public var sha256: String
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
}
