import SimulationKernel

/// One replication of an open queueing network.
///
/// It owns its hot state in flat memory (station states, customer records,
/// lines, waiting-time tallies) and cannot be copied: every event reads and writes through
/// pointers, with no reference counting and no copy-on-write checks.
public struct NetworkSimulation: EventHandler, ~Copyable {
    let spec: NetworkSpec
    let stations: RecordBuffer<StationState>
    let routes: RecordBuffer<Route>
    var customers = CustomerTable()
    var lines: WaitingLines<LineTicket>
    /// Waiting times by station, with quantiles (for `wait_p95`).
    let waits: TallyBank
    /// Times in the network (only means are reported, so no quantiles).
    var networkSojourn = TallyMoments()
    /// Whether no station routes customers on: then each customer's time in
    /// the network is their sojourn at their one station, and the network's
    /// tally is pooled from the stations' at the end instead of kept.
    let visitsOneStation: Bool
    /// Per-station time series, when the experiment asks for them.
    var series: [StationSeries] = []
    var recordsSeries = false

    /// The streams, owned here; the station states hold their generators,
    /// valid as long as this model is.
    let streams: [RandomStream]
    let arrivalProfile: [RateProfile?]
    /// Servers on shift over the run, dated changes placed on the run's clock.
    let serverSchedules: [Schedule<Int>]

    /// A fresh replication whose random streams derive from `seeds`, on `clock`.
    public init(spec: NetworkSpec, seeds: StreamSeeds, clock: LocalClock = LocalClock()) {
        self.spec = spec
        serverSchedules = spec.stations.map { $0.serverSchedule(on: clock) }

        let arrivalStreams = spec.stations.map { seeds.stream("arrivals.\($0.name)") }
        let serviceStreams = spec.stations.map { seeds.stream("service.\($0.name)") }
        let patienceStreams = spec.stations.map { seeds.stream("patience.\($0.name)") }
        let routingStreams = spec.stations.map { seeds.stream("routing.\($0.name)") }
        streams = arrivalStreams + serviceStreams + patienceStreams + routingStreams
        arrivalProfile = spec.stations.map { if case .profile(let p)? = $0.arrivals { p } else { nil } }

        var routes = RecordBuffer<Route>()
        var stations = RecordBuffer<StationState>(capacity: spec.stations.count)
        for (i, station) in spec.stations.enumerated() {
            let firstRoute = routes.count
            var total = 0.0
            for route in station.routing {
                total += route.probability
                routes.append(Route(cumulative: total, target: Int32(route.station)))
            }
            let interArrival: Distribution? = if case .renewal(let d)? = station.arrivals { d } else { nil }
            let servers = serverSchedules[i].value(at: 0)
            stations.append(StationState(
                counts: ServerCounts(servers: servers, capacity: station.capacity),
                onShift: TimeWeightedLevel(value: Double(servers)),
                service: station.service.sampler,
                patience: (station.patience ?? station.service).sampler,
                hasPatience: station.patience != nil,
                interArrival: (interArrival ?? station.service).sampler,
                hasInterArrival: interArrival != nil,
                arrivalRandom: arrivalStreams[i].rng,
                serviceRandom: serviceStreams[i].rng,
                patienceRandom: patienceStreams[i].rng,
                routingRandom: routingStreams[i].rng,
                firstRoute: firstRoute,
                routeCount: routes.count - firstRoute,
                serviceLevelTarget: station.serviceLevelTarget ?? -.infinity))
        }
        self.routes = routes
        self.stations = stations
        lines = WaitingLines(lines: spec.stations.count)
        waits = TallyBank(count: spec.stations.count)
        visitsOneStation = spec.stations.allSatisfy(\.routing.isEmpty)
    }

    /// Runs to `horizon`, discarding statistics before `warmup`, and reports
    /// the metrics (and, with `seriesBucket`, time series over the whole horizon).
    public static func run(spec: NetworkSpec, seeds: StreamSeeds, horizon: Double, warmup: Double,
                           seriesBucket: Double? = nil, clock: LocalClock = LocalClock()) -> Observations {
        var model = NetworkSimulation(spec: spec, seeds: seeds, clock: clock)
        if let width = seriesBucket {
            model.series = spec.stations.indices.map { i in
                StationSeries(width: width, end: horizon, servers: model.serverSchedules[i].value(at: 0),
                              hasTarget: spec.stations[i].serviceLevelTarget != nil)
            }
            model.recordsSeries = true
        }
        var calendar = EventCalendar<NetworkEvent>()
        model.start(calendar: &calendar, warmup: warmup)
        let events = calendar.run(&model, until: horizon)
        var observations = model.observations(at: calendar.now)
        observations.events = events
        if let stop = calendar.stoppedClock {
            observations.clockStop = ClockStop(time: stop.time, events: stop.events, process: model.describe(stop.event))
        }
        for i in model.series.indices {
            observations.series += model.series[i].finished(station: spec.stations[i].name, at: horizon)
        }
        return observations
    }

