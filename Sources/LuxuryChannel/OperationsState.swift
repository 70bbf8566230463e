import SimulationKernel

/// What fulfilment, delivery, returns and care keep during a replication.
struct OperationsState {
    /// Pick and pack per warehouse (2w, 2w + 1), then care agents' chat slots.
    var stations: [StaffedStation] = []
    var careStation = -1
    /// Warehouse of each channel brand.
    var brandWarehouse: [Int16] = []
    /// Truck departures per carrier, and parcels loaded on each.
    var departures: [[Double]] = []
    var loaded: [[Int]] = []
    /// First departure of each carrier that may still have room.
    var firstOpen: [Int] = []

    var backlog = TimeWeightedLevel()
    var shipped = 0
    var shippedOnCutoff = 0
    var onTime = 0
    var delivered = 0
    var orderToShip = Tally()
    var orderToDoor = Tally()
    var orderToDoorByTier: [Tally] = []
    var returned = 0
    var returnsProcessed = 0
    var restocked = 0
    /// Paid orders waiting for the next wave, per warehouse.
    var awaitingWave: [[Int32]] = []

    var contacts: [CareContact] = []
    var contactsToAgents = 0
    var botContained = 0
    var answered = 0
    var answeredInTarget = 0
    var abandoned = 0
    var careWait = Tally()
    var careQueue = TimeWeightedLevel()
}

/// A customer waiting for, or chatting with, an agent.
struct CareContact {
    var arrival: Double
    var reason: Int16
    var waiting: Bool
    var visit: UInt32
    /// Drawn on arrival, in arrival order, so every scenario gives the same
    /// contact the same chat and patience (common random numbers).
    var handleTime: Double
    var patience: Double
}
