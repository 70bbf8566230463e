import ModelSpec
import SimulationKernel

extension Care {
    /// Reads `care:`; `bot-containment` defaults to 0, `concurrency` to 1, the
    /// service-level target to 30 s; `hourly: app` takes the traffic's hourly factors (`app`).
    init(from node: SpecNode, hourly app: [Double]) throws {
        var m = try node.mapping("a care mapping")
        botContainment = try m.optional("bot-containment") { try $0.probability(what: "bot containment") } ?? 0
        agents = try m.required("agents") { try ShiftPlan(from: $0, count: "agents") }
        concurrency = try m.optional("concurrency") { try $0.count(minimum: 1, what: "chats per agent") } ?? 1
        patience = try m.required("patience") { try $0.distribution() }
        serviceLevelTarget = try m.optional("service-level-target") { try $0.duration(positive: true, what: "target") } ?? 30
        hourly = try m.optional("hourly") { node -> [Double]? in
            if node.scalar == "app" { return app }
            if node.scalar == "flat" { return nil }
            let factors = try node.list("app, flat, or 24 hourly factors").map { try LuxuryChannelSpec.factor($0, what: "hourly factor") }
            guard factors.count == 24 else { throw node.error("expected 24 hourly factors (00h to 23h), found \(factors.count)") }
            guard factors.contains(where: { $0 > 0 }) else { throw node.error("contacts need at least one hour with a factor above 0") }
            return factors
        } ?? nil
        let reasonsNode = try m.required("reasons")
        reasons = try reasonsNode.list("a list of contact reasons").map { try ContactReason(from: $0) }
        try m.finish()
    }
}

extension ContactReason {
    /// `{name, after: order | delivery | return | visit | viewer, per-order | per-visit | per-viewer, delay, handle-time}`.
    init(from node: SpecNode) throws {
        var r = try node.mapping("a reason {name, per-order, after, delay, handle-time}")
        name = try r.required("name") { try $0.string() }
        let anchorNode = try r.required("after")
        let anchorName = try anchorNode.string()
        guard let anchor = Anchor(rawValue: anchorName) else {
            throw anchorNode.error("'after' is one of \(Anchor.allCases.map(\.rawValue).joined(separator: ", ")); found '\(anchorName)'")
        }
        self.anchor = anchor
        perOrder = try r.required(anchor.rateKey) { try $0.nonNegative(what: "contacts per \(anchor.rawValue)") }
        delay = try r.required("delay") { try $0.distribution() }
        handleTime = try r.required("handle-time") { try $0.distribution() }
        try r.finish()
    }
}
