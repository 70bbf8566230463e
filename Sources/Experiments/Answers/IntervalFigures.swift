import SimulationKernel

/// A staffing plan's replications read interval by interval: the target
/// metric per interval and replication (the buckets' values weighted by
/// their arrivals), the customers present at each snapshot, the arrivals
/// and busy servers per bucket.
struct IntervalFigures {
    /// target[j][r]: the target metric in interval j of replication r (NaN: nobody arrived in it;
    /// the worst value, 0 or 1, when customers arrived but none was decided by the end).
    let target: [[Double]]
    /// present[b][r]: customers present at the start of snapshot bucket b in replication r.
    let present: [[Double]]
    /// Mean arrivals per snapshot bucket over the replications.
    let arrivals: [Double]
    /// Mean busy servers per interval (the busy series, else customers present), over the replications.
    let load: [Double]
    let setup: StaffingSetup

    init(_ runs: [Observations], setup: StaffingSetup) {
        self.setup = setup
        let k = setup.snapshotsPerInterval
        let buckets = setup.intervals * k
        func series(_ name: String, _ o: Observations) -> [Double] {
            let values = o.series.first { $0.name == name }?.series.values ?? []
            return (0..<buckets).map { $0 < values.count ? values[$0] : .nan }
        }
        let arrivalRuns = runs.map { series(setup.pool.series.arrivals, $0) }
        let targetRuns = runs.map { series(setup.targetSeries, $0) }
        let presentRuns = runs.map { series(setup.pool.series.inSystemAtStart, $0) }
        let loadRuns = runs.map { series(setup.pool.series.busy ?? setup.pool.series.inSystemAtStart, $0) }
        // What an interval scores when customers came and none was decided: the worst.
        let worst: Double
        switch setup.spec.target {
        case .serviceLevel: worst = 0
        case .delayedFraction: worst = 1
        }
        target = (0..<setup.intervals).map { j in
            zip(targetRuns, arrivalRuns).map { values, weights in
                var sum = 0.0, weight = 0.0, arrived = 0.0
                for b in j * k..<(j + 1) * k where weights[b] > 0 {
                    arrived += weights[b]
                    guard values[b].isFinite else { continue }
                    sum += values[b] * weights[b]
                    weight += weights[b]
                }
                // Customers came but none was answered or gave up by the end (a
                // flooded interval): none was answered within the target, the
                // worst score — not "nobody to measure", an interval nobody came in.
                if weight == 0 { return arrived > 0 ? worst : .nan }
                return sum / weight
            }
        }
        present = (0..<buckets).map { b in presentRuns.map { $0[b] } }
        let n = Double(max(1, runs.count))
        arrivals = (0..<buckets).map { b in arrivalRuns.reduce(0) { $0 + ($1[b].isFinite ? $1[b] : 0) } / n }
        load = (0..<setup.intervals).map { j in
            let values = loadRuns.flatMap { $0[j * k..<(j + 1) * k] }.filter(\.isFinite)
            return values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count)
        }
    }

    /// The target metric of interval `j` over the replications that measured it.
    func summary(_ j: Int) -> ReplicationSummary { ReplicationSummary(target[j]) }

    /// Whether interval `j`'s mean meets the target.
    func meets(_ j: Int) -> Bool { setup.meets(summary(j).mean) }

    /// Intervals whose mean misses the target.
    var failing: [Int] { (0..<setup.intervals).filter { !meets($0) } }

    /// Whether any replication measured interval `j` (someone arrived in it);
    /// an interval nobody arrived in neither meets nor misses the target.
    func measured(_ j: Int) -> Bool { summary(j).n > 0 }

    /// Intervals no replication measured: their staff rests on no evidence.
    var unmeasured: [Int] { (0..<setup.intervals).filter { !measured($0) } }

    /// The iterative staffing step (Feldman, Mandelbaum, Massey & Whitt 2008):
    /// for each interval, the fewest servers s with P(customers present ≥ s) ≤ α,
    /// the probability taken over the interval's snapshots (weighted by the
    /// arrivals that follow each, so it is the share of the interval's arrivals
    /// who would find all s busy) and over the replications; then staff
    /// ⌈s / servers per staff⌉, within the range. An interval nobody arrives in gets the range's minimum.
    func nextPlan(alpha: Double, current: StaffingPlan) -> StaffingPlan {
        let k = setup.snapshotsPerInterval
        let perStaff = setup.pool.serversPerStaff
        var staff: [Int] = []
        for j in 0..<setup.intervals {
            let buckets = j * k..<(j + 1) * k
            let weight = buckets.reduce(0) { $0 + arrivals[$1] }
            guard weight > 0 else {
                staff.append(setup.spec.range.lowerBound)
                continue
            }
            // Weighted share of snapshots with at least s present, for s = 0, 1, 2, …
            let most = Int(buckets.flatMap { present[$0] }.filter(\.isFinite).max() ?? 0)
            var atLeast = [Double](repeating: 0, count: most + 2)
            for b in buckets where arrivals[b] > 0 {
                let runs = present[b].filter(\.isFinite)
                guard !runs.isEmpty else { continue }
                let w = arrivals[b] / weight / Double(runs.count)
                for x in runs { atLeast[Int(x)] += w }
            }
            // atLeast[s] = P(present ≥ s): suffix sums of the point masses.
            for s in stride(from: most, through: 0, by: -1) { atLeast[s] += atLeast[s + 1] }
            let servers = (0...most + 1).first { atLeast[$0] <= alpha + 1e-12 } ?? most + 1
            let n = (servers + perStaff - 1) / perStaff
            staff.append(min(setup.spec.range.upperBound, max(setup.spec.range.lowerBound, n)))
        }
        return StaffingPlan(staff: staff, interval: current.interval)
    }
}
