import ModelSpec
import SimulationKernel

extension NetworkSpec {
    /// Reads a `kind: queueing-network` model from its tree, rejecting every
    /// mistake with its location.
    public init(from root: SpecNode) throws {
        var top = try root.mapping("a model mapping")
        let kind = try top.required("kind") { try $0.string() }
        guard kind == "queueing-network" else {
            throw root["kind"]!.error("expected kind 'queueing-network', found '\(kind)'")
        }
        let stationsNode = try top.required("stations")
        let items = try stationsNode.list("a list of stations")
        guard !items.isEmpty else { throw stationsNode.error("a network needs at least one station") }
        try top.finish()

        var names: [String: SourceLocation] = [:]
        for item in items {
            guard let nameNode = item["name"] else { continue }
            let name = try nameNode.string()
            if let first = names[name] {
                throw nameNode.error("duplicate station name '\(name)' (first at line \(first.line))")
            }
            if Self.reservedNames.contains(name) {
                throw nameNode.error("a station may not be named '\(name)': the network's own metrics (\(name).sojourn_mean) use that name")
            }
            guard name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }) else {
                throw nameNode.error("a station name may hold letters, digits, '_' and '-' (it starts metric names such as '\(name).wait_mean')")
            }
            names[name] = nameNode.location
        }
        let order = items.compactMap { $0["name"]?.scalar }
        stations = try items.map { try Self.station(from: $0, stationNames: order) }
        guard stations.contains(where: { $0.arrivals != nil }) else {
            throw stationsNode.error("no station has 'arrivals'; the network would stay empty")
        }
        if let loop = zeroTimeLoop() {
            let names = (loop + [loop[0]]).map { stations[$0].name }.joined(separator: " → ")
            let at = items[loop[0]]["routing"] ?? items[loop[0]]
            throw at.error("stations \(names) form a routing loop in which service takes no time (mean below "
                           + "\(ArrivalFloor.meanInterArrival)): a customer could go round it for ever at one instant")
        }
        do {
            metricCatalogue = try makeCatalogue()
        } catch let collision as MetricCatalogue.Collision {
            throw stationsNode.error("two metrics would be named '\(collision.name)'; rename a station")
        }
    }

    private static func station(from node: SpecNode, stationNames: [String]) throws -> Station {
        var m = try node.mapping("a station mapping")
        let name = try m.required("name") { try $0.string() }
        let arrivals = try m.optional("arrivals") { try arrivalsSpec(from: $0) }
        let service = try m.required("service") { try $0.distribution() }
        let serversNode = try m.required("servers")
        let (servers, dated) = try shiftCalendar(from: serversNode)
        let capacity = try m.optional("capacity") { try $0.count(minimum: 1, what: "capacity") }
        if let capacity, capacity < max(servers.peak, dated.map(\.count).max() ?? 0) {
            throw (node["capacity"] ?? node).error("capacity \(capacity) is below the most servers on shift; capacity counts customers in service too")
        }
        let patience = try m.optional("patience") { try $0.distribution() }
        let target = try m.optional("service-level-target") { try $0.duration(what: "service-level target") }
        var routing: [(Int, Double)] = []
        if let routingNode = m.optional("routing") {
            var r = try routingNode.mapping("a mapping of station names to probabilities")
            var total = 0.0
            for key in r.keys {
                guard let target = stationNames.firstIndex(of: key) else {
                    var message = "routing to unknown station '\(key)'"
                    if let s = MappingReader.nearest(to: key, in: stationNames) { message += MappingReader.didYouMean(s, for: key) }
                    throw keyNode(routingNode, key).error(message)
                }
                let p = try r.required(key) { try $0.probability(what: "routing probability") }
                total += p
                routing.append((target, p))
            }
            if total > 1 + 1e-9 {
                throw routingNode.error("routing probabilities add up to \(total), more than 1")
            }
            try r.finish()
        }
        try m.finish()
        return Station(name: name, arrivals: arrivals, service: service, servers: servers,
                       capacity: capacity, patience: patience, routing: routing, serviceLevelTarget: target, datedServers: dated)
    }

    /// A cycle of routes (with positive probability) through stations whose
    /// service takes no time, as station indices, if there is one.
    func zeroTimeLoop() -> [Int]? {
        let instant = stations.map { $0.service.mean < ArrivalFloor.meanInterArrival }
        var state = [Int](repeating: 0, count: stations.count)  // 0 unseen, 1 on the path, 2 done
        var path: [Int] = []
        func visit(_ s: Int) -> [Int]? {
            state[s] = 1
            path.append(s)
            for route in stations[s].routing where route.probability > 0 && instant[route.station] {
                if state[route.station] == 1 { return Array(path[path.firstIndex(of: route.station)!...]) }
                if state[route.station] == 0, let loop = visit(route.station) { return loop }
            }
            path.removeLast()
            state[s] = 2
            return nil
        }
        for s in stations.indices where instant[s] && state[s] == 0 {
            if let loop = visit(s) { return loop }
        }
        return nil
    }

    private static func keyNode(_ mapping: SpecNode, _ key: String) -> SpecNode {
        if case .mapping(let pairs) = mapping.value, let pair = pairs.first(where: { $0.key.scalar == key }) {
            return pair.key
        }
        return mapping
    }

    /// `{dist: …}` inter-arrival times, or a rate profile
    /// `{rates: [r₀, r₁, …], every: width, repeat: true}` (arrivals per time unit in each piece).
    static func arrivalsSpec(from node: SpecNode) throws -> Arrivals {
        if node["dist"] != nil { return .renewal(try node.interArrivalDistribution()) }
        var m = try node.mapping("a distribution {dist: …} or a rate profile {rates: […], every: …}")
        let ratesNode = try m.required("rates")
        let rates = try ratesNode.list("a list of rates").map { try $0.arrivalRate() }
        guard !rates.isEmpty else { throw ratesNode.error("a rate profile needs at least one rate") }
        let every = try m.required("every") { try $0.duration(positive: true, what: "piece width") }
        let repeats = try m.optional("repeat") { try $0.bool() } ?? false
        try m.finish()
        let starts = rates.indices.map { Double($0) * every }
        do {
            return .profile(try RateProfile(starts: starts, rates: rates, end: Double(rates.count) * every, repeats: repeats))
        } catch let e as DistributionError {
            throw node.error("rate profile \(e.parameter) \(e.message)")
        }
    }

    /// `10`, or `{shifts: [{from: 0, servers: 4}, …], every: 24h, dated: [{from: 10h, to: 12h, servers: 6}]}`
    /// (without `every`, the last shift holds for ever; dated changes win over the shifts).
    static func shiftCalendar(from node: SpecNode) throws -> (Schedule<Int>, [DatedCount]) {
        if node.scalar != nil { return (.constant(try node.count(minimum: 1, what: "number of servers")), []) }
        var m = try node.mapping("a number of servers or {shifts: […], every: …, dated: […]}")
        let shiftsNode = try m.required("shifts")
        let period = try m.optional("every") { try $0.duration(positive: true, what: "shift period") }
        let dated = try m.optional("dated") { try $0.datedShifts(count: "servers") } ?? []
        try m.finish()
        let pieces = try shiftsNode.shiftPieces(count: "servers", within: period)
        guard pieces.contains(where: { $0.value > 0 }) || dated.contains(where: { $0.count > 0 }) else {
            throw shiftsNode.error("every shift has 0 servers")
        }
        return (Schedule(pieces: pieces, period: period), dated)
    }
}
