import SimulationKernel

/// How long to run and what to record: the same for every run of an experiment.
public struct RunSettings: Sendable, Equatable {
    /// End of demand, in the model's time unit (seconds where files use units).
    public var horizon: Double
    /// Time at the start whose statistics are discarded (0: none).
    public var warmup: Double
    /// Time after the horizon during which work already under way goes on
    /// (demand has stopped), so that its consequences are counted (0: none).
    public var runOff: Double
    /// Width of time-series buckets, if series are recorded.
    public var seriesBucket: Double?
    /// The local clock: time of day and day of week of simulation time, and
    /// the instant of time 0 when the experiment gives a `start`.
    public var clock: LocalClock

    /// Settings for runs of `horizon`, with the given warm-up, run-off, series and clock.
    public init(horizon: Double, warmup: Double = 0, runOff: Double = 0, seriesBucket: Double? = nil,
                clock: LocalClock = LocalClock()) {
        self.horizon = horizon
        self.warmup = warmup
        self.runOff = runOff
        self.seriesBucket = seriesBucket
        self.clock = clock
    }

    /// When a run stops: the horizon plus the run-off.
    public var end: Double { horizon + runOff }
}

/// Which run settings a model kind honours; an experiment asking for one it
/// does not is refused at load, never silently ignored.
public struct SettingsSupport: Sendable, Equatable {
    /// Statistics restart at the end of a warm-up.
    public var warmup: Bool
    /// Work goes on after the horizon while demand has stopped.
    public var runOff: Bool
    /// Time series by bucket.
    public var timeSeries: Bool

    /// What a kind honours.
    public init(warmup: Bool, runOff: Bool, timeSeries: Bool) {
        self.warmup = warmup
        self.runOff = runOff
        self.timeSeries = timeSeries
    }
}
