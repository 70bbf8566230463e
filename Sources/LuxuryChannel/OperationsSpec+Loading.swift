import ModelSpec
import SimulationKernel

extension DailyShifts {
    /// `[{from: 0h, workers: 4}, {from: 14h, workers: 20}]` — times of day, in order, the first at 0h.
    init(from node: SpecNode, count key: String) throws {
        starts = []
        workers = []
        for item in try node.list("a list of shifts {from: …, \(key): …}") {
            var m = try item.mapping("a shift {from: …, \(key): …}")
            let from = try m.required("from") { try $0.duration() }
            let n = try m.required(key) { try $0.count(minimum: 0, what: "number of \(key)") }
            try m.finish()
            if let last = starts.last, from <= last { throw item.error("shifts must be listed in order of their start") }
            guard from < 86_400 else { throw item.error("a shift starts at a time of day, below 24h") }
            starts.append(from)
            workers.append(n)
        }
        guard starts.first == 0 else { throw node.error("the first shift must start at 0h") }
    }
}

extension LuxuryChannelSpec {
    static func fulfilment(from node: SpecNode, categories: [Category]) throws -> Fulfilment {
        var m = try node.mapping("a fulfilment mapping")
        let sla = try m.optional("sla") { try $0.duration(positive: true, what: "delivery promise") } ?? 72 * 3600
        let tiersNode = try m.required("tiers")
        let tiers = try tiersNode.list("a list of city tiers").map { item -> CityTier in
            var t = try item.mapping("a tier {name: …, share: …}")
            let tier = CityTier(name: try t.required("name") { try $0.string() },
                                share: try t.required("share") { try $0.probability(what: "share") })
            try t.finish()
            return tier
        }
        try requireShares(tiers.map(\.share), at: tiersNode, what: "tier")
        let warehousesNode = try m.required("warehouses")
        let warehouses = try warehousesNode.list("a list of warehouses").map { item -> Warehouse in
            var w = try item.mapping("a warehouse")
            let warehouse = Warehouse(
                name: try w.required("name") { try $0.string() },
                brandShare: try w.required("brands") { try $0.probability(what: "share of brands") },
                pick: try w.required("pick") { try workStation(from: $0) },
                pack: try w.required("pack") { try workStation(from: $0) },
                outages: try w.optional("outages") { try $0.list().map { try outage(from: $0) } } ?? [])
            try w.finish()
            return warehouse
        }
        try requireShares(warehouses.map(\.brandShare), at: warehousesNode, what: "warehouse brand")
        let carriersNode = try m.required("carriers")
        let carriers = try carriersNode.list("a list of carriers").map { item -> Carrier in
            var c = try item.mapping("a carrier")
            let name = try c.required("name") { try $0.string() }
            let share = try c.required("share") { try $0.probability(what: "share") }
            let cutoffsNode = try c.required("cutoffs")
            let cutoffs = try cutoffsNode.list("a list of times of day").map { try $0.duration() }.sorted()
            guard !cutoffs.isEmpty, cutoffs.allSatisfy({ $0 < 86_400 }) else {
                throw cutoffsNode.error("cut-offs are times of day below 24h, at least one")
            }
            let capacity = try c.required("truck-capacity") { try $0.count(minimum: 1, what: "truck capacity") }
            let leadNode = try c.required("lead-time")
            var lead = try leadNode.mapping("lead times by tier name")
            let leadTimes = try tiers.map { tier in try lead.required(tier.name) { try $0.distribution() } }
            try lead.finish()
            try c.finish()
            return Carrier(name: name, share: share, cutoffs: cutoffs, truckCapacity: capacity, leadTimes: leadTimes)
        }
        try requireShares(carriers.map(\.share), at: carriersNode, what: "carrier")
        var wave: Double?
        if let release = m.optional("release") {
            if release.scalar == "waveless" {
                wave = nil
            } else {
                var r = try release.mapping("waveless or {waves-every: 2h}")
                wave = try r.required("waves-every") { try $0.duration(positive: true, what: "wave interval") }
                try r.finish()
            }
        }
        try m.finish()
        return Fulfilment(warehouses: warehouses, carriers: carriers, tiers: tiers, sla: sla, waveInterval: wave)
    }

