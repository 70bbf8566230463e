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
            let admitted = arrivals - Double(s.blocked)
            // Fates decided: served, in service (their wait is known) or gave up.
            let decided = Double(wait.count + s.abandoned)
            // Nobody who waited in line starts service at the instant they joined it
            // (releases and shift changes come before arrivals at equal times), so
            // the delayed are those who started with a wait above 0, gave up, or still wait.
            let delayed = Double(wait.count - waits.zeroCount(i) + s.abandoned + s.counts.waiting)
            let values: [Double] = [
                arrivals, Double(s.served),
                arrivals > 0 ? Double(s.blocked) / arrivals : .nan,
                arrivals > 0 ? Double(s.abandoned) / arrivals : .nan,
                wait.mean, wait.quantile(0.95), s.sojourn.mean,
                available > 0 ? min(1, busy / available) : .nan,
                s.waiting.mean(at: now),
                s.waiting.mean(at: now) + busy,
                Double(s.counts.present), Double(s.counts.waiting), waitingNow.mean,
                admitted > 0 ? min(1, delayed / admitted) : .nan,
                decided > 0 ? Double(s.answeredInTarget) / decided : .nan,
            ]
            for (metric, value) in zip(NetworkSpec.stationMetrics, values)
            where metric.suffix != "service_level" || station.serviceLevelTarget != nil {
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
