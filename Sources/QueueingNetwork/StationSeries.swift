import SimulationKernel

/// A station's per-bucket operating figures: counts of arrivals, services,
/// abandonments and blocks; the mean wait of those starting service; the
/// share of arrivals delayed and, with a target, answered in time (both by
/// arrival bucket); time-averages of the queue, busy servers and servers on
/// shift; and customers present at each bucket's start.
struct StationSeries {
    var arrivals: TimeSeries
    var served: TimeSeries
    var abandoned: TimeSeries
    var blocked: TimeSeries
    /// Waits (summed) and services started, by service start.
    var waitSum: TimeSeries
    var starts: TimeSeries
    /// Arrivals admitted and those of them who found no free server, by arrival.
    var admitted: TimeSeries
    var delayed: TimeSeries
    /// Arrivals whose fate is known (served or abandoned) and those served within the target, by arrival.
    var decided: TimeSeries
    var inTarget: TimeSeries
    var queue: LevelSeries
    var busy: LevelSeries
    var onDuty: LevelSeries
    var present: SnapshotSeries
    let hasTarget: Bool

    init(width: Double, end: Double, servers: Int, hasTarget: Bool) {
        let buckets = Int((end / width).rounded(.up))
        func counts() -> TimeSeries { TimeSeries(start: 0, width: width, buckets: buckets) }
        arrivals = counts()
        served = counts()
        abandoned = counts()
        blocked = counts()
        waitSum = counts()
        starts = counts()
        admitted = counts()
        delayed = counts()
        decided = counts()
        inTarget = counts()
        queue = LevelSeries(start: 0, width: width, buckets: buckets)
        busy = LevelSeries(start: 0, width: width, buckets: buckets)
        onDuty = LevelSeries(start: 0, width: width, buckets: buckets, value: Double(servers))
        present = SnapshotSeries(start: 0, width: width, buckets: buckets)
        self.hasTarget = hasTarget
    }

    /// The series under their names, after closing the levels at `end`, in
    /// the order of `NetworkSpec.stationSeries` (service level only with a target).
    mutating func finished(station: String, at end: Double) -> [Observations.Series] {
        queue.finish(at: end)
        busy.finish(at: end)
        onDuty.finish(at: end)
        present.finish(at: end)
        var series = [
            Observations.Series("\(station).arrivals", arrivals),
            Observations.Series("\(station).served", served),
            Observations.Series("\(station).abandoned", abandoned),
            Observations.Series("\(station).blocked", blocked),
            Observations.Series("\(station).wait_mean", waitSum.divided(by: starts)),
            Observations.Series("\(station).delayed_fraction", delayed.divided(by: admitted)),
        ]
        if hasTarget { series.append(Observations.Series("\(station).service_level", inTarget.divided(by: decided))) }
        series += [
            Observations.Series("\(station).queue_mean", queue.series),
            Observations.Series("\(station).busy_mean", busy.series),
            Observations.Series("\(station).on_duty_mean", onDuty.series),
            Observations.Series("\(station).in_system_at_start", present.series),
        ]
        return series
    }
}
