import ModelSpec
import SimulationKernel

/// A kind of model that a model file names under `kind:` — the contract
/// between a model and the experiments that run it.
///
/// A conforming type is the kind's validated model: built once from a model
/// tree (with a scenario's overrides applied), shared read-only by the worker
/// threads, and asked for one replication at a time. To add a kind, conform a
/// type in its own module and list it in a `ModelKindRegistry`.
public protocol ModelKind: Sendable {
    /// The name files give under `kind:`, e.g. `queueing-network`.
    static var name: String { get }
    /// What the kind models, in one line (for `runway metrics` and help).
    static var summary: String { get }
    /// The run settings the kind honours.
    static var supports: SettingsSupport { get }

    /// Reads and validates a model tree; mistakes are `LocatedError`s located at
    /// their file, line and column.
    init(from root: SpecNode) throws

    /// Every metric and time series a replication reports, in output order.
    var metricCatalogue: MetricCatalogue { get }

    /// Runs one replication whose random streams derive from `seeds`; the
    /// observations hold exactly the catalogue's metrics.
    func replicate(seeds: StreamSeeds, settings: RunSettings) -> Observations

    /// The fully resolved model as YAML: defaults filled in, units normalised.
    func explanation() -> String

    /// Refuses, with a located `LocatedError`, a model that cannot run under
    /// `settings` (a dated shift but no `start` to place it). The default accepts.
    func validate(for settings: RunSettings) throws

    /// The pools whose staffing a `staffing:` section can plan interval by interval.
    var staffingPools: [StaffingPool] { get }

    /// About how many arrivals — customers, visitors, viewers, each a chain
    /// of events — one replication under `settings` starts, from the model's
    /// rates; nil when the kind cannot say. A run's work grows with it, so an
    /// experiment whose runs would bring more than
    /// `ExperimentLoader.maximumArrivals` is refused. The default says nothing.
    func expectedArrivals(settings: RunSettings) -> Double?

    /// Spans worth marking on charts of a run under `settings` (live shows,
    /// outages), in simulated time. The default has none.
    func timeWindows(settings: RunSettings) -> [TimeWindow]
}

extension ModelKind {
    /// Accepts every setting (kinds with dated inputs override it).
    public func validate(for settings: RunSettings) throws {}
    /// No pools (kinds with staffed stations override it).
    public var staffingPools: [StaffingPool] { [] }
    /// No spans to mark.
    public func timeWindows(settings: RunSettings) -> [TimeWindow] { [] }
    /// Cannot say.
    public func expectedArrivals(settings: RunSettings) -> Double? { nil }
}
