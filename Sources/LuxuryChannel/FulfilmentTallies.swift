import SimulationKernel

/// What shipping, delivery and returns have done so far in a replication.
struct FulfilmentTallies {
    var shipped = 0
    var shippedOnCutoff = 0
    var onTime = 0
    var delivered = 0
    /// Seconds from payment to truck departure, and to the door (all and by tier).
    var orderToShip = Tally()
    var orderToDoor = Tally()
    var orderToDoorByTier: [Tally] = []
    /// Returned units that arrived, were received, and were put back on sale.
    var returned = 0
    var returnsProcessed = 0
    var restocked = 0
}
