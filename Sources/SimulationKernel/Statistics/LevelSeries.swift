/// A level's time-average in each bucket of a time series (queue length per
/// minute, say): fed every change of the level, it spreads the time spent at
/// each value over the buckets it covers.
///
/// Changes inside one bucket only add to a running area (a level may change
/// millions of times, like a show's audience); the area goes into the series
/// when a change crosses into a later bucket, and at `finish(at:)`.
public struct LevelSeries: Sendable {
    /// The series; complete once `finish(at:)` has been called.
    public private(set) var series: TimeSeries
    private var value: Double
    private var since: Double
    /// Level × time since `areaStart`, all inside the bucket that ends at `bucketEnd`.
    private var area = 0.0
    private var areaStart: Double
    private var bucketEnd: Double

    /// A series of `buckets` buckets of `width` from `start`, the level starting at `value`.
    public init(start: Double, width: Double, buckets: Int, value: Double = 0) {
        series = TimeSeries(start: start, width: width, buckets: buckets)
        self.value = value
        since = start
        areaStart = start
        bucketEnd = start + width
    }

    /// The level becomes `newValue` at `now`.
    public mutating func set(_ newValue: Double, at now: Double) {
        guard newValue != value else { return }
        if now <= bucketEnd {
            area += value * (now - since)
        } else {
            settle()
            series.recordLevel(value, from: since, to: now)
            let buckets = ((now - series.start) / series.width).rounded(.down)
            areaStart = now
            bucketEnd = series.start + (buckets + 1) * series.width
        }
        value = newValue
        since = now
    }

    /// Closes the series at `end` (the horizon).
    public mutating func finish(at end: Double) {
        if end <= bucketEnd {
            area += value * (end - since)
            settle()
        } else {
            settle()
            series.recordLevel(value, from: since, to: end)
        }
        areaStart = end
        since = end
    }

    /// Moves the running area into its bucket.
    private mutating func settle() {
        if area != 0 { series.recordArea(area, at: areaStart) }
        area = 0
    }
}
