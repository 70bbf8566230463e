import ModelSpec
import SimulationKernel

extension Fulfilment {
    /// Reads `fulfilment:`: the SLA, city tiers, warehouses, carriers and the release rule.
    init(from node: SpecNode) throws {
        var m = try node.mapping("a fulfilment mapping")
        sla = try m.optional("sla") { try $0.duration(positive: true, what: "delivery promise") } ?? 72 * 3600
        let tiersNode = try m.required("tiers")
        let tiers = try tiersNode.list("a list of city tiers").map { item -> CityTier in
            var t = try item.mapping("a tier {name: …, share: …}")
            let tier = CityTier(name: try t.required("name") { try $0.string() },
                                share: try t.required("share") { try $0.probability(what: "share") })
            try t.finish()
            return tier
        }
        try Self.requireShares(tiers.map(\.share), at: tiersNode, what: "tier")
        self.tiers = tiers
        let warehousesNode = try m.required("warehouses")
        warehouses = try warehousesNode.list("a list of warehouses").map { try Warehouse(from: $0) }
        try Self.requireShares(warehouses.map(\.brandShare), at: warehousesNode, what: "warehouse brand")
        let carriersNode = try m.required("carriers")
        carriers = try carriersNode.list("a list of carriers").map { try Carrier(from: $0, tiers: tiers) }
        try Self.requireShares(carriers.map(\.share), at: carriersNode, what: "carrier")
        waveInterval = nil
        if let release = m.optional("release"), release.scalar != "waveless" {
            var r = try release.mapping("waveless or {waves-every: 2h}")
            waveInterval = try r.required("waves-every") { try $0.duration(positive: true, what: "wave interval") }
            try r.finish()
        }
        try m.finish()
    }

    /// Shares that add up to 1, at least one.
    static func requireShares(_ shares: [Double], at node: SpecNode, what: String) throws {
        guard !shares.isEmpty else { throw node.error("at least one \(what) is needed") }
        let total = shares.reduce(0, +)
        guard abs(total - 1) < 1e-6 else { throw node.error("\(what) shares add up to \(total), not 1") }
    }
}

extension Warehouse {
    /// `{name, brands, pick, pack, outages}`.
    init(from node: SpecNode) throws {
        var w = try node.mapping("a warehouse")
        name = try w.required("name") { try $0.string() }
        brandShare = try w.required("brands") { try $0.probability(what: "share of brands") }
        pick = try w.required("pick") { try WorkStation(from: $0) }
        pack = try w.required("pack") { try WorkStation(from: $0) }
        outages = try w.optional("outages") { try $0.list().map { try Outage(from: $0) } } ?? []
        try w.finish()
    }
}

extension WorkStation {
    /// `{rate: 60/h, shifts: [{from: 0h, workers: 4}, …]}`.
    init(from node: SpecNode) throws {
        var m = try node.mapping("a station {rate: 60/h, shifts: […]}")
        rate = try m.required("rate") { try $0.rate(positive: true, what: "rate per worker") }
        shifts = try m.required("shifts") { try $0.shiftPieces(count: "workers", within: LocalClock.day) }
        try m.finish()
    }
}

extension Outage {
    /// `{from: 14h, to: 23h}`, seconds after the run's start.
    init(from node: SpecNode) throws {
        var m = try node.mapping("an outage {from: …, to: …}")
        from = try m.required("from") { try $0.duration() }
        let toNode = try m.required("to")
        to = try toNode.duration()
        try m.finish()
        guard to > from else { throw toNode.error("an outage must end after it starts") }
    }
}

extension Carrier {
    /// `{name, share, cutoffs, truck-capacity, lead-time: {<tier>: distribution, …}}`.
    init(from node: SpecNode, tiers: [CityTier]) throws {
        var c = try node.mapping("a carrier")
        name = try c.required("name") { try $0.string() }
        share = try c.required("share") { try $0.probability(what: "share") }
        let cutoffsNode = try c.required("cutoffs")
        cutoffs = try cutoffsNode.list("a list of times of day").map { try $0.duration() }.sorted()
        guard !cutoffs.isEmpty, cutoffs.allSatisfy({ $0 < LocalClock.day }) else {
            throw cutoffsNode.error("cut-offs are times of day below 24h, at least one")
        }
        truckCapacity = try c.required("truck-capacity") { try $0.count(minimum: 1, what: "truck capacity") }
        let leadNode = try c.required("lead-time")
        var lead = try leadNode.mapping("lead times by tier name")
        leadTimes = try tiers.map { tier in try lead.required(tier.name) { try $0.distribution() } }
        try lead.finish()
        try c.finish()
    }
}
