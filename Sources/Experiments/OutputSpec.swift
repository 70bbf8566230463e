import ModelSpec

/// What to record beyond the summary metrics.
public struct OutputSpec: Sendable {
    /// Bucket width of time series, if any are recorded.
    public var seriesBucket: Double?
    /// Which series to keep, as names or `*` patterns (nil: all the model offers).
    public var seriesMetrics: [String]?
    /// Metrics the terminal table shows, as names or `*` patterns (nil: the model's headline metrics).
    public var tableMetrics: [String]?
    /// Where each name of `seriesMetrics` and `tableMetrics` was written, for errors.
    public var seriesMetricNodes: [SpecNode] = []
    /// Where each name of `tableMetrics` was written, in the same order.
    public var tableMetricNodes: [SpecNode] = []
    /// Where `timeseries` and its `bucket` were written.
    public var seriesNode: SpecNode?
    /// Where `bucket` was written.
    public var bucketNode: SpecNode?

    /// No time series, the model's headline metrics in the table.
    public init() {}

    /// `outputs: {timeseries: {bucket: 1h, metrics: [...]}, table: [...]}`.
    init(from node: SpecNode) throws {
        var m = try node.mapping("an outputs mapping {timeseries: …, table: […]}")
        if let series = m.optional("timeseries") {
            seriesNode = series
            var s = try series.mapping("{bucket: 1h, metrics: […]}")
            bucketNode = s.optional("bucket")
            seriesBucket = try s.required("bucket") { try $0.duration(positive: true, what: "bucket width") }
            if let list = s.optional("metrics") {
                seriesMetricNodes = try list.list("a list of series names")
                seriesMetrics = try seriesMetricNodes.map { try $0.string() }
            }
            try s.finish()
        }
        if let list = m.optional("table") {
            tableMetricNodes = try list.list("a list of metric names")
            tableMetrics = try tableMetricNodes.map { try $0.string() }
        }
        try m.finish()
    }
}
