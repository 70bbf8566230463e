import CGSL
import CSupport
import SimulationKernel

/// One replication of an open queueing network.
public struct NetworkSimulation: EventHandler {
    let spec: NetworkSpec
    var pools: [ServerPool<LineTicket>]
    var statistics: [StationStatistics]
    var networkSojourn = Tally()
    var customers = CustomerTable()
    /// Per-station time series, when the experiment asks for them.
    var series: [StationSeries] = []
    var recordsSeries = false

    /// The streams, owned here; the hot path uses their generators below,
    /// which stay valid as long as this model does (no reference counting per event).
    let streams: [RandomStream]
    let arrivalStreams: [RandomStream]
    let arrivalGenerators: [UnsafeMutablePointer<gsl_rng>]
    let serviceGenerators: [UnsafeMutablePointer<gsl_rng>]
    let patienceGenerators: [UnsafeMutablePointer<gsl_rng>]
    let routingGenerators: [UnsafeMutablePointer<gsl_rng>]
    // Distributions by station, read in place (no copies, so no reference
    // counting per event); a station without one has `has… == false`.
    let service: ContiguousArray<Distribution>
    let patience: ContiguousArray<Distribution>
    let hasPatience: [Bool]
    let interArrival: ContiguousArray<Distribution>
    let hasInterArrival: [Bool]
    let arrivalProfile: [RateProfile?]
    /// Cumulative routing probabilities per station, and their targets.
    let routingCumulative: [[Double]]
    let routingTargets: [[Int32]]

    /// A fresh replication whose random streams derive from `seeds`.
    public init(spec: NetworkSpec, seeds: StreamSeeds) {
        self.spec = spec
        pools = spec.stations.map { ServerPool(servers: $0.servers.servers[0], capacity: $0.capacity) }
        statistics = spec.stations.map { StationStatistics(servers: $0.servers.servers[0]) }
        arrivalStreams = spec.stations.map { seeds.stream("arrivals.\($0.name)") }
        let serviceStreams = spec.stations.map { seeds.stream("service.\($0.name)") }
        let patienceStreams = spec.stations.map { seeds.stream("patience.\($0.name)") }
        let routingStreams = spec.stations.map { seeds.stream("routing.\($0.name)") }
        streams = arrivalStreams + serviceStreams + patienceStreams + routingStreams
        arrivalGenerators = arrivalStreams.map(\.gsl)
        serviceGenerators = serviceStreams.map(\.gsl)
        patienceGenerators = patienceStreams.map(\.gsl)
        routingGenerators = routingStreams.map(\.gsl)
        service = ContiguousArray(spec.stations.map(\.service))
        patience = ContiguousArray(spec.stations.map { $0.patience ?? $0.service })
        hasPatience = spec.stations.map { $0.patience != nil }
        interArrival = ContiguousArray(spec.stations.map { if case .renewal(let d)? = $0.arrivals { d } else { $0.service } })
        hasInterArrival = spec.stations.map { if case .renewal? = $0.arrivals { true } else { false } }
        arrivalProfile = spec.stations.map { if case .profile(let p)? = $0.arrivals { p } else { nil } }
        routingCumulative = spec.stations.map { station in
            var total = 0.0
            return station.routing.map { total += $0.probability; return total }
        }
        routingTargets = spec.stations.map { $0.routing.map { Int32($0.station) } }
    }

    /// Runs to `horizon`, discarding statistics before `warmup`, and reports
    /// the metrics (and, with `seriesBucket`, time series over the whole horizon).
    public static func run(spec: NetworkSpec, seeds: StreamSeeds, horizon: Double, warmup: Double,
                           seriesBucket: Double? = nil) -> Observations {
        var model = NetworkSimulation(spec: spec, seeds: seeds)
        if let width = seriesBucket {
            model.series = spec.stations.map { _ in StationSeries(width: width, horizon: horizon) }
            model.recordsSeries = true
        }
        var calendar = EventCalendar<NetworkEvent>()
        model.start(calendar: &calendar, warmup: warmup)
        let events = calendar.run(&model, until: horizon)
        var observations = model.observations(at: calendar.now)
        observations.events = events
        for i in model.series.indices {
            observations.series += model.series[i].finished(station: spec.stations[i].name, at: horizon)
        }
        return observations
    }

    /// Brings a station's series up to date after its line or servers changed.
    mutating func noteLevels(of station: Int, at now: Double) {
        guard recordsSeries else { return }
        series[station].queue.set(Double(pools[station].waiting), at: now)
        series[station].busy.set(Double(pools[station].busy), at: now)
    }

    mutating func start(calendar: inout EventCalendar<NetworkEvent>, warmup: Double) {
        for (i, station) in spec.stations.enumerated() {
            if let first = nextExternalArrival(station: i, after: 0) {
                calendar.schedule(.arrival(station: Int32(i)), at: first)
            }
            if !station.servers.isConstant {
                calendar.schedule(.shiftChange(station: Int32(i), shift: 1 % Int32(station.servers.starts.count)),
                                  at: nextShiftStart(station: i, shift: 1, after: 0))
            }
        }
        if warmup > 0 { calendar.schedule(.warmupEnds, at: warmup) }
    }

