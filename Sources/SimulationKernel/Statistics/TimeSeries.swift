/// Values accumulated into fixed-width time buckets from `start`: counts of
/// events per bucket (orders per minute) or, with `recordLevel`, a level's
/// time-average per bucket (backlog, queue length).
public struct TimeSeries: Sendable {
    /// Start of the first bucket.
    public let start: Double
    /// Bucket width, in time units.
    public let width: Double
    @usableFromInline var _values: [Double]
    /// One value per bucket, earliest bucket first: a count of events or a
    /// level's time-average over the bucket.
    @inlinable public var values: [Double] { _values }

    /// A series of `buckets` buckets of `width` from `start`.
    public init(start: Double, width: Double, buckets: Int) {
        precondition(width > 0 && buckets >= 0)
        self.start = start
        self.width = width
        self._values = Array(repeating: 0, count: buckets)
    }

    /// A series holding `values` already.
    public init(start: Double, width: Double, values: [Double]) {
        precondition(width > 0)
        self.start = start
        self.width = width
        self._values = values
    }

    /// Bucket by bucket `self ÷ denominator` (a share or a mean per bucket,
    /// such as waits ÷ starts); NaN where the denominator counted nothing, so a
    /// bucket with no population has no value rather than 0.
    public func divided(by denominator: TimeSeries) -> TimeSeries {
        TimeSeries(start: start, width: width,
                   values: zip(values, denominator.values).map { $1 > 0 ? $0 / $1 : .nan })
    }

    /// Adds `amount` to the bucket holding time `t` (ignored outside the series).
    @inlinable
    public mutating func add(_ amount: Double, at t: Double) {
        let x = (t - start) / width
        guard x >= 0, x < Double(values.count) else { return }
        _values[Int(x)] += amount
    }

    /// Adds `area` (level × time, all within one bucket) to the time-average
    /// of the bucket holding time `t` (ignored outside the series).
    public mutating func recordArea(_ area: Double, at t: Double) {
        add(area / width, at: t)
    }

    /// Spreads a level held at `level` over [from, to] into bucket time-averages.
    public mutating func recordLevel(_ level: Double, from: Double, to: Double) {
        guard to > from, level != 0 else { return }
        var t = max(from, start)
        let end = min(to, start + width * Double(values.count))
        while t < end {
            var i = Int((t - start) / width)
            // (t − start) / width may round down across a bucket's edge (2 / (1/6) = 11.999…):
            // then t is already at bucket i's end, and the next bucket is the one to fill.
            if start + width * Double(i + 1) <= t { i += 1 }
            guard i < values.count else { break }
            let bucketEnd = min(start + width * Double(i + 1), end)
            _values[i] += level * (bucketEnd - t) / width
            t = bucketEnd
        }
    }
}
