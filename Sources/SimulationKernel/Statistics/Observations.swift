/// What one replication of a model reports: named metric values (in a stable
/// order), optional time series, and how many events it handled.
public struct Observations: Sendable {
    /// A named value with its unit, e.g. `desk.wait_mean` in `s`.
    public struct Metric: Sendable, Equatable {
        public let name: String
        public let unit: String
        public let value: Double

        public init(_ name: String, _ value: Double, unit: String) {
            self.name = name
            self.value = value
            self.unit = unit
        }
    }

    /// A named series of bucket values.
    public struct Series: Sendable {
        public let name: String
        public let unit: String
        public let series: TimeSeries

        public init(_ name: String, _ series: TimeSeries, unit: String) {
            self.name = name
            self.series = series
            self.unit = unit
        }
    }

    public var metrics: [Metric] = []
    public var series: [Series] = []
    /// Events the engine handled.
    public var events = 0

    public init() {}

    /// Appends a metric.
    public mutating func record(_ name: String, _ value: Double, unit: String) {
        metrics.append(Metric(name, value, unit: unit))
    }
}
