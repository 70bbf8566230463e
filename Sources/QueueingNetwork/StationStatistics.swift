import SimulationKernel

/// What a station observes after the warm-up.
struct StationStatistics {
    var arrivals = 0
    var served = 0
    var blocked = 0
    var abandoned = 0
    var wait = Tally()
    var sojourn = Tally()
    var waiting = TimeWeightedLevel()
    var busy = TimeWeightedLevel()
    var onShift = TimeWeightedLevel()

    init(servers: Int) {
        onShift = TimeWeightedLevel(value: Double(servers))
    }

    mutating func reset(at now: Double) {
        arrivals = 0
        served = 0
        blocked = 0
        abandoned = 0
        wait.reset()
        sojourn.reset()
        waiting.reset(at: now)
        busy.reset(at: now)
        onShift.reset(at: now)
    }
}
