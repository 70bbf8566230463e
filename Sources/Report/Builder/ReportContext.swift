/// What the report knows beyond the results files: things the experiment and
/// model say (description, model, start, the show's window, outages, targets)
/// and choices (which metrics lead, what the bands show). All optional.
public struct ReportContext: Sendable {
    /// The experiment's `description`.
    public var description: String?
    /// The model file's path.
    public var modelPath: String?
    /// The wall-clock moment of time 0; without it, the time series' ISO stamps are used.
    public var clock: WallClock?
    /// Spans to shade on time-series charts (live shows, outages), in model seconds.
    public var windows: [TimeSeriesChart.Window]
    /// Metrics for the headline table, sweep charts and forest plots, in order
    /// (`outputs.table` today, the catalogue's headline metrics later); `nil`: all.
    public var headlineMetrics: [String]?
    /// Horizontal target lines on sweep charts, by metric.
    public var targets: [String: [SweepChart.Target]]
    /// What time-series bands show.
    public var band: BandKind

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
