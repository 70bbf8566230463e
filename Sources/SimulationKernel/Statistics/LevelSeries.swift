/// A level's time-average in each bucket of a time series (queue length per
/// minute, say): fed every change of the level, it spreads the time spent at
/// each value over the buckets it covers.
public struct LevelSeries: Sendable {
    public private(set) var series: TimeSeries
    private var value: Double
    private var since: Double

    /// A series of `buckets` buckets of `width` from `start`, the level starting at `value`.
    public init(start: Double, width: Double, buckets: Int, value: Double = 0) {
        series = TimeSeries(start: start, width: width, buckets: buckets)
        self.value = value
        since = start
    }

    /// The level becomes `newValue` at `now`.
    public mutating func set(_ newValue: Double, at now: Double) {
        guard newValue != value else { return }
        series.recordLevel(value, from: since, to: now)
        value = newValue
        since = now
    }

    /// Closes the series at `end` (the horizon).
    public mutating func finish(at end: Double) {
        series.recordLevel(value, from: since, to: end)
        since = end
    }
}
