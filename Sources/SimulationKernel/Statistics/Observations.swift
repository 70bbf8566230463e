/// What one replication of a model reports: a value for every metric of the
/// model's catalogue, by name, time series by name, and how many events it handled.
///
/// A value may be NaN: a statistic over nothing (a mean of no waits, a share
/// of no orders) is not a number, never 0 or 1 by default.
public struct Observations: Sendable {
    /// A metric's value in this replication.
    public struct Metric: Sendable, Equatable {
        /// The metric's or series' name in the catalogue.
        public let name: String
        /// Its value in the metric's unit (NaN: nothing measured).
        public let value: Double

        /// Metric `name` with `value`.
        public init(_ name: String, _ value: Double) {
            self.name = name
            self.value = value
        }
    }

    /// A named series of bucket values.
    public struct Series: Sendable {
        /// The series' name in the catalogue.
        public let name: String
        /// The bucket values.
        public let series: TimeSeries

        /// Series `name` with its buckets.
        public init(_ name: String, _ series: TimeSeries) {
            self.name = name
            self.series = series
        }
    }

    /// A breakdown table's values: `columns[c][r]` is column c of row r, in
    /// the order of the catalogue's `BreakdownDefinition` (NaN: nothing measured).
    public struct Breakdown: Sendable, Equatable {
        /// The table's name in the catalogue.
        public let name: String
        /// Values column by column, each with a value per row.
        public let columns: [[Double]]

        /// Table `name`'s values, column by column.
        public init(_ name: String, columns: [[Double]]) {
            self.name = name
            self.columns = columns
        }
    }

    /// Metric values, in the order the model recorded them (its catalogue's).
    public var metrics: [Metric] = []
    /// Recorded time series (with `outputs.timeseries`).
    public var series: [Series] = []
    /// Breakdown tables, in the catalogue's order.
    public var breakdowns: [Breakdown] = []
    /// Events the engine handled.
    public var events = 0
    /// Set when the run was stopped because its clock stood still: its
    /// metrics then mean nothing, and the run is reported as an error.
    public var clockStop: ClockStop?

    /// Nothing recorded yet.
    public init() {}

    /// Records metric `name`'s value.
    public mutating func record(_ name: String, _ value: Double) {
        metrics.append(Metric(name, value))
    }

    /// Values by metric name.
    public var valuesByName: [String: Double] {
        Dictionary(metrics.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether the metric and series names are exactly those of `catalogue`,
    /// in its order (a record that fails this is not trusted).
    public func matches(_ catalogue: MetricCatalogue) -> Bool {
        metrics.map(\.name) == catalogue.metricNames
            && series.allSatisfy { catalogue.seriesDefinition($0.name) != nil }
            && breakdowns.map(\.name) == catalogue.breakdowns.map(\.name)
            && zip(breakdowns, catalogue.breakdowns).allSatisfy { b, d in
                b.columns.count == d.columns.count && b.columns.allSatisfy { $0.count == d.rows.count }
            }
    }
}
