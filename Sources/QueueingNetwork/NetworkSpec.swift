import ModelSpec
import SimulationKernel

/// A validated open queueing network: stations with servers, a service-time
/// distribution, optional external arrivals, finite capacity, patience and
/// routing probabilities. Times are in seconds (plain numbers in a file are seconds).
public struct NetworkSpec: Sendable {
    /// One station of the network.
    public struct Station: Sendable {
        /// Name, unique in the network; metrics are prefixed with it.
        public var name: String
        /// External arrivals, if any.
        public var arrivals: Arrivals?
        /// Service-time distribution.
        public var service: Distribution
        /// Servers on shift over time: a fixed number, or shifts repeating every period from time 0.
        public var servers: Schedule<Int>
        /// Most customers at the station (waiting plus in service); arrivals beyond it are blocked.
        public var capacity: Int?
        /// How long a waiting customer waits before abandoning, if they ever do.
        public var patience: Distribution?
        /// Probability of going on to each station (by index) after service; the rest leave.
        public var routing: [(station: Int, probability: Double)]
        /// Served within this wait (seconds) counts toward the station's service level; none: no service level.
        public var serviceLevelTarget: Double?
        /// Dated changes to the servers on shift (moments after the start or dates), winning over `servers`.
        public var datedServers: [DatedCount] = []

        /// The servers on shift over a run on `clock`: the shift plan with its dated changes placed.
        public func serverSchedule(on clock: LocalClock) -> Schedule<Int> {
            datedServers.isEmpty ? servers : servers.adding(datedServers.compactMap { $0.exception(on: clock) })
        }
    }

    /// How external customers arrive at a station.
    public enum Arrivals: Sendable {
        /// Independent inter-arrival times.
        case renewal(Distribution)
        /// A non-homogeneous Poisson process.
        case profile(RateProfile)
    }

    /// The stations, in the file's order.
    public internal(set) var stations: [Station]
    /// Every metric and series a replication reports.
    public internal(set) var metricCatalogue = MetricCatalogue()
}

extension Schedule where Value == Int {
    /// The most servers on shift at any time.
    public var peak: Int {
        max(pieces.map(\.value).max() ?? 0, exceptions.map(\.value).max() ?? 0)
    }
}
