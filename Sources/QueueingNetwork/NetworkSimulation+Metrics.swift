import SimulationKernel

extension NetworkSimulation {
    func observations(at now: Double) -> Observations {
        var o = Observations()
        for (i, station) in spec.stations.enumerated() {
            let s = stations[i]
            let wait = waits.tally(i)
            let arrivals = Double(s.arrivals)
            let busy = s.busy.mean(at: now)
            // Servers count as available while on shift, or while still busy
            // with a customer they took on shift, so utilisation stays ≤ 1.
            let available = s.onShift.mean(at: now) + s.overtime.mean(at: now)
            let waitingNow = waitsSoFar(at: i, now: now)
            let values: [Double] = [
                arrivals, Double(s.served),
                arrivals > 0 ? Double(s.blocked) / arrivals : .nan,
                arrivals > 0 ? Double(s.abandoned) / arrivals : .nan,
                wait.mean, wait.quantile(0.95), s.sojourn.mean,
                available > 0 ? min(1, busy / available) : .nan,
                s.waiting.mean(at: now),
                s.waiting.mean(at: now) + busy,
                Double(s.counts.present), Double(s.counts.waiting), waitingNow.mean,
            ]
            for (metric, value) in zip(NetworkSpec.stationMetrics, values) {
                o.record("\(station.name).\(metric.suffix)", value)
            }
        }
        o.record("network.sojourn_mean", networkSojournTimes().mean)
        return o
    }

    /// How long the customers still waiting at station `s` have waited so far.
    func waitsSoFar(at s: Int, now: Double) -> TallyMoments {
        var waited = TallyMoments()
        lines.forEach(in: s) { ticket in
            guard customers.isWaiting(ticket.customer, visit: ticket.visit) else { return }
            waited.record(now - customers[ticket.customer].stationArrival)
        }
        return waited
    }

    /// Times in the network of the customers who left it.
    func networkSojournTimes() -> TallyMoments {
        guard visitsOneStation else { return networkSojourn }
        return (0..<stations.count).reduce(TallyMoments()) { $0.merged(with: stations[$1].sojourn) }
    }
}
