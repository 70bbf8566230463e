import SimulationKernel

/// The events of a queueing-network simulation.
public enum NetworkEvent: Sendable, TimedEvent {
    /// An external customer arrives at a station.
    case arrival(station: Int32)
    /// A customer's service ends.
    case serviceEnd(customer: Int32)
    /// A waiting customer's patience runs out; `visit` tells stale timers apart.
    case patienceEnds(customer: Int32, visit: UInt32)
    /// The number of servers on shift at a station changes (its schedule says to what).
    case shiftChange(station: Int32)
    /// The warm-up ends: statistics start afresh.
    case warmupEnds

    /// Service ends first, then shift changes and the warm-up's end, then
    /// patience, then arrivals (see `TieClass`).
    @inlinable public var tieClass: TieClass {
        switch self {
        case .serviceEnd: return .release
        case .shiftChange, .warmupEnds: return .capacity
        case .patienceEnds: return .abandonment
        case .arrival: return .arrival
        }
    }
}
