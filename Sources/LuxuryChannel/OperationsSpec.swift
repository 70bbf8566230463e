import SimulationKernel

/// Staff on duty over each day: `workers[i]` from local time `starts[i]`
/// (seconds after midnight, increasing, the first 0), repeating daily.
public struct DailyShifts: Sendable {
    public var starts: [Double]
    public var workers: [Int]

    /// Workers on duty at local time of day `t` (seconds after midnight).
    func workers(atTimeOfDay t: Double) -> Int {
        var n = workers[0]
        for (s, w) in zip(starts, workers) where s <= t { n = w }
        return n
    }
}

/// A closed period, seconds after the run's start.
public struct Outage: Sendable {
    public var from: Double
    public var to: Double
}

/// Picking and packing, carriers and delivery.
public struct Fulfilment: Sendable {
    public var warehouses: [Warehouse]
    public var carriers: [Carrier]
    public var tiers: [CityTier]
    /// Delivery promise, seconds from payment.
    public var sla: Double
    /// Orders go to picking in waves this far apart (nil: waveless, at once).
    public var waveInterval: Double?
}

/// A warehouse: the share of brands it holds, pick and pack stations, outages.
public struct Warehouse: Sendable {
    public var name: String
    public var brandShare: Double
    public var pick: WorkStation
    public var pack: WorkStation
    public var outages: [Outage]
}

/// Workers by shift, each working one order at a time at `rate` orders per second (exponential times).
public struct WorkStation: Sendable {
    public var shifts: DailyShifts
    public var rate: Double
}

/// A carrier: its share of parcels, daily cut-off times, truck capacity, lead times by tier.
public struct Carrier: Sendable {
    public var name: String
    public var share: Double
    /// Local times of day (seconds after midnight) when a truck leaves.
    public var cutoffs: [Double]
    public var truckCapacity: Int
    /// Lead time from departure to the door, by city tier (same order as `tiers`).
    public var leadTimes: [Distribution]
}

/// A group of destination cities.
public struct CityTier: Sendable {
    public var name: String
    public var share: Double
}

/// Returns by category and channel.
public struct Returns: Sendable {
    /// Probability that a delivered unit comes back, by category (catalogue order).
    public var browsing: [Double]
    /// The same for units bought from the live show.
    public var live: [Double]
    /// Time from delivery to the return arriving.
    public var time: Distribution
    /// Share of returned units put back on sale (the rest go back to the brand).
    public var restock: Double
}

/// Customer care: contacts by reason, bots, agents with chat concurrency.
public struct Care: Sendable {
    public var reasons: [ContactReason]
    /// Share of contacts a bot answers completely.
    public var botContainment: Double
    public var agents: DailyShifts
    /// Chats one agent handles at once.
    public var concurrency: Int
    /// A waiting customer gives up after this long.
    public var patience: Distribution
    /// Answered within this time counts toward the service level.
    public var serviceLevelTarget: Double
}

/// Why customers get in touch, how often per order, when, and how long it takes.
public struct ContactReason: Sendable {
    public enum Anchor: String, Sendable, CaseIterable { case order, delivery, `return` }
    public var name: String
    /// Contacts per order (per return for `return`).
    public var perOrder: Double
    public var anchor: Anchor
    /// Delay after the anchor event.
    public var delay: Distribution
    public var handleTime: Distribution
}
