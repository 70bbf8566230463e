import SimulationKernel

/// A station whose staff follows a schedule — a warehouse's pickers or
/// packers, the care desk's chat slots: a first-come-first-served pool of
/// servers, and the time-averages of busy servers, servers on duty, and
/// servers still busy after their shift ended (overtime), for utilisation —
/// over the whole run and over the horizon — and, with series, its figures
/// bucket by bucket.
struct StaffedStation<Ticket> {
    /// Servers on duty and the line of work waiting for them.
    var pool: ServerPool<Ticket>
    /// Servers busy.
    var busy = TimeWeightedLevel()
    /// Servers on duty.
    var onDuty: TimeWeightedLevel
    /// Servers busy beyond those on duty: finishing work taken on duty after their shift ended.
    var overtime = TimeWeightedLevel()
    /// Staff at time 0 and at each change before the run's end.
    let changes: [(time: Double, value: Int)]
    /// Utilisation over [0, horizon], read when the horizon passes (NaN before).
    var utilizationAtHorizon = Double.nan
    /// Figures per bucket (with `outputs.timeseries`).
    var series: PoolSeries?

    /// A station staffed by `schedule` from 0 until before `end`.
    init(schedule: Schedule<Int>, until end: Double) {
        changes = schedule.changes(until: end).filter { $0.time < end }
        let first = changes[0].value
        pool = ServerPool(servers: first)
        onDuty = TimeWeightedLevel(value: Double(first))
    }

    /// Records the busy servers, the overtime and the work present at `now`, after the pool changed.
    mutating func noteLevels(at now: Double) {
        busy.set(Double(pool.busy), at: now)
        let excess = pool.busy - pool.servers
        if excess > 0 || overtime.value > 0 { overtime.set(Double(max(0, excess)), at: now) }
        if series != nil {
            series!.busy.set(Double(pool.busy), at: now)
            series!.present.set(Double(pool.present), at: now)
        }
    }

    /// The staff becomes `staff` at `now` (work under way goes on).
    mutating func setStaff(_ staff: Int, at now: Double) {
        pool.setServers(staff)
        onDuty.set(Double(staff), at: now)
        if series != nil { series!.onDuty.set(Double(staff) * series!.staffPerServer, at: now) }
    }

    /// Busy time ÷ time servers were on duty or still busy with work they
    /// took on duty: a fraction that cannot exceed 1 (NaN with nobody ever
    /// on duty or busy).
    func utilization(at now: Double) -> Double {
        let available = onDuty.mean(at: now) + overtime.mean(at: now)
        return available > 0 ? busy.mean(at: now) / available : .nan
    }

    /// Reads the utilisation over [0, `horizon`] as the horizon passes.
    mutating func noteHorizon(_ horizon: Double) { utilizationAtHorizon = utilization(at: horizon) }
}
