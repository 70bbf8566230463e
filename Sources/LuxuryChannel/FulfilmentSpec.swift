import SimulationKernel

/// Picking and packing in the warehouses, the carriers' trucks and delivery to
/// the customer's door.
public struct Fulfilment: Sendable {
    /// The warehouses, in file order; each holds a share of the brands.
    public var warehouses: [Warehouse]
    /// The carriers, in file order; each takes a share of the parcels.
    public var carriers: [Carrier]
    /// The groups of destination cities, in file order.
    public var tiers: [CityTier]
    /// The delivery promise: at the door within this many seconds of payment.
    public var sla: Double
    /// Seconds between the waves that release paid orders to picking (nil: waveless, at once).
    public var waveInterval: Double?
}

/// A warehouse: the share of the channel's brands whose stock it holds, its
/// pick and pack stations, and the periods it is closed.
public struct Warehouse: Sendable {
    /// The warehouse's name, for its metrics (`warehouse.<name>.pick_utilization` …).
    public var name: String
    /// Share of the channel's brands held here (0–1; the warehouses' shares add up to 1).
    public var brandShare: Double
    /// The pickers: one order at a time each.
    public var pick: WorkStation
    /// The packers: one order at a time each.
    public var pack: WorkStation
    /// Periods when nobody works here, in simulation time.
    public var outages: [Outage]
}

/// Workers on a daily shift plan, each working one order at a time at `rate`
/// orders per second (exponential work times).
public struct WorkStation: Sendable {
    /// Workers on duty from each local time of day (seconds after midnight), repeating daily.
    public var shifts: [Schedule<Int>.Piece]
    /// Orders per second one worker completes on average.
    public var rate: Double
}

/// A period when a warehouse is closed: from `from` to `to`, seconds after the run's start.
public struct Outage: Sendable {
    /// When the closure starts, seconds after the run's start.
    public var from: Double
    /// When it ends, seconds after the run's start (after `from`).
    public var to: Double
}

/// A carrier: its share of parcels, the local times its trucks leave, how
/// many parcels a truck takes, and its lead times to each city tier.
public struct Carrier: Sendable {
    /// The carrier's name.
    public var name: String
    /// Share of parcels it carries (0–1; the carriers' shares add up to 1).
    public var share: Double
    /// Local times of day (seconds after midnight, increasing) when a truck leaves.
    public var cutoffs: [Double]
    /// Parcels one truck takes.
    public var truckCapacity: Int
    /// Seconds from a truck's departure to the door, by city tier (in `Fulfilment.tiers` order).
    public var leadTimes: [Distribution]
}

/// A group of destination cities (tier 1, tier 2 …) with its share of orders.
public struct CityTier: Sendable {
    /// The tier's name, for its metrics (`delivery.order_to_door_p95.<tier>`).
    public var name: String
    /// Share of orders delivered to this tier (0–1; the tiers' shares add up to 1).
    public var share: Double
}

extension WorkStation {
    /// Workers on duty over a run: the daily plan on the local clock, nobody during `outages`.
    func staff(clock: LocalClock, outages: [Outage]) -> Schedule<Int> {
        .daily(shifts, clock: clock, exceptions: outages.map { .init(from: $0.from, to: $0.to, value: 0) })
    }
}
