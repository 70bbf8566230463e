import ModelSpec
import SimulationKernel

extension Fulfilment {
    /// Reads `fulfilment:`: the SLA, city tiers, warehouses, carriers and the release rule.
    init(from node: SpecNode) throws {
        var m = try node.mapping("a fulfilment mapping")
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
        sla = try m.optional("sla") { try Self.promise($0, tiers: tiers) } ?? tiers.map { _ in 72 * 3600 }
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

    /// `72h` (every tier) or `{tier-1: 2d, tier-2: 3d, tier-3-4: 5d}` (each tier named).
    static func promise(_ node: SpecNode, tiers: [CityTier]) throws -> [Double] {
        if node.scalar != nil {
            let sla = try node.duration(positive: true, what: "delivery promise")
            return tiers.map { _ in sla }
        }
        var m = try node.mapping("a duration or durations by tier name")
        let promises = try tiers.map { tier in try m.required(tier.name) { try $0.duration(positive: true, what: "delivery promise") } }
        try m.finish()
        return promises
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
        // 'pack' is one letter from 'pick': known before 'pick' is asked for, a missing 'pick' is not blamed on it.
        w.allow("pack")
        pick = try w.required("pick") { try WorkStation(from: $0) }
        pack = try w.required("pack") { try WorkStation(from: $0) }
        outages = try w.optional("outages") { try $0.list().map { try Outage(from: $0) } } ?? []
        try w.finish()
    }
}

extension WorkStation {
    /// `{rate: 60/h, shifts: [{from: 0h, workers: 4}, …]}` or, with dated changes,
    /// `{rate: 60/h, shifts: {shifts: […], dated: [{from: …, to: …, workers: n}]}}`.
    init(from node: SpecNode) throws {
        var m = try node.mapping("a station {rate: 60/h, shifts: […]}")
        rate = try m.required("rate") { try $0.rate(positive: true, what: "rate per worker") }
        shifts = try m.required("shifts") { try ShiftPlan(from: $0, count: "workers") }
        serviceLevelTarget = try m.optional("service-level-target") { try $0.duration(positive: true, what: "target") }
        try m.finish()
    }
}

extension Outage {
    /// `{from: 14h, to: 23h}` (durations after the run's start) or
    /// `{from: 2017-08-07T22:00:00+08:00, to: 2017-08-08T07:00:00+08:00}` (dates).
    init(from node: SpecNode) throws {
        var m = try node.mapping("an outage {from: …, to: …}")
        from = try m.required("from") { try $0.moment(what: "outage start") }
        let toNode = try m.required("to")
        to = try toNode.moment(what: "outage end")
        try m.finish()
        if case .afterStart(let a) = from.value, case .afterStart(let b) = to.value, b <= a {
            throw toNode.error("an outage must end after it starts")
        }
        if case .instant(let a) = from.value, case .instant(let b) = to.value, b <= a {
            throw toNode.error("an outage must end after it starts")
        }
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
