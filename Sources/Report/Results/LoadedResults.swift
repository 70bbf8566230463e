/// A results folder's contents as values: what `ResultsFolderReader` reads
/// and `ReportBuilder` draws. Files that are absent leave their part empty.
public struct LoadedResults: Sendable {
    public var experiment: String
    /// Swept model paths, as the files name them (`stations[desk].servers`).
    public var sweepColumns: [String]
    public var summary: [SummaryRow]
    public var comparisons: [ComparisonRow]
    public var timeseries: [TimeseriesRow]
    public var manifest: ManifestInfo?

    public init(experiment: String, sweepColumns: [String] = [], summary: [SummaryRow] = [], comparisons: [ComparisonRow] = [],
                timeseries: [TimeseriesRow] = [], manifest: ManifestInfo? = nil) {
        self.experiment = experiment
        self.sweepColumns = sweepColumns
        self.summary = summary
        self.comparisons = comparisons
        self.timeseries = timeseries
        self.manifest = manifest
    }

    /// Scenarios in the order the files first name them (the baseline first).
    public var scenarios: [String] {
        var seen = Set<String>()
        return (summary.map(\.variant.scenario) + timeseries.map(\.variant.scenario)).filter { seen.insert($0).inserted }
    }

    /// Scenario and sweep point pairs, in file order.
    public var variants: [Variant] {
        var seen = Set<Variant>()
        return (summary.map(\.variant) + timeseries.map(\.variant)).filter { seen.insert($0).inserted }
    }

    /// Metric names in the order `summary.csv` first lists them.
    public var metrics: [String] {
        var seen = Set<String>()
        return summary.map(\.metric).filter { seen.insert($0).inserted }
    }

    /// The unit of each metric (from the summary and time series).
    public var units: [String: String] {
        var u: [String: String] = [:]
        for r in summary where u[r.metric] == nil { u[r.metric] = r.unit }
        for r in timeseries where u[r.metric] == nil { u[r.metric] = r.unit }
        return u
    }
}
