/// A results folder's contents as values: what `ResultsFolderReader` reads
/// and `ReportBuilder` draws. Files that are absent leave their part empty.
public struct LoadedResults: Sendable {
    /// The experiment's name (from the summary file, else the manifest, else the folder's name).
    public var experiment: String
    /// Swept model paths, as the files name them (`stations[desk].servers`).
    public var sweepColumns: [String]
    /// The rows of `summary.csv` (or of `summary.json`), in file order.
    public var summary: [SummaryRow]
    /// The rows of `comparisons.csv`, in file order (empty without one).
    public var comparisons: [ComparisonRow]
    /// Replication rows of the series (`timeseries.csv`); read only when a band needs them.
    public var timeseries: [TimeseriesRow]
    /// Per-bucket means over replications with their intervals (`timeseries_summary.csv`).
    public var timeseriesSummary: [TimeseriesSummaryRow]
    /// What `manifest.json` says, if the folder has one.
    public var manifest: ManifestInfo?
    /// The metric catalogue's metrics (`summary.json`'s `catalogue`); empty for older folders.
    public var catalogue: [MetricInfo]
    /// The catalogue's time series (a series may share a metric's name: `orders.placed`).
    public var seriesCatalogue: [MetricInfo]
    /// The metrics `outputs.table` chose (`summary.json`'s `table`); nil: the catalogue's headline metrics.
    public var tableMetrics: [String]?
    /// Sweep point labels (`summary.json`'s `label`), by `sweepKey` of the point's values.
    public var sweepLabels: [[String]: String]
    /// Spans to shade on charts (`summary.json`'s `windows`).
    public var windows: [ResultWindow]
    /// A goal's candidates and verdicts (`goal.csv`); nil without one.
    public var goal: GoalResults?
    /// A staffing plan interval by interval (`staffing.csv`); nil without one.
    public var staffing: StaffingResults?

    /// Results made of these parts; the others are empty.
    public init(experiment: String, sweepColumns: [String] = [], summary: [SummaryRow] = [], comparisons: [ComparisonRow] = [],
                timeseries: [TimeseriesRow] = [], timeseriesSummary: [TimeseriesSummaryRow] = [], manifest: ManifestInfo? = nil,
                catalogue: [MetricInfo] = [], seriesCatalogue: [MetricInfo] = [], tableMetrics: [String]? = nil, sweepLabels: [[String]: String] = [:],
                windows: [ResultWindow] = [], goal: GoalResults? = nil, staffing: StaffingResults? = nil) {
        self.experiment = experiment
        self.sweepColumns = sweepColumns
        self.summary = summary
        self.comparisons = comparisons
        self.timeseries = timeseries
        self.timeseriesSummary = timeseriesSummary
        self.manifest = manifest
        self.catalogue = catalogue
        self.seriesCatalogue = seriesCatalogue
        self.tableMetrics = tableMetrics
        self.sweepLabels = sweepLabels
        self.windows = windows
        self.goal = goal
        self.staffing = staffing
    }

    /// What the catalogue says of `metric`, if it says.
    public func info(_ metric: String) -> MetricInfo? {
        catalogue.first { $0.name == metric }
    }

    /// What the catalogue says of the time series `name`, if it says.
    public func seriesInfo(_ name: String) -> MetricInfo? {
        seriesCatalogue.first { $0.name == name }
    }

    /// The short name of a sweep point: its label from the results, else
    /// the last path segment and value of each column (`servers=12`).
    public func label(sweep values: [String]) -> String {
        if let given = sweepLabels[Self.sweepKey(values)] { return given }
        return SweepLabel.point(columns: sweepColumns, values: values)
    }

    /// A scenario at a sweep point as tables and legends name it:
    /// `busy day · servers=12`, or the scenario alone without a sweep.
    public func label(_ v: Variant) -> String {
        let point = sweepColumns.isEmpty ? "" : label(sweep: v.sweep)
        return point.isEmpty ? v.scenario : v.scenario + " · " + point
    }

    /// Sweep values compared as numbers where they are numbers (`12` in a CSV, `12.0` elsewhere).
    public static func sweepKey(_ values: [String]) -> [String] {
        values.map { text in Double(text).map { String($0) } ?? text }
    }

    /// Scenarios in the order the files first name them (the baseline first),
    /// those of `goal.csv` and `staffing.csv` included.
    public var scenarios: [String] {
        var seen = Set<String>()
        return (summary.map(\.variant.scenario) + timeseriesSummary.map(\.variant.scenario) + timeseries.map(\.variant.scenario)
                + (goal?.scenarios ?? []) + (staffing?.scenarios ?? []))
            .filter { seen.insert($0).inserted }
    }

    /// Scenario and sweep point pairs, in file order.
    public var variants: [Variant] {
        var seen = Set<Variant>()
        return (summary.map(\.variant) + timeseriesSummary.map(\.variant) + timeseries.map(\.variant)).filter { seen.insert($0).inserted }
    }

    /// Metric names in the order `summary.csv` first lists them.
    public var metrics: [String] {
        var seen = Set<String>()
        return summary.map(\.metric).filter { seen.insert($0).inserted }
    }

    /// The unit of each metric (from the catalogue, the summary and the time series).
    public var units: [String: String] {
        var u: [String: String] = [:]
        for m in catalogue where u[m.name] == nil { u[m.name] = m.unit }
        for r in summary where u[r.metric] == nil { u[r.metric] = r.unit }
        for r in timeseriesSummary where u[r.metric] == nil { u[r.metric] = r.unit }
        for r in timeseries where u[r.metric] == nil { u[r.metric] = r.unit }
        return u
    }
}
