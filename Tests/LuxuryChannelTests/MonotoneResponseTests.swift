import Experiments
import Testing

/// Responses that must move one way when a resource grows. Common random
/// numbers keep the demand the same in every sweep point.
@Suite("Luxury channel: monotone responses")
struct MonotoneResponseTests {
    @Test("More stock never raises lost sales")
    func stock() throws {
        let r = try results(experiment(model: smallChannel, body: """
            name: stock
            horizon: 1d
            replications: 6
            sweep:
              catalogue.stock-per-product: [1, 2, 4, 8]
            """))
        for point in 1..<4 {
            for (less, more) in zip(r.values("sales.lost_units", variant: point - 1), r.values("sales.lost_units", variant: point)) {
                #expect(more <= less, "lost sales rose from \(less) to \(more) with more stock")
            }
        }
        #expect(r.values("sales.lost_units", variant: 3).reduce(0, +) < r.values("sales.lost_units", variant: 0).reduce(0, +))
    }

    /// The looks' stock: the same viewers try to buy the same looks at the
    /// same moments whatever the stock, so more stock per look product never
    /// loses more show sales (the catalogue declares it; goal seek bisects on it).
    @Test("More stock per look never raises lost show sales")
    func lookStock() throws {
        let r = try results(experiment(model: smallChannel, body: """
            name: look-stock
            horizon: 1d
            replications: 6
            sweep:
              show.looks.stock-per-product: [5, 10, 25, 50, 100]
            """))
        for point in 1..<5 {
            for (less, more) in zip(r.values("sales.lost_units_live", variant: point - 1),
                                    r.values("sales.lost_units_live", variant: point)) {
                #expect(more <= less, "lost show sales rose from \(less) to \(more) with more stock per look")
            }
        }
        #expect(r.values("sales.lost_units_live", variant: 4).reduce(0, +) < r.values("sales.lost_units_live", variant: 0).reduce(0, +))
    }

    /// Each order's pick and pack work is drawn when it is paid, so with more
    /// packers (FIFO) no order is packed later. Trucks get room for everyone:
    /// with full trucks an order packed sooner can take the last slot from
    /// another warehouse's parcel, a real effect the metric would then show.
    @Test("More packers never delay shipping")
    func packers() throws {
        let r = try results(experiment(model: smallChannel, body: """
            name: packers
            horizon: 2d
            start: 2017-08-07T08:00:00+08:00
            replications: 6
            scenarios:
              - name: roomy trucks
                overrides:
                  fulfilment.carriers[fast].truck-capacity: 100k
                  fulfilment.carriers[slow].truck-capacity: 100k
            sweep:
              zip:
                fulfilment.warehouses[east].pack.shifts: [[{from: 0h, workers: 2}], [{from: 0h, workers: 4}], [{from: 0h, workers: 8}]]
                fulfilment.warehouses[south].pack.shifts: [[{from: 0h, workers: 2}], [{from: 0h, workers: 4}], [{from: 0h, workers: 8}]]
            """))
        for point in 1..<3 {
            let slower = r.summaries(variant: point - 1).first { $0.name == "ship.order_to_ship_p95" }!.summary.mean
            let faster = r.summaries(variant: point).first { $0.name == "ship.order_to_ship_p95" }!.summary.mean
            #expect(faster <= slower, "p95 order-to-ship rose from \(slower) to \(faster) with more packers")
            let before = r.summaries(variant: point - 1).first { $0.name == "ship.on_cutoff_share" }!.summary.mean
            let after = r.summaries(variant: point).first { $0.name == "ship.on_cutoff_share" }!.summary.mean
            #expect(after >= before)
            for (less, more) in zip(r.values("ship.order_to_ship_p95", variant: point - 1),
                                    r.values("ship.order_to_ship_p95", variant: point)) {
                #expect(more <= less, "a replication's p95 order-to-ship rose from \(less) to \(more)")
            }
        }
    }

    @Test("More agents never lower the service level")
    func agents() throws {
        let r = try results(experiment(model: smallChannel, body: """
            name: agents
            horizon: 2d
            replications: 6
            sweep:
              care.agents: [[{from: 0h, agents: 1}], [{from: 0h, agents: 2}], [{from: 0h, agents: 4}]]
            """))
        for point in 1..<3 {
            for (fewer, more) in zip(r.values("care.service_level", variant: point - 1), r.values("care.service_level", variant: point)) {
                #expect(more >= fewer - 1e-12, "service level fell from \(fewer) to \(more) with more agents")
            }
        }
    }
}
