/// What the report is told beyond the results files, each overriding what the
/// files say (the manifest's description, model and start; `summary.json`'s
/// windows and table), and choices (what the bands show, target lines). All optional.
public struct ReportContext: Sendable {
    /// The experiment's `description`.
    public var description: String?
    /// The model file's path.
    public var modelPath: String?
    /// The wall-clock moment of time 0; without it, the time series' ISO stamps are used.
    public var clock: WallClock?
    /// Spans to shade on time-series charts (live shows, outages), in model
    /// seconds; empty: those of `summary.json`.
    public var windows: [TimeSeriesChart.Window]
    /// Metrics for the headline table, sweep charts and forest plots, in order;
    /// `nil`: as the terminal table chooses them (`TableSelection`).
    public var headlineMetrics: [String]?
    /// Horizontal target lines on sweep charts, by metric (a goal's `subject-to` targets).
    public var targets: [String: [SweepChart.Target]]
    /// What time-series bands show.
    public var band: BandKind

    /// A context; every part left out falls back to the results files (bands: the 95% interval of the mean).
    public init(description: String? = nil, modelPath: String? = nil, clock: WallClock? = nil,
                windows: [TimeSeriesChart.Window] = [], headlineMetrics: [String]? = nil,
                targets: [String: [SweepChart.Target]] = [:], band: BandKind = .meanInterval95) {
        self.description = description
        self.modelPath = modelPath
        self.clock = clock
        self.windows = windows
        self.headlineMetrics = headlineMetrics
        self.targets = targets
        self.band = band
    }
}
