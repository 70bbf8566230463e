import SimulationKernel

/// A staffed station's operating figures bucket by bucket, as the queueing
/// network reports a station's (see `StationSeries` there): arrivals, work
/// served and given up, the share of arrivals delayed and — with a target —
/// served within it (both by arrival bucket), busy servers and staff on duty
/// (time-averages), and work present at each bucket's start (a snapshot).
struct PoolSeries {
    var arrivals: TimeSeries
    var served: TimeSeries
    var abandoned: TimeSeries
    /// Arrivals and those who found no free server, by arrival bucket.
    var delayed: TimeSeries
    /// Arrivals served or given up, and those served within the target, by arrival bucket.
    var decided: TimeSeries
    var inTarget: TimeSeries
    var busy: LevelSeries
    var onDuty: LevelSeries
    var present: SnapshotSeries
    /// Staff per server (1 ÷ chats per agent for the care desk), for `onDuty`.
    let staffPerServer: Double
    /// Seconds within which work counts toward the service level (nil: none).
    let target: Double?

    /// Buckets of `width` up to `end`, `servers` on duty at 0.
    init(width: Double, end: Double, servers: Int, staffPerServer: Double, target: Double?) {
        let buckets = Int((end / width).rounded(.up))
        func counts() -> TimeSeries { TimeSeries(start: 0, width: width, buckets: buckets) }
        arrivals = counts()
        served = counts()
        abandoned = counts()
        delayed = counts()
        decided = counts()
        inTarget = counts()
        busy = LevelSeries(start: 0, width: width, buckets: buckets)
        onDuty = LevelSeries(start: 0, width: width, buckets: buckets, value: Double(servers) * staffPerServer)
        present = SnapshotSeries(start: 0, width: width, buckets: buckets)
        self.staffPerServer = staffPerServer
        self.target = target
    }

    /// Work arrives at `t`; `delayed` when no server was free.
    mutating func arrive(at t: Double, delayed wasDelayed: Bool) {
        arrivals.add(1, at: t)
        if wasDelayed { delayed.add(1, at: t) }
    }

    /// Work that arrived at `arrived` starts service at `t`.
    mutating func start(arrived: Double, at t: Double) {
        decided.add(1, at: arrived)
        if let target, t - arrived <= target { inTarget.add(1, at: arrived) }
    }

    /// Work ends its service at `t`.
    mutating func finish(at t: Double) { served.add(1, at: t) }

    /// Work that arrived at `arrived` gives up waiting at `t`.
    mutating func abandon(arrived: Double, at t: Double) {
        abandoned.add(1, at: t)
        decided.add(1, at: arrived)
    }

    /// The series under `prefix` (`care`, `warehouse.shanghai.pick`), after
    /// closing the levels at `end`, in the order of `LuxuryChannelSpec.poolSeries`
    /// (the service level only with a target).
    /// A station whose work never gives up (`abandons: false`) has no
    /// `abandoned` series; the care desk calls its services `answered`.
    mutating func finished(prefix: String, at end: Double, abandons: Bool, served servedName: String = "served") -> [Observations.Series] {
        busy.finish(at: end)
        onDuty.finish(at: end)
        present.finish(at: end)
        var series = [
            Observations.Series("\(prefix).arrivals", arrivals),
            Observations.Series("\(prefix).\(servedName)", served),
        ]
        if abandons { series.append(Observations.Series("\(prefix).abandoned", abandoned)) }
        series.append(Observations.Series("\(prefix).delayed_fraction", delayed.divided(by: arrivals)))
        if target != nil { series.append(Observations.Series("\(prefix).service_level", inTarget.divided(by: decided))) }
        series += [
            Observations.Series("\(prefix).busy_mean", busy.series),
            Observations.Series("\(prefix).on_duty_mean", onDuty.series),
            Observations.Series("\(prefix).in_system_at_start", present.series),
        ]
        return series
    }
}
