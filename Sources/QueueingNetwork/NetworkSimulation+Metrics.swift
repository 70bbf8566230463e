import SimulationKernel

extension NetworkSimulation {
    /// The metric names and units a station reports, in output order.
    public static let stationMetrics: [(name: String, unit: String)] = [
        ("arrivals", "customers"), ("served", "customers"), ("blocked_fraction", "fraction"),
        ("abandoned_fraction", "fraction"), ("wait_mean", "time"), ("wait_p95", "time"),
        ("sojourn_mean", "time"), ("utilization", "fraction"), ("queue_mean", "customers"),
        ("in_system_mean", "customers"),
    ]

    func observations(at now: Double) -> Observations {
        var o = Observations()
        for (i, station) in spec.stations.enumerated() {
            let s = stations[i]
            let wait = waits.tally(i)
            let arrivals = Double(s.arrivals)
            let onShift = s.onShift.mean(at: now)
            let values: [Double] = [
                arrivals, Double(s.served),
                arrivals > 0 ? Double(s.blocked) / arrivals : 0,
                arrivals > 0 ? Double(s.abandoned) / arrivals : 0,
                wait.mean, wait.quantile(0.95), s.sojourn.mean,
                onShift > 0 ? s.busy.mean(at: now) / onShift : 0,
                s.waiting.mean(at: now),
                s.waiting.mean(at: now) + s.busy.mean(at: now),
            ]
            for (metric, value) in zip(Self.stationMetrics, values) {
                o.record("\(station.name).\(metric.name)", value, unit: metric.unit)
            }
        }
        o.record("network.sojourn_mean", networkSojournTimes().mean, unit: "time")
        return o
    }

    /// Times in the network of the customers who left it.
    func networkSojournTimes() -> TallyMoments {
        guard visitsOneStation else { return networkSojourn }
        return (0..<stations.count).reduce(TallyMoments()) { $0.merged(with: stations[$1].sojourn) }
    }
}
