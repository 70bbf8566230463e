import ModelSpec
import SimulationKernel

extension LuxuryChannelSpec {
    /// `checkout:` — hold window, time to order, units per order, payment
    /// (with its window and abandonment), queue patience, intake and processing capacity.
    static func checkout(from node: SpecNode) throws -> Checkout {
        var m = try node.mapping("a checkout mapping")
        let hold = try m.required("hold") { try $0.duration(positive: true, what: "hold window") }
        let toOrder = try m.required("time-to-order") { try $0.distribution() }
        let units = try m.optional("units-per-order") { try Self.unitsPerOrder($0) } ?? (try Distribution.deterministic(1))
        let paymentNode = try m.required("payment")
        var p = try paymentNode.mapping("{success: …, retries: …, time: …, window: …, abandon: …}")
        let success = try p.required("success") { try $0.probability(what: "payment success probability") }
        let retries = try p.optional("retries") { try $0.count(minimum: 0, what: "retries") } ?? 0
        let time = try p.required("time") { try $0.distribution() }
        // Unpaid orders are released after 30-60 min in common mall code (DOMAIN.md).
        let window = try p.optional("window") { try $0.duration(positive: true, what: "payment window") } ?? 30 * 60
        let abandon = try p.optional("abandon") { try $0.probability(what: "payment abandonment") } ?? 0
        try p.finish()
        let patience = try m.optional("patience") { try $0.distribution() }
        let orders = try m.required("orders-per-second") { try $0.nonNegative(positive: true, what: "order throughput") }
        let payments = try m.required("payments-per-second") { try $0.nonNegative(positive: true, what: "payment throughput") }
        try m.finish()
        return Checkout(hold: hold, timeToOrder: toOrder, unitsPerOrder: units, paymentSuccess: success,
                        paymentRetries: retries, paymentTime: time, paymentAbandonment: abandon, paymentWindow: window,
                        patience: patience, ordersPerSecond: orders, paymentsPerSecond: payments)
    }

    /// Units per order: a number (`1.2` is not a whole order: write a
    /// distribution) or a distribution whose mean lies in [1, 20].
    static func unitsPerOrder(_ node: SpecNode) throws -> Distribution {
        if node.scalar != nil { return try .deterministic(Double(try node.count(minimum: 1, what: "units per order"))) }
        let d = try node.distribution()
        guard d.mean >= 1, d.mean <= 20 else {
            throw node.error("units per order average \(NumberText.shortest(d.mean)); an order carries 1 to 20 units on average")
        }
        return d
    }
}
