import ModelKit
import SimulationKernel

extension NetworkSpec: ModelKind {
    /// The name files give under `kind:`.
    public static let name = "queueing-network"
    /// What the kind models, in one line.
    public static let summary = "an open queueing network: stations with servers, shifts, capacity, patience and routing"
    /// A steady-state model: warm-up and series, no run-off.
    public static let supports = SettingsSupport(warmup: true, runOff: false, timeSeries: true)

    /// One replication to the horizon (see `NetworkSimulation`).
    public func replicate(seeds: StreamSeeds, settings: RunSettings) -> Observations {
        NetworkSimulation.run(spec: self, seeds: seeds, horizon: settings.horizon, warmup: settings.warmup,
                              seriesBucket: settings.seriesBucket, clock: settings.clock)
    }

    /// External arrivals at every station up to the horizon: the horizon ÷ the
    /// mean time between arrivals, or the rate profile's integral.
    public func expectedArrivals(settings: RunSettings) -> Double? {
        stations.reduce(0.0) { sum, station in
            switch station.arrivals {
            case nil: return sum
            case .renewal(let d)?: return sum + settings.horizon / d.mean
            case .profile(let p)?: return sum + p.expectedArrivals(from: 0, to: settings.horizon)
            }
        }
    }

    /// Dated server changes given as dates need the experiment's `start`.
    public func validate(for settings: RunSettings) throws {
        for station in stations {
            for change in station.datedServers { try change.check(on: settings.clock) }
        }
    }

    /// Every station's servers can be staffed interval by interval.
    public var staffingPools: [StaffingPool] {
        stations.map { station in
            StaffingPool(
                name: "stations[\(station.name)]", path: "stations[\(station.name)].servers", countKey: "servers",
                serversPerStaff: 1, syntax: .shiftsFromStart,
                series: StaffingPool.Series(arrivals: "\(station.name).arrivals",
                                            delayedFraction: "\(station.name).delayed_fraction",
                                            serviceLevel: "\(station.name).service_level",
                                            inSystemAtStart: "\(station.name).in_system_at_start",
                                            onDuty: "\(station.name).on_duty_mean",
                                            busy: "\(station.name).busy_mean"),
                serviceLevelTargetPath: "stations[\(station.name)].service-level-target",
                serviceLevelTarget: station.serviceLevelTarget)
        }
    }
}
