import ModelSpec
import SimulationKernel

extension Care {
    /// Reads `care:`; `bot-containment` defaults to 0, `concurrency` to 1, the service-level target to 30 s.
    init(from node: SpecNode) throws {
        var m = try node.mapping("a care mapping")
        botContainment = try m.optional("bot-containment") { try $0.probability(what: "bot containment") } ?? 0
        agents = try m.required("agents") { try $0.shiftPieces(count: "agents", within: LocalClock.day) }
        concurrency = try m.optional("concurrency") { try $0.count(minimum: 1, what: "chats per agent") } ?? 1
        patience = try m.required("patience") { try $0.distribution() }
        serviceLevelTarget = try m.optional("service-level-target") { try $0.duration(positive: true, what: "target") } ?? 30
        let reasonsNode = try m.required("reasons")
        reasons = try reasonsNode.list("a list of contact reasons").map { try ContactReason(from: $0) }
        try m.finish()
    }
}

extension ContactReason {
    /// `{name, per-order, after: order | delivery | return, delay, handle-time}`.
    init(from node: SpecNode) throws {
        var r = try node.mapping("a reason {name, per-order, after, delay, handle-time}")
        name = try r.required("name") { try $0.string() }
        perOrder = try r.required("per-order") { try $0.nonNegative(what: "contacts per order") }
        let anchorNode = try r.required("after")
        let anchorName = try anchorNode.string()
        guard let anchor = Anchor(rawValue: anchorName) else {
            throw anchorNode.error("'after' is one of order, delivery, return; found '\(anchorName)'")
        }
        self.anchor = anchor
        delay = try r.required("delay") { try $0.distribution() }
        handleTime = try r.required("handle-time") { try $0.distribution() }
        try r.finish()
    }
}
