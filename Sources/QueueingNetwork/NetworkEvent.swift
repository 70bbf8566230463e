/// The events of a queueing-network simulation.
public enum NetworkEvent: Sendable {
    /// An external customer arrives at a station.
    case arrival(station: Int32)
    /// A customer's service ends.
    case serviceEnd(customer: Int32)
    /// A waiting customer's patience runs out; `visit` tells stale timers apart.
    case patienceEnds(customer: Int32, visit: UInt32)
    /// A station's shift calendar moves to its next shift.
    case shiftChange(station: Int32, shift: Int32)
    /// The warm-up ends: statistics start afresh.
    case warmupEnds
}
