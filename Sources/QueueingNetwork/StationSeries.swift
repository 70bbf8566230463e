import SimulationKernel

/// A station's time series: arrivals and services per bucket, and the
/// time-average queue and busy servers in each bucket.
struct StationSeries {
    var arrivals: TimeSeries
    var served: TimeSeries
    var queue: LevelSeries
    var busy: LevelSeries

    init(width: Double, horizon: Double) {
        let buckets = Int((horizon / width).rounded(.up))
        arrivals = TimeSeries(start: 0, width: width, buckets: buckets)
        served = TimeSeries(start: 0, width: width, buckets: buckets)
        queue = LevelSeries(start: 0, width: width, buckets: buckets)
        busy = LevelSeries(start: 0, width: width, buckets: buckets)
    }

    /// The series under their metric names, after closing the levels at `horizon`.
    mutating func finished(station: String, at horizon: Double) -> [Observations.Series] {
        queue.finish(at: horizon)
        busy.finish(at: horizon)
        // In the order of `NetworkSpec.stationSeries`.
        return [
            Observations.Series("\(station).arrivals", arrivals),
            Observations.Series("\(station).served", served),
            Observations.Series("\(station).queue_mean", queue.series),
            Observations.Series("\(station).busy_mean", busy.series),
        ]
    }
}