    public mutating func handle(_ event: NetworkEvent, calendar: inout EventCalendar<NetworkEvent>) {
        let now = calendar.now
        switch event {
        case .arrival(let s):
            let station = Int(s)
            if let next = nextExternalArrival(station: station, after: now) {
                calendar.schedule(.arrival(station: s), at: next)
            }
            let customer = customers.admit(at: now)
            arrive(customer, at: station, calendar: &calendar)
        case .serviceEnd(let c):
            finishService(of: c, calendar: &calendar)
        case .patienceEnds(let c, let visit):
            guard customers.isWaiting(c, visit: visit) else { return }
            let station = Int(customers[c].station)
            customers.leaveLine(c)
            pools[station].abandon()
            statistics[station].abandoned += 1
            statistics[station].waiting.add(-1, at: now)
            customers.release(c)
            noteLevels(of: station, at: now)
        case .shiftChange(let s, let shift):
            changeShift(station: Int(s), to: Int(shift), calendar: &calendar)
        case .warmupEnds:
            for i in statistics.indices { statistics[i].reset(at: now) }
            networkSojourn.reset()
        }
    }

    @inline(__always)
    mutating func arrive(_ c: Int32, at station: Int, calendar: inout EventCalendar<NetworkEvent>) {
        let now = calendar.now
        statistics[station].arrivals += 1
        if recordsSeries { series[station].arrivals.add(1, at: now) }
        defer { noteLevels(of: station, at: now) }
        guard pools[station].admits else {
            statistics[station].blocked += 1
            customers.release(c)
            return
        }
        customers.enter(c, station: station, at: now)
        if pools[station].hasIdleServer && pools[station].waiting == 0 {
            pools[station].seize()
            startService(c, at: station, calendar: &calendar)
        } else {
            let visit = customers.joinLine(c)
            pools[station].enqueue(LineTicket(customer: c, visit: visit))
            statistics[station].waiting.add(1, at: now)
            if hasPatience[station] {
                let wait = patience.withUnsafeBufferPointer { $0[station].sample(generator: patienceGenerators[station]) }
                calendar.schedule(.patienceEnds(customer: c, visit: visit), after: wait)
            }
        }
    }

    @inline(__always)
    mutating func startService(_ c: Int32, at station: Int, calendar: inout EventCalendar<NetworkEvent>) {
        let now = calendar.now
        statistics[station].busy.set(Double(pools[station].busy), at: now)
        statistics[station].wait.record(now - customers[c].stationArrival)
        let duration = service.withUnsafeBufferPointer { $0[station].sample(generator: serviceGenerators[station]) }
        calendar.schedule(.serviceEnd(customer: c), after: duration)
    }

    @inline(__always)
    mutating func finishService(of c: Int32, calendar: inout EventCalendar<NetworkEvent>) {
        let now = calendar.now
        let station = Int(customers[c].station)
        statistics[station].served += 1
        statistics[station].sojourn.record(now - customers[c].stationArrival)
        if recordsSeries { series[station].served.add(1, at: now) }
        pools[station].release()
        if !serveWaiting(at: station, calendar: &calendar) {
            statistics[station].busy.set(Double(pools[station].busy), at: now)
        }
        noteLevels(of: station, at: now)
        // Routing: one uniform decides the next station or leaving.
        let cumulative = routingCumulative[station]
        if !cumulative.isEmpty {
            let u = runway_rng_uniform(routingGenerators[station])
            if let k = cumulative.firstIndex(where: { u < $0 }) {
                arrive(c, at: Int(routingTargets[station][k]), calendar: &calendar)
                return
            }
        }
        networkSojourn.record(now - customers[c].networkArrival)
        customers.release(c)
    }

    /// Starts serving waiting customers while servers are idle; returns whether any started.
    @discardableResult
    mutating func serveWaiting(at station: Int, calendar: inout EventCalendar<NetworkEvent>) -> Bool {
        var started = false
        while pools[station].canServeFromLine, let ticket = pools[station].popLine() {
            guard customers.isWaiting(ticket.customer, visit: ticket.visit) else { continue }
            pools[station].serveFromLine()
            customers.leaveLine(ticket.customer)
            statistics[station].waiting.add(-1, at: calendar.now)
            startService(ticket.customer, at: station, calendar: &calendar)
            started = true
        }
        return started
    }

    mutating func changeShift(station: Int, to shift: Int, calendar: inout EventCalendar<NetworkEvent>) {
        let now = calendar.now
        let servers = spec.stations[station].servers
        pools[station].setServers(servers.servers[shift])
        statistics[station].onShift.set(Double(servers.servers[shift]), at: now)
        serveWaiting(at: station, calendar: &calendar)
        noteLevels(of: station, at: now)
        let following = (shift + 1) % servers.starts.count
        if following != 0 || servers.period != nil {
            calendar.schedule(.shiftChange(station: Int32(station), shift: Int32(following)),
                              at: nextShiftStart(station: station, shift: following, after: now))
        }
    }

    func nextShiftStart(station: Int, shift: Int, after now: Double) -> Double {
        let calendar = spec.stations[station].servers
        guard let period = calendar.period else { return calendar.starts[shift] }
        let cycle = (now / period).rounded(.down) * period
        var t = cycle + calendar.starts[shift]
        if t <= now { t += period }
        return t
    }

    @inline(__always)
    func nextExternalArrival(station: Int, after now: Double) -> Double? {
        if hasInterArrival[station] {
            return now + interArrival.withUnsafeBufferPointer { $0[station].sample(generator: arrivalGenerators[station]) }
        }
        if let p = arrivalProfile[station] { return p.nextArrival(after: now, using: arrivalStreams[station]) }
        return nil
    }
}
