import SimulationKernel

/// A station whose staff follows a plan: a first-come-first-served pool of
/// servers, and the time-average of busy and on-duty servers for utilisation.
struct StaffedStation {
    var pool: ServerPool<Int32>
    var busy = TimeWeightedLevel()
    var onDuty: TimeWeightedLevel
    let changes: [(time: Double, staff: Int)]

    init(changes: [(time: Double, staff: Int)]) {
        self.changes = changes
        let first = changes.first?.staff ?? 0
        pool = ServerPool(servers: first)
        onDuty = TimeWeightedLevel(value: Double(first))
    }

    /// Time-average busy ÷ time-average on duty.
    func utilization(at now: Double) -> Double {
        let duty = onDuty.mean(at: now)
        return duty > 0 ? min(1, busy.mean(at: now) / duty) : .nan
    }
}