    static func workStation(from node: SpecNode) throws -> WorkStation {
        var m = try node.mapping("a station {rate: 60/h, shifts: […]}")
        let rate = try m.required("rate") { try $0.rate(positive: true, what: "rate per worker") }
        let shifts = try m.required("shifts") { try DailyShifts(from: $0, count: "workers") }
        try m.finish()
        return WorkStation(shifts: shifts, rate: rate)
    }

    static func outage(from node: SpecNode) throws -> Outage {
        var m = try node.mapping("an outage {from: …, to: …}")
        let from = try m.required("from") { try $0.duration() }
        let toNode = try m.required("to")
        let to = try toNode.duration()
        try m.finish()
        guard to > from else { throw toNode.error("an outage must end after it starts") }
        return Outage(from: from, to: to)
    }

    static func requireShares(_ shares: [Double], at node: SpecNode, what: String) throws {
        guard !shares.isEmpty else { throw node.error("at least one \(what) is needed") }
        let total = shares.reduce(0, +)
        guard abs(total - 1) < 1e-6 else { throw node.error("\(what) shares add up to \(total), not 1") }
    }

    /// `{beauty: 8%, fashion: 15%}`: one probability per category, by name.
    static func byCategory(_ node: SpecNode, categories: [Category]) throws -> [Double] {
        var m = try node.mapping("probabilities by category name")
        let values = try categories.map { c in try m.optional(c.name) { try $0.probability(what: "return probability") } ?? 0 }
        try m.finish()
        return values
    }

    static func returns(from node: SpecNode, categories: [Category]) throws -> Returns {
        var m = try node.mapping("a returns mapping")
        let browsing = try m.required("browsing") { try byCategory($0, categories: categories) }
        let live = try m.optional("live") { try byCategory($0, categories: categories) } ?? browsing
        let time = try m.required("time") { try $0.distribution() }
        let restock = try m.optional("restock") { try $0.probability(what: "restock share") } ?? 0
        try m.finish()
        return Returns(browsing: browsing, live: live, time: time, restock: restock)
    }

    static func care(from node: SpecNode) throws -> Care {
        var m = try node.mapping("a care mapping")
        let containment = try m.optional("bot-containment") { try $0.probability(what: "bot containment") } ?? 0
        let agents = try m.required("agents") { try DailyShifts(from: $0, count: "agents") }
        let concurrency = try m.optional("concurrency") { try $0.count(minimum: 1, what: "chats per agent") } ?? 1
        let patience = try m.required("patience") { try $0.distribution() }
        let target = try m.optional("service-level-target") { try $0.duration(positive: true, what: "target") } ?? 30
        let reasonsNode = try m.required("reasons")
        let reasons = try reasonsNode.list("a list of contact reasons").map { item -> ContactReason in
            var r = try item.mapping("a reason {name, per-order, after, delay, handle-time}")
            let name = try r.required("name") { try $0.string() }
            let perOrder = try r.required("per-order") { try $0.nonNegative(what: "contacts per order") }
            let anchorNode = try r.required("after")
            let anchorName = try anchorNode.string()
            guard let anchor = ContactReason.Anchor(rawValue: anchorName) else {
                throw anchorNode.error("'after' is one of order, delivery, return; found '\(anchorName)'")
            }
            let delay = try r.required("delay") { try $0.distribution() }
            let handle = try r.required("handle-time") { try $0.distribution() }
            try r.finish()
            return ContactReason(name: name, perOrder: perOrder, anchor: anchor, delay: delay, handleTime: handle)
        }
        try m.finish()
        return Care(reasons: reasons, botContainment: containment, agents: agents, concurrency: concurrency,
                    patience: patience, serviceLevelTarget: target)
    }
}
