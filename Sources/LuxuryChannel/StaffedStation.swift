import SimulationKernel

/// A station whose staff follows a schedule — a warehouse's pickers or
/// packers, the care desk's chat slots: a first-come-first-served pool of
/// servers, and the time-averages of busy and on-duty servers for its
/// utilisation.
struct StaffedStation<Ticket> {
    /// Servers on duty and the line of work waiting for them.
    var pool: ServerPool<Ticket>
    /// Servers busy.
    var busy = TimeWeightedLevel()
    /// Servers on duty.
    var onDuty: TimeWeightedLevel
    /// Staff at time 0 and at each change before the run's end.
    let changes: [(time: Double, value: Int)]

    /// A station staffed by `schedule` from 0 until before `end`.
    init(schedule: Schedule<Int>, until end: Double) {
        changes = schedule.changes(until: end).filter { $0.time < end }
        let first = changes[0].value
        pool = ServerPool(servers: first)
        onDuty = TimeWeightedLevel(value: Double(first))
    }

    /// Time-average busy ÷ time-average on duty (NaN with nobody ever on duty).
    func utilization(at now: Double) -> Double {
        let duty = onDuty.mean(at: now)
        return duty > 0 ? min(1, busy.mean(at: now) / duty) : .nan
    }
}
