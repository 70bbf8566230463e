import ModelSpec
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
    /// The delivery promise by city tier (in `tiers` order): at the door
    /// within this many seconds of payment.
    public var sla: [Double]
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
    /// Periods when nobody works here.
    public var outages: [Outage]
}

/// Workers on a daily shift plan, each working one order at a time at `rate`
/// orders per second (exponential work times).
public struct WorkStation: Sendable {
    /// Workers on duty: a daily plan (shift starts are local times of day) with dated changes.
    public var shifts: ShiftPlan
    /// Orders (units, when picking) per second one worker completes on average.
    public var rate: Double
    /// Seconds within which work that reaches the station should start, for
    /// its per-bucket service level (nil: none; the share delayed is always reported).
    public var serviceLevelTarget: Double?
}

/// A period when a warehouse is closed, from `from` to `to`: each a moment,
/// a duration after the run's start (`14h`: 14 hours after it) or an
/// ISO-8601 date and time (which needs the experiment's `start`).
public struct Outage: Sendable {
    /// When the closure starts.
    public var from: Moment
    /// When it ends (after `from`).
    public var to: Moment

    /// The closure in simulation time on `clock` (nil for dates without a `start`).
    public func period(on clock: LocalClock) -> (from: Double, to: Double)? {
        guard let a = from.time(on: clock), let b = to.time(on: clock), b > a else { return nil }
        return (a, b)
    }

    /// Refuses dates without the experiment's `start`, and a closure that ends before it starts once placed.
    public func check(on clock: LocalClock) throws {
        let a = try from.requireTime(on: clock)
        let b = try to.requireTime(on: clock)
        guard b > a else { throw SpecError("an outage must end after it starts", at: to.location) }
    }
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
    /// Workers on duty over a run: the daily plan and its dated changes on the local clock, nobody during `outages`.
    func staff(clock: LocalClock, outages: [Outage]) -> Schedule<Int> {
        shifts.schedule(clock: clock, closures: outages.compactMap { $0.period(on: clock) }.map { .init(from: $0.from, to: $0.to, value: 0) })
    }
}