    /// Brings a station's series up to date after its line or servers changed.
    /// The recording functions stay out of line: inlined, the series array's
    /// uniqueness check is hoisted into the hot paths, where the empty array
    /// (a shared singleton) fails it and is copied on every event.
    @inline(__always)
    mutating func noteLevels(of station: Int, at now: Double) {
        if recordsSeries { recordLevels(of: station, at: now) }
    }

    @inline(never)
    mutating func recordLevels(of station: Int, at now: Double) {
        series[station].queue.set(Double(stations[station].counts.waiting), at: now)
        series[station].busy.set(Double(stations[station].counts.busy), at: now)
        series[station].present.set(Double(stations[station].counts.present), at: now)
    }

    mutating func start(calendar: inout EventCalendar<NetworkEvent>, warmup: Double) {
        for i in spec.stations.indices {
            if let first = nextExternalArrival(station: i, after: 0) {
                calendar.schedule(.arrival(station: Int32(i)), at: first)
            }
            if let change = serverSchedules[i].nextChange(after: 0) {
                calendar.schedule(.shiftChange(station: Int32(i)), at: change.time)
            }
        }
        if warmup > 0 { calendar.schedule(.warmupEnds, at: warmup) }
    }

    /// Reacts to one event at `calendar.now`.
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
            let s = Int(customers[c].station)
            customers.leaveLine(c)
            stations[s].counts.abandon()
            stations[s].abandoned += 1
            if recordsSeries {
                series[s].abandoned.add(1, at: now)
                series[s].decided.add(1, at: customers[c].stationArrival)
            }
            stations[s].waiting.add(-1, at: now)
            customers.release(c)
            noteLevels(of: s, at: now)
        case .shiftChange(let s):
            changeShift(station: Int(s), calendar: &calendar)
        case .warmupEnds:
            for s in 0..<stations.count { stations[s].resetStatistics(at: now) }
            for k in 0..<waits.count { waits.reset(k) }
            networkSojourn = TallyMoments()
        }
    }

    @inline(__always)
    mutating func arrive(_ c: Int32, at s: Int, calendar: inout EventCalendar<NetworkEvent>) {
        let now = calendar.now
        stations[s].arrivals += 1
        guard stations[s].counts.admits else {
            block(c, at: s, now: now)
            return
        }
        customers.enter(c, station: s, at: now)
        let served = stations[s].counts.arrive()
        if served {
            stations[s].busy.set(Double(stations[s].counts.busy), at: now)
            startService(c, at: s, calendar: &calendar)
        } else {
            let visit = customers.joinLine(c)
            lines.append(LineTicket(customer: c, visit: visit), to: s)
            stations[s].waiting.add(1, at: now)
            if stations[s].hasPatience {
                let wait = stations[s].patienceRandom.sample(stations[s].patience)
                calendar.schedule(.patienceEnds(customer: c, visit: visit), after: wait)
            }
        }
        if recordsSeries { recordArrival(at: s, delayed: !served, now: now) }
    }

    /// A customer who finds the station full is turned away (a cold path, kept out of `arrive`).
    @inline(never)
    mutating func block(_ c: Int32, at s: Int, now: Double) {
        stations[s].blocked += 1
        customers.release(c)
        if recordsSeries {
            series[s].arrivals.add(1, at: now)
            series[s].blocked.add(1, at: now)
            recordLevels(of: s, at: now)
        }
    }

    @inline(never)
    mutating func recordArrival(at s: Int, delayed: Bool, now: Double) {
        series[s].arrivals.add(1, at: now)
        series[s].admitted.add(1, at: now)
        if delayed { series[s].delayed.add(1, at: now) }
        recordLevels(of: s, at: now)
    }

    /// Service starts for customer `c`, whose server is already counted busy
    /// (the caller updates the busy level: a server who finishes and takes the
    /// next in line leaves it unchanged).
    @inline(__always)
    mutating func startService(_ c: Int32, at s: Int, calendar: inout EventCalendar<NetworkEvent>) {
        let now = calendar.now
        let wait = now - customers[c].stationArrival
        waits.record(wait, in: s)
        // A select, not a branch: whether a wait is within the target is a coin toss.
        stations[s].answeredInTarget &+= wait <= stations[s].serviceLevelTarget ? 1 : 0
        if recordsSeries { recordStart(at: s, wait: wait, arrival: customers[c].stationArrival, now: now) }
        let duration = stations[s].serviceRandom.sample(stations[s].service)
        calendar.schedule(.serviceEnd(customer: c), after: duration)
    }

    @inline(never)
    mutating func recordStart(at s: Int, wait: Double, arrival: Double, now: Double) {
        series[s].waitSum.add(wait, at: now)
        series[s].starts.add(1, at: now)
        series[s].decided.add(1, at: arrival)
        if wait <= stations[s].serviceLevelTarget { series[s].inTarget.add(1, at: arrival) }
    }

    @inline(__always)
    mutating func finishService(of c: Int32, calendar: inout EventCalendar<NetworkEvent>) {
        let now = calendar.now
        let s = Int(customers[c].station)
        stations[s].served += 1
        stations[s].sojourn.record(now - customers[c].stationArrival)
        if recordsSeries { series[s].served.add(1, at: now) }
        stations[s].counts.release()
        if !serveWaiting(at: s, calendar: &calendar) {
            stations[s].busy.set(Double(stations[s].counts.busy), at: now)
            noteOvertime(of: s, at: now)
        }
        noteLevels(of: s, at: now)
        // Routing: one uniform decides the next station or leaving.
        let routeCount = stations[s].routeCount
        if routeCount > 0 {
            let u = stations[s].routingRandom.uniform()
            let first = stations[s].firstRoute
            for k in first..<first + routeCount where u < routes[k].cumulative {
                arrive(c, at: Int(routes[k].target), calendar: &calendar)
                return
            }
        }
        if !visitsOneStation { networkSojourn.record(now - customers[c].networkArrival) }
        customers.release(c)
    }

    /// Starts serving waiting customers while servers are idle; returns whether any started.
    @discardableResult
    mutating func serveWaiting(at s: Int, calendar: inout EventCalendar<NetworkEvent>) -> Bool {
        var started = false
        while stations[s].counts.canServeFromLine, let ticket = lines.popFirst(from: s) {
            // Customers who abandoned stay in the line until they reach its front.
            guard customers.isWaiting(ticket.customer, visit: ticket.visit) else { continue }
            stations[s].counts.serveFromLine()
            customers.leaveLine(ticket.customer)
            stations[s].waiting.add(-1, at: calendar.now)
            startService(ticket.customer, at: s, calendar: &calendar)
            started = true
        }
        return started
    }

    /// Keeps the count of servers busy past the end of their shift up to
    /// date (only ever non-zero after a shift shrinks the station).
    @inline(__always)
    mutating func noteOvertime(of s: Int, at now: Double) {
        let excess = stations[s].counts.busy - stations[s].counts.servers
        if excess > 0 || stations[s].overtime.value > 0 {
            stations[s].overtime.set(Double(max(0, excess)), at: now)
        }
    }

    mutating func changeShift(station s: Int, calendar: inout EventCalendar<NetworkEvent>) {
        let now = calendar.now
        let schedule = serverSchedules[s]
        let servers = schedule.value(at: now)
        stations[s].counts.setServers(servers)
        stations[s].onShift.set(Double(servers), at: now)
        if recordsSeries { series[s].onDuty.set(Double(servers), at: now) }
        serveWaiting(at: s, calendar: &calendar)
        stations[s].busy.set(Double(stations[s].counts.busy), at: now)
        noteOvertime(of: s, at: now)
        noteLevels(of: s, at: now)
        if let next = schedule.nextChange(after: now) {
            calendar.schedule(.shiftChange(station: Int32(s)), at: next.time)
        }
    }

    @inline(__always)
    func nextExternalArrival(station s: Int, after now: Double) -> Double? {
        if stations[s].hasInterArrival {
            return now + stations[s].arrivalRandom.sample(stations[s].interArrival)
        }
        if let p = arrivalProfile[s] { return p.nextArrival(after: now, using: stations[s].arrivalRandom) }
        return nil
    }
}
