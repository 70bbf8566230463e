import SimulationKernel

/// Everything a station's events read and write, in plain values, so that a
/// replication keeps all stations in one flat block (`NetworkSimulation`).
struct StationState {
    var counts: ServerCounts
    var arrivals = 0
    var served = 0
    var blocked = 0
    var abandoned = 0
    /// Customers whose wait was within the station's service-level target.
    var answeredInTarget = 0
    var waiting = TimeWeightedLevel()
    var busy = TimeWeightedLevel()
    var onShift: TimeWeightedLevel
    /// Servers busy beyond those on shift (finishing a customer after their
    /// shift ended): they count as available for utilisation.
    var overtime = TimeWeightedLevel()
    /// Times at the station of the customers served (only the mean is reported).
    var sojourn = TallyMoments()

    let service: DistributionSampler
    /// Meaningful only when `hasPatience`.
    let patience: DistributionSampler
    let hasPatience: Bool
    /// Meaningful only when `hasInterArrival` (renewal arrivals).
    let interArrival: DistributionSampler
    let hasInterArrival: Bool
    /// The station's streams, one per purpose (common random numbers across scenarios).
    let arrivalRandom: RandomGenerator
    let serviceRandom: RandomGenerator
    let patienceRandom: RandomGenerator
    let routingRandom: RandomGenerator
    /// This station's routes in the network's route table.
    let firstRoute: Int
    let routeCount: Int
    /// Served within this wait counts toward the service level (−∞ without a target).
    let serviceLevelTarget: Double

    mutating func resetStatistics(at now: Double) {
        arrivals = 0
        served = 0
        blocked = 0
        abandoned = 0
        answeredInTarget = 0
        sojourn = TallyMoments()
        waiting.reset(at: now)
        busy.reset(at: now)
        onShift.reset(at: now)
        overtime.reset(at: now)
    }
}

/// One possible next station after service: taken when the routing uniform
/// falls below `cumulative`.
struct Route {
    let cumulative: Double
    let target: Int32
}
