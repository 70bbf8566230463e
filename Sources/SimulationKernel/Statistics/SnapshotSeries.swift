/// A level read at the start of each bucket of a time series (customers in
/// the system at 10:00, 10:15, …): fed every change of the level, it writes
/// the value held at each bucket start it passes. Unlike a time-average,
/// snapshots across replications give the level's distribution at a point in
/// time (what iterative staffing needs).
public struct SnapshotSeries: Sendable {
    /// The series; complete once `finish(at:)` has been called.
    public private(set) var series: TimeSeries
    private var value: Double
    /// The next bucket whose start has not been written.
    private var next = 0

    /// A series of `buckets` buckets of `width` from `start`, the level starting at `value`.
    public init(start: Double, width: Double, buckets: Int, value: Double = 0) {
        series = TimeSeries(start: start, width: width, buckets: buckets)
        self.value = value
    }

    /// The level becomes `newValue` at `now` (the old value held at every bucket start before `now`).
    public mutating func set(_ newValue: Double, at now: Double) {
        write(before: now)
        value = newValue
    }

    /// Writes the current value into every bucket starting at or before `end`.
    public mutating func finish(at end: Double) {
        write(before: end.nextUp)
    }

    /// Writes the held value into buckets whose start lies strictly before `t`.
    private mutating func write(before t: Double) {
        let count = series.values.count
        while next < count && series.start + Double(next) * series.width < t {
            series.add(value, at: series.start + (Double(next) + 0.5) * series.width)
            next += 1
        }
    }
}
